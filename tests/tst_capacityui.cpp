// Measured capacity in the app: importing a load test is one undo step (and
// removing it another), the SLO fields write their keys, the throughput field
// says what was measured, the Capacity chart draws the points, the SLO lines
// and the operating point (values checked against the points by hand), says
// how to get a load test when there is none, warns about a request shape
// unlike the workload's, and `ftroi --export-chart --chart capacity` writes a PNG.
//
// FTROI_SCREENSHOT_DIR=/some/folder also saves the window with the Capacity
// tab at 1600x1000 and 1366x768 (for a visual check).
#include "core/io/documentformat.h"
#include "ui/charts/capacitychart.h"
#include "ui/document/document.h"
#include "ui/export/chartexport.h"
#include "ui/export/chartregistry.h"
#include "ui/form/loadtestdialog.h"
#include "ui/form/scenarioform.h"
#include "ui/window/chartspanel.h"
#include "ui/window/mainwindow.h"
#include "ui/widgets/numberfield.h"
#include "testsupport.h"

#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QScatterSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;

namespace {

BenchmarkPoint point(double c, double thr, double ttft, double tpot)
{
    BenchmarkPoint p;
    p.concurrency = c;
    p.totalTokensPerS = thr;
    p.ttftMs = ttft;
    p.tpotMs = tpot;
    p.inputTokens = 500; // the base scenario's shape
    p.outputTokens = 200;
    return p;
}

// 1: 500 tok/s, 50 / 10 ms; 4: 1,800, 100 / 14; 8: 3,000, 200 / 20; 16: 4,200, 500 / 40.
LoadTestImport fourLoads()
{
    LoadTestImport import;
    import.kind = QStringLiteral("vllm");
    import.percentile = 95;
    import.points = {point(1, 500, 50, 10), point(4, 1800, 100, 14), point(8, 3000, 200, 20), point(16, 4200, 500, 40)};
    import.files = {QStringLiteral("run.json")};
    return import;
}

Scenario measuredScenario()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.fixedInstances.reset();
    s.workload.requestsPerDay = 2e6;
    Benchmark b;
    b.percentile = 95;
    b.points = fourLoads().points;
    s.selfHosted.benchmark = b;
    s.selfHosted.slo = Slo{300.0, std::nullopt};
    return s;
}

QList<QPointF> pointsOf(QXYSeries *series)
{
    return series->points();
}

} // namespace

class TestCapacityUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::setUpAppTest(); }

    void importIsOneUndoStep()
    {
        MainWindow w;
        Document *doc = w.document();
        const Scenario before = doc->scenario(0);
        const int steps = doc->undoStack()->count();
        applyLoadTest(doc, 0, fourLoads(), QDate(2026, 12, 3));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const Scenario &after = doc->scenario(0);
        QVERIFY(after.selfHosted.benchmark);
        QCOMPARE(after.selfHosted.benchmark->points.size(), 4);
        QCOMPARE(after.selfHosted.benchmark->source->importedAt, QStringLiteral("2026-12-03"));
        QVERIFY(usesFormat3(after));
        // The form says what was measured: no SLO yet, so the last point's 4,200 tokens/s.
        const auto *note = w.form()->findChild<QLabel *>(QStringLiteral("measuredThroughputNote"));
        QVERIFY(note && note->isVisibleTo(w.form()));
        QCOMPARE(note->text(), QStringLiteral("measured: 4,200 tok/s at the SLO"));
        // The SLO field writes self_hosted.slo, one step.
        NumberField *ttft = w.form()->field(QStringLiteral("self_hosted.slo.ttft_ms"));
        QVERIFY(ttft && ttft->isEnabled());
        ttft->setFocus();
        ttft->selectAll();
        QTest::keyClicks(ttft, QStringLiteral("300"));
        QTest::keyClick(ttft, Qt::Key_Return);
        QCOMPARE(doc->scenario(0).selfHosted.slo->ttftMs, std::optional<double>(300));
        QCOMPARE(note->text(), QStringLiteral("measured: 3,400 tok/s at the SLO")); // worked out in tst_capacity
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QVERIFY(!doc->scenario(0).selfHosted.benchmark);
        QCOMPARE(writeDocument(ScenarioDocument{QStringLiteral("USD"), {doc->scenario(0)}, {}}),
                 writeDocument(ScenarioDocument{QStringLiteral("USD"), {before}, {}}));
        QVERIFY(!note->isVisibleTo(w.form()));
    }

    void removeIsOneUndoStep()
    {
        MainWindow w;
        Document *doc = w.document();
        doc->editScenario(0, measuredScenario(), QStringLiteral("prepare"));
        const int steps = doc->undoStack()->count();
        removeLoadTest(doc, 0);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(!doc->scenario(0).selfHosted.benchmark);
        QVERIFY(!doc->scenario(0).selfHosted.slo);
        // The measured throughput stays as the typed one.
        QCOMPARE(doc->scenario(0).selfHosted.throughputTokensPerS, 3400.0);
        doc->undoStack()->undo();
        QVERIFY(doc->scenario(0).selfHosted.benchmark);
    }

    void dialogShowsThePoints()
    {
        const LoadTestDialog dialog(fourLoads(), testsupport::baseScenario());
        QCOMPARE(dialog.pointsTable()->rowCount(), 4);
        QCOMPARE(dialog.pointsTable()->item(2, 1)->text(), QStringLiteral("3,000"));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("4,200 tokens/s per instance at the SLO")));
    }

    void chartDrawsPointsSloAndOperatingPoint()
    {
        const Scenario s = measuredScenario();
        CapacityChart chart;
        showForExport(chart, ChartKind::Capacity, s, evaluate(s), QStringLiteral("USD"));
        QCOMPARE(pointsOf(chart.throughputSeries()),
                 (QList<QPointF>{{1, 500}, {4, 1800}, {8, 3000}, {16, 4200}}));
        QCOMPARE(pointsOf(chart.ttftSeries()), (QList<QPointF>{{1, 50}, {4, 100}, {8, 200}, {16, 500}}));
        QCOMPARE(pointsOf(chart.tpotSeries()), (QList<QPointF>{{1, 10}, {4, 14}, {8, 20}, {16, 40}}));
        // One SLO line (TTFT 300 ms) across the concurrency axis; no TPOT objective.
        const QList<QPointF> slo = pointsOf(chart.sloTtftSeries());
        QCOMPARE(slo.size(), 2);
        QCOMPARE(slo.first().y(), 300.0);
        QCOMPARE(slo.last().y(), 300.0);
        QVERIFY(slo.first().x() <= 1 && slo.last().x() >= 16);
        QCOMPARE(chart.sloTpotSeries()->count(), 0);
        // c* = 10 2/3 at 3,400 tokens/s; 2e6 x 700 tokens a day at 3,400 x 20 %: ceil(23.8) = 24 instances.
        QCOMPARE(chart.operatingSeries()->count(), 1);
        QVERIFY(qAbs(chart.operatingSeries()->at(0).x() - 32.0 / 3) < 1e-9);
        QVERIFY(qAbs(chart.operatingSeries()->at(0).y() - 3400) < 1e-9);
        QCOMPARE(chart.data().instancesAtPeak, std::ceil(2e6 * 700 / (86400 * 3400 * 0.2)));
        QVERIFY2(chart.operatingLabel().contains(QStringLiteral("24 instances")), qPrintable(chart.operatingLabel()));
        QVERIFY(chart.messageText().isEmpty());
        QVERIFY(chart.warningText().isEmpty());
        QVERIFY(chart.headingTitle().contains(QStringLiteral("3,400")));
        // Latencies 10 to 500 ms on the log axis: labelled at 10 and 100 ms at least.
        chart.layoutForRendering(QSizeF(1200, 700));
        QVERIFY2(chart.latencyLabels().contains(QStringLiteral("10")) && chart.latencyLabels().contains(QStringLiteral("100")),
                 qPrintable(chart.latencyLabels().join(QLatin1Char(' '))));
    }

    void chartWithoutABenchmarkSaysHowToGetOne()
    {
        const Scenario s = testsupport::baseScenario();
        CapacityChart chart;
        showForExport(chart, ChartKind::Capacity, s, evaluate(s), QStringLiteral("USD"));
        QCOMPARE(chart.throughputSeries()->count(), 0);
        QVERIFY(chart.messageText().contains(QStringLiteral("Import load test")));
        QVERIFY(chart.messageText().contains(QStringLiteral("vllm bench serve")));
    }

    void chartWarnsOfAnotherShapeAndOfAnInfeasibleSlo()
    {
        Scenario s = measuredScenario();
        s.workload.inputTokensPerRequest = 2000; // the load test's requests had 500
        s.selfHosted.slo = Slo{30.0, std::nullopt}; // below the first point's 50 ms
        CapacityChart chart;
        showForExport(chart, ChartKind::Capacity, s, evaluate(s), QStringLiteral("USD"));
        QVERIFY(chart.warningText().contains(QStringLiteral("500 in / 200 out")));
        QVERIFY(chart.warningText().contains(QStringLiteral("2,000 / 200")));
        QVERIFY(chart.messageText().contains(QStringLiteral("No measured load meets the SLO")));
        QCOMPARE(chart.operatingSeries()->count(), 0);
        QCOMPARE(chart.throughputSeries()->count(), 4);
    }

    void headlessExportWritesAPng()
    {
        QTemporaryDir dir;
        ScenarioDocument d;
        d.scenarios = {measuredScenario()};
        const QString doc = dir.filePath(QStringLiteral("measured.ftroi"));
        testsupport::writeFile(doc, writeDocument(d));
        const QString png = dir.filePath(QStringLiteral("capacity.png"));
        QProcess app;
        app.start(QStringLiteral(FTROI_APP_PATH), {QStringLiteral("--export-chart"), doc, QStringLiteral("--chart"),
                                                   QStringLiteral("capacity"), QStringLiteral("--size"),
                                                   QStringLiteral("960x540"), QStringLiteral("--out"), png});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(960, 540));
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("FTROI_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("FTROI_SCREENSHOT_DIR not set");
        MainWindow w;
        w.document()->editScenario(0, measuredScenario(), QStringLiteral("prepare"));
        w.charts()->setCurrentIndex(int(ChartKind::Capacity));
        for (const QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
            w.resize(size);
            w.show();
            QTest::qWait(200);
            w.grab().save(QStringLiteral("%1/capacity-%2x%3.png").arg(folder).arg(size.width()).arg(size.height()));
        }
        CapacityChart chart;
        const Scenario s = measuredScenario();
        renderChartImage(ChartKind::Capacity, s, evaluate(s), QStringLiteral("USD"), QSize(1920, 1080), false)
            .save(folder + QStringLiteral("/capacity-export.png"));
    }
};

QTEST_MAIN(TestCapacityUi)
#include "tst_capacityui.moc"
