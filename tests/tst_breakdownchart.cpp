// The breakdown chart: each path's whole cost as stacked bars with no
// segment below zero, and every segment's amount written beside it without
// overlaps.
#include "chartsupport.h"
#include "core/engine/costengine.h"
#include "testsupport.h"
#include "ui/charts/breakdownchart.h"
#include "ui/charts/chartstyle.h"

#include <QBarSet>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace ftroi;
using namespace chartsupport;

class TestBreakdownChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void breakdownStacksParts();
    void breakdownLabelsSmallSegments();
};

void TestBreakdownChart::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestBreakdownChart::breakdownStacksParts()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.reviewRate = 0.01; // fewer reviews than the API: the old delta went negative
    const ScenarioResult r = evaluate(s);
    QVERIFY(r.monthlyQualityCostDelta < 0);
    BreakdownChart chart;
    chart.setScenario(s, r, kUsd);
    chart.layoutForRendering(QSizeF(1280, 720));
    QCOMPARE(chart.barCount(), r.managed ? 3 : 2);
    // Each path's whole cost, side by side: its own reviews, never a delta.
    QCOMPARE(chart.usageSet()->at(BreakdownChart::ApiBar), r.monthlyApiCost);
    QCOMPARE(chart.qualitySet()->at(BreakdownChart::ApiBar), r.monthlyApiQualityCost);
    QCOMPARE(chart.servingSet()->at(BreakdownChart::SelfHostedBar), r.monthlyServingCost);
    QCOMPARE(chart.storageSet()->at(BreakdownChart::SelfHostedBar), r.monthlyStorageCost);
    QCOMPARE(chart.amortizedSet()->at(BreakdownChart::SelfHostedBar), r.monthlyAmortizedProjectCost);
    QCOMPARE(chart.qualitySet()->at(BreakdownChart::SelfHostedBar), r.selfHostedQualityCost);
    QCOMPARE(chart.usageSet()->at(BreakdownChart::SelfHostedBar), 0.0);
    QCOMPARE(chart.servingSet()->at(BreakdownChart::ApiBar), 0.0);
    // The API's reviews by hand: requests/day x review rate x cost per review x 30 days (no errors here).
    QCOMPARE(s.api.errorRate * s.costPerError, 0.0);
    QVERIFY(qFuzzyCompare(chart.qualitySet()->at(BreakdownChart::ApiBar),
                          s.workload.requestsPerDay * s.api.reviewRate * s.reviewCost * 30));
    for (int bar = 0; bar < chart.barCount(); ++bar) {
        double stacked = 0;
        for (QBarSet *set : chart.series()->barSets()) {
            QVERIFY2(set->at(bar) >= 0, qPrintable(set->label())); // no segment below zero
            stacked += set->at(bar);
        }
        const double tco = bar == BreakdownChart::ApiBar ? r.apiMonthlyTco : r.selfHostedMonthlyTco;
        QVERIFY(std::abs(stacked - tco) <= 1e-9 * tco);
    }
    QCOMPARE(chart.costAxis()->min(), 0.0);
    QVERIFY(chart.costAxis()->max() >= std::max(r.apiMonthlyTco, r.selfHostedMonthlyTco));
    QCOMPARE(chart.costAxis()->titleText(), QStringLiteral("Whole monthly cost (USD)"));
    QVERIFY(chart.shownHeading().contains(chartstyle::money(r.apiMonthlyTco, kUsd)));
    QCOMPARE(chart.totalLabels().first(), chartstyle::money(r.apiMonthlyTco, kUsd) + QStringLiteral("/month"));
}

void TestBreakdownChart::breakdownLabelsSmallSegments()
{
    const Scenario s = testsupport::baseScenario(); // storage: cents a month beside thousands
    const ScenarioResult r = evaluate(s);
    QVERIFY(r.monthlyStorageCost > 0 && r.monthlyStorageCost < 1);
    BreakdownChart chart;
    chart.setScenario(s, r, kUsd);
    chart.layoutForRendering(QSizeF(1920, 1080));
    // Every segment above zero has its amount beside it, the storage with cents.
    int segments = 0;
    for (QBarSet *set : chart.series()->barSets())
        for (int bar = 0; bar < chart.barCount(); ++bar)
            segments += set->at(bar) > 0;
    QCOMPARE(chart.segmentLabels().size(), segments);
    QVERIFY2(chart.segmentLabels().contains(QStringLiteral("$%1").arg(r.monthlyStorageCost, 0, 'f', 2)),
             qPrintable(chart.segmentLabels().join(QLatin1Char('|'))));
    // No two amounts overlap, and all of them are inside the plot.
    const QList<QRectF> rects = chart.segmentLabelRects();
    const QRectF plot = chart.chart()->plotArea();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY2(plot.adjusted(-1, -1, 1, 1).contains(rects[i]),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 outside %5,%6 %7x%8")
                                .arg(rects[i].x())
                                .arg(rects[i].y())
                                .arg(rects[i].width())
                                .arg(rects[i].height())
                                .arg(plot.x())
                                .arg(plot.y())
                                .arg(plot.width())
                                .arg(plot.height())));
        for (qsizetype k = i + 1; k < rects.size(); ++k)
            QVERIFY2(!rects[i].intersects(rects[k]), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(k)));
    }
}

QTEST_MAIN(TestBreakdownChart)
#include "tst_breakdownchart.moc"
