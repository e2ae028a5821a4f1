// ftroi-cli end to end: exit codes, stderr messages, JSON output.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FTROI_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("ftroi-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluateJsonReproducesExpected()
    {
        const Run run = runCli({QStringLiteral("evaluate"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi")), QStringLiteral("--json")});
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
        const Run run = runCli({QStringLiteral("evaluate"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("$8,250.00/month"));
        QVERIFY(run.out.contains("never"));
        QVERIFY(run.out.contains("12.6 M tokens/day"));
    }

    void validate()
    {
        const Run ok = runCli({QStringLiteral("validate"), testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))});
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
            const Run run = runCli({command, path, QStringLiteral("--json")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains(QStringLiteral("scenarios[2].self_hosted.review_rate: 1.7 is not in [0, 1]")), qPrintable(run.err));
        }
    }

    void missingFileExitsOne()
    {
        const Run run = runCli({QStringLiteral("evaluate"), QStringLiteral("/nonexistent/x.ftroi")});
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
        const Run run = runCli(args);
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
            const Run run = runCli(args);
            QCOMPARE(run.exitCode, 0);
            const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
            const QJsonObject expected = c.toObject().value(QStringLiteral("expected")).toObject();
            for (auto it = expected.begin(); it != expected.end(); ++it)
                QVERIFY2(testsupport::closeRel(actual.value(it.key()).toDouble(), it.value().toDouble(), 1e-9), qPrintable(it.key()));
        }
    }

    void helpAndVersion()
    {
        const Run help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("estimate-training"));
        const Run version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("ftroi-cli " FTROI_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
