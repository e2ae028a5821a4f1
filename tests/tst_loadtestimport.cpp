// Load-test import (imports.md, "Load-test results"): hand-written vLLM,
// GenAI-Perf and AIPerf results and the points worked out by hand from the
// contract's table (GenAI-Perf's total = output throughput x (1 + in / out),
// s and ns converted to ms), the percentile rules, and every refusal naming
// the file (and line) and the key.
#include "core/io/loadtestimport.h"
#include "testsupport.h"

#include <QtTest>

using namespace ftroi;

namespace {

LoadTestFile file(const char *name, const char *json)
{
    return {QLatin1String(name), QByteArray(json)};
}

// max_concurrency 8; 100 requests of 51,200 / 100 = 512 input and 12,800 / 100 = 128 output tokens.
const char *kVllm8 = R"({"date": "20261118-140510", "backend": "vllm", "max_concurrency": 8, "completed": 100,
  "total_input_tokens": 51200, "total_output_tokens": 12800, "total_token_throughput": 4321.5,
  "request_rate": "inf", "median_ttft_ms": 120, "p95_ttft_ms": 180.5, "p99_ttft_ms": 230,
  "median_tpot_ms": 18, "p95_tpot_ms": 22.25, "p99_tpot_ms": 30})";

const char *kVllm2 = R"({"date": "20261120-090000", "max_concurrency": 2, "completed": 50, "total_input_tokens": 20000,
  "total_output_tokens": 5000, "total_token_throughput": 1500, "p95_ttft_ms": 60, "p95_tpot_ms": 9})";

// GenAI-Perf at concurrency 4: total 800 x (1 + 600 / 150) = 4,000 tokens/s.
const char *kGenaiPerf = R"({
  "time_to_first_token": {"unit": "ms", "avg": 120, "p95": 150, "p99": 190},
  "inter_token_latency": {"unit": "ms", "avg": 11, "p95": 12.5, "p99": 14},
  "input_sequence_length": {"unit": "tokens", "avg": 600, "p95": 610},
  "output_sequence_length": {"unit": "tokens", "avg": 150},
  "output_token_throughput": {"unit": "tokens/sec", "avg": 800},
  "request_throughput": {"unit": "requests/sec", "avg": 1.3},
  "input_config": {"model": ["llama"], "concurrency": 4}
})";

// The same in seconds and nanoseconds, concurrency given as perf_analyzer's stimulus.
const char *kGenaiPerfUnits = R"({
  "time_to_first_token": {"unit": "s", "p95": 0.15},
  "inter_token_latency": {"unit": "ns", "p95": 12500000},
  "input_sequence_length": {"avg": 600},
  "output_sequence_length": {"avg": 150},
  "output_token_throughput": {"avg": 800},
  "input_config": {"perf_analyzer": {"stimulus": {"concurrency": 4}}}
})";

// AIPerf with a records wrapper, p99 only: 16 concurrent; total 2,000 x (1 + 1,000 / 250) = 10,000.
const char *kAiperf = R"({
  "records": {
    "time_to_first_token": {"tag": "ttft", "unit": "ms", "avg": 300, "p99": 410},
    "inter_token_latency": {"tag": "itl", "unit": "ms", "p99": 31},
    "input_sequence_length": {"unit": "tokens", "avg": 1000},
    "output_sequence_length": {"unit": "tokens", "avg": 250},
    "output_token_throughput": {"unit": "tokens/sec", "avg": 2000}
  },
  "input_config": {"loadgen": {"concurrency": 16}}
})";

QString refusal(const QList<LoadTestFile> &files)
{
    const Result<LoadTestImport> r = parseLoadTests(files);
    return r ? QStringLiteral("(accepted)") : r.error();
}

} // namespace

