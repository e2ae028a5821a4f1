// Chart data: log-spaced cost curves with exact fleet steps, and cash flow.
#include "core/engine/curves.h"
#include "testsupport.h"

#include <QtTest>

#include <cmath>

using namespace ftroi;
using testsupport::baseScenario;

class TestCurves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedFleetCurveIsLogSpacedAndMatchesEvaluate()
    {
        Scenario s = baseScenario();
        const ScenarioResult r = evaluate(s);
        std::vector<CostCurvePoint> points;
        sampleCostCurve(costLine(s, r.monthlyAmortizedProjectCost), 1e4, 1e10, 61, points);
        QCOMPARE(points.size(), size_t(61));
        QCOMPARE(points.front().tokensPerDay, 1e4);
        QCOMPARE(points.back().tokensPerDay, 1e10);
        // 6 decades in 60 steps: each point is 10^0.1 times the last
        for (size_t i = 1; i < points.size(); ++i)
            FTROI_COMPARE_REL(points[i].tokensPerDay / points[i - 1].tokensPerDay, std::pow(10.0, 0.1), 1e-9);
        // at 35M tokens/day (10^7.544) compare with the engine through a fresh sample
        sampleCostCurve(costLine(s, r.monthlyAmortizedProjectCost), 35e6, 70e6, 2, points);
        FTROI_COMPARE_REL(points.front().apiMonthly, r.monthlyApiCost, 1e-12);
        FTROI_COMPARE_REL(points.front().selfHostedMonthly, r.monthlyFtTotal, 1e-12);
    }

    void autoSizingHasBothSidesOfEachStep()
    {
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset(); // one instance carries 86.4M tokens/day
        const double capacity = 86.4e6;
        std::vector<CostCurvePoint> points;
        sampleCostCurve(costLine(s, 0), 1e6, 1e9, 400, points);
        // steps at 86.4M x k for k = 1..11 (11 x 86.4M = 950.4M < 1e9), all wider than
        // the samples (1e9/1e6 over 399 intervals: 1.75 % apart)
        int steps = 0;
        for (size_t i = 1; i < points.size(); ++i) {
            QVERIFY(points[i].tokensPerDay >= points[i - 1].tokensPerDay);
            if (points[i].tokensPerDay == points[i - 1].tokensPerDay
                && points[i].selfHostedMonthly > points[i - 1].selfHostedMonthly) {
                ++steps;
                FTROI_COMPARE_REL(points[i].tokensPerDay / capacity, std::round(points[i].tokensPerDay / capacity), 1e-12);
                // one more A10G a month: 1.03 x 720
                FTROI_COMPARE_REL(points[i].selfHostedMonthly - points[i - 1].selfHostedMonthly, 1.03 * 720, 1e-9);
            }
        }
        QCOMPARE(steps, 11);
        QCOMPARE(points.size(), size_t(400 + 2 * 11));
    }

    void stepsDenserThanSamplesAreLeftToTheSamples()
    {
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset(); // 86.4M tokens/day an instance
        std::vector<CostCurvePoint> points;
        const CostLine line = costLine(s, 0);
        // 1e6..1e9 in 50 points: samples 15.1 % apart, so steps k <= 6 (1/k >= 15.1 %) are drawn
        sampleCostCurve(line, 1e6, 1e9, 50, points);
        int steps = 0;
        for (size_t i = 1; i < points.size(); ++i)
            steps += points[i].tokensPerDay == points[i - 1].tokensPerDay;
        QCOMPARE(steps, 6);
        for (const CostCurvePoint &p : points) // every point is still exact
            FTROI_COMPARE_REL(p.selfHostedMonthly, line.selfHostedAllInAt(p.tokensPerDay) + (p.selfHostedMonthly > line.selfHostedAllInAt(p.tokensPerDay) ? 1.03 * 720 : 0), 1e-12);
    }

    void tooManyStepsAreSkipped()
    {
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.throughputTokensPerS = 10;
        s.selfHosted.targetUtilization = 0.01; // 8,640 tokens/day an instance
        std::vector<CostCurvePoint> points;
        sampleCostCurve(costLine(s, 0), 1e4, 1e10, 100, points);
        QCOMPARE(points.size(), size_t(100));
        for (const CostCurvePoint &p : points)
            QVERIFY(std::isfinite(p.selfHostedMonthly) && std::isfinite(p.apiMonthly));
    }

    void badRangesGiveNoPoints()
    {
        std::vector<CostCurvePoint> points(3);
        const CostLine line = costLine(baseScenario(), 0);
        sampleCostCurve(line, 0, 1e6, 10, points);
        QVERIFY(points.empty());
        sampleCostCurve(line, 1e6, 1e6, 10, points);
        QVERIFY(points.empty());
        sampleCostCurve(line, 1e3, 1e6, 1, points);
        QVERIFY(points.empty());
    }

    void cashFlow()
    {
        Scenario s = baseScenario();
        s.selfHosted.reviewRate = s.api.reviewRate; // savings before amortization 8250 - 1483.522
        const ScenarioResult r = evaluate(s);
        std::vector<CashFlowPoint> flow;
        cumulativeCashFlow(r, 24, flow);
        QCOMPARE(flow.size(), size_t(25));
        QCOMPARE(flow.front().cumulativeNet, -15096.0);
        FTROI_COMPARE_REL(flow.back().cumulativeNet, -15096.0 + 24 * (8250 - 1483.522), 1e-12);
        // the sign changes in the payback month
        const int paybackMonth = int(std::ceil(*r.paybackMonths));
        QVERIFY(flow[size_t(paybackMonth)].cumulativeNet >= 0);
        QVERIFY(flow[size_t(paybackMonth - 1)].cumulativeNet < 0);
    }
};

QTEST_GUILESS_MAIN(TestCurves)
#include "tst_curves.moc"
