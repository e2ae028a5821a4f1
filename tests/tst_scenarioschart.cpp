// The scenarios chart: one bar per fine-tuning path of every scenario, the
// first scenario on top, each bar the path's NPV (or monthly savings) from
// evaluate, the best path named at its bar, no amount for a managed path a
// scenario does not have; and `ftroi --export-chart FILE --chart scenarios`.
#include "core/io/documentfile.h"
#include "core/report/comparisoncsv.h"
#include "testsupport.h"
#include "ui/charts/scenarioschart.h"

#include <QBarSet>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftroi;

class TestScenariosChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void barsFollowTheResults()
    {
        Result<ScenarioDocument> loaded = loadDocumentFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"));
        QVERIFY(loaded);
        const ScenarioDocument &document = loaded.value();
        const std::vector<ScenarioResult> results = evaluateAll(document);
        ScenariosChart chart;
        chart.resize(1600, 900);
        chart.setScenarios(document, results, Metric::Npv);
        const int n = int(document.scenarios.size());
        QCOMPARE(chart.categories().size(), n);
        for (int i = 0; i < n; ++i) {
            const int bar = n - 1 - i; // the first scenario on top
            QCOMPARE(chart.categories().at(bar), document.scenarios.at(i).name);
            QCOMPARE(chart.selfHostedSet()->at(bar), results[size_t(i)].lifetime.npv.value_or(0));
            const double managed = results[size_t(i)].managed ? results[size_t(i)].managed->lifetime.npv.value_or(0) : 0;
            QCOMPARE(chart.managedSet()->at(bar), managed);
        }
        chart.grab();
        const QStringList labels = chart.valueLabels();
        // Self-host labels for every scenario, managed ones only where a scenario has the path.
        int withManaged = 0;
        for (const ScenarioResult &r : results)
            withManaged += r.managed ? 1 : 0;
        QCOMPARE(labels.size(), n + withManaged);
        int best = 0;
        for (const QString &label : labels)
            best += label.contains(QStringLiteral("(best")) ? 1 : 0;
        QCOMPARE(best, n); // each scenario names its best path once

        chart.setScenarios(document, results, Metric::MonthlySavings);
        QCOMPARE(chart.selfHostedSet()->at(n - 1), results[0].monthlySavings);
        QVERIFY(chart.headingTitle().startsWith(QStringLiteral("Monthly savings")));
    }

    void headlessExport()
    {
        QTemporaryDir dir;
        const auto run = [](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(FTROI_APP_PATH), args);
            return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QString document = QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi");
        const QString png = dir.filePath(QStringLiteral("deck.png"));
        QCOMPARE(run({QStringLiteral("--export-chart"), document, QStringLiteral("--chart"), QStringLiteral("scenarios"),
                      QStringLiteral("--size"), QStringLiteral("1366x768"), QStringLiteral("--out"), png}),
                 0);
        QCOMPARE(QImage(png).size(), QSize(1366, 768));
        QCOMPARE(run({QStringLiteral("--export-chart"), document, QStringLiteral("--chart"), QStringLiteral("scenarios"),
                      QStringLiteral("--metric"), QStringLiteral("payback_months"), QStringLiteral("--out"), png}),
                 2);
        QCOMPARE(run({QStringLiteral("--export-chart"), document, QStringLiteral("--chart"), QStringLiteral("scenarios"),
                      QStringLiteral("--out"), dir.path() + QLatin1Char('/')}),
                 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("starter-scenarios.png"))));
    }
};

QTEST_MAIN(TestScenariosChart)
#include "tst_scenarioschart.moc"
