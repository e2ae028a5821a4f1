// ftroi-cli benchmark import / apply: the printed points, the applied document
// (version 3, the benchmark with its source and today's date, speed-ups back
// to 1) and its evaluation, and the document left byte-identical on each refusal.
#include "programrun.h"
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QStringList exampleFiles()
{
    QStringList paths;
    for (const int c : {1, 4, 8, 16, 32, 64})
        paths << QStringLiteral(FTROI_EXAMPLES_DIR "/loadtest/llama-3.1-8b-a100-c%1.json").arg(c);
    return paths;
}

} // namespace

class TestBenchmarkCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        testsupport::writeFile(path, bytes);
        return path;
    }

private slots:
    void importPrintsThePoints()
    {
        const QString path = write("c8.json", R"({"max_concurrency": 8, "completed": 10, "total_input_tokens": 5000,
            "total_output_tokens": 1000, "total_token_throughput": 2400, "p95_ttft_ms": 90, "p95_tpot_ms": 12.5})");
        const ProgramRun r = runCli({QStringLiteral("benchmark"), QStringLiteral("import"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("vllm"));
        QCOMPARE(o.value(QStringLiteral("percentile")).toDouble(), 95.0);
        const QJsonObject p = o.value(QStringLiteral("points")).toArray().first().toObject();
        QCOMPARE(p.value(QStringLiteral("concurrency")).toDouble(), 8.0);
        QCOMPARE(p.value(QStringLiteral("total_tokens_per_s")).toDouble(), 2400.0);
        QCOMPARE(p.value(QStringLiteral("ttft_ms")).toDouble(), 90.0);
        QCOMPARE(p.value(QStringLiteral("tpot_ms")).toDouble(), 12.5);
        QCOMPARE(p.value(QStringLiteral("input_tokens")).toDouble(), 500.0);
        QCOMPARE(p.value(QStringLiteral("output_tokens")).toDouble(), 100.0);
        const ProgramRun text = runCli({QStringLiteral("benchmark"), QStringLiteral("import"), path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("latencies at p95"));
    }

    void applySetsTheBenchmark()
    {
        QByteArray starter = testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"));
        QJsonObject root = QJsonDocument::fromJson(starter).object();
        QJsonArray scenarios = root.value(QStringLiteral("scenarios")).toArray();
        QJsonObject second = scenarios.at(1).toObject();
        QJsonObject h = second.value(QStringLiteral("self_hosted")).toObject();
        h.insert(QStringLiteral("speedup"), QJsonObject{{QStringLiteral("engine"), 2}});
        second.insert(QStringLiteral("self_hosted"), h);
        scenarios.replace(1, second);
        root.insert(QStringLiteral("scenarios"), scenarios);
        const QString doc = write("apply.ftroi", QJsonDocument(root).toJson());
        const ProgramRun r = runCli(QStringList{QStringLiteral("benchmark"), QStringLiteral("apply")} + exampleFiles()
                          + QStringList{doc, QStringLiteral("--scenario"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("speed-up factors are set back to 1"));
        const QJsonObject saved = QJsonDocument::fromJson(testsupport::readFile(doc)).object();
        QCOMPARE(saved.value(QStringLiteral("version")).toInt(), 3);
        const QJsonObject sh = saved.value(QStringLiteral("scenarios")).toArray().at(1).toObject().value(QStringLiteral("self_hosted")).toObject();
        QVERIFY(!sh.contains(QStringLiteral("speedup")));
        const QJsonObject b = sh.value(QStringLiteral("benchmark")).toObject();
        QCOMPARE(b.value(QStringLiteral("points")).toArray().size(), 6);
        QCOMPARE(b.value(QStringLiteral("percentile")).toDouble(), 95.0);
        const QJsonObject source = b.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("vllm"));
        QCOMPARE(source.value(QStringLiteral("imported_at")).toString(), QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(!saved.value(QStringLiteral("scenarios")).toArray().at(0).toObject().value(QStringLiteral("self_hosted"))
                     .toObject().contains(QStringLiteral("benchmark")));
        // No SLO: the last point's throughput, read from the file by hand here.
        const QJsonObject c64 = QJsonDocument::fromJson(testsupport::readFile(exampleFiles().last())).object();
        const ProgramRun e = runCli({QStringLiteral("evaluate"), doc, QStringLiteral("--json")});
        QCOMPARE(e.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(e.out).array().at(1).toObject();
        QCOMPARE(result.value(QStringLiteral("throughput_at_slo")).toDouble(),
                 c64.value(QStringLiteral("total_token_throughput")).toDouble());
        QCOMPARE(result.value(QStringLiteral("slo_concurrency")).toDouble(), 64.0);
    }

    void refusalsLeaveTheDocumentAlone_data()
    {
        QTest::addColumn<QByteArray>("result");
        QTest::addColumn<QString>("message");
        QTest::newRow("rate-only") << QByteArray(R"({"max_concurrency": null, "completed": 10, "total_input_tokens": 5,
            "total_output_tokens": 1, "total_token_throughput": 24, "p95_ttft_ms": 9, "p95_tpot_ms": 1})")
                                   << "bad.json: max_concurrency: is null";
        QTest::newRow("completed 0") << QByteArray(R"({"max_concurrency": 2, "completed": 0, "total_input_tokens": 5,
            "total_output_tokens": 1, "total_token_throughput": 24, "p95_ttft_ms": 9, "p95_tpot_ms": 1})")
                                     << "bad.json: completed: is 0";
        QTest::newRow("duplicate") << QByteArray(R"({"max_concurrency": 8, "completed": 10, "total_input_tokens": 5,
            "total_output_tokens": 1, "total_token_throughput": 24, "p95_ttft_ms": 9, "p95_tpot_ms": 1})")
                                   << "bad.json: concurrency 8 is measured twice";
        QTest::newRow("mixed percentiles") << QByteArray(R"({"max_concurrency": 3, "completed": 10, "total_input_tokens": 5,
            "total_output_tokens": 1, "total_token_throughput": 24, "p99_ttft_ms": 9, "p99_tpot_ms": 1})")
                                           << "bad.json: latencies at p99, but";
    }
    void refusalsLeaveTheDocumentAlone()
    {
        QFETCH(QByteArray, result);
        QFETCH(QString, message);
        const QByteArray original = testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"));
        const QString doc = write("refused.ftroi", original);
        const QString bad = write("bad.json", result);
        const ProgramRun r = runCli({QStringLiteral("benchmark"), QStringLiteral("apply"), exampleFiles().at(2), bad, doc,
                           QStringLiteral("--scenario"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(testsupport::readFile(doc), original);
        QVERIFY(!QFile::exists(doc + QLatin1Char('~')));
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkCli)
#include "tst_benchmarkcli.moc"
