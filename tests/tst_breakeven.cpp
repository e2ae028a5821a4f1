// The all-in break-even: checked against an independent step-by-step search
// over fleet sizes and against a dense scan of the cost curves.
#include "core/engine/costengine.h"
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

// Walks every piece between consecutive steps of the peak and off-peak fleets,
// from the scenario's inputs (not the engine's cost line), up to the 1e13 limit.
std::optional<double> walkBothFleets(const Scenario &s, double amortized)
{
    const Workload &w = s.workload;
    const double perRequest = w.inputTokensPerRequest + w.outputTokensPerRequest;
    const double api = 30 * (w.inputTokensPerRequest * s.api.inputPricePer1M + w.outputTokensPerRequest * s.api.outputPricePer1M)
        / perRequest / 1e6;
    const double quality = 30 * (s.selfHosted.reviewRate - s.api.reviewRate) * s.reviewCost / perRequest;
    const double margin = api - quality;
    const double fixed = s.selfHosted.modelSizeB * 2 * s.selfHosted.storagePricePerGbMonth + amortized;
    const double c = 86400 * s.selfHosted.throughputTokensPerS * s.selfHosted.targetUtilization;
    const double h = w.peakHoursPerDay;
    const double cp = c / (w.peakTrafficShare * 24 / h);                 // daily tokens per peak instance
    const double offShare = (1 - w.peakTrafficShare) * 24 / (24 - h);
    const bool scales = s.selfHosted.autoscaling;
    const double co = offShare > 0 ? c / offShare : 1e300;
    const double floorOff = scales ? s.selfHosted.minInstances : 0;
    const double sp = s.selfHosted.instanceCostPerHour * 30 * (scales ? h : 24);
    const double so = scales ? s.selfHosted.instanceCostPerHour * 30 * (24 - h) : 0;
    double np = 1, no = std::max(floorOff, 1.0 * (offShare > 0));
    if (!scales)
        no = 0;
    double lo = 0;
    for (long long step = 0; step < 20000000 && lo <= 1e13; ++step) {
        const double hiP = np * cp;
        const double hiO = scales && offShare > 0 ? (no <= floorOff ? floorOff * co : no * co) : 1e300;
        const double hi = std::min(hiP, std::max(hiO, lo));
        const double cost = fixed + sp * np + so * no;
        if (margin > 0) {
            const double t = std::max(lo, cost / margin);
            if (t <= hi)
                return t <= 1e13 ? std::optional<double>(t) : std::nullopt;
        } else if (cost <= 0) {
            return lo;
        }
        lo = hi;
        if (hiP <= hi)
            np += 1;
        if (scales && offShare > 0 && hiO <= hi)
            no = std::max(no + 1, floorOff + 1);
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

    // With a traffic shape and autoscaling two fleets step at different volumes.
    void autoscalingAgreesWithWalkAndScan()
    {
        QRandomGenerator rng(20261129);
        auto uniform = [&rng](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };
        auto logUniform = [&](double lo, double hi) { return std::exp(uniform(std::log(lo), std::log(hi))); };
        int withBreakEven = 0;
        for (int i = 0; i < 300; ++i) {
            Scenario s = baseScenario();
            s.workload = {logUniform(1, 1e6), uniform(1, 2000), uniform(1, 1000)};
            s.workload.peakHoursPerDay = uniform(1, 23);
            s.workload.peakTrafficShare = uniform(s.workload.peakHoursPerDay / 24, 1);
            s.api.inputPricePer1M = logUniform(0.5, 30);
            s.api.outputPricePer1M = logUniform(0.5, 60);
            s.api.reviewRate = s.selfHosted.reviewRate = 0.02;
            s.selfHosted.instanceCostPerHour = uniform(0.2, 10);
            s.selfHosted.throughputTokensPerS = logUniform(500, 20000);
            s.selfHosted.targetUtilization = uniform(0.05, 1);
            s.selfHosted.fixedInstances.reset();
            s.selfHosted.autoscaling = i % 4 != 0;
            s.selfHosted.minInstances = std::floor(uniform(0, 3));
            s.project.hourlyRate = uniform(0, 300);
            const ScenarioResult r = evaluate(s);
            const CostLine line = costLine(s, r.monthlyAmortizedProjectCost);
            const std::optional<double> exact = r.breakEvenAllInTokensPerDay;
            const std::optional<double> walked = walkBothFleets(s, r.monthlyAmortizedProjectCost);
            QVERIFY2(bool(exact) == bool(walked), qPrintable(QStringLiteral("scenario %1").arg(i)));
            if (!exact)
                continue;
            ++withBreakEven;
            FTROI_COMPARE_REL(*exact, *walked, 1e-9);
            QVERIFY(*exact == 0 || holdsAt(line, *exact) || holdsAt(line, *exact * (1 + 1e-12)));
            for (int k = 0; k < 2000; ++k) {
                const double t = *exact * k / 2000.0 * (1 - 1e-9);
                if (holdsAt(line, t) && t < *exact * (1 - 1e-6))
                    QFAIL(qPrintable(QStringLiteral("scenario %1 breaks even at %2 < %3").arg(i).arg(t).arg(*exact)));
            }
        }
        QVERIFY(withBreakEven > 50);
    }

    void autoscalingByHand()
    {
        // 1 instance-hour at $1, 10 peak hours with 80 % of the traffic, floor 0, no
        // project or storage, no reviews: API $30 per 1M tokens/day a month.
        Scenario s = baseScenario();
        s.workload = {1000, 1, 0};
        s.workload.peakHoursPerDay = 10;
        s.workload.peakTrafficShare = 0.8;
        s.api = {};
        s.api.inputPricePer1M = 1;
        s.selfHosted.reviewRate = 0;
        s.selfHosted.fixedInstances.reset();
        s.selfHosted.autoscaling = true;
        s.selfHosted.instanceCostPerHour = 1;
        s.selfHosted.storagePricePerGbMonth = 0;
        s.selfHosted.throughputTokensPerS = 1000 / 86400.0; // C = 1000 x 0.2 = 200 tokens/day at 20 %
        s.project.hourlyRate = 0;
        s.project.computeCostPerRun = 0;
        // Peak fleet steps every 200 / 1.92 = 104.17 tokens/day, off-peak every 200 / (0.2 x 24/14)
        // = 583.3. Serving costs 300 a peak instance and 420 an off-peak one a month, so at
        // large volumes about 300 x 1.92/200 + 420 x 0.343/200 = 3.6 $/month per token/day:
        // far above the API's 30 x 1/1e6. Never.
        QVERIFY(!evaluate(s).breakEvenAllInTokensPerDay);
        // At $1e6 per 1M tokens the API costs $30 a month per token/day; one instance of
        // each fleet (720 a month) is paid for at T = 720 / 30 = 24 tokens/day, inside the
        // first piece of both fleets.
        s.api.inputPricePer1M = 1e6;
        const std::optional<double> t = evaluate(s).breakEvenAllInTokensPerDay;
        QVERIFY(t);
        FTROI_COMPARE_REL(*t, 24, 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestBreakEven)
#include "tst_breakeven.moc"
