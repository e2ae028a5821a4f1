// evaluate(): one Scenario to one ScenarioResult, from the named formulas,
// the cost line, the managed path, the lifetime and the decision.
#include "core/engine/costengine.h"

#include "core/engine/capacity.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ftroi {

namespace {

// Why the self-hosted path cannot be chosen, in the contract's order.
Exclusion selfHostedExclusion(const Scenario &s, const ScenarioResult &r)
{
    if (r.sloInfeasible)
        return Exclusion::SloInfeasible;
    if (s.selfHosted.fixedInstances && r.overCapacity)
        return Exclusion::OverCapacity;
    if (r.fitsInMemory == false)
        return Exclusion::DoesNotFit;
    return Exclusion::None;
}

DecisionInputs decisionInputs(const Scenario &s, const ScenarioResult &r)
{
    DecisionInputs in;
    if (r.selfHostedEconomicsKnown)
        in.selfHostedNpv = r.lifetime.npv;
    in.selfHostedProjectCost = r.totalProjectCost;
    in.hasManaged = bool(r.managed);
    if (r.managed) {
        in.managedNpv = r.managed->lifetime.npv;
        in.managedProjectCost = r.managed->totalProjectCost;
    }
    in.selfHostedExclusion = selfHostedExclusion(s, r);
    in.requiresSelfHosting = s.requiresSelfHosting.value_or(false);
    in.closeCallNpvMargin = closeCallNpvMargin(s);
    if (r.recommendation)
        in.contextVerdict = r.recommendation->verdict;
    return in;
}

// The results of measured capacity: thr_slo and c*, infeasibility, the shape check.
void measuredCapacity(const Scenario &s, double thrEff, ScenarioResult &r)
{
    const SelfHosted &sh = s.selfHosted;
    // Every field set anew: a Monte Carlo sample reuses its result.
    r.throughputAtSlo.reset();
    r.sloConcurrency.reset();
    r.sloInfeasible = false;
    r.selfHostedEconomicsKnown = true;
    r.benchmarkShapeMismatch = false;
    if (!sh.benchmark) {
        r.throughputAtSlo = thrEff;
        return;
    }
    const SloCapacity capacity = throughputAtSlo(*sh.benchmark, sh.slo);
    r.sloInfeasible = !capacity.feasible;
    r.selfHostedEconomicsKnown = capacity.feasible || sh.throughputGiven;
    if (capacity.feasible) {
        r.throughputAtSlo = capacity.throughput;
        r.sloConcurrency = capacity.concurrency;
    }
    r.benchmarkShapeMismatch = benchmarkShapeMismatch(*sh.benchmark, s.workload);
}

} // namespace

std::optional<double> pathNpv(const ScenarioResult &r, Path path)
{
    switch (path) {
    case Path::Api: return 0.0;
    case Path::Managed: return r.managed ? r.managed->lifetime.npv : std::nullopt;
    case Path::SelfHosted: return r.lifetime.npv;
    }
    return std::nullopt;
}

double pathProjectCost(const ScenarioResult &r, Path path)
{
    switch (path) {
    case Path::Api: return 0;
    case Path::Managed: return r.managed ? r.managed->totalProjectCost : 0;
    case Path::SelfHosted: return r.totalProjectCost;
    }
    return 0;
}

double closeCallNpvMargin(const Scenario &s)
{
    return s.decisionRules ? s.decisionRules->closeCallNpvMargin.value_or(kDefaultCloseCallNpvMargin)
                           : kDefaultCloseCallNpvMargin;
}

double closeCallProbability(const Scenario &s)
{
    return s.decisionRules ? s.decisionRules->closeCallProbability.value_or(kDefaultCloseCallProbability)
                           : kDefaultCloseCallProbability;
}

double selfHostedSavingsAt(const CostLine &line, const ScenarioResult &r, double f)
{
    if (f == 1.0)
        return r.monthlySavingsBeforeAmortization;
    const double tokens = r.currentDailyTokens * f;
    return r.monthlyApiCost * f
        - (line.servingAt(tokens) + r.monthlyStorageCost + r.monthlyQualityCostDelta * f
           + r.monthlyRemainderApiCost * f + r.monthlyOpsCostDelta);
}

