// The ROI formulas. Operation order follows the seed so results match it to
// the last digit; comments name the formula each function implements.
#include "costengine.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

double tokensPerRequest(const Workload &w)
{
    return w.inputTokensPerRequest + w.outputTokensPerRequest;
}

double dailyTokens(const Workload &w)
{
    return w.requestsPerDay * w.inputTokensPerRequest + w.requestsPerDay * w.outputTokensPerRequest;
}

// (input tokens x 30 x input price + output tokens x 30 x output price) / 1e6
double monthlyApiCost(const Workload &w, const ApiSide &api)
{
    const double dailyInput = w.requestsPerDay * w.inputTokensPerRequest;
    const double dailyOutput = w.requestsPerDay * w.outputTokensPerRequest;
    return dailyInput * kDaysPerMonth * api.inputPricePer1M / 1e6
        + dailyOutput * kDaysPerMonth * api.outputPricePer1M / 1e6;
}

// As the seed: weighted by today's traffic, and 0 without traffic.
double blendedApiPricePer1M(const Workload &w, const ApiSide &api)
{
    const double dailyInput = w.requestsPerDay * w.inputTokensPerRequest;
    const double dailyOutput = w.requestsPerDay * w.outputTokensPerRequest;
    const double total = dailyInput + dailyOutput;
    if (!(total > 0))
        return 0;
    return (api.inputPricePer1M * dailyInput + api.outputPricePer1M * dailyOutput) / total;
}

double requestMixPricePer1M(const Workload &w, const ApiSide &api)
{
    const double perRequest = tokensPerRequest(w);
    if (!(perRequest > 0))
        return 0;
    return (api.inputPricePer1M * w.inputTokensPerRequest + api.outputPricePer1M * w.outputTokensPerRequest) / perRequest;
}

double instanceCapacityTokensPerDay(const SelfHosted &sh)
{
    return kSecondsPerDay * sh.throughputTokensPerS * sh.targetUtilization;
}

// max(1, ceil(tokens/day / (86400 x throughput x target utilization)))
double autoInstanceCount(double tokensPerDay, const SelfHosted &sh)
{
    return std::max(1.0, std::ceil(tokensPerDay / instanceCapacityTokensPerDay(sh)));
}

double fleetSize(double tokensPerDay, const SelfHosted &sh)
{
    return sh.fixedInstances ? *sh.fixedInstances : autoInstanceCount(tokensPerDay, sh);
}

// tokens/day / (instances x throughput x 86400); above 1 means over capacity
double utilization(double tokensPerDay, double instances, const SelfHosted &sh)
{
    return tokensPerDay / (instances * sh.throughputTokensPerS * kSecondsPerDay);
}

// instances x $/hour x 24 x 30
double monthlyServingCost(double instances, const SelfHosted &sh)
{
    return sh.instanceCostPerHour * instances * 24 * kDaysPerMonth;
}

// model size (B params) x 2 GB x $/GB-month
double monthlyStorageCost(const SelfHosted &sh)
{
    return sh.modelSizeB * kStorageGbPerBillionParams * sh.storagePricePerGbMonth;
}

// serving / tokens a month x 1e6
std::optional<double> servingCostPer1MTokens(double monthlyServing, double tokensPerDay)
{
    if (!(tokensPerDay > 0))
        return std::nullopt;
    return monthlyServing / (tokensPerDay * kDaysPerMonth) * 1e6;
}

// requests a month x (self-hosted review rate - API review rate) x review cost
double monthlyQualityCostDelta(const Workload &w, const ApiSide &api, const SelfHosted &sh,
                               double reviewCost)
{
    const double monthlyRequests = w.requestsPerDay * kDaysPerMonth;
    const double reviewCostApi = monthlyRequests * api.reviewRate * reviewCost;
    const double reviewCostSelfHosted = monthlyRequests * sh.reviewRate * reviewCost;
    return reviewCostSelfHosted - reviewCostApi;
}

double engineeringHours(const Project &p)
{
    double hours = 0;
    for (const EngineeringPhase &phase : p.engineeringHours)
        hours += phase.hours;
    return hours;
}

