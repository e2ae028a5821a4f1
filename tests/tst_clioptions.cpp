// ftroi-cli refuses what it would otherwise ignore or misread (exit 2, with
// the reason): an option that does not belong to the command, --json with
// --csv, a --seed beyond exact whole numbers; and a document's fractional
// count of training runs.
#include "core/io/documentformat.h"
#include "testsupport.h"

#include <QProcess>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FTROI_CLI_PATH), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

const QString kDoc = QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi");

} // namespace

class TestCliOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionsOfAnotherCommandAreRefused()
    {
        const Run r = cli({QStringLiteral("evaluate"), kDoc, QStringLiteral("--scenario"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("evaluate: --scenario does not apply to evaluate (it is for sensitivity, solve, grid, schedule, usage and benchmark)")),
                 qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("validate"), kDoc, QStringLiteral("--samples"), QStringLiteral("5")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("evaluate"), kDoc, QStringLiteral("--json")}).exitCode, 0);
    }

    void jsonAndCsvTogetherAreRefused()
    {
        const Run r = cli({QStringLiteral("grid"), kDoc, QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--x"),
                           QStringLiteral("workload.requests_per_day=1000:100000:3"), QStringLiteral("--y"),
                           QStringLiteral("api.input_price_per_1m=1:10:3"), QStringLiteral("--metric"), QStringLiteral("npv"),
                           QStringLiteral("--json"), QStringLiteral("--csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--json and --csv together")), qPrintable(r.err));
    }

    void aSeedMustBeAnExactWholeNumber()
    {
        for (const QString &seed : {QStringLiteral("9007199254740993"), QStringLiteral("1e3"), QStringLiteral("-1"),
                                    QStringLiteral("2.5")}) {
            const Run r = cli({QStringLiteral("simulate"), kDoc, QStringLiteral("--samples"), QStringLiteral("10"),
                               QStringLiteral("--seed"), seed});
            QVERIFY2(r.exitCode == 2, qPrintable(seed));
            QVERIFY2(r.err.contains(QLatin1String("--seed: expected a whole number")), qPrintable(r.err));
        }
        QCOMPARE(cli({QStringLiteral("simulate"), kDoc, QStringLiteral("--samples"), QStringLiteral("10"),
                      QStringLiteral("--seed"), QStringLiteral("9007199254740992")})
                     .exitCode,
                 0);
    }

    void fractionalTrainingRunsAreRefused()
    {
        QByteArray text = testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi")));
        const qsizetype at = text.indexOf("\"training_runs\": ");
        QVERIFY(at >= 0);
        const qsizetype end = text.indexOf(',', at);
        text.replace(at, end - at, "\"training_runs\": 2.5");
        const ftroi::ReadResult read = ftroi::readDocument(text);
        QVERIFY(!read.document);
        QVERIFY2(read.error.endsWith(QLatin1String("project.training_runs: 2.5 is not a whole number")), qPrintable(read.error));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
