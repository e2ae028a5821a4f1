// ftroi-cli end to end: exit codes, stderr messages, JSON output.
#include "programrun.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluateJsonReproducesExpected()
    {
        const ProgramRun run = runCli({QStringLiteral("evaluate"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        const QJsonArray expected = QJsonDocument::fromJson(testsupport::readFile(testsupport::dataPath(QStringLiteral("expected.json"))))
                                        .object().value(QStringLiteral("evaluate")).toArray();
        QCOMPARE(results.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject e = expected.at(i).toObject();
            const QJsonObject a = results.at(i).toObject();
            for (const QString &key : {QStringLiteral("monthly_savings"), QStringLiteral("payback_months"),
                                       QStringLiteral("break_even_all_in_tokens_per_day"), QStringLiteral("instances")}) {
                if (e.value(key).isNull()) {
                    QVERIFY2(a.value(key).isNull(), qPrintable(key));
                } else {
                    QVERIFY2(testsupport::closeRel(a.value(key).toDouble(), e.value(key).toDouble(), 1e-6), qPrintable(key));
                }
            }
        }
        QVERIFY(!run.out.contains("nan") && !run.out.contains("inf"));
    }

    void evaluateTableShowsCurrencyAndNever()
    {
        const ProgramRun run = runCli({QStringLiteral("evaluate"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("$8,250.00/month"));
        QVERIFY(run.out.contains("never"));
        QVERIFY(run.out.contains("12.6 M tokens/day"));
        // The seed's worked example is above the serving + storage break-even but loses
        // money: the report says which break-even it means and never just "above".
        QVERIFY(run.out.contains("Break-even (serving + storage, today's fleet)"));
        QVERIFY(run.out.contains("above, but the whole cost still loses money"));
        QVERIFY(run.out.contains("Break-even (all-in, fixed fleet of 2)"));
        QVERIFY(run.out.contains("Break-even (all-in, fleet sized to volume)")); // the auto-sized example
        QVERIFY(run.out.contains("Best path: API"));
        QVERIFY(run.out.contains("disagrees with the numbers, which favour: API"));
        QVERIFY(!run.out.contains("nan") && !run.out.contains("inf"));
    }

    // compare --csv: one record per scenario, raw numbers under unit-named columns.
    void compareCsvHasRawNumbersAndUnits()
    {
        const ProgramRun run = runCli({QStringLiteral("compare"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi")),
                                QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QList<QStringList> records = testsupport::parseCsv(QString::fromUtf8(run.out));
        QCOMPARE(records.size(), 1 + 6); // header + the six scenarios of the file
        const QStringList header = records.first();
        for (const char *key : {"name", "current_daily_tokens", "monthly_api_cost_usd", "monthly_serving_cost_usd",
                                "monthly_storage_cost_usd", "api_monthly_tco_usd", "self_hosted_monthly_tco_usd",
                                "monthly_savings_usd", "payback_months", "break_even_all_in_tokens_per_day",
                                "engineering_hours", "npv_usd"})
            QVERIFY2(header.contains(QLatin1String(key)), key);
        const QSet<QString> textColumns{QStringLiteral("name"), QStringLiteral("best_path"),
                                        QStringLiteral("price_sources")};
        for (qsizetype r = 1; r < records.size(); ++r) {
            const QStringList &record = records.at(r);
            QCOMPARE(record.size(), header.size());
            for (qsizetype c = 0; c < header.size(); ++c) {
                if (textColumns.contains(header.at(c)) || record.at(c).isEmpty())
                    continue;
                bool ok = false;
                const double v = record.at(c).toDouble(&ok);
                QVERIFY2(ok && std::isfinite(v), qPrintable(header.at(c) + QStringLiteral(": ") + record.at(c)));
            }
        }
        // The seed's worked example by hand: 50,000 requests x 700 tokens; 1.5 M requests a
        // month x (500 x $5 + 200 x $15) / 1M; 2 instances x $2.06 x 720 h; 7 B x 2 GB x $0.023.
        const QStringList &first = records.at(1);
        auto cell = [&](const char *key) { return first.at(header.indexOf(QLatin1String(key))); };
        QCOMPARE(cell("current_daily_tokens").toDouble(), 50000.0 * 700);
        QCOMPARE(cell("current_daily_tokens"), QStringLiteral("35000000")); // not 3.5e+07
        FTROI_COMPARE_REL(cell("monthly_api_cost_usd").toDouble(), 50000.0 * 30 * (500 * 5.0 + 200 * 15.0) / 1e6, 1e-12);
        FTROI_COMPARE_REL(cell("monthly_serving_cost_usd").toDouble(), 2 * 2.06 * 720, 1e-12);
        FTROI_COMPARE_REL(cell("monthly_storage_cost_usd").toDouble(), 7 * 2 * 0.023, 1e-12);
        QCOMPARE(cell("engineering_hours").toDouble(), 40.0 + 20 + 24 + 16);
        // Reviews cost 1.5 M x 3 % x $5 more a month than the API saves: it never pays back.
        QCOMPARE(cell("payback_months"), QString());
        QCOMPARE(cell("best_path"), QStringLiteral("api"));
        QVERIFY(!run.out.contains("nan") && !run.out.contains("inf") && !run.out.contains('$'));
    }

    void compareTableAndRefusal()
    {
        const ProgramRun table = runCli({QStringLiteral("compare"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("monthly_api_cost_usd"));
        const ProgramRun missing = runCli({QStringLiteral("compare"), QStringLiteral("/no/such/file.ftroi"), QStringLiteral("--csv")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains(QStringLiteral("file.ftroi")));
    }

    void validate()
    {
        const ProgramRun ok = runCli({QStringLiteral("validate"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("valid, 6 scenario(s)"));
    }

    void refusedDocumentExitsTwoWithPlace()
    {
        QTemporaryDir dir;
        QByteArray doc = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        doc.replace("\"review_rate\": 0.0204", "\"review_rate\": 1.7");
        const QString path = dir.filePath(QStringLiteral("bad.ftroi"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(doc);
        f.close();
        for (const QString &command : {QStringLiteral("evaluate"), QStringLiteral("validate")}) {
            const ProgramRun run = runCli({command, path, QStringLiteral("--json")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains(QStringLiteral("scenarios[2].self_hosted.review_rate: 1.7 is not in [0, 1]")), qPrintable(run.err));
        }
    }

    void missingFileExitsOne()
    {
        const ProgramRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("/nonexistent/x.ftroi")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("cannot open")));
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("evaluate"), QStringLiteral("x"), QStringLiteral("--bogus")};
        QTest::newRow("no file") << QStringList{QStringLiteral("evaluate")};
        QTest::newRow("training without size") << QStringList{QStringLiteral("estimate-training"), QStringLiteral("--method"), QStringLiteral("lora")};
        QTest::newRow("training bad method") << QStringList{QStringLiteral("estimate-training"), QStringLiteral("--model-size"), QStringLiteral("7"),
                                                            QStringLiteral("--method"), QStringLiteral("dpo"), QStringLiteral("--examples"), QStringLiteral("1"),
                                                            QStringLiteral("--seq-len"), QStringLiteral("1"), QStringLiteral("--epochs"), QStringLiteral("1"),
                                                            QStringLiteral("--gpu"), QStringLiteral("a10g")};
        QTest::newRow("training nan") << QStringList{QStringLiteral("estimate-training"), QStringLiteral("--model-size"), QStringLiteral("nan"),
                                                     QStringLiteral("--method"), QStringLiteral("lora"), QStringLiteral("--examples"), QStringLiteral("1"),
                                                     QStringLiteral("--seq-len"), QStringLiteral("1"), QStringLiteral("--epochs"), QStringLiteral("1"),
                                                     QStringLiteral("--gpu"), QStringLiteral("a10g")};
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, args);
        const ProgramRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void estimateTrainingReproducesExpected()
    {
        const QJsonArray cases = QJsonDocument::fromJson(testsupport::readFile(testsupport::dataPath(QStringLiteral("expected.json"))))
                                     .object().value(QStringLiteral("estimate_training")).toArray();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue &c : cases) {
            QStringList args = c.toObject().value(QStringLiteral("cli")).toString().split(QLatin1Char(' '));
            args << QStringLiteral("--json");
            const ProgramRun run = runCli(args);
            QCOMPARE(run.exitCode, 0);
            const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
            const QJsonObject expected = c.toObject().value(QStringLiteral("expected")).toObject();
            for (auto it = expected.begin(); it != expected.end(); ++it)
                QVERIFY2(testsupport::closeRel(actual.value(it.key()).toDouble(), it.value().toDouble(), 1e-9), qPrintable(it.key()));
        }
    }

    void helpAndVersion()
    {
        const ProgramRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("estimate-training"));
        const ProgramRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("ftroi-cli " FTROI_VERSION));
    }

    // --- Analysis commands -------------------------------------------------

    void simulateJsonKeys()
    {
        const QString file = testsupport::dataPath(QStringLiteral("uncertainty.ftroi"));
        const ProgramRun run = runCli({QStringLiteral("simulate"), file, QStringLiteral("--samples"), QStringLiteral("5000"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), 1);
        const QJsonObject r = results.at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("samples")).toInt(), 5000);
        for (const char *key : {"mean", "p5", "p10", "p50", "p90", "p95"}) {
            QVERIFY(r.value(QStringLiteral("monthly_savings")).toObject().value(QLatin1String(key)).isDouble());
            QVERIFY(r.value(QStringLiteral("npv")).toObject().value(QLatin1String(key)).isDouble());
        }
        for (const char *key : {"p10", "p50", "p90"})
            QVERIFY(r.value(QStringLiteral("payback_months")).toObject().contains(QLatin1String(key)));
        const QJsonObject shares = r.value(QStringLiteral("best_path_shares")).toObject();
        QCOMPARE(shares.value(QStringLiteral("api")).toDouble() + shares.value(QStringLiteral("managed")).toDouble()
                     + shares.value(QStringLiteral("self_hosted")).toDouble(), 1.0);
        QVERIFY(r.value(QStringLiteral("probability_savings_positive")).isDouble());
        QVERIFY(r.value(QStringLiteral("probability_payback_within_lifetime")).isDouble());
        // The same seed gives the same output.
        QCOMPARE(runCli({QStringLiteral("simulate"), file, QStringLiteral("--samples"), QStringLiteral("5000"), QStringLiteral("--json")}).out, run.out);
    }

    void analysisCommandsRefuseBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString file = testsupport::dataPath(QStringLiteral("uncertainty.ftroi"));
        QTest::newRow("samples 0") << QStringList{QStringLiteral("simulate"), file, QStringLiteral("--samples"), QStringLiteral("0")}
                                   << QStringLiteral("simulate: --samples: expected a whole number from 1 to 10000000, found \"0\"");
        QTest::newRow("unknown metric") << QStringList{QStringLiteral("sensitivity"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--metric"), QStringLiteral("profit")}
                                        << QStringLiteral("sensitivity: --metric: \"profit\" is not one of monthly_savings, npv, payback_months, monthly_ft_total");
        QTest::newRow("no such scenario") << QStringList{QStringLiteral("sensitivity"), file, QStringLiteral("--scenario"), QStringLiteral("3"), QStringLiteral("--metric"), QStringLiteral("npv")}
                                          << QStringLiteral("sensitivity: --scenario: 3 is not a scenario number from 1 to 1");
        QTest::newRow("unknown path") << QStringList{QStringLiteral("solve"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--vary"), QStringLiteral("api.colour"), QStringLiteral("--target"), QStringLiteral("npv=0")}
                                      << QStringLiteral("solve: --vary: \"api.colour\" names no numeric input of scenario \"U\"");
        QTest::newRow("malformed axis") << QStringList{QStringLiteral("grid"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--x"), QStringLiteral("a=1:2"), QStringLiteral("--y"), QStringLiteral("b=1:2:3"), QStringLiteral("--metric"), QStringLiteral("npv")}
                                        << QStringLiteral("grid: --x: expected PATH=LO:HI:COUNT, found \"a=1:2\"");
        QTest::newRow("count 1") << QStringList{QStringLiteral("grid"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--x"), QStringLiteral("review_cost=1:2:1"), QStringLiteral("--y"), QStringLiteral("review_cost=1:2:3"), QStringLiteral("--metric"), QStringLiteral("npv")}
                                 << QStringLiteral("grid: --x: COUNT must be a whole number from 2 to 1000, found \"1\"");
        QTest::newRow("lo above hi") << QStringList{QStringLiteral("grid"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--x"), QStringLiteral("review_cost=3:2:4"), QStringLiteral("--y"), QStringLiteral("review_cost=1:2:3"), QStringLiteral("--metric"), QStringLiteral("npv")}
                                     << QStringLiteral("grid: --x: LO (3) must be below HI (2)");
        QTest::newRow("log from 0") << QStringList{QStringLiteral("grid"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--x"), QStringLiteral("review_cost=0:2:4"), QStringLiteral("--log-x"), QStringLiteral("--y"), QStringLiteral("review_cost=1:2:3"), QStringLiteral("--metric"), QStringLiteral("npv")}
                                    << QStringLiteral("grid: --x: a logarithmic axis needs LO > 0, found 0");
    }

    void analysisCommandsRefuseBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
    }

    void gridJsonAndCsv()
    {
        const QString file = testsupport::dataPath(QStringLiteral("uncertainty.ftroi"));
        const QStringList args{QStringLiteral("grid"), file, QStringLiteral("--scenario"), QStringLiteral("U"),
                               QStringLiteral("--x"), QStringLiteral("workload.requests_per_day=1000:1e6:4"), QStringLiteral("--log-x"),
                               QStringLiteral("--y"), QStringLiteral("self_hosted.target_utilization=0.1:0.5:3"),
                               QStringLiteral("--metric"), QStringLiteral("monthly_savings")};
        const ProgramRun json = runCli(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject g = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(g.value(QStringLiteral("x")).toArray().size(), 4);
        QCOMPARE(g.value(QStringLiteral("y")).toArray().size(), 3);
        QCOMPARE(g.value(QStringLiteral("values")).toArray().size(), 3);               // a row per y
        QCOMPARE(g.value(QStringLiteral("values")).toArray().at(0).toArray().size(), 4); // a column per x
        const ProgramRun csv = runCli(args + QStringList{QStringLiteral("--csv")});
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (const QByteArray &cell : lines.at(1).split(',')) {
            bool ok = false;
            cell.toDouble(&ok);
            QVERIFY(ok);
        }
    }

    void solveAndSensitivityJson()
    {
        const QString file = testsupport::dataPath(QStringLiteral("uncertainty.ftroi"));
        const ProgramRun solve = runCli({QStringLiteral("solve"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--vary"),
                                  QStringLiteral("workload.requests_per_day"), QStringLiteral("--target"), QStringLiteral("monthly_savings=0"), QStringLiteral("--json")});
        QCOMPARE(solve.exitCode, 0);
        const QJsonObject g = QJsonDocument::fromJson(solve.out).object();
        for (const char *key : {"input", "value", "metric", "target", "achieved"})
            QVERIFY(g.contains(QLatin1String(key)));
        const ProgramRun never = runCli({QStringLiteral("solve"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--vary"),
                                  QStringLiteral("review_cost"), QStringLiteral("--target"), QStringLiteral("monthly_savings=1e9"), QStringLiteral("--json")});
        QCOMPARE(never.exitCode, 0);
        const QJsonObject n = QJsonDocument::fromJson(never.out).object();
        QVERIFY(n.value(QStringLiteral("value")).isNull());
        QVERIFY(!n.value(QStringLiteral("reason")).toString().isEmpty());
        const ProgramRun t = runCli({QStringLiteral("sensitivity"), file, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--metric"), QStringLiteral("npv"), QStringLiteral("--json")});
        const QJsonObject sens = QJsonDocument::fromJson(t.out).object();
        QCOMPARE(sens.value(QStringLiteral("metric")).toString(), QStringLiteral("npv"));
        QCOMPARE(sens.value(QStringLiteral("rows")).toArray().size(), 2); // the document's two ranges
    }

    void format2ResultKeys()
    {
        const ProgramRun run = runCli({QStringLiteral("evaluate"), testsupport::dataPath(QStringLiteral("uncertainty.ftroi")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject r = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        for (const char *key : {"instances_off_peak", "peak_utilization", "api_monthly_tco", "self_hosted_monthly_tco",
                                "monthly_api_quality_cost", "npv", "roi", "payback_months_with_growth"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        const QJsonObject m = r.value(QStringLiteral("managed")).toObject();
        for (const char *key : {"monthly_inference_cost", "monthly_hosting_cost", "monthly_quality_cost_delta", "training_cost",
                                "engineering_cost", "total_project_cost", "monthly_amortized_project_cost", "monthly_total",
                                "monthly_savings", "payback_months", "break_even_tokens_per_day", "npv", "roi",
                                "payback_months_with_growth", "monthly_tco"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        const QJsonObject d = r.value(QStringLiteral("decision")).toObject();
        QCOMPARE(d.value(QStringLiteral("best_path")).toString(), QStringLiteral("managed"));
        QVERIFY(d.value(QStringLiteral("context_verdict")).isNull());
        QVERIFY(d.value(QStringLiteral("agrees")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