double engineeringCost(const Project &p)
{
    return engineeringHours(p) * p.hourlyRate;
}

double costPerRun(const Project &p)
{
    if (p.computeCostPerRun)
        return *p.computeCostPerRun;
    if (p.training)
        return estimateTraining(*p.training).totalCostUsd;
    return 0;
}

double computeCost(const Project &p)
{
    return p.trainingRuns * costPerRun(p);
}

double monthlyAmortization(double totalProjectCost, double lifetimeMonths)
{
    return totalProjectCost / lifetimeMonths;
}

// project cost / (API - (serving + storage + quality delta)); never when <= 0
std::optional<double> paybackMonths(double totalProjectCost, double monthlySavingsBeforeAmortization)
{
    if (!(monthlySavingsBeforeAmortization > 0))
        return std::nullopt;
    return totalProjectCost / monthlySavingsBeforeAmortization;
}

// (serving + storage) / blended price per token / 30
std::optional<double> seedBreakEvenTokensPerDay(double monthlyServing, double monthlyStorage,
                                                double blendedPricePer1M)
{
    const double pricePerToken = blendedPricePer1M / 1e6;
    if (!(pricePerToken > 0))
        return std::nullopt;
    return (monthlyServing + monthlyStorage) / pricePerToken / kDaysPerMonth;
}

double CostLine::instancesAt(double tokensPerDay) const
{
    if (fixedInstances > 0)
        return fixedInstances;
    return std::max(1.0, std::ceil(tokensPerDay / capacityPerInstance));
}

double CostLine::apiCostAt(double tokensPerDay) const
{
    return apiPerDailyToken * tokensPerDay;
}

double CostLine::selfHostedAllInAt(double tokensPerDay) const
{
    return selfHostedAllInWith(tokensPerDay, instancesAt(tokensPerDay));
}

double CostLine::selfHostedAllInWith(double tokensPerDay, double instances) const
{
    return servingPerInstance * instances + fixedMonthly + qualityPerDailyToken * tokensPerDay;
}

CostLine costLine(const Scenario &s, double monthlyAmortized)
{
    CostLine line;
    const double perRequest = tokensPerRequest(s.workload);
    line.hasTraffic = perRequest > 0;
    line.apiPerDailyToken = kDaysPerMonth * requestMixPricePer1M(s.workload, s.api) / 1e6;
    if (line.hasTraffic)
        line.qualityPerDailyToken = kDaysPerMonth * (s.selfHosted.reviewRate - s.api.reviewRate)
            * s.reviewCost / perRequest;
    line.servingPerInstance = monthlyServingCost(1, s.selfHosted);
    line.fixedInstances = s.selfHosted.fixedInstances.value_or(0);
    line.capacityPerInstance = instanceCapacityTokensPerDay(s.selfHosted);
    line.fixedMonthly = monthlyStorageCost(s.selfHosted) + monthlyAmortized;
    return line;
}

