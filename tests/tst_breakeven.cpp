// The all-in break-even: checked against an independent step-by-step search
// over fleet sizes and against a dense scan of the cost curves.
#include "costengine.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace ftroi;
using testsupport::baseScenario;

namespace {

// Walks fleet sizes one by one (the obvious, slow way) up to the 1e13 limit.
std::optional<double> breakEvenByWalkingFleets(const CostLine &l)
{
    const double margin = l.apiPerDailyToken - l.qualityPerDailyToken;
    if (l.fixedInstances > 0) {
        const double fixed = l.servingPerInstance * l.fixedInstances + l.fixedMonthly;
        if (fixed <= 0)
            return 0.0;
        if (margin <= 0 || fixed / margin > kMaxBreakEvenTokensPerDay)
            return std::nullopt;
        return fixed / margin;
    }
    if (margin <= 0)
        return std::nullopt;
    const double c = l.capacityPerInstance;
    for (double n = 1; (n - 1) * c <= kMaxBreakEvenTokensPerDay && n < 5e6; n += 1) {
        const double t = (n * l.servingPerInstance + l.fixedMonthly) / margin;
        if (t <= n * c) {
            const double result = std::max(t, (n - 1) * c);
            return result <= kMaxBreakEvenTokensPerDay ? std::optional<double>(result) : std::nullopt;
        }
    }
    return std::nullopt;
}

bool holdsAt(const CostLine &l, double tokens)
{
    return l.selfHostedAllInAt(tokens) <= l.apiCostAt(tokens) * (1 + 1e-12);
}

} // namespace

class TestBreakEven : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedFleetByHand()
    {
        Scenario s = baseScenario();
        s.selfHosted.reviewRate = s.api.reviewRate;
        const ScenarioResult r = evaluate(s);
        // (1483.2 + 0.322 + 15096/18) / (30 x 55/7 / 1e6)
        QVERIFY(r.breakEvenAllInTokensPerDay);
        FTROI_COMPARE_REL(*r.breakEvenAllInTokensPerDay, (1483.2 + 0.322 + 15096.0 / 18) / (30 * 55.0 / 7 / 1e6), 1e-9);
    }

    void autoSizedNeedsMoreInstances()
    {
        // Thin margin: $1/1M API, one A10G carries 86.4M tokens/day at 20%.
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset();
        s.api.inputPricePer1M = 1;
        s.api.outputPricePer1M = 1;
        s.selfHosted.reviewRate = s.api.reviewRate;
        s.project.hourlyRate = 1000; // large fixed cost pushes the break-even past one instance
        const CostLine line = costLine(s, evaluate(s).monthlyAmortizedProjectCost);
        const std::optional<double> exact = allInBreakEvenTokensPerDay(line);
        const std::optional<double> walked = breakEvenByWalkingFleets(line);
        QVERIFY(exact && walked);
        FTROI_COMPARE_REL(*exact, *walked, 1e-9);
        QVERIFY(line.instancesAt(*exact) > 1);
        QVERIFY(holdsAt(line, *exact));
        QVERIFY(!holdsAt(line, *exact * (1 - 1e-6)));
    }

    void neverWhenEachInstanceLosesMoney()
    {
        Scenario s = baseScenario();
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.reviewRate = s.api.reviewRate;
        s.api.inputPricePer1M = 0.01; // an instance full of traffic earns less than it costs
        s.api.outputPricePer1M = 0.01;
        const ScenarioResult r = evaluate(s);
        QVERIFY(!r.breakEvenAllInTokensPerDay);
    }

    void freeSelfHostingBreaksEvenAtZero()
    {
        Scenario s = baseScenario();
        s.selfHosted.instanceCostPerHour = 0;
        s.selfHosted.storagePricePerGbMonth = 0;
        s.project.hourlyRate = 0;
        s.project.computeCostPerRun = 0;
        const ScenarioResult r = evaluate(s);
        QVERIFY(r.breakEvenAllInTokensPerDay);
        QCOMPARE(*r.breakEvenAllInTokensPerDay, 0.0);
    }

    void beyondTheLimitIsNever()
    {
        Scenario s = baseScenario();
        s.selfHosted.reviewRate = s.api.reviewRate;
        s.selfHosted.fixedInstances = 1000000;
        s.selfHosted.instanceCostPerHour = 1e6;
        QVERIFY(!evaluate(s).breakEvenAllInTokensPerDay);
    }

    void randomScenariosAgreeWithWalkAndScan()
    {
        QRandomGenerator rng(20241128);
        auto uniform = [&rng](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };
        auto logUniform = [&](double lo, double hi) { return std::exp(uniform(std::log(lo), std::log(hi))); };
        int withBreakEven = 0;
        for (int i = 0; i < 400; ++i) {
            Scenario s = baseScenario();
            s.workload = {logUniform(1, 1e7), uniform(1, 2000), uniform(1, 1000)};
            s.api.inputPricePer1M = logUniform(0.05, 30);
            s.api.outputPricePer1M = logUniform(0.05, 60);
            s.api.reviewRate = uniform(0, 0.1);
            s.selfHosted.reviewRate = uniform(0, 0.1);
            s.reviewCost = uniform(0, 2);
            s.selfHosted.instanceCostPerHour = uniform(0.2, 10);
            s.selfHosted.throughputTokensPerS = logUniform(100, 20000);
            s.selfHosted.targetUtilization = uniform(0.01, 1);
            s.selfHosted.fixedInstances = (i % 3 == 0) ? std::optional<double>(std::floor(uniform(1, 20))) : std::nullopt;
            s.project.hourlyRate = uniform(0, 300);
            const CostLine line = costLine(s, evaluate(s).monthlyAmortizedProjectCost);
            const std::optional<double> exact = allInBreakEvenTokensPerDay(line);
            const std::optional<double> walked = breakEvenByWalkingFleets(line);
            QCOMPARE(bool(exact), bool(walked));
            if (!exact)
                continue;
            ++withBreakEven;
            FTROI_COMPARE_REL(*exact, *walked, 1e-9);
            QVERIFY(holdsAt(line, *exact));
            // No sampled volume below it breaks even.
            for (int k = 0; k < 2000; ++k) {
                const double t = *exact * k / 2000.0 * (1 - 1e-9);
                if (holdsAt(line, t) && t < *exact * (1 - 1e-6))
                    QFAIL(qPrintable(QStringLiteral("scenario %1 breaks even at %2 < %3").arg(i).arg(t).arg(*exact)));
            }
        }
        QVERIFY(withBreakEven > 50);
    }
};

QTEST_GUILESS_MAIN(TestBreakEven)
#include "tst_breakeven.moc"
