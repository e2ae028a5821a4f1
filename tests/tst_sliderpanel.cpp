// The volume, utilization and review-rate sliders in the real main window:
// each changes the scenario, the engine's results and what the panels and the
// break-even chart show; a drag is one undo step.
#include "core/engine/curves.h"
#include "mainwindowsupport.h"
#include "testsupport.h"
#include "ui/charts/breakevenchart.h"
#include "ui/document/document.h"
#include "ui/window/chartspanel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultspanel.h"
#include "ui/window/sliderpanel.h"

#include <QLineSeries>
#include <QSlider>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace ftroi;
using namespace mainwindowsupport;

class TestSliderPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
    }

    void volumeSliderMovesKpisAndChart()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.document()->setCurrentIndex(2);
        QSlider *slider = w.sliders()->volumeSlider();
        slider->setFocus();
        const int before = slider->value();
        QTest::keyClick(slider, Qt::Key_PageUp);
        QVERIFY(slider->value() != before);
        const Scenario &s = w.document()->scenario(2);
        const ScenarioResult engine = evaluate(s);
        QCOMPARE(engine.currentDailyTokens, SliderPanel::tokensForPosition(slider->value()));
        QCOMPARE(w.results()->valueLabel(ResultItem::ApiCost)->text(), apiCostText(engine.monthlyApiCost));
        QCOMPARE(w.results()->valueLabel(ResultItem::Savings)->text(), apiCostText(engine.monthlySavings));
        // the break-even chart's API line is the engine's cost line
        const CostLine line = costLine(s, engine.monthlyAmortizedProjectCost);
        QLineSeries *api = w.charts()->breakEvenChart()->apiSeries();
        QVERIFY(api->count() > 100);
        // ... plus the API's own reviews at that volume: the whole cost (requests = tokens / tokens per request).
        const auto apiQuality = [&](double tokens) {
            return tokens / (s.workload.inputTokensPerRequest + s.workload.outputTokensPerRequest) * 30 *
                   (s.api.reviewRate * s.reviewCost + s.api.errorRate * s.costPerError);
        };
        for (int i : {0, api->count() / 2, api->count() - 1}) {
            const QPointF p = api->at(i);
            QVERIFY(testsupport::closeRel(p.y(), line.apiCostAt(p.x()) + apiQuality(p.x()), 1e-9));
        }
        QLineSeries *self = w.charts()->breakEvenChart()->selfHostedSeries();
        const QPointF mid = self->at(self->count() / 2);
        QVERIFY(testsupport::closeRel(mid.y(), line.selfHostedAllInAt(mid.x()) + apiQuality(mid.x()), 1e-9));
    }

    void utilizationSliderResizesAutoFleet()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.document()->setCurrentIndex(4); // 1e9 tokens/day, auto sizing at 20%: 12 instances
        QCOMPARE(w.document()->result(4).instances, 12.0);
        w.sliders()->utilizationSlider()->setValue(50); // ceil(1e9 / (86,400 x 5,000 x 0.5)) = 5
        QCOMPARE(w.document()->scenario(4).selfHosted.targetUtilization, 0.5);
        QCOMPARE(w.document()->result(4).instances, 5.0);
        QCOMPARE(w.results()->valueLabel(ResultItem::Instances)->text(), QStringLiteral("5 (auto)"));
    }

    void reviewRateSliderChangesQualityDelta()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        w.document()->setCurrentIndex(0);
        w.sliders()->reviewRateSlider()->setValue(20); // 2.0 %, equal to the API's rate
        QCOMPARE(w.document()->scenario(0).selfHosted.reviewRate, 0.02);
        QCOMPARE(w.document()->result(0).monthlyQualityCostDelta, 0.0);
        QCOMPARE(w.results()->valueLabel(ResultItem::QualityDelta)->text(), apiCostText(0));
    }

    void dragIsOneUndoStep()
    {
        MainWindow w;
        QVERIFY(w.openFile(referencePath()));
        QSlider *slider = w.sliders()->volumeSlider();
        const double before = w.document()->scenario(0).workload.requestsPerDay;
        slider->setSliderDown(true);
        for (int v = 100; v < 400; v += 7)
            slider->setValue(v);
        slider->setSliderDown(false);
        QCOMPARE(w.document()->undoStack()->count(), 1);
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->scenario(0).workload.requestsPerDay, before);
        QCOMPARE(w.document()->result(0).monthlyApiCost, 8250.0);
        QVERIFY(!w.isWindowModified());
    }
};

QTEST_MAIN(TestSliderPanel)
#include "tst_sliderpanel.moc"
