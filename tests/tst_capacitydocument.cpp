// Measured capacity in documents: the reader's refusals of self_hosted.benchmark
// and self_hosted.slo (each naming its key), the round trip write -> read ->
// write with unchanged bytes and version 3, a missing throughput kept missing,
// and the three result keys of evaluate --json (present in format-3 scenarios,
// null when the SLO is infeasible, absent from format-2 results).
#include "core/io/documentformat.h"
#include "core/report/resultjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace ftroi;

namespace {

using Change = std::function<void(QJsonObject &selfHosted)>;

QJsonObject pointJson(double c, double thr, double ttft, double tpot)
{
    return {{QStringLiteral("concurrency"), c}, {QStringLiteral("total_tokens_per_s"), thr},
            {QStringLiteral("ttft_ms"), ttft},  {QStringLiteral("tpot_ms"), tpot},
            {QStringLiteral("input_tokens"), 500}, {QStringLiteral("output_tokens"), 200}};
}

QJsonObject benchmarkJson()
{
    return {{QStringLiteral("percentile"), 95},
            {QStringLiteral("points"),
             QJsonArray{pointJson(8, 3000, 200, 20), pointJson(1, 500, 50, 10), pointJson(16, 4200, 500, 40)}}};
}

// The starter's first scenario without its ranges, its self_hosted object
// changed, alone in a document of `version`.
QByteArray document(const Change &change, int version = 3)
{
    QJsonObject root =
        QJsonDocument::fromJson(testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"))).object();
    QJsonObject s = root.value(QStringLiteral("scenarios")).toArray().first().toObject();
    s.remove(QStringLiteral("uncertainty"));
    QJsonObject h = s.value(QStringLiteral("self_hosted")).toObject();
    change(h);
    s.insert(QStringLiteral("self_hosted"), h);
    root.insert(QStringLiteral("version"), version);
    root.insert(QStringLiteral("scenarios"), QJsonArray{s});
    return QJsonDocument(root).toJson();
}

Change withBenchmark(const QJsonObject &b)
{
    return [b](QJsonObject &h) { h.insert(QStringLiteral("benchmark"), b); };
}

Change withPoints(const QJsonArray &points)
{
    QJsonObject b = benchmarkJson();
    b.insert(QStringLiteral("points"), points);
    return withBenchmark(b);
}

QJsonObject firstResult(const QByteArray &text)
{
    const ReadResult read = readDocument(text);
    if (!read.document)
        qFatal("refused: %s", qPrintable(read.error));
    return QJsonDocument::fromJson(evaluateDocumentToJson(*read.document)).array().first().toObject();
}

} // namespace

class TestCapacityDocument : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const QString at = QStringLiteral("scenarios[0].self_hosted.");
        const auto row = [&](const char *name, const QByteArray &text, const QString &error) {
            QTest::newRow(name) << text << at + error;
        };
        row("slo without benchmark",
            document([](QJsonObject &h) { h.insert(QStringLiteral("slo"), QJsonObject{{QStringLiteral("ttft_ms"), 300}}); }),
            QStringLiteral("slo: needs \"benchmark\": latency objectives apply to measured loads"));
        row("version 2 with benchmark", document(withBenchmark(benchmarkJson()), 2),
            QStringLiteral("benchmark: needs version 3 of the format (this document says version 2)"));
        row("version 2 with slo",
            document([](QJsonObject &h) { h.insert(QStringLiteral("slo"), QJsonObject{{QStringLiteral("ttft_ms"), 300}}); }, 2),
            QStringLiteral("slo: needs version 3 of the format (this document says version 2)"));
        row("no points", document(withPoints({})),
            QStringLiteral("benchmark.points: the list is empty; a benchmark holds at least one measured load"));
        row("points missing", document(withBenchmark({{QStringLiteral("percentile"), 95}})),
            QStringLiteral("benchmark.points: required key is missing"));
        row("same concurrency twice", document(withPoints({pointJson(4, 1800, 100, 14), pointJson(4, 1900, 90, 13)})),
            QStringLiteral("benchmark.points[1].concurrency: 4 is measured twice (also points[0])"));
        row("concurrency 0", document(withPoints({pointJson(0, 1800, 100, 14)})),
            QStringLiteral("benchmark.points[0].concurrency: 0 must be > 0"));
        row("negative ttft", document(withPoints({pointJson(1, 1800, -1, 14)})),
            QStringLiteral("benchmark.points[0].ttft_ms: -1 must be >= 0"));
        row("throughput 0", document(withPoints({pointJson(1, 0, 1, 14)})),
            QStringLiteral("benchmark.points[0].total_tokens_per_s: 0 must be > 0"));
        QJsonObject noOutput = pointJson(1, 100, 1, 1);
        noOutput.remove(QStringLiteral("output_tokens"));
        row("point without output tokens", document(withPoints({noOutput})),
            QStringLiteral("benchmark.points[0].output_tokens: required key is missing"));
        row("point as a number", document(withPoints({3})),
            QStringLiteral("benchmark.points[0]: expected an object, found the number 3"));
        QJsonObject p80 = benchmarkJson();
        p80.insert(QStringLiteral("percentile"), 80);
        row("percentile 80", document(withBenchmark(p80)), QStringLiteral("benchmark.percentile: 80 is not one of 50, 90, 95, 99"));
        row("slo of 0", document([](QJsonObject &h) {
                h.insert(QStringLiteral("benchmark"), benchmarkJson());
                h.insert(QStringLiteral("slo"), QJsonObject{{QStringLiteral("tpot_ms"), 0}});
            }),
            QStringLiteral("slo.tpot_ms: 0 must be > 0"));
        row("benchmark with a speed-up", document([](QJsonObject &h) {
                h.insert(QStringLiteral("benchmark"), benchmarkJson());
                h.insert(QStringLiteral("speedup"), QJsonObject{{QStringLiteral("engine"), 1.5}});
            }),
            QStringLiteral("benchmark: a measured benchmark already includes the engine, quantization and decoding; "
                           "remove \"speedup\" (engine 1.5, quantization 1, speculative_decoding 1) or set each "
                           "factor to 1"));
        QJsonObject badDate = benchmarkJson();
        badDate.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("imported_at"), QStringLiteral("3 Dec")}});
        row("source date", document(withBenchmark(badDate)),
            QStringLiteral("benchmark.source.imported_at: \"3 Dec\" is not a date YYYY-MM-DD"));
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const ReadResult read = readDocument(text);
        QVERIFY(!read.document);
        QCOMPARE(read.error, error);
    }

    // Speed-up factors of exactly 1 say nothing more than the benchmark: accepted.
    void speedupsOfOneAreAccepted()
    {
        const ReadResult read = readDocument(document([](QJsonObject &h) {
            h.insert(QStringLiteral("benchmark"), benchmarkJson());
            h.insert(QStringLiteral("speedup"), QJsonObject{{QStringLiteral("engine"), 1}});
        }));
        QVERIFY2(read.document, qPrintable(read.error));
    }

    // Read -> write -> read -> write: the same bytes; unknown keys of a point and of the source kept;
    // a throughput the file did not have is not added; the document is version 3.
    void roundTrip()
    {
        QJsonObject b = benchmarkJson();
        QJsonArray points = b.value(QStringLiteral("points")).toArray();
        QJsonObject first = points.first().toObject();
        first.insert(QStringLiteral("note"), QStringLiteral("warm cache"));
        points.replace(0, first);
        b.insert(QStringLiteral("points"), points);
        b.insert(QStringLiteral("source"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("vllm")}, {QStringLiteral("file"), QStringLiteral("run.json")},
                             {QStringLiteral("imported_at"), QStringLiteral("2026-12-03")}, {QStringLiteral("gpu"), QStringLiteral("A100")}});
        const QByteArray text = document([b](QJsonObject &h) {
            h.insert(QStringLiteral("benchmark"), b);
            h.remove(QStringLiteral("throughput_tokens_per_s"));
            h.insert(QStringLiteral("slo"), QJsonObject{{QStringLiteral("ttft_ms"), 300}, {QStringLiteral("tpot_ms"), 25.5}});
        });
        const ReadResult read = readDocument(text);
        QVERIFY2(read.document, qPrintable(read.error));
        const Scenario &s = read.document->scenarios.first();
        QVERIFY(s.selfHosted.benchmark);
        QCOMPARE(s.selfHosted.benchmark->points.size(), 3);
        QCOMPARE(s.selfHosted.benchmark->points.first().concurrency, 8.0); // the file's order
        QVERIFY(!s.selfHosted.throughputGiven);
        QCOMPARE(s.selfHosted.slo->tpotMs, std::optional<double>(25.5));
        const QByteArray written = writeDocument(*read.document);
        const ReadResult again = readDocument(written);
        QVERIFY2(again.document, qPrintable(again.error));
        QCOMPARE(writeDocument(*again.document), written);
        const QJsonObject root = QJsonDocument::fromJson(written).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 3);
        const QJsonObject h = root.value(QStringLiteral("scenarios")).toArray().first().toObject().value(QStringLiteral("self_hosted")).toObject();
        QVERIFY(!h.contains(QStringLiteral("throughput_tokens_per_s")));
        const QJsonObject wb = h.value(QStringLiteral("benchmark")).toObject();
        QCOMPARE(wb, b); // every key as given, in the given order of points
        QCOMPARE(h.value(QStringLiteral("slo")).toObject().value(QStringLiteral("tpot_ms")).toDouble(), 25.5);
    }

    // The results: thr_slo, c*, the mismatch; null on an infeasible SLO; absent in format 2.
    void resultKeys()
    {
        const QJsonObject feasible = firstResult(document([](QJsonObject &h) {
            h.insert(QStringLiteral("benchmark"), benchmarkJson());
            h.insert(QStringLiteral("slo"), QJsonObject{{QStringLiteral("ttft_ms"), 300}});
        }));
        // TTFT 300 between c 8 (200) and c 16 (500): c* = 10 2/3, 3000 + 2 2/3 / 8 x 1200 = 3400.
        FTROI_COMPARE_REL(feasible.value(QStringLiteral("throughput_at_slo")).toDouble(), 3400, 1e-12);
        FTROI_COMPARE_REL(feasible.value(QStringLiteral("slo_concurrency")).toDouble(), 32.0 / 3, 1e-12);
        // The points' shape is 500 in / 200 out: the starter's workload against it, by hand.
        const QJsonObject w = QJsonDocument::fromJson(testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi")))
                                  .object().value(QStringLiteral("scenarios")).toArray().first().toObject()
                                  .value(QStringLiteral("workload")).toObject();
        const bool differs = std::abs(w.value(QStringLiteral("input_tokens_per_request")).toDouble() - 500) > 125
            || std::abs(w.value(QStringLiteral("output_tokens_per_request")).toDouble() - 200) > 50;
        QCOMPARE(feasible.value(QStringLiteral("benchmark_shape_mismatch")), QJsonValue(differs));

        const QJsonObject infeasible = firstResult(document([](QJsonObject &h) {
            h.insert(QStringLiteral("benchmark"), benchmarkJson());
            h.insert(QStringLiteral("slo"), QJsonObject{{QStringLiteral("ttft_ms"), 10}});
        }));
        QVERIFY(infeasible.value(QStringLiteral("throughput_at_slo")).isNull());
        QVERIFY(infeasible.value(QStringLiteral("slo_concurrency")).isNull());
        QVERIFY(infeasible.value(QStringLiteral("instances")).isDouble()); // the typed throughput
        QCOMPARE(infeasible.value(QStringLiteral("decision")).toObject().value(QStringLiteral("excluded")).toObject()
                     .value(QStringLiteral("self_hosted")).toString(),
                 QStringLiteral("no measured load meets the SLO"));

        const QJsonObject unknown = firstResult(document([](QJsonObject &h) {
            h.insert(QStringLiteral("benchmark"), benchmarkJson());
            h.remove(QStringLiteral("throughput_tokens_per_s"));
            h.insert(QStringLiteral("slo"), QJsonObject{{QStringLiteral("ttft_ms"), 10}});
        }));
        for (const char *key : {"instances", "monthly_serving_cost", "monthly_savings", "self_hosted_monthly_tco", "npv"})
            QVERIFY2(unknown.value(QLatin1String(key)).isNull(), key);
        QVERIFY(unknown.value(QStringLiteral("monthly_storage_cost")).isDouble());

        // A format-3 scenario without a benchmark: thr_eff, null, false.
        const QJsonObject plain = firstResult(document([](QJsonObject &h) { h.insert(QStringLiteral("gpu_memory_gb"), 80); }));
        QCOMPARE(plain.value(QStringLiteral("slo_concurrency")), QJsonValue(QJsonValue::Null));
        QCOMPARE(plain.value(QStringLiteral("benchmark_shape_mismatch")), QJsonValue(false));
        QVERIFY(plain.value(QStringLiteral("throughput_at_slo")).toDouble() > 0);
        // Format 2: none of the three keys.
        const QJsonObject v2 = firstResult(document([](QJsonObject &) {}, 2));
        QVERIFY(!v2.contains(QStringLiteral("throughput_at_slo")));
        QVERIFY(!v2.contains(QStringLiteral("slo_concurrency")));
        QVERIFY(!v2.contains(QStringLiteral("benchmark_shape_mismatch")));
    }
};

QTEST_APPLESS_MAIN(TestCapacityDocument)
#include "tst_capacitydocument.moc"
