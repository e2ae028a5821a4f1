// Each formula of the engine, data-driven, with expected values worked out by
// hand from the inputs (see the comments), plus the edge cases that must give
// clear, finite results.
#include "core/engine/costengine.h"
#include "testsupport.h"

#include <QtTest>

#include <cmath>

using namespace ftroi;
using testsupport::baseScenario;

class TestFormulas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseScenarioComponents()
    {
        const ScenarioResult r = evaluate(baseScenario());
        QCOMPARE(r.currentDailyTokens, 35e6);                 // 50,000 x (500 + 200)
        FTROI_COMPARE_REL(r.monthlyApiCost, 8250, 1e-12);     // 25e6x30x5/1e6 + 10e6x30x15/1e6
        FTROI_COMPARE_REL(r.blendedApiPricePer1M, 55.0 / 7, 1e-12); // (5x500 + 15x200) / 700
        QCOMPARE(r.instances, 2.0);
        FTROI_COMPARE_REL(r.utilization, 35e6 / (2 * 5000 * 86400.0), 1e-12);
        FTROI_COMPARE_REL(r.monthlyServingCost, 1483.2, 1e-12); // 1.03 x 2 x 720
        FTROI_COMPARE_REL(r.monthlyStorageCost, 0.322, 1e-12);  // 7 x 2 GB x 0.023
        FTROI_COMPARE_REL(r.monthlyQualityCostDelta, 225000, 1e-12); // 1.5e6 x 0.03 x 5
        QCOMPARE(r.engineeringHours, 100.0);
        QCOMPARE(r.engineeringCost, 15000.0);
        QCOMPARE(r.computeCost, 96.0);
        QCOMPARE(r.totalProjectCost, 15096.0);
        FTROI_COMPARE_REL(r.monthlyAmortizedProjectCost, 15096.0 / 18, 1e-12);
        FTROI_COMPARE_REL(r.monthlyFtTotal, 1483.2 + 0.322 + 15096.0 / 18 + 225000, 1e-12);
        FTROI_COMPARE_REL(r.monthlySavings, 8250 - (1483.2 + 0.322 + 15096.0 / 18 + 225000), 1e-12);
        QVERIFY(!r.paybackMonths);                               // quality delta eats the savings
        QVERIFY(r.breakEvenTokensPerDay);
        FTROI_COMPARE_REL(*r.breakEvenTokensPerDay, (1483.2 + 0.322) / (55.0 / 7 / 1e6) / 30, 1e-12);
        QVERIFY(r.isAboveBreakEven);
        QVERIFY(!r.breakEvenAllInTokensPerDay);                  // reviews cost more per token than the API
        QVERIFY(r.servingCostPer1MTokens);
        FTROI_COMPARE_REL(*r.servingCostPer1MTokens, 1483.2 / (35e6 * 30) * 1e6, 1e-12);
        QVERIFY(!r.recommendation);
        QVERIFY(!r.training);
    }

    void payback_data()
    {
        QTest::addColumn<double>("selfHostedReviewRate");
        QTest::addColumn<double>("hourlyRate");
        QTest::addColumn<double>("expectedMonths"); // < 0: never
        // equal review rates: 15096 / (8250 - 1483.2 - 0.322)
        QTest::newRow("equal review rates") << 0.02 << 150.0 << 15096 / (8250 - 1483.2 - 0.322);
        // no engineering: 96 / (8250 - 1483.522)
        QTest::newRow("compute only") << 0.02 << 0.0 << 96 / (8250 - 1483.522);
        // 5% reviews: savings before amortization are negative
        QTest::newRow("never") << 0.05 << 150.0 << -1.0;
        // better self-hosted quality saves 1.5e6 x 0.01 x 5 = 75,000 a month
        QTest::newRow("quality saves") << 0.01 << 150.0 << 15096 / (8250 - 1483.522 + 75000);
    }

    void payback()
    {
        QFETCH(double, selfHostedReviewRate);
        QFETCH(double, hourlyRate);
        QFETCH(double, expectedMonths);
        Scenario s = baseScenario();
        s.selfHosted.reviewRate = selfHostedReviewRate;
        s.project.hourlyRate = hourlyRate;
        const ScenarioResult r = evaluate(s);
        if (expectedMonths < 0) {
            QVERIFY(!r.paybackMonths);
        } else {
            QVERIFY(r.paybackMonths);
            FTROI_COMPARE_REL(*r.paybackMonths, expectedMonths, 1e-12);
        }
    }

    void autoSizing_data()
    {
        QTest::addColumn<double>("tokensPerDay");
        QTest::addColumn<double>("targetUtilization");
        QTest::addColumn<double>("expectedInstances");
        // capacity of one instance = 86,400 x 5,000 x utilization tokens/day
        QTest::newRow("zero traffic still needs one") << 0.0 << 0.2 << 1.0;
        QTest::newRow("exactly one full instance") << 86.4e6 << 0.2 << 1.0;
        QTest::newRow("one token over") << 86.4e6 + 700 << 0.2 << 2.0;
        QTest::newRow("tiny utilization") << 35e6 << 0.01 << 9.0;      // 35e6 / 4.32e6 = 8.1
        QTest::newRow("full utilization") << 35e6 << 1.0 << 1.0;       // 35e6 / 432e6
        QTest::newRow("1e12 tokens/day") << 1e12 << 0.2 << 11575.0;    // 1e12 / 86.4e6 = 11574.07
    }

    void autoSizing()
    {
        QFETCH(double, tokensPerDay);
        QFETCH(double, targetUtilization);
        QFETCH(double, expectedInstances);
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.targetUtilization = targetUtilization;
        s.workload = {tokensPerDay / 700, 500, 200};
        const ScenarioResult r = evaluate(s);
        QCOMPARE(r.instances, expectedInstances);
        FTROI_COMPARE_REL(r.monthlyServingCost, expectedInstances * 1.03 * 720, 1e-12);
        QVERIFY(std::isfinite(r.utilization));
        QVERIFY(r.utilization <= targetUtilization + 1e-12);
    }

    void zeroRequests()
    {
        Scenario s = baseScenario();
        s.workload.requestsPerDay = 0;
        const ScenarioResult r = evaluate(s);
        QCOMPARE(r.currentDailyTokens, 0.0);
        QCOMPARE(r.monthlyApiCost, 0.0);
        QCOMPARE(r.monthlyQualityCostDelta, 0.0);
        QCOMPARE(r.utilization, 0.0);
        QVERIFY(!r.servingCostPer1MTokens);
        QVERIFY(!r.paybackMonths);
        // as the seed: no traffic, no blended price, no (seed) break-even ...
        QCOMPARE(r.blendedApiPricePer1M, 0.0);
        QVERIFY(!r.breakEvenTokensPerDay);
        QVERIFY(!r.isAboveBreakEven);
        // ... while the request mix still prices the all-in break-even:
        // (1483.2 + 0.322 + 15096/18) / (30 x (55/7 / 1e6 - 0.03 x 5 / 700)) is negative, so never
        QVERIFY(!r.breakEvenAllInTokensPerDay);
        Scenario equalRates = s;
        equalRates.selfHosted.reviewRate = equalRates.api.reviewRate;
        const ScenarioResult e = evaluate(equalRates);
        QVERIFY(e.breakEvenAllInTokensPerDay);
        FTROI_COMPARE_REL(*e.breakEvenAllInTokensPerDay, (1483.2 + 0.322 + 15096.0 / 18) / (30 * 55.0 / 7 / 1e6), 1e-9);
        QVERIFY(std::isfinite(r.monthlySavings));
    }

    void zeroPrices()
    {
        Scenario s = baseScenario();
        s.api.inputPricePer1M = 0;
        s.api.outputPricePer1M = 0;
        s.selfHosted.reviewRate = s.api.reviewRate;
        const ScenarioResult r = evaluate(s);
        QCOMPARE(r.monthlyApiCost, 0.0);
        QVERIFY(!r.breakEvenTokensPerDay);
        QVERIFY(!r.isAboveBreakEven);
        QVERIFY(!r.breakEvenAllInTokensPerDay);
        QVERIFY(!r.paybackMonths);
    }

    void zeroTokensPerRequest()
    {
        Scenario s = baseScenario();
        s.workload.inputTokensPerRequest = 0;
        s.workload.outputTokensPerRequest = 0;
        const ScenarioResult r = evaluate(s);
        QCOMPARE(r.currentDailyTokens, 0.0);
        QVERIFY(!r.breakEvenTokensPerDay);
        QVERIFY(!r.breakEvenAllInTokensPerDay);
        QVERIFY(!r.servingCostPer1MTokens);
    }

    void reviewRateOne()
    {
        Scenario s = baseScenario();
        s.selfHosted.reviewRate = 1;
        const ScenarioResult r = evaluate(s);
        FTROI_COMPARE_REL(r.monthlyQualityCostDelta, 1.5e6 * 0.98 * 5, 1e-12);
        QVERIFY(!r.paybackMonths);
    }

    void reviewCostZero()
    {
        Scenario s = baseScenario();
        s.reviewCost = 0;
        const ScenarioResult r = evaluate(s);
        QCOMPARE(r.monthlyQualityCostDelta, 0.0);
        QVERIFY(r.paybackMonths);
    }

    void fixedFleetOverCapacity()
    {
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances = 1;
        s.workload.requestsPerDay = 1e9 / 700;
        const ScenarioResult r = evaluate(s);
        QCOMPARE(r.instances, 1.0);
        FTROI_COMPARE_REL(r.utilization, 1e9 / (5000 * 86400.0), 1e-12); // 2.31: over capacity
        QVERIFY(r.utilization > 1);
    }

    void hugeVolumesStayFinite()
    {
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset();
        s.workload = {1e13 / 700, 500, 200};
        s.project.hourlyRate = 1e9;
        const ScenarioResult r = evaluate(s);
        for (double v : {r.monthlyApiCost, r.monthlyServingCost, r.monthlyFtTotal, r.monthlySavings,
                         r.utilization, r.instances, r.totalProjectCost})
            QVERIFY(std::isfinite(v));
        QCOMPARE(r.instances, std::ceil(1e13 / 86.4e6));
    }

    void engineeringHoursSumAnyPhases()
    {
        Project p;
        p.engineeringHours = {{QStringLiteral("a"), 1.5}, {QStringLiteral("b"), 2.25}, {QStringLiteral("c"), 0}};
        p.hourlyRate = 100;
        QCOMPARE(engineeringHours(p), 3.75);
        QCOMPARE(engineeringCost(p), 375.0);
        p.engineeringHours.clear();
        QCOMPARE(engineeringCost(p), 0.0);
    }

    void costPerRunPrefersGivenValue()
    {
        Project p;
        p.trainingRuns = 2;
        p.training = TrainingSpec{7, Method::Lora, 50000, 512, 3, GpuKind::A10G, QString(), true};
        QVERIFY(std::abs(costPerRun(p) - 4.9134814814814805) < 1e-12); // the seed's 7B LoRA on A10G
        p.computeCostPerRun = 12;
        QCOMPARE(costPerRun(p), 12.0);
        QCOMPARE(computeCost(p), 24.0);
    }

    void recommendationScores_data()
    {
        QTest::addColumn<double>("requestsPerDay");
        QTest::addColumn<int>("consistency");
        QTest::addColumn<double>("latencyMs");
        QTest::addColumn<int>("quality");
        QTest::addColumn<bool>("expertise");
        QTest::addColumn<bool>("iteration");
        QTest::addColumn<int>("expectedScore");
        QTest::addColumn<int>("expectedVerdict");
        const int low = int(Level::Low), med = int(Level::Medium), high = int(Level::High);
        // 50,000 req x 700 tokens at 55/7 $/1M = $8,250/month: +3
        QTest::newRow("all for fine-tuning") << 50000.0 << high << 100.0 << low << true << false << 8 << int(Verdict::StrongFineTune);
        // 10,000 req: $1,650/month: +1; medium, 1500 ms: +1 => 2
        QTest::newRow("lean fine-tune") << 10000.0 << med << 1500.0 << med << true << false << 2 << int(Verdict::LeanFineTune);
        // $165/month: -2; high consistency +2; 3000 ms 0; => 0
        QTest::newRow("neutral") << 1000.0 << high << 3000.0 << med << true << false << 0 << int(Verdict::Neutral);
        // -2 -2 +0 -1 => -5... with expertise: -2 low vol, medium 0, 3000 0, high -1 => -3
        QTest::newRow("lean api") << 1000.0 << med << 3000.0 << high << true << false << -3 << int(Verdict::LeanApi);
        QTest::newRow("strong api") << 1000.0 << low << 3000.0 << high << false << true << -9 << int(Verdict::StrongApi);
        // boundaries: exactly 500 ms is moderate, exactly 2000 ms is neither
        QTest::newRow("500 ms") << 1000.0 << med << 500.0 << med << true << false << -1 << int(Verdict::Neutral);
        QTest::newRow("2000 ms") << 1000.0 << med << 2000.0 << med << true << false << -2 << int(Verdict::LeanApi);
    }

    void recommendationScores()
    {
        QFETCH(double, requestsPerDay);
        QFETCH(int, consistency);
        QFETCH(double, latencyMs);
        QFETCH(int, quality);
        QFETCH(bool, expertise);
        QFETCH(bool, iteration);
        QFETCH(int, expectedScore);
        QFETCH(int, expectedVerdict);
        Scenario s = baseScenario();
        s.workload.requestsPerDay = requestsPerDay;
        s.context = DecisionContext{Level(consistency), latencyMs, Level(quality), expertise, iteration};
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.recommendation);
        QCOMPARE(r.recommendation->score, expectedScore);
        QCOMPARE(int(r.recommendation->verdict), expectedVerdict);
        const QStringList reasons = recommendationReasons(*r.recommendation, *s.context, QStringLiteral("USD"));
        QVERIFY(!reasons.isEmpty());
        for (const QString &reason : reasons)
            QVERIFY2(!reason.contains(QLatin1String("nan")) && !reason.contains(QLatin1String("inf")), qPrintable(reason));
    }

    void verdictThresholds()
    {
        QCOMPARE(verdictForScore(3), Verdict::StrongFineTune);
        QCOMPARE(verdictForScore(2), Verdict::LeanFineTune);
        QCOMPARE(verdictForScore(1), Verdict::LeanFineTune);
        QCOMPARE(verdictForScore(0), Verdict::Neutral);
        QCOMPARE(verdictForScore(-1), Verdict::Neutral);
        QCOMPARE(verdictForScore(-2), Verdict::LeanApi);
        QCOMPARE(verdictForScore(-3), Verdict::LeanApi);
        QCOMPARE(verdictForScore(-4), Verdict::StrongApi);
        QCOMPARE(verdictCode(Verdict::StrongFineTune), QStringLiteral("strong_fine_tune"));
        QCOMPARE(verdictCode(Verdict::StrongApi), QStringLiteral("strong_api"));
    }
};

QTEST_GUILESS_MAIN(TestFormulas)
#include "tst_formulas.moc"
