// Long analysis in the app shows how far it got and can be stopped: the
// Monte Carlo's refinement reports its progress on the Uncertainty tab and
// its Stop button keeps the first estimate; a superseded heatmap stops
// computing; the Two-way tab refuses the same input on both axes.
#include "ui/analysis/analysisrunner.h"
#include "ui/analysis/twowayview.h"
#include "ui/analysis/uncertaintycontroller.h"
#include "ui/analysis/uncertaintyview.h"
#include "ui/charts/heatmapchart.h"
#include "ui/data/heatmapdata.h"
#include "ui/document/document.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace ftroi;

class TestLongAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::setUpAppTest(); }

    void aLongRefinementShowsProgressAndCanBeStopped()
    {
        Document document;
        UncertaintyController controller(&document);
        UncertaintyView view(&document, &controller);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Scenario s = document.scenario(0);
        s.project.lifetimeMonths = 200;
        s.workload.monthlyGrowth = 0.01; // every month of every sample walked
        s.uncertainty = Uncertainty{{{QStringLiteral("workload.requests_per_day"), s.workload.requestsPerDay / 2,
                                      s.workload.requestsPerDay * 2, Distribution::Uniform}},
                                    2000000, 3}; // 4e8 sample-months: a few seconds
        document.editScenario(0, s, QStringLiteral("ranges"));

        QTRY_VERIFY_WITH_TIMEOUT(!controller.snapshot().isEmpty(), 20000); // the first estimate
        QVERIFY(!controller.snapshot().refined);
        QVERIFY(view.stopButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(controller.refineProgress() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(QLatin1Char('%')), 5000);
        QVERIFY2(view.statusText().startsWith(QStringLiteral("First estimate of 10,000 samples; refining to 2,000,000…")),
                 qPrintable(view.statusText()));

        view.stopButton()->click();
        QCOMPARE(controller.refineProgress(), -1.0);
        const UncertaintySnapshot &snap = controller.snapshot();
        QVERIFY(snap.stopped && snap.refined);
        QCOMPARE(snap.result.samples, qint64(10000));
        QVERIFY(!view.stopButton()->isVisible());
        QVERIFY2(view.statusText().startsWith(QStringLiteral("Stopped at the first estimate of 10,000 samples")), qPrintable(view.statusText()));
        controller.runner()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(controller.snapshot().stopped); // the stopped run never arrives

        // A change starts over.
        document.editCurrentScenario(QStringLiteral("volume"), [](Scenario &sc) { sc.uncertainty->samples = 4000; });
        controller.waitUntilRefined();
        QVERIFY(!controller.snapshot().stopped);
        QCOMPARE(controller.snapshot().result.samples, qint64(4000));
    }

    void aCancelledHeatmapStopsComputing()
    {
        const Scenario s = Document::defaultScenario();
        const HeatmapSpec spec = *heatmapSpec(s, Metric::Npv, QString(), QString());
        int polls = 0;
        const HeatmapData data = computeHeatmap(s, spec, [&] { return ++polls >= 3; });
        QVERIFY(data.isEmpty());
        QCOMPARE(polls, 3);
        QVERIFY(!computeHeatmap(s, spec).isEmpty());
    }

    void theSameInputTwiceIsRefusedOnTheTwoWayTab()
    {
        Document document;
        TwoWayView view(&document);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.runner()->isIdle());
        view.yBox()->setCurrentIndex(view.xBox()->currentIndex());
        QLabel *status = nullptr;
        for (QLabel *label : view.findChildren<QLabel *>())
            if (label->text().startsWith(QStringLiteral("Across and Up name the same input")))
                status = label;
        QVERIFY(status);
        QVERIFY(!heatmapSpec(document.scenario(0), Metric::Npv, view.xBox()->currentData().toString(),
                             view.yBox()->currentData().toString()));
    }
};

QTEST_MAIN(TestLongAnalysis)
#include "tst_longanalysis.moc"