namespace {

// What savings, payback, the lifetime and the decision need: the self-hosted
// path's monthly numbers and lifetime, the managed path, the memory fit. Fills
// r's fields for them and the cost line (its fixed costs included). `forSample`:
// of the managed path only what its NPV needs.
void evaluateDecisionInputs(const Scenario &s, ScenarioResult &r, CostLine &line, const MonthSteps *steps,
                            bool forSample)
{
    const Workload &w = s.workload;
    const SelfHosted &sh = s.selfHosted;

    r.currentDailyTokens = dailyTokens(w);
    r.monthlyApiCost = monthlyApiCost(w, s.api);

    // Routing: the fine-tuned path serves `share` of the requests, the API the rest.
    r.fineTunedShare = fineTunedShare(s);
    const Workload routed = withRequestShare(w, r.fineTunedShare);
    r.routedDailyTokens = r.currentDailyTokens * r.fineTunedShare;
    r.monthlyRemainderApiCost = (1 - r.fineTunedShare) * r.monthlyApiCost;
    r.monthlyQualityCostDelta = monthlyQualityCostDelta(routed, s.api, sh, s.reviewCost, s.costPerError);

    if (!s.project.computeCostPerRun && s.project.training) {
        r.trainingCheck = checkTraining(*s.project.training);
        r.training = r.trainingCheck->seed;
        r.costPerRun = r.trainingCheck->costPerRun;
    } else {
        r.costPerRun = s.project.computeCostPerRun.value_or(0);
    }
    r.computeCost = s.project.trainingRuns * r.costPerRun;
    r.engineeringHours = engineeringHours(s.project);
    r.engineeringCost = r.engineeringHours * s.project.hourlyRate;

    // Serving: the peak fleet, and the capacity it pays for (measured at the SLO
    // with a load test: its infeasibility excludes the path, in every sample too).
    line = costLine(s, 0);
    measuredCapacity(s, effectiveThroughput(w, sh), r);
    r.instances = line.instancesAt(r.currentDailyTokens);
    const bool onDemand = pricingModel(sh) == PricingModel::OnDemand;
    r.monthlyServingCost = line.autoscaling || !onDemand ? line.servingAt(r.currentDailyTokens)
                                                         : monthlyServingCost(r.instances, sh);

    // The project: training, engineering and the fleet's commitment, paid at month 0.
    r.commitmentUpfront = commitmentPerInstance(s) * r.instances;
    r.totalProjectCost = r.computeCost + r.engineeringCost + r.commitmentUpfront;
    r.monthlyAmortizedProjectCost = monthlyAmortization(r.totalProjectCost, s.project.lifetimeMonths);
    line.fixedMonthly = selfHostedFixedMonthly(s, r.monthlyAmortizedProjectCost);

    const double thrEff = effectiveThroughput(w, sh);
    r.peakUtilization = r.routedDailyTokens * trafficShape(w).peak / (kSecondsPerDay * thrEff * r.instances);
    r.overCapacity = r.peakUtilization > 1;
    r.monthlyStorageCost = monthlyStorageCost(sh);

    // Operations: each path's, at the project's hourly rate.
    r.apiMonthlyOpsCost = monthlyOpsCost(s.api.opsHoursPerMonth, s.project);
    r.selfHostedMonthlyOpsCost = fineTunedPathOpsCost(monthlyOpsCost(sh.opsHoursPerMonth, s.project),
                                                      r.apiMonthlyOpsCost, r.fineTunedShare);
    r.monthlyOpsCostDelta = r.selfHostedMonthlyOpsCost - r.apiMonthlyOpsCost;

    r.monthlyFtTotal = r.monthlyServingCost + r.monthlyStorageCost + r.monthlyAmortizedProjectCost
        + r.monthlyQualityCostDelta + r.monthlyRemainderApiCost + r.monthlyOpsCostDelta;
    r.monthlySavings = r.monthlyApiCost - r.monthlyFtTotal;
    r.monthlySavingsBeforeAmortization = r.monthlyApiCost
        - (r.monthlyServingCost + r.monthlyStorageCost + r.monthlyQualityCostDelta + r.monthlyRemainderApiCost
           + r.monthlyOpsCostDelta);
    r.paybackMonths = paybackMonths(r.totalProjectCost, r.monthlySavingsBeforeAmortization);

    // Lifetime: the fleet is re-sized every month as the volume grows.
    const LifetimeTerms terms{r.totalProjectCost, s.project.lifetimeMonths, w.monthlyGrowth,
                              s.project.discountRateAnnual};
    r.lifetime = lifetimeValue(terms, [&](double f) { return selfHostedSavingsAt(line, r, f); }, steps);

    const ApiBaseline api{r.monthlyApiCost, line.apiPerDailyToken, r.apiMonthlyOpsCost};
    if (!s.managed)
        r.managed.reset();
    else if (forSample)
        evaluateManagedLifetime(s, *s.managed, api, r.managed ? *r.managed : r.managed.emplace(), steps);
    else
        r.managed = evaluateManaged(s, *s.managed, api);
    if (sh.gpuMemoryGb) {
        r.memoryNeededGb = memoryNeededGb(sh);
        r.fitsInMemory = *r.memoryNeededGb <= *sh.gpuMemoryGb;
    } else {
        r.memoryNeededGb.reset();
        r.fitsInMemory.reset();
    }
}

} // namespace

