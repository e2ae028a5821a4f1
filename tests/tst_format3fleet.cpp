// Format 3's fleet pricing, operations and routing in the engine
// (docs/scenario-format.md, "Format 3 — our readings"), each formula against a
// case worked out by hand in the comments: reserved (upfront, a term beyond the
// lifetime), spot, owned (level payment with cost of capital and residual
// value, and at a rate of 0), operations in every path and in savings,
// payback and NPV, routing s < 1 (fleet, remainder's bill and quality, the
// API's operations kept, break-evens for total tokens), the all-in break-even
// with a commitment and operations, growth re-sizing a reserved fleet, the
// chart lines, the Monte Carlo and the analyses.
#include "core/analysis/analysis.h"
#include "core/analysis/montecarlo.h"
#include "core/engine/costengine.h"
#include "core/engine/curves.h"
#include "testsupport.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace ftroi;
using testsupport::baseScenario;
using testsupport::equalReviewsScenario;

namespace {

// The base numbers used below (baseScenario(), the seed's worked example):
// 50,000 requests/day of 500 + 200 tokens: D = 35e6 tokens/day; API bill
// 3,750 + 4,500 = 8,250 a month; blended price (5 x 500 + 15 x 200) / 700 =
// 7.857142857 per 1M, so 30 x 7.857142857e-6 = 2.357142857e-4 $/month per
// token/day; one A10G carries 86,400 x 5,000 x 0.2 = 86.4e6 tokens/day;
// storage 7 x 2 x 0.023 = 0.322; project 8 x 12 + 100 h x 150 = 15,096 over 18
// months (838.6667 a month); API reviews 1.5e6 requests x 0.02 x 5 = 150,000.

FleetPricing reserved(double discount, std::optional<double> upfront = std::nullopt,
                      std::optional<double> term = std::nullopt)
{
    FleetPricing p;
    p.model = PricingModel::Reserved;
    p.discount = discount;
    p.upfrontPerInstance = upfront;
    p.termMonths = term;
    return p;
}

FleetPricing owned(double serverPrice, double powerKw, double electricity)
{
    FleetPricing p;
    p.model = PricingModel::Owned;
    p.serverPrice = serverPrice;
    p.powerKw = powerKw;
    p.electricityPricePerKwh = electricity;
    return p;
}

// The API's own reviews and errors per token/day: what the charts add to every line.
double apiQualityAt(const Scenario &s, double tokensPerDay)
{
    const double perRequest = s.workload.inputTokensPerRequest + s.workload.outputTokensPerRequest;
    return 30 * (s.api.reviewRate * s.reviewCost + s.api.errorRate * s.costPerError) / perRequest * tokensPerDay;
}

} // namespace