// Solves serving(n(T)) + fixed + quality x T <= API x T for the lowest T.
// Fixed fleet: one linear equation. Auto sizing: within the volumes served by
// n instances the condition is linear too, and the n where it first holds is
// the smallest n with fixed <= n x (margin x capacity - instance cost).
std::optional<double> allInBreakEvenTokensPerDay(const CostLine &line)
{
    if (!line.hasTraffic)
        return std::nullopt;
    const double margin = line.apiPerDailyToken - line.qualityPerDailyToken; // $/month per token/day
    const double s = line.servingPerInstance;
    const double fixed = line.fixedMonthly;

    auto withinLimit = [](double tokens) -> std::optional<double> {
        if (!(tokens <= kMaxBreakEvenTokensPerDay))
            return std::nullopt;
        return std::max(0.0, tokens);
    };

    if (line.fixedInstances > 0) {
        const double monthlyFixed = s * line.fixedInstances + fixed;
        if (monthlyFixed <= 0)
            return 0.0;
        if (!(margin > 0))
            return std::nullopt;
        return withinLimit(monthlyFixed / margin);
    }

    const double capacity = line.capacityPerInstance;
    if (s + fixed <= 0)
        return 0.0;
    if (!(margin > 0))
        return std::nullopt;
    const double firstFleet = (s + fixed) / margin;
    if (firstFleet <= capacity)
        return withinLimit(firstFleet);

    const double gainPerInstance = margin * capacity - s; // what one more full instance adds
    if (!(gainPerInstance > 0))
        return std::nullopt;
    double n = std::max(2.0, std::ceil(fixed / gainPerInstance));
    if (!(n * capacity <= 2 * kMaxBreakEvenTokensPerDay))
        return std::nullopt;
    // Guard the rounding of the closed form with an exact check either side.
    auto holds = [&](double fleet) { return (fleet * s + fixed) / margin <= fleet * capacity; };
    for (int i = 0; i < 4 && !holds(n); ++i)
        n += 1;
    for (int i = 0; i < 4 && n > 2 && holds(n - 1); ++i)
        n -= 1;
    if (!holds(n))
        return std::nullopt;
    const double tokens = std::max((n * s + fixed) / margin, (n - 1) * capacity);
    return withinLimit(tokens);
}

ScenarioResult evaluate(const Scenario &s)
{
    ScenarioResult r;
    const Workload &w = s.workload;
    const SelfHosted &sh = s.selfHosted;

    r.currentDailyTokens = dailyTokens(w);
    r.monthlyApiCost = monthlyApiCost(w, s.api);
    r.blendedApiPricePer1M = blendedApiPricePer1M(w, s.api);

    r.instances = fleetSize(r.currentDailyTokens, sh);
    r.utilization = utilization(r.currentDailyTokens, r.instances, sh);
    r.monthlyServingCost = monthlyServingCost(r.instances, sh);
    r.monthlyStorageCost = monthlyStorageCost(sh);
    r.servingCostPer1MTokens = servingCostPer1MTokens(r.monthlyServingCost, r.currentDailyTokens);
    r.monthlyQualityCostDelta = monthlyQualityCostDelta(w, s.api, sh, s.reviewCost);

    if (!s.project.computeCostPerRun && s.project.training) {
        r.training = estimateTraining(*s.project.training);
        r.costPerRun = r.training->totalCostUsd;
    } else {
        r.costPerRun = s.project.computeCostPerRun.value_or(0);
    }
    r.computeCost = s.project.trainingRuns * r.costPerRun;
    r.engineeringHours = engineeringHours(s.project);
    r.engineeringCost = r.engineeringHours * s.project.hourlyRate;
    r.totalProjectCost = r.computeCost + r.engineeringCost;
    r.monthlyAmortizedProjectCost = monthlyAmortization(r.totalProjectCost, s.project.lifetimeMonths);

    r.monthlyFtTotal = r.monthlyServingCost + r.monthlyStorageCost + r.monthlyAmortizedProjectCost
        + r.monthlyQualityCostDelta;
    r.monthlySavings = r.monthlyApiCost - r.monthlyFtTotal;
    r.monthlySavingsBeforeAmortization = r.monthlyApiCost
        - (r.monthlyServingCost + r.monthlyStorageCost + r.monthlyQualityCostDelta);
    r.paybackMonths = paybackMonths(r.totalProjectCost, r.monthlySavingsBeforeAmortization);

    r.breakEvenTokensPerDay = seedBreakEvenTokensPerDay(r.monthlyServingCost, r.monthlyStorageCost,
                                                        r.blendedApiPricePer1M);
    r.isAboveBreakEven = r.breakEvenTokensPerDay && r.currentDailyTokens >= *r.breakEvenTokensPerDay;
    r.breakEvenAllInTokensPerDay =
        allInBreakEvenTokensPerDay(costLine(s, r.monthlyAmortizedProjectCost));

    if (s.context)
        r.recommendation = recommend(w.requestsPerDay, tokensPerRequest(w), r.blendedApiPricePer1M,
                                     *s.context);
    return r;
}

} // namespace ftroi