ScenarioResult evaluate(const Scenario &s, const EvaluateOptions &options)
{
    ScenarioResult r;
    CostLine line;
    evaluateDecisionInputs(s, r, line, nullptr, false);
    const Workload &w = s.workload;
    const SelfHosted &sh = s.selfHosted;

    r.blendedApiPricePer1M = blendedApiPricePer1M(w, s.api);
    const Workload routed = withRequestShare(w, r.fineTunedShare);
    const Workload remainder = withRequestShare(w, 1 - r.fineTunedShare);
    r.monthlyRemainderQualityCost = monthlyQualityCost(remainder, s.api.reviewRate, s.api.errorRate, s);

    // The off-peak fleet, the capital in the serving cost and the capacity the fleet pays for.
    const double thrEff = effectiveThroughput(w, sh);
    const TrafficShape shape = trafficShape(w);
    r.instancesOffPeak = line.offPeakInstancesAt(r.currentDailyTokens);
    r.capexUsd = capexPerInstance(s) * r.instances;
    r.monthlyCapitalCost = capitalPerInstance(s) * r.instances;
    r.monthlyOpex = r.monthlyServingCost - r.monthlyCapitalCost;
    if (r.instancesOffPeak == r.instances) {
        r.utilization = r.routedDailyTokens / (r.instances * thrEff * kSecondsPerDay);
    } else {
        const double instanceHoursPerDay = shape.hours * r.instances + (24 - shape.hours) * r.instancesOffPeak;
        r.utilization = r.routedDailyTokens / (thrEff * 3600 * instanceHoursPerDay);
    }
    r.servingCostPer1MTokens = servingCostPer1MTokens(r.monthlyServingCost, r.routedDailyTokens);

    r.monthlyApiQualityCost = monthlyQualityCost(w, s.api.reviewRate, s.api.errorRate, s);
    r.apiMonthlyTco = r.monthlyApiCost + r.monthlyApiQualityCost + r.apiMonthlyOpsCost;
    r.selfHostedQualityCost =
        monthlyQualityCost(routed, sh.reviewRate, sh.errorRate, s) + r.monthlyRemainderQualityCost;
    r.selfHostedMonthlyTco = r.monthlyServingCost + r.monthlyStorageCost + r.monthlyAmortizedProjectCost
        + r.selfHostedQualityCost + r.monthlyRemainderApiCost + r.selfHostedMonthlyOpsCost;

    if (options.breakEvens) {
        r.breakEvenTokensPerDay = seedBreakEvenTokensPerDay(r.monthlyServingCost, r.monthlyStorageCost,
                                                            r.blendedApiPricePer1M, r.fineTunedShare);
        r.isAboveBreakEven = r.breakEvenTokensPerDay && r.currentDailyTokens >= *r.breakEvenTokensPerDay;
        r.breakEvenAllInTokensPerDay = allInBreakEvenTokensPerDay(line);
    }

    if (s.context)
        r.recommendation = recommend(w.requestsPerDay, tokensPerRequest(w), r.blendedApiPricePer1M,
                                     *s.context);
    r.decision = decide(decisionInputs(s, r));
    r.decision.peakUtilization = r.peakUtilization;
    return r;
}

SampleOutcome evaluateSample(const Scenario &s, ScenarioResult &scratch, const MonthSteps *steps)
{
    CostLine line;
    evaluateDecisionInputs(s, scratch, line, steps, true);
    scratch.recommendation.reset();
    SampleOutcome o;
    o.monthlySavings = scratch.monthlySavings;
    o.npv = scratch.lifetime.npv.value_or(std::nan(""));
    const std::optional<double> &payback =
        s.workload.monthlyGrowth == 0 ? scratch.paybackMonths : scratch.lifetime.paybackMonthsWithGrowth;
    o.payback = payback.value_or(std::numeric_limits<double>::infinity());
    o.paidBack = payback && *payback <= s.project.lifetimeMonths;
    const std::optional<Path> best = bestPathOf(decisionInputs(s, scratch));
    o.bestPath = best ? static_cast<unsigned char>(*best) : static_cast<unsigned char>(kPathCount);
    return o;
}

} // namespace ftroi
