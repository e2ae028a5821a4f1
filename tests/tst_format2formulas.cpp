// Format 2's formulas, each against a case worked out by hand from the inputs
// (the comments show the arithmetic): the API bill with caching and batch, the
// managed path, growth, NPV and ROI, the whole monthly cost of each path, the
// traffic shape with autoscaling, precision, speedups, error cost and the decision.
#include "core/engine/costengine.h"
#include "core/io/documentformat.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace ftroi;
using testsupport::baseScenario;

namespace {

// The base scenario with equal review rates: no quality delta.
Scenario equalReviews()
{
    return testsupport::equalReviewsScenario();
}

ManagedPath openAiMini()
{
    ManagedPath m;
    m.provider = QStringLiteral("OpenAI");
    m.trainingPricePer1MTokens = 8;
    m.trainingTokensPerRun = 2e6;
    m.inputPricePer1M = 0.3;
    m.outputPricePer1M = 1.2;
    m.engineeringHours = {{QStringLiteral("setup"), 20}};
    return m;
}

} // namespace

class TestFormat2Formulas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachingAndBatch()
    {
        Scenario s = baseScenario();
        s.api.cachedInputShare = 0.5;
        s.api.cachedInputPricePer1M = 2.5;
        s.api.batchShare = 0.4;
        s.api.batchDiscount = 0.5;
        const ScenarioResult r = evaluate(s);
        // input at 0.5 x 5 + 0.5 x 2.5 = 3.75: 25e6 x 30 x 3.75/1e6 + 10e6 x 30 x 15/1e6 = 7312.5, x (1 - 0.2)
        FTROI_COMPARE_REL(r.monthlyApiCost, 5850, 1e-12);
        FTROI_COMPARE_REL(r.blendedApiPricePer1M, (3.75 * 25 + 15 * 10) / 35 * 0.8, 1e-12);
        // Savings and payback are built on the bill as billed.
        FTROI_COMPARE_REL(r.monthlySavings, 5850 - r.monthlyFtTotal, 1e-12);
        // The seed's break-even uses the blended price as billed.
        FTROI_COMPARE_REL(*r.breakEvenTokensPerDay, (1483.2 + 0.322) / (r.blendedApiPricePer1M / 1e6) / 30, 1e-12);
    }

    void cachedPriceDefaultsToInputPrice()
    {
        Scenario s = baseScenario();
        s.api.cachedInputShare = 0.5;
        s.api.batchShare = 0.4; // discount defaults to 0.5
        FTROI_COMPARE_REL(evaluate(s).monthlyApiCost, 8250 * 0.8, 1e-12);
    }

    void managedPath()
    {
        Scenario s = baseScenario();
        s.managed = openAiMini();
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.managed);
        const ManagedResult &m = *r.managed;
        FTROI_COMPARE_REL(m.monthlyInferenceCost, 585, 1e-12);   // 25e6x30x0.3/1e6 + 10e6x30x1.2/1e6
        QCOMPARE(m.monthlyHostingCost, 0.0);
        QCOMPARE(m.monthlyQualityCostDelta, 0.0);               // review rate defaults to the API's
        QCOMPARE(m.trainingRuns, 8.0);                           // the project's runs
        FTROI_COMPARE_REL(m.trainingCost, 128, 1e-12);           // 8 x 2e6/1e6 x 8
        QCOMPARE(m.engineeringCost, 3000.0);                     // 20 h x 150
        FTROI_COMPARE_REL(m.totalProjectCost, 3128, 1e-12);
        FTROI_COMPARE_REL(m.monthlyAmortizedProjectCost, 3128.0 / 18, 1e-12);
        FTROI_COMPARE_REL(m.monthlyTotal, 585 + 3128.0 / 18, 1e-12);
        FTROI_COMPARE_REL(m.monthlySavings, 8250 - 585 - 3128.0 / 18, 1e-12);
        FTROI_COMPARE_REL(*m.paybackMonths, 3128.0 / (8250 - 585), 1e-12);
        // margin 30 x (55/7 - 0.39/0.7) / 1e6 per token/day against 3128/18 a month
        FTROI_COMPARE_REL(*m.breakEvenTokensPerDay, (3128.0 / 18) / (30 * 7.3 / 1e6), 1e-9);
        FTROI_COMPARE_REL(m.monthlyTco, 585 + 3128.0 / 18 + 1.5e6 * 0.02 * 5, 1e-12);
        FTROI_COMPARE_REL(*m.lifetime.npv, -3128 + 7665.0 * 18, 1e-12);
        FTROI_COMPARE_REL(*m.lifetime.roi, (7665.0 * 18 - 3128) / 3128, 1e-12);
        FTROI_COMPARE_REL(*m.lifetime.paybackMonthsWithGrowth, 3128.0 / 7665, 1e-12);
    }

    void managedOverrides()
    {
        Scenario s = baseScenario();
        ManagedPath m = openAiMini();
        m.trainingRuns = 2;
        m.hostingCostPerHour = 1.7;
        m.reviewRate = 0.03;
        m.errorRate = 0.001;
        s.api.errorRate = 0.002;
        s.costPerError = 40;
        s.managed = m;
        const ManagedResult r = *evaluate(s).managed;
        FTROI_COMPARE_REL(r.trainingCost, 32, 1e-12);                 // 2 x 2 x 8
        FTROI_COMPARE_REL(r.monthlyHostingCost, 1.7 * 720, 1e-12);
        // 1.5e6 x (0.01 x 5 + (-0.001) x 40) = 1.5e6 x 0.01
        FTROI_COMPARE_REL(r.monthlyQualityCostDelta, 15000, 1e-12);
        FTROI_COMPARE_REL(r.monthlyQualityCost, 1.5e6 * (0.03 * 5 + 0.001 * 40), 1e-12);
    }

    void managedBreakEvenCases()
    {
        Scenario s = baseScenario();
        ManagedPath m = openAiMini();
        m.engineeringHours.clear();
        m.trainingPricePer1MTokens = 0;
        s.managed = m;
        QCOMPARE(*evaluate(s).managed->breakEvenTokensPerDay, 0.0); // nothing fixed, positive margin
        m.inputPricePer1M = 50;                                    // dearer than the API per token
        m.hostingCostPerHour = 1;
        s.managed = m;
        QVERIFY(!evaluate(s).managed->breakEvenTokensPerDay);
    }

    void wholeMonthlyCosts()
    {
        Scenario s = baseScenario();
        s.api.errorRate = 0.01;
        s.selfHosted.errorRate = 0.02;
        s.costPerError = 50;
        const ScenarioResult r = evaluate(s);
        // 1.5e6 requests: 0.02 x 5 + 0.01 x 50 = 0.6 a request
        FTROI_COMPARE_REL(r.monthlyApiQualityCost, 900000, 1e-12);
        FTROI_COMPARE_REL(r.apiMonthlyTco, 8250 + 900000, 1e-12);
        // delta: 0.03 x 5 + 0.01 x 50 = 0.65 a request
        FTROI_COMPARE_REL(r.monthlyQualityCostDelta, 1.5e6 * 0.65, 1e-12);
        FTROI_COMPARE_REL(r.selfHostedQualityCost, 1.5e6 * (0.05 * 5 + 0.02 * 50), 1e-12);
        FTROI_COMPARE_REL(r.selfHostedMonthlyTco, 1483.2 + 0.322 + 15096.0 / 18 + 1.5e6 * 1.25, 1e-12);
        FTROI_COMPARE_REL(r.selfHostedMonthlyTco, r.apiMonthlyTco - r.monthlySavings, 1e-12);
    }

    void tcoNeverNegativeOnRandomScenarios()
    {
        QRandomGenerator rng(7);
        auto uniform = [&rng](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };
        for (int i = 0; i < 2000; ++i) {
            Scenario s = baseScenario();
            s.workload.requestsPerDay = uniform(0, 1e7);
            s.api.reviewRate = uniform(0, 1);
            s.selfHosted.reviewRate = uniform(0, 1);
            s.api.errorRate = uniform(0, 1);
            s.selfHosted.errorRate = uniform(0, 1);
            s.costPerError = uniform(0, 100);
            s.reviewCost = uniform(0, 20);
            s.api.cachedInputShare = uniform(0, 1);
            s.api.cachedInputPricePer1M = uniform(0, 5);
            s.api.batchShare = uniform(0, 1);
            s.api.batchDiscount = uniform(0, 1);
            ManagedPath m = openAiMini();
            m.reviewRate = uniform(0, 1);
            s.managed = m;
            const ScenarioResult r = evaluate(s);
            QVERIFY(r.apiMonthlyTco >= 0);
            QVERIFY(r.selfHostedMonthlyTco >= 0);
            QVERIFY(r.managed->monthlyTco >= 0);
            QVERIFY(std::abs(r.selfHostedMonthlyTco - (r.apiMonthlyTco - r.monthlySavings)) <= 1e-6 * (1 + r.apiMonthlyTco));
            QVERIFY(std::abs(r.managed->monthlyTco - (r.apiMonthlyTco - r.managed->monthlySavings)) <= 1e-6 * (1 + r.apiMonthlyTco));
        }
    }

    void npvWithoutGrowthIsSavingsTimesLifetime()
    {
        const ScenarioResult r = evaluate(equalReviews());
        FTROI_COMPARE_REL(*r.lifetime.npv, r.monthlySavings * 18, 1e-12);
        FTROI_COMPARE_REL(*r.lifetime.roi, (r.monthlySavingsBeforeAmortization * 18 - 15096) / 15096, 1e-12);
        FTROI_COMPARE_REL(*r.lifetime.paybackMonthsWithGrowth, *r.paybackMonths, 1e-12);
    }

    void growthMonthByMonth()
    {
        Scenario s = equalReviews();
        s.workload.monthlyGrowth = 0.1;
        s.project.lifetimeMonths = 3;
        const ScenarioResult r = evaluate(s);
        // s_m = 8250 f - 1483.522 with f = 1, 1.1, 1.21
        const double s1 = 8250 - 1483.522, s2 = 9075 - 1483.522, s3 = 9982.5 - 1483.522;
        FTROI_COMPARE_REL(*r.lifetime.npv, -15096 + s1 + s2 + s3, 1e-12);
        FTROI_COMPARE_REL(*r.lifetime.roi, (s1 + s2 + s3 - 15096) / 15096, 1e-12);
        // after month 2: -15096 + s1 + s2 = -738.044 remains, paid in month 3
        FTROI_COMPARE_REL(*r.lifetime.paybackMonthsWithGrowth, 2 + (15096 - s1 - s2) / s3, 1e-12);

        s.project.lifetimeMonths = 2.5; // the last month counts half
        FTROI_COMPARE_REL(*evaluate(s).lifetime.npv, -15096 + s1 + s2 + 0.5 * s3, 1e-12);
    }

    void growthResizesTheFleet()
    {
        Scenario s = equalReviews();
        s.selfHosted.fixedInstances.reset(); // 86.4 M tokens/day an instance
        s.workload.monthlyGrowth = 1;        // 35, 70, 140 M tokens/day: 1, 1, 2 instances
        s.project.lifetimeMonths = 3;
        const ScenarioResult r = evaluate(s);
        const double s1 = 8250 - 741.6 - 0.322, s2 = 16500 - 741.6 - 0.322, s3 = 33000 - 1483.2 - 0.322;
        FTROI_COMPARE_REL(*r.lifetime.npv, -15096 + s1 + s2 + s3, 1e-12);
    }

    void discounting()
    {
        Scenario s = equalReviews();
        s.project.discountRateAnnual = 0.12;
        s.project.lifetimeMonths = 17.25;
        const ScenarioResult r = evaluate(s);
        const double sm = r.monthlySavingsBeforeAmortization;
        double expected = -15096;
        for (int m = 1; m <= 18; ++m)
            expected += (m < 18 ? 1.0 : 0.25) * sm / std::pow(1.12, m / 12.0);
        FTROI_COMPARE_REL(*r.lifetime.npv, expected, 1e-12);
        // ROI stays undiscounted.
        FTROI_COMPARE_REL(*r.lifetime.roi, (sm * 17.25 - 15096) / 15096, 1e-12);

        s.workload.monthlyGrowth = 0.02; // the month-by-month sum agrees with the formula too
        const ScenarioResult g = evaluate(s);
        expected = -15096;
        for (int m = 1; m <= 18; ++m)
            expected += (m < 18 ? 1.0 : 0.25) * (8250 * std::pow(1.02, m - 1) - 1483.522) / std::pow(1.12, m / 12.0);
        FTROI_COMPARE_REL(*g.lifetime.npv, expected, 1e-12);
    }

    void paybackWithGrowthLimits()
    {
        Scenario s = equalReviews();
        s.project.computeCostPerRun = 0;
        s.project.hourlyRate = 0;
        QCOMPARE(*evaluate(s).lifetime.paybackMonthsWithGrowth, 0.0); // free project
        QVERIFY(!evaluate(s).lifetime.roi);                           // no cost: no ratio

        s = baseScenario(); // loses money every month
        s.workload.monthlyGrowth = 0.01;
        QVERIFY(!evaluate(s).lifetime.paybackMonthsWithGrowth);
        s = equalReviews();
        s.project.hourlyRate = 1e6; // 100 M$ project: beyond 120 months
        QVERIFY(!evaluate(s).lifetime.paybackMonthsWithGrowth);
        QVERIFY(evaluate(s).paybackMonths); // the seed's payback has no limit
    }

    void growthThatOverflowsIsNull()
    {
        Scenario s = equalReviews();
        s.workload.monthlyGrowth = 10;
        s.project.lifetimeMonths = 1000; // 11^999 overflows
        s.managed = openAiMini();
        const ScenarioResult r = evaluate(s);
        QVERIFY(!r.lifetime.npv);
        QVERIFY(!r.lifetime.roi);
        QVERIFY(!r.managed->lifetime.npv);
        QVERIFY(r.lifetime.paybackMonthsWithGrowth); // within the first months: finite
        s.project.lifetimeMonths = 1e12;             // too long to sum with growth
        QVERIFY(!evaluate(s).lifetime.npv);
        s.workload.monthlyGrowth = 0;                // without growth: closed form
        QVERIFY(evaluate(s).lifetime.npv);
    }

    void shrinkingTraffic()
    {
        Scenario s = equalReviews();
        s.workload.monthlyGrowth = -0.5;
        s.project.lifetimeMonths = 2;
        // s1 = 6766.478, s2 = 4125 - 1483.522
        FTROI_COMPARE_REL(*evaluate(s).lifetime.npv, -15096 + 6766.478 + 4125 - 1483.522, 1e-12);
    }

    void decisionRules_data()
    {
        QTest::addColumn<double>("selfNpv");   // NaN: cannot be computed
        QTest::addColumn<double>("managedNpv"); // NaN: no managed path
        QTest::addColumn<int>("verdict");      // -1: no context
        QTest::addColumn<QString>("best");
        QTest::addColumn<int>("agrees");       // -1: null
        const double none = std::nan("");
        QTest::newRow("self wins, strong ft") << 10.0 << 5.0 << int(Verdict::StrongFineTune) << "self_hosted" << 1;
        QTest::newRow("managed wins, lean ft") << 5.0 << 10.0 << int(Verdict::LeanFineTune) << "managed" << 1;
        QTest::newRow("none positive, strong ft") << -1.0 << -2.0 << int(Verdict::StrongFineTune) << "api" << 0;
        QTest::newRow("none positive, strong api") << -1.0 << none << int(Verdict::StrongApi) << "api" << 1;
        QTest::newRow("self wins, lean api") << 3.0 << none << int(Verdict::LeanApi) << "self_hosted" << 0;
        QTest::newRow("neutral") << 3.0 << none << int(Verdict::Neutral) << "self_hosted" << -1;
        QTest::newRow("no context") << -3.0 << none << -1 << "api" << -1;
        QTest::newRow("zero is not above 0") << 0.0 << 0.0 << int(Verdict::StrongApi) << "api" << 1;
        QTest::newRow("tie prefers managed") << 7.0 << 7.0 << -1 << "managed" << -1;
        QTest::newRow("overflowed npv does not compete") << none << 1.0 << -1 << "managed" << -1;
    }

    void decisionRules()
    {
        QFETCH(double, selfNpv);
        QFETCH(double, managedNpv);
        QFETCH(int, verdict);
        QFETCH(QString, best);
        QFETCH(int, agrees);
        auto opt = [](double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); };
        DecisionInputs in;
        in.selfHostedNpv = opt(selfNpv);
        in.hasManaged = !std::isnan(managedNpv);
        in.managedNpv = opt(managedNpv);
        if (verdict >= 0)
            in.contextVerdict = Verdict(verdict);
        const Decision d = decide(in);
        QCOMPARE(bestPathCode(d), best);
        QCOMPARE(d.agrees.has_value(), agrees >= 0);
        if (agrees >= 0)
            QCOMPARE(*d.agrees, agrees == 1);
        QCOMPARE(d.contextVerdict.has_value(), verdict >= 0);
    }

    // --- Serving with a traffic shape, autoscaling and speedups ---------------

    void peakSizesTheFleet()
    {
        Scenario s = equalReviews();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.throughputTokensPerS = 2500; // C = 43.2 M tokens/day an instance at 20 %
        s.workload.peakHoursPerDay = 10;
        s.workload.peakTrafficShare = 0.8;
        ScenarioResult r = evaluate(s);
        // D_peak = 35e6 x 0.8 x 24/10 = 67.2e6: 2 instances, where the average needs 1
        QCOMPARE(r.instances, 2.0);
        QCOMPARE(r.instancesOffPeak, 2.0);
        FTROI_COMPARE_REL(r.monthlyServingCost, 1.03 * 720 * 2, 1e-12);
        FTROI_COMPARE_REL(r.peakUtilization, 67.2e6 / (86400.0 * 2500 * 2), 1e-12);
        FTROI_COMPARE_REL(r.utilization, 35e6 / (86400.0 * 2500 * 2), 1e-12);

        s.selfHosted.autoscaling = true;
        r = evaluate(s);
        // D_off = 35e6 x 0.2 x 24/14 = 12e6: 1 instance for 14 hours
        QCOMPARE(r.instances, 2.0);
        QCOMPARE(r.instancesOffPeak, 1.0);
        FTROI_COMPARE_REL(r.monthlyServingCost, 1.03 * 30 * (10 * 2 + 14 * 1), 1e-12);
        FTROI_COMPARE_REL(r.utilization, 35e6 / (2500 * 3600.0 * 34), 1e-12);
        QVERIFY(!r.overCapacity);

        s.selfHosted.minInstances = 2; // the floor keeps 2 all day
        FTROI_COMPARE_REL(evaluate(s).monthlyServingCost, 1.03 * 720 * 2, 1e-12);
    }

    void seedTenHourPeak()
    {
        // The seed: "10 hours/day of peak traffic and 14 hours/day of near-zero traffic
        // can cut serving cost by 40-50%". Here all traffic in 10 hours (p = 1) with
        // scale-to-zero pays for 10 of 24 hours: 58 % less than the same peak fleet all
        // day. The seed's rounder 40-50 % allows for a warm floor and scaling lag; a floor
        // of one instance under a peak fleet of 3 gives (30 + 14) / 72: 39 % less.
        Scenario s = equalReviews();
        s.selfHosted.fixedInstances.reset();
        s.workload.peakHoursPerDay = 10;
        s.workload.peakTrafficShare = 1;
        s.workload.requestsPerDay = 250000; // 175 M tokens/day, peak 420 M: 5 instances
        const double flat = evaluate(s).monthlyServingCost;
        s.selfHosted.autoscaling = true;
        const ScenarioResult scaled = evaluate(s);
        QCOMPARE(scaled.instances, 5.0);
        QCOMPARE(scaled.instancesOffPeak, 0.0);
        FTROI_COMPARE_REL(1 - scaled.monthlyServingCost / flat, 14.0 / 24, 1e-12);
        s.workload.requestsPerDay = 150000; // peak 252 M: 3 instances
        s.selfHosted.minInstances = 1;
        FTROI_COMPARE_REL(1 - evaluate(s).monthlyServingCost / (1.03 * 720 * 3), 1 - 44.0 / 72, 1e-12);
    }

    void seedNightTraffic()
    {
        // The seed: "a support chatbot with 10 % of traffic between midnight and 6am can
        // save 25 % with scale-to-zero". That assumes those 6 hours need no instance. With
        // 10 % of the traffic still arriving, this model keeps enough capacity for it: at a
        // small volume one instance serves the night as well as the day, and nothing is saved.
        Scenario s = equalReviews();
        s.selfHosted.fixedInstances.reset();
        s.workload.peakHoursPerDay = 18;
        s.workload.peakTrafficShare = 0.9;
        s.selfHosted.autoscaling = true;
        ScenarioResult r = evaluate(s);
        QCOMPARE(r.instances, 1.0);
        QCOMPARE(r.instancesOffPeak, 1.0);
        FTROI_COMPARE_REL(r.monthlyServingCost, 1.03 * 720, 1e-12);
        // At 10x the volume (350 M/day): peak 420 M needs 5, the night 140 M needs 2:
        // 18 x 5 + 6 x 2 = 102 instance-hours instead of 120, 15 % less.
        s.workload.requestsPerDay = 500000;
        r = evaluate(s);
        QCOMPARE(r.instances, 5.0);
        QCOMPARE(r.instancesOffPeak, 2.0);
        FTROI_COMPARE_REL(r.monthlyServingCost, 1.03 * 30 * 102, 1e-12);
    }

    void overCapacityIsJudgedAtThePeak()
    {
        Scenario s = equalReviews(); // 2 fixed instances: 864 M tokens/day of throughput
        s.workload.requestsPerDay = 500000; // 350 M/day: 41 % on average
        s.workload.peakHoursPerDay = 4;
        s.workload.peakTrafficShare = 0.6; // peak rate 350 x 0.6 x 6 = 1260 M/day
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.utilization < 1);
        FTROI_COMPARE_REL(r.peakUtilization, 1260e6 / 864e6, 1e-12);
        QVERIFY(r.overCapacity);
    }

    void speedupsAndPrecision()
    {
        Scenario s = equalReviews();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.speedup = {10, 1.8, 2};
        s.selfHosted.precision = Precision::Int4;
        const ScenarioResult r = evaluate(s);
        // 5000 x 10 x 1.8 / (5/7 + (2/7)/2) = 105,000 tokens/s
        FTROI_COMPARE_REL(effectiveThroughput(s.workload, s.selfHosted), 105000, 1e-12);
        FTROI_COMPARE_REL(r.utilization, 35e6 / (86400.0 * 105000), 1e-12);
        FTROI_COMPARE_REL(r.monthlyStorageCost, 7 * 0.5 * 0.023, 1e-12);
        s.selfHosted.precision = Precision::Int8;
        FTROI_COMPARE_REL(evaluate(s).monthlyStorageCost, 7 * 1 * 0.023, 1e-12);
        // The stored throughput stays the measured figure.
        QCOMPARE(s.selfHosted.throughputTokensPerS, 5000.0);
    }

    void extremeValuesStayFinite()
    {
        for (double speed : {1e-9, 1e15}) {
            for (double hours : {0.01, 23.99}) {
                Scenario s = baseScenario();
                s.selfHosted.fixedInstances.reset();
                s.selfHosted.autoscaling = true;
                s.selfHosted.speedup = {speed, speed, speed};
                s.workload.peakHoursPerDay = hours;
                s.workload.peakTrafficShare = std::max(hours / 24, 0.5);
                s.workload.monthlyGrowth = 10;
                s.managed = openAiMini();
                const ScenarioResult r = evaluate(s);
                for (double v : {r.monthlyServingCost, r.utilization, r.peakUtilization, r.instances,
                                 r.instancesOffPeak, r.monthlySavings, r.selfHostedMonthlyTco})
                    QVERIFY2(std::isfinite(v), qPrintable(QStringLiteral("speed %1 hours %2").arg(speed).arg(hours)));
                for (const std::optional<double> &v : {r.lifetime.npv, r.lifetime.roi, r.lifetime.paybackMonthsWithGrowth,
                                                       r.breakEvenAllInTokensPerDay, r.paybackMonths})
                    QVERIFY(!v || std::isfinite(*v));
            }
        }
    }

    void decisionOnTheSeedExamples()
    {
        const ReadResult read = readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        QVERIFY(read.document);
        // The seed's worked example loses money although its context favours fine-tuning.
        const ScenarioResult worked = evaluate(read.document->scenarios.at(0));
        QVERIFY(worked.monthlySavings < 0);
        QVERIFY(worked.decision.bestPath == Path::Api);
        QCOMPARE(*worked.decision.contextVerdict, Verdict::StrongFineTune);
        QCOMPARE(*worked.decision.agrees, false);
        // The auto-sized fleet saves money although its context favours the API.
        const ScenarioResult fleet = evaluate(read.document->scenarios.at(4));
        QVERIFY(fleet.monthlySavings > 100000);
        QVERIFY(fleet.decision.bestPath == Path::SelfHosted);
        QVERIFY(fleet.decision.agrees.has_value());
    }
};

QTEST_GUILESS_MAIN(TestFormat2Formulas)
#include "tst_format2formulas.moc"
