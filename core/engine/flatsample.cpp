// evaluate()'s savings, NPV, payback and best path for one sample, flat.
// Each line names the ScenarioResult field it matches; keep it in step with
// costengine.cpp (tst_samplebatch compares them bit for bit).
#include "core/engine/flatsample.h"

#include "core/engine/costline.h"
#include "core/engine/fleetpricing.h"
#include "core/engine/managedpath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ftroi {

bool flatSampleSupported(const Scenario &s)
{
    return !s.selfHosted.benchmark && (s.project.computeCostPerRun || !s.project.training);
}

PhaseHours phaseHoursOf(const Scenario &s)
{
    return {engineeringHours(s.project), s.managed ? managedEngineeringHours(*s.managed) : 0.0};
}

SampleOutcome evaluateFlatSample(const Scenario &s, const MonthSteps *steps, const PhaseHours *hours)
{
    const Workload &w = s.workload;
    const SelfHosted &sh = s.selfHosted;
    const Project &p = s.project;

    const double currentDailyTokens = dailyTokens(w);
    const double monthlyApi = monthlyApiCost(w, s.api);
    const double share = fineTunedShare(s);
    Workload routed; // withRequestShare(w, share), without copying the import's note
    routed.requestsPerDay = w.requestsPerDay * share;
    routed.inputTokensPerRequest = w.inputTokensPerRequest;
    routed.outputTokensPerRequest = w.outputTokensPerRequest;
    const double routedDailyTokens = currentDailyTokens * share;
    const double monthlyRemainderApi = (1 - share) * monthlyApi;
    const double monthlyQualityDelta = monthlyQualityCostDelta(routed, s.api, sh, s.reviewCost, s.costPerError);

    const double computeCost = p.trainingRuns * p.computeCostPerRun.value_or(0);
    const double engineeringCost = (hours ? hours->project : engineeringHours(p)) * p.hourlyRate;

    // The cost line's fleet (costLine(s, 0)) and today's peak fleet.
    const double thrEff = effectiveThroughput(w, sh);
    CostLine line;
    fillFleet(line, s, share, thrEff);
    const double instances = line.instancesAt(currentDailyTokens);
    const bool onDemand = pricingModel(sh) == PricingModel::OnDemand;
    const double monthlyServing = line.autoscaling || !onDemand ? line.servingAt(currentDailyTokens)
                                                                : monthlyServingCost(instances, sh);

    const double commitmentUpfront = commitmentPerInstance(s) * instances;
    const double totalProjectCost = computeCost + engineeringCost + commitmentUpfront;
    const double monthlyAmortized = monthlyAmortization(totalProjectCost, p.lifetimeMonths);

    const double peakUtilization = routedDailyTokens * trafficShape(w).peak / (kSecondsPerDay * thrEff * instances);
    const bool overCapacity = peakUtilization > 1;
    const double monthlyStorage = monthlyStorageCost(sh);

    const double apiOps = monthlyOpsCost(s.api.opsHoursPerMonth, p);
    const double selfHostedOps = fineTunedPathOpsCost(monthlyOpsCost(sh.opsHoursPerMonth, p), apiOps, share);
    const double opsDelta = selfHostedOps - apiOps;

    const double monthlyFtTotal = monthlyServing + monthlyStorage + monthlyAmortized + monthlyQualityDelta
        + monthlyRemainderApi + opsDelta;
    const double monthlySavings = monthlyApi - monthlyFtTotal;
    const double savingsBeforeAmortization =
        monthlyApi - (monthlyServing + monthlyStorage + monthlyQualityDelta + monthlyRemainderApi + opsDelta);
    const std::optional<double> payback = paybackMonths(totalProjectCost, savingsBeforeAmortization);

    // selfHostedSavingsAt() of each month's volume factor.
    const LifetimeTerms terms{totalProjectCost, p.lifetimeMonths, w.monthlyGrowth, p.discountRateAnnual};
    auto savingsAt = [&](double f) {
        if (f == 1.0)
            return savingsBeforeAmortization;
        const double tokens = currentDailyTokens * f;
        return monthlyApi * f
            - (line.servingAt(tokens) + monthlyStorage + monthlyQualityDelta * f + monthlyRemainderApi * f + opsDelta);
    };
    // With growth, after the lifetime: no payback can come in months m + 1 .. 120
    // when even the most those months could save leaves the cash below 0. The
    // most: the API bill and the per-request costs at the highest volume, the
    // fleet (which never shrinks as volume grows) at the lowest, with a margin
    // far above rounding. Then the walk stops where it would have found nothing.
    auto paybackUnreachable = [&](int m, double cumulative, double f) {
        const int left = kMaxPaybackMonths - m;
        if (left <= 0
            || !(line.servingPerInstance >= 0 && line.servingPeakPerInstance >= 0 && line.servingOffPerInstance >= 0))
            return false;
        const double next = f * (1 + w.monthlyGrowth);
        const double last = f * std::pow(1 + w.monthlyGrowth, left);
        const double perVolume = monthlyApi - monthlyQualityDelta - monthlyRemainderApi;
        const double fleet = line.servingAt(currentDailyTokens * std::min(next, last));
        const double fixed = monthlyStorage + opsDelta;
        const double most = std::max(perVolume * next, perVolume * last) - (fleet + fixed);
        const double scale =
            std::abs(cumulative) + left * (std::abs(perVolume) * std::max(next, last) + fleet + std::abs(fixed));
        return cumulative + left * std::max(most, 0.0) < -1e-9 * scale;
    };
    // Without growth the payback is `payback` above: the lifetime gives the NPV alone.
    const LifetimeValue lifetime = lifetimeValue(terms, savingsAt, steps, w.monthlyGrowth != 0, paybackUnreachable);

    DecisionInputs in;
    in.selfHostedNpv = lifetime.npv;
    in.selfHostedProjectCost = totalProjectCost;
    if (s.managed) {
        ManagedResult managed; // evaluateManagedLifetime(), its lifetime kept in a local
        fillManagedMonthly(s, *s.managed, ApiBaseline{monthlyApi, 0, apiOps}, managed, hours ? &hours->managed : nullptr);
        in.hasManaged = true;
        in.managedNpv = managedLifetime(s, managed, monthlyApi, steps, false).npv; // its payback is not reported
        in.managedProjectCost = managed.totalProjectCost;
    }
    // selfHostedExclusion(): no load test, so never infeasible at the SLO.
    if (sh.fixedInstances && overCapacity)
        in.selfHostedExclusion = Exclusion::OverCapacity;
    else if (sh.gpuMemoryGb && !(memoryNeededGb(sh) <= *sh.gpuMemoryGb))
        in.selfHostedExclusion = Exclusion::DoesNotFit;
    in.requiresSelfHosting = s.requiresSelfHosting.value_or(false);

    SampleOutcome o;
    o.monthlySavings = monthlySavings;
    o.npv = lifetime.npv.value_or(std::nan(""));
    const std::optional<double> &sampled = w.monthlyGrowth == 0 ? payback : lifetime.paybackMonthsWithGrowth;
    o.payback = sampled.value_or(std::numeric_limits<double>::infinity());
    o.paidBack = sampled && *sampled <= p.lifetimeMonths;
    const std::optional<Path> best = bestPathOf(in);
    o.bestPath = best ? static_cast<unsigned char>(*best) : static_cast<unsigned char>(kPathCount);
    return o;
}

} // namespace ftroi