class TestLoadTestImport : public QObject
{
    Q_OBJECT

private slots:
    void vllmFiles()
    {
        const Result<LoadTestImport> r = parseLoadTests({file("c8.json", kVllm8), file("c2.json", kVllm2)});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->kind, QStringLiteral("vllm"));
        QCOMPARE(r->percentile, 95.0);
        QCOMPARE(r->points.size(), 2);
        const BenchmarkPoint &c2 = r->points.at(0); // sorted by concurrency
        QCOMPARE(c2.concurrency, 2.0);
        QCOMPARE(c2.inputTokens, 400.0);  // 20,000 / 50
        QCOMPARE(c2.outputTokens, 100.0); // 5,000 / 50
        const BenchmarkPoint &c8 = r->points.at(1);
        QCOMPARE(c8.concurrency, 8.0);
        QCOMPARE(c8.totalTokensPerS, 4321.5);
        QCOMPARE(c8.ttftMs, 180.5);
        QCOMPARE(c8.tpotMs, 22.25);
        QCOMPARE(c8.inputTokens, 512.0);
        QCOMPARE(c8.outputTokens, 128.0);
        QCOMPARE(r->from, QStringLiteral("2026-11-18"));
        QCOMPARE(r->to, QStringLiteral("2026-11-20"));
        const Benchmark b = benchmarkFromImport(*r, QDate(2026, 12, 3));
        QCOMPARE(b.percentile, std::optional<double>(95));
        QCOMPARE(b.source->kind, QStringLiteral("vllm"));
        QCOMPARE(b.source->file, QStringLiteral("c8.json, c2.json"));
        QCOMPARE(b.source->importedAt, QStringLiteral("2026-12-03"));
        QVERIFY(loadTestImportJson(*r).startsWith("{\"kind\":\"vllm\",\"percentile\":95,\"points\":[{\"concurrency\":2,"));
    }

    // Reading 11: any p95_* -> 95; else any p99_* -> 99; else the median_* keys as 50.
    void vllmPercentiles()
    {
        const Result<LoadTestImport> p99 = parseLoadTests({file("a.json", R"({"max_concurrency": 1, "completed": 1,
            "total_input_tokens": 10, "total_output_tokens": 5, "total_token_throughput": 100,
            "median_ttft_ms": 10, "p99_ttft_ms": 40, "p99_tpot_ms": 4, "median_tpot_ms": 2})")});
        QVERIFY2(p99, qPrintable(p99.error()));
        QCOMPARE(p99->percentile, 99.0);
        QCOMPARE(p99->points.first().ttftMs, 40.0);
        const Result<LoadTestImport> median = parseLoadTests({file("a.json", R"({"max_concurrency": 1, "completed": 1,
            "total_input_tokens": 10, "total_output_tokens": 5, "total_token_throughput": 100,
            "median_ttft_ms": 10, "median_tpot_ms": 2})")});
        QVERIFY2(median, qPrintable(median.error()));
        QCOMPARE(median->percentile, 50.0);
        QCOMPARE(median->points.first().tpotMs, 2.0);
    }

    // vLLM's --append-result: one result per line (CRLF and blank lines are fine).
    void vllmJsonLines()
    {
        QByteArray lines = QByteArray(kVllm2).replace('\n', ' ') + "\r\n\r\n" + QByteArray(kVllm8).replace('\n', ' ') + "\n";
        const Result<LoadTestImport> r = parseLoadTests({{QStringLiteral("runs.jsonl"), lines}});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->points.size(), 2);
        QCOMPARE(r->points.at(1).concurrency, 8.0);
    }

    void genaiPerf()
    {
        for (const char *text : {kGenaiPerf, kGenaiPerfUnits}) {
            const Result<LoadTestImport> r = parseLoadTests({file("run_genai_perf.json", text)});
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(r->kind, QStringLiteral("genai_perf"));
            QCOMPARE(r->percentile, 95.0);
            const BenchmarkPoint &p = r->points.first();
            QCOMPARE(p.concurrency, 4.0);
            FTROI_COMPARE_REL(p.ttftMs, 150, 1e-12);
            FTROI_COMPARE_REL(p.tpotMs, 12.5, 1e-12);
            QCOMPARE(p.inputTokens, 600.0);
            QCOMPARE(p.outputTokens, 150.0);
            FTROI_COMPARE_REL(p.totalTokensPerS, 4000, 1e-12);
        }
    }

    void aiperf()
    {
        const Result<LoadTestImport> r = parseLoadTests({file("profile_export_aiperf.json", kAiperf)});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->kind, QStringLiteral("aiperf"));
        QCOMPARE(r->percentile, 99.0);
        const BenchmarkPoint &p = r->points.first();
        QCOMPARE(p.concurrency, 16.0);
        QCOMPARE(p.ttftMs, 410.0);
        QCOMPARE(p.tpotMs, 31.0);
        FTROI_COMPARE_REL(p.totalTokensPerS, 10000, 1e-12);
        // Without the records wrapper, told by input_config.loadgen.
        QByteArray flat = QByteArray(kAiperf);
        flat.replace("\"records\": {", "\"flat\": 0,").replace("},\n  \"input_config\"", ",\n  \"input_config\"");
        const Result<LoadTestImport> f = parseLoadTests({{QStringLiteral("profile_export_aiperf.json"), flat}});
        QVERIFY2(f, qPrintable(f.error()));
        QCOMPARE(f->kind, QStringLiteral("aiperf"));
        FTROI_COMPARE_REL(f->points.first().totalTokensPerS, 10000, 1e-12);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const auto vllm = [](const char *from, const char *to) { return QByteArray(kVllm8).replace(from, to); };
        QTest::newRow("rate-only") << "r.json" << vllm("\"max_concurrency\": 8", "\"max_concurrency\": null")
                                   << "r.json: max_concurrency: is null: a rate-only run (--request-rate without "
                                      "--max-concurrency) has no concurrency";
        QTest::newRow("no concurrency") << "r.json" << vllm("\"max_concurrency\": 8,", "")
                                        << "r.json: max_concurrency: is missing";
        QTest::newRow("missing tpot") << "r.json" << vllm("\"p95_tpot_ms\": 22.25,", "")
                                      << "r.json: p95_tpot_ms: is missing";
        QTest::newRow("null throughput") << "r.json" << vllm("4321.5", "null")
                                         << "r.json: total_token_throughput: is null; a number is required";
        QTest::newRow("negative tokens") << "r.json" << vllm("51200", "-5")
                                         << "r.json: total_input_tokens: -5 is negative";
        QTest::newRow("NaN latency") << "r.json" << vllm("180.5", "NaN")
                                     << "r.json: p95_ttft_ms: is NaN, not a finite number";
        QTest::newRow("infinite latency") << "r.json" << vllm("180.5", "Infinity")
                                          << "r.json: p95_ttft_ms: is Infinity, not a finite number";
        QTest::newRow("text latency") << "r.json" << vllm("180.5", "\"fast\"")
                                      << "r.json: p95_ttft_ms: expected a number";
        QTest::newRow("completed 0") << "r.json" << vllm("\"completed\": 100", "\"completed\": 0")
                                     << "r.json: completed: is 0; no request completed, so tokens per request are not defined";
        QTest::newRow("not JSON") << "r.json" << QByteArray("{\"max_concurrency\": ")
                                  << "r.json: not valid JSON (unterminated object at line 1, column 21)";
        QTest::newRow("other JSON") << "r.json" << QByteArray("{\"model\": \"x\"}")
                                    << "r.json: not a load-test result this version reads (vLLM's --save-result JSON, "
                                       "GenAI-Perf's *_genai_perf.json or AIPerf's profile_export_aiperf.json)";
        QTest::newRow("genai-perf rate run") << "g.json" << QByteArray(kGenaiPerf).replace("\"concurrency\": 4", "\"request_rate\": 4")
                                             << "g.json: input_config.concurrency: is missing: a request-rate run has no concurrency";
        QTest::newRow("genai-perf unit") << "g.json" << QByteArray(kGenaiPerf).replace("\"unit\": \"ms\", \"avg\": 11", "\"unit\": \"min\", \"avg\": 11")
                                         << "g.json: inter_token_latency.unit: \"min\" is not ms, s or ns";
        QTest::newRow("genai-perf missing itl") << "g.json" << QByteArray(kGenaiPerf).replace("\"p95\": 12.5, ", "")
                                                << "g.json: inter_token_latency.p95: is missing";
        QTest::newRow("json lines, line 2") << "runs.jsonl"
                                            << QByteArray(kVllm2).replace('\n', ' ') + "\n"
                + QByteArray(kVllm8).replace('\n', ' ').replace("\"max_concurrency\": 8", "\"max_concurrency\": null")
                                            << "runs.jsonl, line 2: max_concurrency: is null: a rate-only run "
                                               "(--request-rate without --max-concurrency) has no concurrency";
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QCOMPARE(refusal({{name, text}}), error);
    }

    void refusalsAcrossFiles()
    {
        QCOMPARE(refusal({file("a.json", kVllm8), file("b.json", kVllm8)}),
                 QStringLiteral("b.json: concurrency 8 is measured twice (also in a.json)"));
        const QByteArray p99 = QByteArray(kVllm2).replace("p95_", "p99_");
        QCOMPARE(refusal({file("a.json", kVllm8), {QStringLiteral("b.json"), p99}}),
                 QStringLiteral("b.json: latencies at p99, but a.json gives them at p95; all files must give the same "
                                "percentile"));
        QCOMPARE(refusal({file("a.json", kVllm8), file("g.json", kGenaiPerf)}),
                 QStringLiteral("g.json: a genai_perf result, but a.json holds vllm results; import one kind at a time"));
        QCOMPARE(refusal({}), QStringLiteral("no load-test file given"));
    }

    // The example files import: six points of one model on one GPU, latencies growing with load.
    void exampleFiles()
    {
        QStringList paths;
        for (const int c : {1, 4, 8, 16, 32, 64})
            paths << QStringLiteral(FTROI_EXAMPLES_DIR "/loadtest/llama-3.1-8b-a100-c%1.json").arg(c);
        const Result<LoadTestImport> r = importLoadTests(paths);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->points.size(), 6);
        for (qsizetype i = 1; i < r->points.size(); ++i) {
            QVERIFY(r->points.at(i).ttftMs > r->points.at(i - 1).ttftMs);
            QVERIFY(r->points.at(i).tpotMs > r->points.at(i - 1).tpotMs);
            QVERIFY(r->points.at(i).totalTokensPerS > r->points.at(i - 1).totalTokensPerS);
        }
        QVERIFY(!importLoadTests({QStringLiteral("/no/such/file.json")}));
    }
};

QTEST_APPLESS_MAIN(TestLoadTestImport)
#include "tst_loadtestimport.moc"
