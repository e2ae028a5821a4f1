// Tests of the charts of the three paths: the managed path's line and
// break-even on the break-even chart, the lifetime cash flow of both
// fine-tuning paths (growth, the span of the lifetime, agreement with the
// engine's NPV, ROI and payback) and the split of a line at zero.
#include "ui/charts/breakevenchart.h"
#include "ui/charts/cashflowchart.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartcallout.h"
#include "ui/charts/signsplit.h"
#include "core/engine/curves.h"
#include "ui/data/decisiontext.h"
#include "core/io/documentformat.h"
#include "core/text/format.h"
#include "testsupport.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <QtTest>

#include <cmath>

using namespace ftroi;

Q_DECLARE_METATYPE(QList<QPointF>)

namespace {

const QString kUsd = QStringLiteral("USD");

// The seed's worked example with equal review rates (it pays back) and a managed path.
Scenario managedScenario()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.reviewRate = s.api.reviewRate;
    s.managed = testsupport::openAiManagedPath();
    return s;
}

QList<Scenario> seedScenarios()
{
    const ReadResult read =
        readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
    if (!read.document)
        qFatal("seed examples: %s", qPrintable(read.error));
    return read.document->scenarios;
}

// Whether the series has a legend entry (in a chart laid out for rendering).
bool legendShows(const QChart *chart, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    return !markers.isEmpty() && markers.first()->isVisible();
}

// Where a line first reaches zero from below, by linear interpolation.
std::optional<double> firstCrossing(const std::vector<LifetimeCashPoint> &points)
{
    for (size_t i = 1; i < points.size(); ++i) {
        const LifetimeCashPoint &a = points[i - 1];
        const LifetimeCashPoint &b = points[i];
        if (a.cumulative < 0 && b.cumulative >= 0)
            return a.month + (-a.cumulative) / (b.cumulative - a.cumulative) * (b.month - a.month);
    }
    return std::nullopt;
}

} // namespace

class TestPathCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void managedCostLineMatchesEngine()
    {
        const Scenario s = managedScenario();
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.managed && r.managed->breakEvenTokensPerDay);
        const ManagedCostLine line = managedCostLine(s, *r.managed);
        FTROI_COMPARE_REL(line.at(r.currentDailyTokens), r.managed->monthlyTotal, 1e-12);
        // At its break-even the managed total equals the API bill.
        const double breakEven = *r.managed->breakEvenTokensPerDay;
        const CostLine api = costLine(s, r.monthlyAmortizedProjectCost);
        FTROI_COMPARE_REL(line.at(breakEven), api.apiCostAt(breakEven), 1e-9);
        // The review and error rates default to the API's; their difference is per token too.
        Scenario reviews = s;
        reviews.managed->reviewRate = 0.05;
        reviews.costPerError = 20;
        reviews.managed->errorRate = 0.01;
        const ScenarioResult rr = evaluate(reviews);
        FTROI_COMPARE_REL(managedCostLine(reviews, *rr.managed).at(rr.currentDailyTokens), rr.managed->monthlyTotal, 1e-12);
        QCOMPARE(managedCostLine(testsupport::baseScenario(), ManagedResult{}).at(1e6), 0.0);
    }

    void breakEvenChartHasManagedLine()
    {
        const Scenario s = managedScenario();
        const ScenarioResult r = evaluate(s);
        BreakEvenChart chart;
        chart.setScenario(s, r, kUsd);
        chart.layoutForRendering(QSizeF(960, 540));
        QLineSeries *managed = chart.managedSeries();
        QVERIFY(managed->count() > 100);
        const ManagedCostLine line = managedCostLine(s, *r.managed);
        // The whole cost: the engine's line (with the quality delta) plus the API's own
        // reviews and errors at that volume (requests = tokens / tokens per request, 30 days).
        const auto apiQuality = [&](double tokens) {
            return tokens / (s.workload.inputTokensPerRequest + s.workload.outputTokensPerRequest) * 30 *
                   (s.api.reviewRate * s.reviewCost + s.api.errorRate * s.costPerError);
        };
        for (int i : {0, managed->count() / 2, managed->count() - 1})
            QVERIFY(testsupport::closeRel(managed->at(i).y(),
                                          line.at(managed->at(i).x()) + apiQuality(managed->at(i).x()), 1e-12));
        QVERIFY(legendShows(chart.chart(), managed));
        // Its break-even on the API line, labelled.
        QCOMPARE(chart.managedBreakEvenPoint()->count(), 1);
        const QPointF point = chart.managedBreakEvenPoint()->at(0);
        QCOMPARE(point.x(), *r.managed->breakEvenTokensPerDay);
        FTROI_COMPARE_REL(point.y(), costLine(s, r.monthlyAmortizedProjectCost).apiCostAt(point.x()) + apiQuality(point.x()),
                          1e-12);
        QVERIFY(chart.managedBreakEvenLabel()->isShown());
        QVERIFY(chart.managedBreakEvenLabel()->text().startsWith(QStringLiteral("Managed break-even")));
        // Today's point on it: the managed whole cost (its own reviews, never a delta).
        bool found = false;
        for (const QPointF &p : chart.todayPoints()->points())
            found = found || p == QPointF(r.currentDailyTokens, r.managed->monthlyTco);
        QVERIFY(found);

        // The same chart without a managed path: the line and its legend entry go, in place.
        const Scenario plain = testsupport::baseScenario();
        chart.setScenario(plain, evaluate(plain), kUsd);
        QCOMPARE(chart.managedSeries(), managed);
        QCOMPARE(managed->count(), 0);
        QCOMPARE(chart.managedBreakEvenPoint()->count(), 0);
        QVERIFY(!legendShows(chart.chart(), managed));
        QVERIFY(!chart.managedBreakEvenLabel()->isShown());
        chart.setScenario(s, r, kUsd);
        chart.layoutForRendering(QSizeF(960, 540));
        QVERIFY(legendShows(chart.chart(), managed));
    }

    void breakEvenRangeHoldsManagedBreakEven()
    {
        Scenario s = managedScenario();
        s.managed->hostingCostPerHour = 400; // a costly dedicated deployment: break-even far above today
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.managed->breakEvenTokensPerDay);
        QVERIFY(*r.managed->breakEvenTokensPerDay > 10 * r.currentDailyTokens);
        BreakEvenChart chart;
        chart.setScenario(s, r, kUsd);
        QVERIFY(chart.volumeAxis()->max() >= *r.managed->breakEvenTokensPerDay);
        QCOMPARE(chart.managedBreakEvenPoint()->count(), 1);
    }

    void cashFlowSpansTheLifetime_data()
    {
        QTest::addColumn<double>("lifetime");
        QTest::addColumn<double>("growth");
        QTest::addColumn<double>("axisMax");
        QTest::newRow("18 months") << 18.0 << 0.0 << 18.0;
        QTest::newRow("30 months") << 30.0 << 0.0 << 30.0;
        QTest::newRow("partial last month") << 18.5 << 0.0 << 19.0;
        QTest::newRow("growth") << 36.0 << 0.04 << 36.0;
        QTest::newRow("shrinking, partial") << 12.25 << -0.1 << 13.0;
        QTest::newRow("under a month") << 0.5 << 0.0 << 1.0;
    }

    void cashFlowSpansTheLifetime()
    {
        QFETCH(double, lifetime);
        QFETCH(double, growth);
        QFETCH(double, axisMax);
        Scenario s = managedScenario();
        s.project.lifetimeMonths = lifetime;
        s.workload.monthlyGrowth = growth;
        const ScenarioResult r = evaluate(s);
        CashFlowChart chart;
        chart.setScenario(s, r, kUsd);
        chart.layoutForRendering(QSizeF(960, 540));
        QCOMPARE(CashFlowChart::horizonMonths(s), axisMax);
        QCOMPARE(chart.monthAxis()->min(), 0.0);
        QCOMPARE(chart.monthAxis()->max(), axisMax);

        // Both paths end at the lifetime with ROI x project cost (the undiscounted net).
        QCOMPARE(chart.endOfLifePoints()->count(), 2);
        const QPointF selfEnd = chart.endOfLifePoints()->at(0);
        const QPointF managedEnd = chart.endOfLifePoints()->at(1);
        QCOMPARE(selfEnd.x(), lifetime);
        QCOMPARE(managedEnd.x(), lifetime);
        FTROI_COMPARE_REL(selfEnd.y(), *r.lifetime.roi * r.totalProjectCost, 1e-9);
        FTROI_COMPARE_REL(managedEnd.y(), *r.managed->lifetime.roi * r.managed->totalProjectCost, 1e-9);
        QVERIFY(chart.managedSeries()->count() + chart.managedBelowSeries()->count() > 0);
        QVERIFY(legendShows(chart.chart(), chart.managedSeries()));
        QVERIFY(chart.summaryText().contains(
            QStringLiteral("Managed: NPV %1").arg(chartstyle::money(*r.managed->lifetime.npv, kUsd))));
        QVERIFY(chart.shownHeading().contains(
            QStringLiteral("Self-host: NPV %1").arg(chartstyle::money(*r.lifetime.npv, kUsd))));
    }

    void cashFlowWithoutManagedPath()
    {
        Scenario s = managedScenario();
        s.managed.reset();
        CashFlowChart chart;
        chart.setScenario(s, evaluate(s), kUsd);
        chart.layoutForRendering(QSizeF(960, 540));
        QCOMPARE(chart.managedSeries()->count(), 0);
        QCOMPARE(chart.managedBelowSeries()->count(), 0);
        QVERIFY(!legendShows(chart.chart(), chart.managedSeries()));
        QCOMPARE(chart.endOfLifePoints()->count(), 1);
        QVERIFY(!chart.summaryText().contains(QStringLiteral("Managed")));
        QVERIFY(chart.summaryText().startsWith(QStringLiteral("Self-host: NPV ")));
    }

    // The cash flow is the engine's: payback where it crosses zero, NPV and ROI at its end.
    void lifetimeCashFlowMatchesEngine()
    {
        QList<Scenario> scenarios;
        for (const Scenario &seed : seedScenarios()) {
            for (double growth : {0.0, 0.05, -0.08}) {
                Scenario s = seed;
                s.workload.monthlyGrowth = growth;
                s.managed = testsupport::openAiManagedPath();
                scenarios << s;
            }
        }
        std::vector<LifetimeCashPoint> points;
        int crossings = 0;
        for (const Scenario &s : std::as_const(scenarios)) {
            const ScenarioResult r = evaluate(s);
            for (Path path : {Path::SelfHosted, Path::Managed}) {
                lifetimeCashFlow(s, r, path, points);
                const LifetimeValue &v = path == Path::Managed ? r.managed->lifetime : r.lifetime;
                const double projectCost = path == Path::Managed ? r.managed->totalProjectCost : r.totalProjectCost;
                const QString where = s.name + QStringLiteral(" / ") + pathCode(path);
                QCOMPARE(size_t(points.size()), size_t(std::ceil(s.project.lifetimeMonths)) + 1);
                QCOMPARE(points.front().month, 0.0);
                QCOMPARE(points.front().cumulative, -projectCost);
                QCOMPARE(points.back().month, s.project.lifetimeMonths);
                QVERIFY2(testsupport::closeRel(points.back().cumulative, *v.roi * projectCost, 1e-9), qPrintable(where));
                if (s.project.discountRateAnnual == 0)
                    QVERIFY2(testsupport::closeRel(points.back().cumulative, *v.npv, 1e-9), qPrintable(where));
                const std::optional<double> crossing = firstCrossing(points);
                if (crossing && v.paybackMonthsWithGrowth) {
                    FTROI_COMPARE_REL(*crossing, *v.paybackMonthsWithGrowth, 1e-9);
                    ++crossings;
                }
            }
        }
        QVERIFY(crossings > 10);

        // No points for the API, nor for a managed path the scenario does not have.
        const Scenario plain = testsupport::baseScenario();
        const ScenarioResult r = evaluate(plain);
        lifetimeCashFlow(plain, r, Path::Api, points);
        QVERIFY(points.empty());
        lifetimeCashFlow(plain, r, Path::Managed, points);
        QVERIFY(points.empty());
    }

    void lifetimeCashFlowThinsLongLifetimes()
    {
        Scenario s = managedScenario();
        s.project.lifetimeMonths = 1e6;
        const ScenarioResult r = evaluate(s);
        std::vector<LifetimeCashPoint> points;
        lifetimeCashFlow(s, r, Path::SelfHosted, points);
        QVERIFY(points.size() <= size_t(kMaxLifetimeCashPoints) + 2);
        QCOMPARE(points.back().month, 1e6);
        FTROI_COMPARE_REL(points.back().cumulative, *r.lifetime.roi * r.totalProjectCost, 1e-9);
        // With growth too; the chart still spans the lifetime and stays finite.
        s.project.lifetimeMonths = 5000;
        s.workload.monthlyGrowth = 0.001;
        const ScenarioResult grown = evaluate(s);
        lifetimeCashFlow(s, grown, Path::Managed, points);
        QVERIFY(points.size() <= size_t(kMaxLifetimeCashPoints) + 2);
        QCOMPARE(points.back().month, 5000.0);
        CashFlowChart chart;
        chart.setScenario(s, grown, kUsd);
        QCOMPARE(chart.monthAxis()->max(), 5000.0);
        QVERIFY(chart.monthAxis()->tickInterval() >= 5000 / 13.0);
    }

    void monthTicks_data()
    {
        QTest::addColumn<double>("months");
        QTest::addColumn<double>("step");
        QTest::newRow("one year") << 12.0 << 1.0;
        QTest::newRow("18 months") << 18.0 << 2.0;
        QTest::newRow("three years") << 36.0 << 3.0;
        QTest::newRow("ten years") << 120.0 << 12.0;
        QTest::newRow("twenty years") << 240.0 << 24.0;
        QTest::newRow("fifty years") << 600.0 << 60.0;
        QTest::newRow("a million months") << 1e6 << 120000.0;
    }

    void monthTicks()
    {
        QFETCH(double, months);
        QFETCH(double, step);
        QCOMPARE(CashFlowChart::monthTickStep(months), step);
    }

    void splitAtZero_data()
    {
        QTest::addColumn<QList<QPointF>>("line");
        QTest::addColumn<QList<QPointF>>("above");
        QTest::addColumn<QList<QPointF>>("below");
        QTest::newRow("pays back")
            << QList<QPointF>{{0, -10}, {1, -5}, {2, 5}}
            << QList<QPointF>{{1.5, 0}, {2, 5}}
            << QList<QPointF>{{0, -10}, {1, -5}, {1.5, 0}};
        QTest::newRow("never below") << QList<QPointF>{{0, 0}, {1, 3}} << QList<QPointF>{{0, 0}, {1, 3}}
                                     << QList<QPointF>{};
        QTest::newRow("never above") << QList<QPointF>{{0, -4}, {1, -2}} << QList<QPointF>{}
                                     << QList<QPointF>{{0, -4}, {1, -2}};
        QTest::newRow("touches zero") << QList<QPointF>{{0, -2}, {1, 0}, {2, 2}}
                                      << QList<QPointF>{{1, 0}, {2, 2}}
                                      << QList<QPointF>{{0, -2}, {1, 0}};
        // Up and down again: the part below runs along zero over the hump.
        QTest::newRow("twice")
            << QList<QPointF>{{0, -2}, {1, 2}, {2, -2}}
            << QList<QPointF>{{0.5, 0}, {1, 2}, {1.5, 0}}
            << QList<QPointF>{{0, -2}, {0.5, 0}, {1, 0}, {1.5, 0}, {2, -2}};
        QTest::newRow("empty") << QList<QPointF>{} << QList<QPointF>{} << QList<QPointF>{};
    }

    void splitAtZero()
    {
        QFETCH(QList<QPointF>, line);
        QFETCH(QList<QPointF>, above);
        QFETCH(QList<QPointF>, below);
        QList<QPointF> gotAbove{{9, 9}};
        QList<QPointF> gotBelow{{9, 9}};
        ftroi::splitAtZero(line, gotAbove, gotBelow);
        QCOMPARE(gotAbove, above);
        QCOMPARE(gotBelow, below);
    }

    // Two paybacks close together: their labels do not overlap.
    void paybackLabelsApart()
    {
        Scenario s = managedScenario();
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.lifetime.paybackMonthsWithGrowth && r.managed->lifetime.paybackMonthsWithGrowth);
        CashFlowChart chart;
        chart.setScenario(s, r, kUsd);
        chart.layoutForRendering(QSizeF(960, 540));
        QVERIFY(chart.selfHostedPaybackLabel()->isDrawn());
        QVERIFY(chart.managedPaybackLabel()->isDrawn());
        QVERIFY(!chart.selfHostedPaybackLabel()->rect().intersects(chart.managedPaybackLabel()->rect()));
        // Too small for both: the second one gives way.
        chart.layoutForRendering(QSizeF(330, 200));
        QVERIFY(!chart.managedPaybackLabel()->isDrawn()
                || !chart.selfHostedPaybackLabel()->rect().intersects(chart.managedPaybackLabel()->rect()));
    }
};

QTEST_MAIN(TestPathCharts)
#include "tst_pathcharts.moc"