class TestFormat3Fleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reservedWithUpfront()
    {
        // Fixed fleet of 2, 30 % off, 500 upfront each, a 12-month term within 18 months:
        // serving 1.03 x 0.7 x 720 x 2 = 1,038.24; upfront 2 x 500 = 1,000 paid at month 0.
        Scenario s = equalReviewsScenario();
        s.selfHosted.pricing = reserved(0.3, 500.0, 12.0);
        const ScenarioResult r = evaluate(s);
        FTROI_COMPARE_REL(r.monthlyServingCost, 1038.24, 1e-12);
        FTROI_COMPARE_REL(r.commitmentUpfront, 1000, 1e-12);
        FTROI_COMPARE_REL(r.capexUsd, 1000, 1e-12);
        QCOMPARE(r.monthlyCapitalCost, 0.0);
        FTROI_COMPARE_REL(r.monthlyOpex, 1038.24, 1e-12);
        // Project 15,096 + 1,000 = 16,096, 894.2222 a month.
        FTROI_COMPARE_REL(r.totalProjectCost, 16096, 1e-12);
        FTROI_COMPARE_REL(r.monthlyAmortizedProjectCost, 16096.0 / 18, 1e-12);
        // FT total 1,038.24 + 0.322 + 894.2222 = 1,932.7842; savings 8,250 - that = 6,317.2158.
        FTROI_COMPARE_REL(r.monthlyFtTotal, 1932.784222222222, 1e-12);
        FTROI_COMPARE_REL(r.monthlySavings, 6317.215777777778, 1e-12);
        // Payback 16,096 / (8,250 - 1,038.562) = 16,096 / 7,211.438 = 2.23202...
        FTROI_COMPARE_REL(*r.paybackMonths, 16096 / 7211.438, 1e-12);
        // NPV 7,211.438 x 18 - 16,096 = 113,709.884.
        FTROI_COMPARE_REL(*r.lifetime.npv, 113709.884, 1e-12);
        FTROI_COMPARE_REL(*r.lifetime.roi, 113709.884 / 16096, 1e-12);
    }

    void reservedTermBeyondTheLifetime()
    {
        // A 24-month term over an 18-month lifetime: 6 months owed at 519.12 each
        // (1.03 x 0.7 x 720): 2 x (500 + 6 x 519.12) = 2 x 3,614.72 = 7,229.44.
        Scenario s = equalReviewsScenario();
        s.selfHosted.pricing = reserved(0.3, 500.0, 24.0);
        const ScenarioResult r = evaluate(s);
        FTROI_COMPARE_REL(r.commitmentUpfront, 7229.44, 1e-12);
        FTROI_COMPARE_REL(r.capexUsd, 1000, 1e-12); // the upfront only
        FTROI_COMPARE_REL(r.totalProjectCost, 15096 + 7229.44, 1e-12);
        // The default term is 12 months: nothing owed beyond 18 months, no upfront by default.
        s.selfHosted.pricing = reserved(0.3);
        QCOMPARE(evaluate(s).commitmentUpfront, 0.0);
        // A 10-month lifetime owes 2 months of the 12-month term for each of 2 instances.
        s.project.lifetimeMonths = 10;
        FTROI_COMPARE_REL(evaluate(s).commitmentUpfront, 2 * 2 * 519.12, 1e-12);
    }

    void spotOnTheFormat2Cost()
    {
        // 60 % off, the default 10 % interruption overhead: 1,483.2 x 0.4 x 1.1 = 652.608.
        Scenario s = equalReviewsScenario();
        FleetPricing p;
        p.model = PricingModel::Spot;
        p.discount = 0.6;
        s.selfHosted.pricing = p;
        ScenarioResult r = evaluate(s);
        FTROI_COMPARE_REL(r.monthlyServingCost, 652.608, 1e-12);
        QCOMPARE(r.commitmentUpfront, 0.0);
        QCOMPARE(r.capexUsd, 0.0);
        // Spot may autoscale: 100,000 requests/day (70e6 tokens), 12 peak hours with
        // 90 %: peak 126e6 -> 2 instances, off-peak 14e6 -> 1; on demand
        // 1.03 x 30 x (12 x 2 + 12 x 1) = 1,112.4; 50 % off, 20 % overhead: x 0.6 = 667.44.
        s.workload.requestsPerDay = 100000;
        s.workload.peakHoursPerDay = 12;
        s.workload.peakTrafficShare = 0.9;
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.autoscaling = true;
        p.discount = 0.5;
        p.interruptionOverhead = 0.2;
        s.selfHosted.pricing = p;
        r = evaluate(s);
        QCOMPARE(r.instances, 2.0);
        QCOMPARE(r.instancesOffPeak, 1.0);
        FTROI_COMPARE_REL(r.monthlyServingCost, 667.44, 1e-12);
    }

    void ownedAtARateOfZero()
    {
        // 24,000 a server over 24 months, 25 % residual, no cost of capital:
        // capital (24,000 - 6,000) / 24 = 750; power 1 kW x 1.5 x 720 x 0.10 = 108;
        // colocation 100; maintenance 0.12 / 12 x 24,000 = 240: 1,198 a server, 2,396 for 2.
        Scenario s = equalReviewsScenario();
        FleetPricing p = owned(24000, 1, 0.1);
        p.depreciationMonths = 24;
        p.residualValueShare = 0.25;
        p.pue = 1.5;
        p.colocationPerMonth = 100;
        p.maintenanceShareAnnual = 0.12;
        s.selfHosted.pricing = p;
        s.selfHosted.instanceCostPerHour = 99; // ignored
        const ScenarioResult r = evaluate(s);
        FTROI_COMPARE_REL(r.monthlyServingCost, 2396, 1e-12);
        FTROI_COMPARE_REL(r.monthlyCapitalCost, 1500, 1e-12);
        FTROI_COMPARE_REL(r.monthlyOpex, 896, 1e-12);
        FTROI_COMPARE_REL(r.capexUsd, 48000, 1e-12);
        QCOMPARE(r.commitmentUpfront, 0.0);
        QCOMPARE(r.totalProjectCost, 15096.0);
        // Defaults: 36 months, no residual, PUE 1.4, maintenance 10 %:
        // 36,000 / 36 = 1,000 + 1 x 1.4 x 720 x 0.1 = 100.8 + 0.1 / 12 x 36,000 = 300: 1,400.8.
        s.selfHosted.pricing = owned(36000, 1, 0.1);
        s.selfHosted.fixedInstances = 1;
        FTROI_COMPARE_REL(evaluate(s).monthlyServingCost, 1400.8, 1e-12);
    }

    void ownedWithCostOfCapital()
    {
        // 12,000 over 12 months, 50 % residual, 1 % a month (1.01^12 - 1 a year):
        // PV(residual) = 6,000 / 1.01^12 = 5,324.695352; to repay 6,675.304648;
        // level payment x 0.01 / (1 - 1.01^-12) = x 0.0888487887 = 593.0927321.
        // No power, colocation or maintenance.
        Scenario s = equalReviewsScenario();
        s.selfHosted.fixedInstances = 1;
        FleetPricing p = owned(12000, 0, 0);
        p.depreciationMonths = 12;
        p.residualValueShare = 0.5;
        p.maintenanceShareAnnual = 0;
        p.costOfCapitalAnnual = std::pow(1.01, 12) - 1;
        s.selfHosted.pricing = p;
        ScenarioResult r = evaluate(s);
        FTROI_COMPARE_REL(r.monthlyCapitalCost, 593.0927320700497, 1e-9);
        FTROI_COMPARE_REL(r.monthlyServingCost, 593.0927320700497, 1e-9);
        // Without its own rate the project's discount rate applies.
        p.costOfCapitalAnnual.reset();
        s.selfHosted.pricing = p;
        s.project.discountRateAnnual = std::pow(1.01, 12) - 1;
        FTROI_COMPARE_REL(evaluate(s).monthlyCapitalCost, 593.0927320700497, 1e-9);
    }

    void operationsInEveryPath()
    {
        // API 4 h, self-hosted 10 h, managed 2 h at 150: 600, 1,500, 300.
        Scenario s = equalReviewsScenario();
        s.api.opsHoursPerMonth = 4;
        s.selfHosted.opsHoursPerMonth = 10;
        s.managed = testsupport::openAiManagedPath();
        s.managed->opsHoursPerMonth = 2;
        const ScenarioResult r = evaluate(s);
        QCOMPARE(r.apiMonthlyOpsCost, 600.0);
        QCOMPARE(r.selfHostedMonthlyOpsCost, 1500.0);
        QCOMPARE(r.monthlyOpsCostDelta, 900.0);
        // API whole cost 8,250 + 150,000 + 600 = 158,850.
        FTROI_COMPARE_REL(r.apiMonthlyTco, 158850, 1e-12);
        // FT total 1,483.522 + 838.6667 + 900 = 3,222.1887; savings 5,027.8113.
        FTROI_COMPARE_REL(r.monthlyFtTotal, 1483.522 + 15096.0 / 18 + 900, 1e-12);
        FTROI_COMPARE_REL(r.monthlySavings, 8250 - 1483.522 - 15096.0 / 18 - 900, 1e-12);
        // Whole cost 1,483.522 + 838.6667 + 150,000 + 1,500; the difference is the savings.
        FTROI_COMPARE_REL(r.selfHostedMonthlyTco, 1483.522 + 15096.0 / 18 + 150000 + 1500, 1e-12);
        FTROI_COMPARE_REL(r.apiMonthlyTco - r.selfHostedMonthlyTco, r.monthlySavings, 1e-9);
        // Payback 15,096 / (8,250 - 1,483.522 - 900) = 15,096 / 5,866.478;
        // NPV 5,866.478 x 18 - 15,096 = 90,500.604 (106,700.604 without operations, less 900 x 18).
        FTROI_COMPARE_REL(*r.paybackMonths, 15096 / 5866.478, 1e-12);
        FTROI_COMPARE_REL(*r.lifetime.paybackMonthsWithGrowth, 15096 / 5866.478, 1e-12);
        FTROI_COMPARE_REL(*r.lifetime.npv, 90500.604, 1e-12);
        FTROI_COMPARE_REL(*r.lifetime.roi, (90500.604) / 15096, 1e-12);

        // Managed: inference 225 + 360 = 585, project 640 + 6,000 = 6,640 (368.8889 a
        // month), operations 300 - 600 = -300: total 653.8889, savings 7,596.1111.
        const ManagedResult &m = *r.managed;
        QCOMPARE(m.monthlyOpsCost, 300.0);
        FTROI_COMPARE_REL(m.monthlyTotal, 585 + 6640.0 / 18 - 300, 1e-12);
        FTROI_COMPARE_REL(m.monthlySavings, 8250 - 585 - 6640.0 / 18 + 300, 1e-12);
        FTROI_COMPARE_REL(m.monthlyTco, 585 + 6640.0 / 18 + 150000 + 300, 1e-12);
        FTROI_COMPARE_REL(r.apiMonthlyTco - m.monthlyTco, m.monthlySavings, 1e-9);
        // Payback 6,640 / (8,250 - 585 + 300) = 6,640 / 7,965; NPV 7,965 x 18 - 6,640 = 136,730.
        FTROI_COMPARE_REL(*m.paybackMonths, 6640.0 / 7965, 1e-12);
        FTROI_COMPARE_REL(*m.lifetime.npv, 136730, 1e-12);
    }

    void routingHalfTheRequests()
    {
        // s = 0.5, auto fleet, API review rate 2 %, fine-tuned 1 %, 1 per review,
        // API ops 4 h, self-hosted 10 h.
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.reviewRate = 0.01;
        s.reviewCost = 1;
        s.api.opsHoursPerMonth = 4;
        s.selfHosted.opsHoursPerMonth = 10;
        s.routing = Routing{0.5};
        const ScenarioResult r = evaluate(s);
        // The fleet carries 17.5e6 of 35e6 tokens/day: 1 instance at 1.03 x 720 = 741.6;
        // utilization 17.5e6 / 432e6.
        QCOMPARE(r.routedDailyTokens, 17.5e6);
        QCOMPARE(r.instances, 1.0);
        FTROI_COMPARE_REL(r.monthlyServingCost, 741.6, 1e-12);
        FTROI_COMPARE_REL(r.utilization, 17.5e6 / 432e6, 1e-12);
        FTROI_COMPARE_REL(*r.servingCostPer1MTokens, 741.6 / (17.5e6 * 30) * 1e6, 1e-12);
        // The other 25,000 requests stay on the API: 8,250 / 2 = 4,125 billed, 25,000 x 30 x 0.02 = 15,000 reviews.
        FTROI_COMPARE_REL(r.monthlyRemainderApiCost, 4125, 1e-12);
        FTROI_COMPARE_REL(r.monthlyRemainderQualityCost, 15000, 1e-12);
        // Quality delta of the routed requests: 25,000 x 30 x (0.01 - 0.02) = -7,500;
        // the path's reviews: 7,500 + 15,000 = 22,500.
        FTROI_COMPARE_REL(r.monthlyQualityCostDelta, -7500, 1e-12);
        FTROI_COMPARE_REL(r.selfHostedQualityCost, 22500, 1e-12);
        // With s < 1 the path keeps the API's operations: 1,500 + 600 = 2,100, delta 1,500.
        QCOMPARE(r.selfHostedMonthlyOpsCost, 2100.0);
        QCOMPARE(r.monthlyOpsCostDelta, 1500.0);
        // FT total 741.6 + 0.322 + 838.6667 - 7,500 + 4,125 + 1,500 = -294.4113;
        // savings 8,250 + 294.4113 = 8,544.4113 = 38,850 - 30,305.5887.
        FTROI_COMPARE_REL(r.monthlyFtTotal, 741.922 + 15096.0 / 18 - 7500 + 4125 + 1500, 1e-12);
        FTROI_COMPARE_REL(r.monthlySavings, 8250 - (741.922 + 15096.0 / 18 - 7500 + 4125 + 1500), 1e-12);
        FTROI_COMPARE_REL(r.apiMonthlyTco, 38850, 1e-12);
        FTROI_COMPARE_REL(r.selfHostedMonthlyTco, 741.922 + 15096.0 / 18 + 22500 + 4125 + 2100, 1e-12);
        FTROI_COMPARE_REL(r.monthlyApiCost - r.monthlyFtTotal, r.monthlySavings, 1e-12);
        // Payback 15,096 / (8,250 - (741.922 - 7,500 + 4,125 + 1,500)) = 15,096 / 9,383.078.
        FTROI_COMPARE_REL(*r.paybackMonths, 15096 / 9383.078, 1e-12);
        // The seed's break-even for total tokens: 741.922 / (0.5 x 7.857142857e-6 x 30) = 6,295,095.76.
        FTROI_COMPARE_REL(*r.breakEvenTokensPerDay, 6295095.757575759, 1e-12);
        // All-in, total tokens: margin 2.357142857e-4 + 2.142857e-4 (the routed half's
        // fewer reviews) - 1.178571e-4 (the half still billed) = 3.3214286e-4; fixed
        // 0.322 + 838.6667 + 2,100 - 600 = 2,338.9887; one instance (172.8e6 total
        // tokens/day): (741.6 + 2,338.9887) / 3.3214286e-4 = 9,274,890.6.
        FTROI_COMPARE_REL(*r.breakEvenAllInTokensPerDay, 9274890.609318996, 1e-9);
    }

    void routingTheManagedPath()
    {
        // s = 0.5, API ops 4 h, managed without its own: inference 585 / 2 = 292.5,
        // remainder 4,125, operations 600 (kept), delta 0, project 368.8889 a month.
        Scenario s = equalReviewsScenario();
        s.api.opsHoursPerMonth = 4;
        s.routing = Routing{0.5};
        s.managed = testsupport::openAiManagedPath();
        const ManagedResult m = *evaluate(s).managed;
        FTROI_COMPARE_REL(m.monthlyInferenceCost, 292.5, 1e-12);
        FTROI_COMPARE_REL(m.monthlyRemainderApiCost, 4125, 1e-12);
        QCOMPARE(m.monthlyOpsCost, 600.0);
        QCOMPARE(m.monthlyOpsCostDelta, 0.0);
        FTROI_COMPARE_REL(m.monthlyTotal, 292.5 + 4125 + 6640.0 / 18, 1e-12);
        FTROI_COMPARE_REL(m.monthlySavings, 8250 - 292.5 - 4125 - 6640.0 / 18, 1e-12);
        // Reviews: 25,000 routed and 25,000 remaining requests at 2 %, 5 each: 150,000.
        FTROI_COMPARE_REL(m.monthlyQualityCost, 150000, 1e-12);
        // Break-even for total tokens: margin 0.5 x (2.357142857e-4 - 1.6714286e-5)
        // = 1.095e-4; fixed 368.8889: 3,368,848.3.
        FTROI_COMPARE_REL(*m.breakEvenTokensPerDay, 3368848.3003551504, 1e-9);
    }

    void apiOperationsKeptOnlyWhileASharesStays()
    {
        Scenario s = equalReviewsScenario();
        s.api.opsHoursPerMonth = 4;
        s.routing = Routing{1.0};
        QCOMPARE(evaluate(s).monthlyOpsCostDelta, -600.0); // s = 1: the integration goes
        s.routing = Routing{0.999};
        QCOMPARE(evaluate(s).monthlyOpsCostDelta, 0.0); // s < 1: it stays
    }

    void allInBreakEvenWithCommitmentAndOperations()
    {
        // Auto fleet, reserved 30 % off, 500 upfront, 24-month term over 18 months
        // (3,614.72 an instance, 200.8178 a month), self-hosted ops 10 h (1,500):
        // each instance 519.12 + 200.8178 = 719.9378; fixed 0.322 + 838.6667 + 1,500
        // = 2,338.9887; margin 2.357142857e-4: (719.9378 + 2,338.9887) / 2.357142857e-4
        // = 12,977,263.7 tokens/day, within one instance.
        Scenario s = equalReviewsScenario();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.pricing = reserved(0.3, 500.0, 24.0);
        s.selfHosted.opsHoursPerMonth = 10;
        const ScenarioResult r = evaluate(s);
        FTROI_COMPARE_REL(*r.breakEvenAllInTokensPerDay, 12977263.703703705, 1e-9);
        // There the line's whole costs meet (same fleet, its own commitment).
        const CostLine line = costLine(s, r.monthlyAmortizedProjectCost);
        const double be = *r.breakEvenAllInTokensPerDay;
        FTROI_COMPARE_REL(line.selfHostedAllInAt(be), line.apiCostAt(be), 1e-9);
        // A fleet of 3 at 200e6 tokens/day pays its own commitment: the line
        // adds 2 more instances' 200.8178 a month over today's fleet.
        const double at200M = 3 * 519.12 + 0.322 + (15096 + 3614.72) / 18 + 1500 + 2 * 3614.72 / 18;
        FTROI_COMPARE_REL(line.selfHostedAllInAt(200e6), at200M, 1e-12);
    }

    void breakEvenMatchesAWalkForEveryPricing()
    {
        // The closed form against a fleet-by-fleet walk of the line, for random scenarios.
        std::mt19937_64 rng(7);
        auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
        int found = 0;
        for (int i = 0; i < 400; ++i) {
            Scenario s = equalReviewsScenario();
            s.selfHosted.fixedInstances.reset();
            s.selfHosted.throughputTokensPerS = uniform(50, 2000);
            const int model = i % 3;
            s.selfHosted.pricing = model == 0   ? reserved(uniform(0, 0.6), uniform(0, 5000), uniform(1, 48))
                                   : model == 1 ? owned(uniform(5000, 40000), uniform(0.2, 3), uniform(0.05, 0.3))
                                                : FleetPricing{};
            s.selfHosted.opsHoursPerMonth = uniform(0, 20);
            s.api.opsHoursPerMonth = uniform(0, 20);
            s.routing = Routing{uniform(0.2, 1)};
            const ScenarioResult r = evaluate(s);
            const CostLine line = costLine(s, r.monthlyAmortizedProjectCost);
            // Walk: fleets n = 1, 2, ...: within n's volumes the condition is linear.
            const double cap = line.peakCapacityPerInstance();
            std::optional<double> walked;
            for (double n = 1; n < 5000 && !walked; ++n) {
                const double lo = (n - 1) * cap, hi = n * cap;
                const double mid = (lo + hi) / 2;
                const double slope = line.apiPerDailyToken - line.qualityPerDailyToken - line.remainderPerDailyToken;
                const double gap = line.selfHostedAllInWith(mid, n) - line.apiCostAt(mid); // at mid
                const double t = mid + gap / slope; // where the gap closes on this piece
                if (slope > 0 && t <= hi)
                    walked = std::max(lo, t);
            }
            if (!walked) { // none within the walk's 5,000 fleets
                QVERIFY(!r.breakEvenAllInTokensPerDay || *r.breakEvenAllInTokensPerDay > 4999 * cap);
                continue;
            }
            QVERIFY(r.breakEvenAllInTokensPerDay);
            {
                ++found;
                QVERIFY2(testsupport::closeRel(*r.breakEvenAllInTokensPerDay, *walked, 1e-9),
                         qPrintable(QStringLiteral("%1 vs %2").arg(*r.breakEvenAllInTokensPerDay).arg(*walked)));
            }
        }
        QVERIFY(found > 100);
    }

    void growthReSizesAReservedFleetEveryMonth()
    {
        // Reserved 30 % off (519.12 an instance), growth 150 %/month over 3 months:
        // month 1: 35e6 tokens, 1 instance: 8,250 - 519.442 = 7,730.558;
        // month 2: 87.5e6, 2 instances: 20,625 - 1,038.562 = 19,586.438;
        // month 3: 218.75e6, 3 instances: 51,562.5 - 1,557.682 = 50,004.818;
        // NPV -15,096 + 77,321.814 = 62,225.814, ROI 4.122006757.
        Scenario s = equalReviewsScenario();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.pricing = reserved(0.3, std::nullopt, 3.0);
        s.workload.monthlyGrowth = 1.5;
        s.project.lifetimeMonths = 3;
        const ScenarioResult r = evaluate(s);
        FTROI_COMPARE_REL(*r.lifetime.npv, 62225.814, 1e-12);
        FTROI_COMPARE_REL(*r.lifetime.roi, 4.122006756756757, 1e-12);
        // The cash-flow chart sums the same months: its last point is ROI x project cost.
        std::vector<LifetimeCashPoint> cash;
        lifetimeCashFlow(s, r, Path::SelfHosted, cash);
        QCOMPARE(cash.size(), size_t(4));
        FTROI_COMPARE_REL(cash[1].cumulative, -15096 + 7730.558, 1e-12);
        FTROI_COMPARE_REL(cash.back().cumulative, 62225.814, 1e-12);
    }

    void chartLinesAreWholeCostsToday()
    {
        // At today's volume each line plus the API's own reviews is the path's whole cost.
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.pricing = reserved(0.25, 300.0, 30.0);
        s.api.opsHoursPerMonth = 3;
        s.selfHosted.opsHoursPerMonth = 12;
        s.routing = Routing{0.7};
        s.managed = testsupport::openAiManagedPath();
        s.managed->opsHoursPerMonth = 5;
        const ScenarioResult r = evaluate(s);
        const CostLine line = costLine(s, r.monthlyAmortizedProjectCost);
        const double d = r.currentDailyTokens;
        FTROI_COMPARE_REL(line.apiCostAt(d) + apiQualityAt(s, d), r.apiMonthlyTco, 1e-12);
        FTROI_COMPARE_REL(line.selfHostedAllInAt(d) + apiQualityAt(s, d), r.selfHostedMonthlyTco, 1e-12);
        FTROI_COMPARE_REL(managedCostLine(s, *r.managed).at(d) + apiQualityAt(s, d), r.managed->monthlyTco, 1e-12);
        std::vector<CostCurvePoint> curve;
        sampleCostCurve(line, d / 2, d * 2, 9, curve);
        for (const CostCurvePoint &p : curve)
            FTROI_COMPARE_REL(p.apiMonthly, line.apiCostAt(p.tokensPerDay), 1e-15);
    }

    void monteCarloSamplesThePricing()
    {
        // A uniform range 0.2..0.4 on the reserved discount of a fixed fleet of 2:
        // savings fall by 1,483.2 for each unit of discount given up, so their mean
        // is the savings at 0.3 (6,317.2158 with a 500 upfront each, as above).
        Scenario s = equalReviewsScenario();
        s.selfHosted.pricing = reserved(0.3, 500.0, 12.0);
        Uncertainty u;
        u.ranges = {{QStringLiteral("self_hosted.pricing.discount"), 0.2, 0.4, Distribution::Uniform}};
        s.uncertainty = u;
        const SimulationResult sim = simulate(s, 20000, 3, 1);
        QVERIFY(std::abs(*sim.monthlySavings.mean - 6317.215777777778) <
                3); // 1,483.2 x 0.2 / sqrt(12 x 20,000) = 0.6 a standard error
        QVERIFY(*sim.monthlySavings.p10 < 6317.2 - 100 && *sim.monthlySavings.p90 > 6317.2 + 100);
    }

    void analysesVaryTheNewInputs()
    {
        // Sensitivity over the discount range: savings at 0.2 and at 0.4 are those of
        // serving 1.03 x 0.8 x 720 x 2 = 1,186.56 and 1.03 x 0.6 x 720 x 2 = 889.92.
        Scenario s = equalReviewsScenario();
        s.selfHosted.pricing = reserved(0.3);
        Uncertainty u;
        u.ranges = {{QStringLiteral("self_hosted.pricing.discount"), 0.2, 0.4, Distribution::Uniform}};
        s.uncertainty = u;
        const Sensitivity sens = sensitivity(s, Metric::MonthlySavings);
        QCOMPARE(sens.rows.size(), size_t(1));
        FTROI_COMPARE_REL(*sens.rows[0].metricAtLow, 8250 - 1186.56 - 0.322 - 15096.0 / 18, 1e-12);
        FTROI_COMPARE_REL(*sens.rows[0].metricAtHigh, 8250 - 889.92 - 0.322 - 15096.0 / 18, 1e-12);
        // Goal seek: the self-hosted operations hours that leave 1,000 a month of savings:
        // 8,250 - 1,483.522 - 838.6667 - 150 h = 1,000 -> h = 4,927.8113 / 150 = 32.8521.
        Scenario plain = equalReviewsScenario();
        const QString path = QStringLiteral("self_hosted.ops_hours_per_month");
        const GoalSeek seek = solve(plain, *resolveInput(plain, path), path, Metric::MonthlySavings, 1000);
        QVERIFY(seek.value);
        FTROI_COMPARE_REL(*seek.value, (8250 - 1483.522 - 15096.0 / 18 - 1000) / 150, 1e-9);
        // Routing is an input of the analyses too.
        QVERIFY(numericInputPaths(plain).contains(QStringLiteral("routing.fine_tuned_share")));
        QVERIFY(!numericInputPaths(plain).contains(QStringLiteral("self_hosted.pricing.discount")));
    }
};

QTEST_GUILESS_MAIN(TestFormat3Fleet)
#include "tst_format3fleet.moc"
