// The ROI formulas. Operation order follows the seed so results match it to
// the last digit; comments name the formula each function implements.
#include "core/engine/costengine.h"

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

double effectiveInputPricePer1M(const ApiSide &api)
{
    if (api.cachedInputShare == 0)
        return api.inputPricePer1M;
    const double cached = api.cachedInputPricePer1M.value_or(api.inputPricePer1M);
    return (1 - api.cachedInputShare) * api.inputPricePer1M + api.cachedInputShare * cached;
}

double batchFactor(const ApiSide &api)
{
    return 1 - api.batchShare * api.batchDiscount;
}

// (input tokens x 30 x input price + output tokens x 30 x output price) / 1e6,
// with the cached-input price blended in and the batch discount taken off
double monthlyApiCost(const Workload &w, const ApiSide &api)
{
    const double dailyInput = w.requestsPerDay * w.inputTokensPerRequest;
    const double dailyOutput = w.requestsPerDay * w.outputTokensPerRequest;
    const double cost = dailyInput * kDaysPerMonth * effectiveInputPricePer1M(api) / 1e6
        + dailyOutput * kDaysPerMonth * api.outputPricePer1M / 1e6;
    return api.batchShare == 0 ? cost : cost * batchFactor(api);
}

// As the seed: weighted by today's traffic, and 0 without traffic.
double blendedApiPricePer1M(const Workload &w, const ApiSide &api)
{
    const double dailyInput = w.requestsPerDay * w.inputTokensPerRequest;
    const double dailyOutput = w.requestsPerDay * w.outputTokensPerRequest;
    const double total = dailyInput + dailyOutput;
    if (!(total > 0))
        return 0;
    const double price = (effectiveInputPricePer1M(api) * dailyInput + api.outputPricePer1M * dailyOutput) / total;
    return api.batchShare == 0 ? price : price * batchFactor(api);
}

double mixPricePer1M(const Workload &w, double inputPricePer1M, double outputPricePer1M)
{
    const double perRequest = tokensPerRequest(w);
    if (!(perRequest > 0))
        return 0;
    return (inputPricePer1M * w.inputTokensPerRequest + outputPricePer1M * w.outputTokensPerRequest) / perRequest;
}

double requestMixPricePer1M(const Workload &w, const ApiSide &api)
{
    const double price = mixPricePer1M(w, effectiveInputPricePer1M(api), api.outputPricePer1M);
    return api.batchShare == 0 ? price : price * batchFactor(api);
}

// throughput x engine x quantization / (in share + out share / speculative decoding)
double effectiveThroughput(const Workload &w, const SelfHosted &sh)
{
    const Speedup &x = sh.speedup;
    double throughput = sh.throughputTokensPerS * x.engine * x.quantization;
    const double perRequest = tokensPerRequest(w);
    if (x.speculativeDecoding != 1 && perRequest > 0) {
        const double inShare = w.inputTokensPerRequest / perRequest;
        const double outShare = w.outputTokensPerRequest / perRequest;
        throughput /= inShare + outShare / x.speculativeDecoding;
    }
    return throughput;
}

double instanceCapacityTokensPerDay(const Workload &w, const SelfHosted &sh)
{
    return kSecondsPerDay * effectiveThroughput(w, sh) * sh.targetUtilization;
}

// instances x $/hour x 24 x 30
double monthlyServingCost(double instances, const SelfHosted &sh)
{
    return sh.instanceCostPerHour * instances * 24 * kDaysPerMonth;
}

// model size (B params) x bytes per parameter (GB per B params) x $/GB-month
double monthlyStorageCost(const SelfHosted &sh)
{
    return sh.modelSizeB * bytesPerParameter(sh.precision) * sh.storagePricePerGbMonth;
}

// serving / tokens a month x 1e6
std::optional<double> servingCostPer1MTokens(double monthlyServing, double tokensPerDay)
{
    if (!(tokensPerDay > 0))
        return std::nullopt;
    return monthlyServing / (tokensPerDay * kDaysPerMonth) * 1e6;
}

// requests a month x (review rate x review cost + error rate x cost per error)
double monthlyQualityCost(const Workload &w, double reviewRate, double errorRate, const Scenario &s)
{
    const double monthlyRequests = w.requestsPerDay * kDaysPerMonth;
    return monthlyRequests * reviewRate * s.reviewCost + monthlyRequests * errorRate * s.costPerError;
}

// requests a month x ((self-hosted - API review rate) x review cost
//                     + (self-hosted - API error rate) x cost per error)
double monthlyQualityCostDelta(const Workload &w, const ApiSide &api, const SelfHosted &sh,
                               double reviewCost, double costPerError)
{
    const double monthlyRequests = w.requestsPerDay * kDaysPerMonth;
    const double reviewCostApi = monthlyRequests * api.reviewRate * reviewCost;
    const double reviewCostSelfHosted = monthlyRequests * sh.reviewRate * reviewCost;
    const double delta = reviewCostSelfHosted - reviewCostApi;
    if (costPerError == 0)
        return delta;
    return delta + (monthlyRequests * sh.errorRate * costPerError - monthlyRequests * api.errorRate * costPerError);
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
        return checkTraining(*p.training).costPerRun;
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
    return std::max(1.0, std::ceil(tokensPerDay * peakFactor / capacityPerInstance));
}

double CostLine::offPeakInstancesAt(double tokensPerDay) const
{
    if (!autoscaling)
        return instancesAt(tokensPerDay);
    if (!(offPeakFactor > 0))
        return minOffInstances;
    return std::max(minOffInstances, std::ceil(tokensPerDay * offPeakFactor / capacityPerInstance));
}

double CostLine::servingAt(double tokensPerDay) const
{
    if (!autoscaling)
        return servingPerInstance * instancesAt(tokensPerDay);
    return servingPeakPerInstance * instancesAt(tokensPerDay) + servingOffPerInstance * offPeakInstancesAt(tokensPerDay);
}

double CostLine::apiCostAt(double tokensPerDay) const
{
    return apiPerDailyToken * tokensPerDay;
}

double CostLine::selfHostedAllInAt(double tokensPerDay) const
{
    return servingAt(tokensPerDay) + fixedMonthly + qualityPerDailyToken * tokensPerDay;
}

double CostLine::selfHostedAllInWith(double tokensPerDay, double instances) const
{
    double serving = servingPerInstance * instances;
    if (autoscaling)
        serving = servingPeakPerInstance * instances + servingOffPerInstance * offPeakInstancesAt(tokensPerDay);
    return serving + fixedMonthly + qualityPerDailyToken * tokensPerDay;
}

namespace {

// The traffic shape: daily-average tokens scale to the peak-hour rate by
// `peak` and to the off-peak rate by `offPeak` (both per day).
struct TrafficShape {
    double hours = 24;
    double peak = 1;
    double offPeak = 0;
};

TrafficShape trafficShape(const Workload &w)
{
    TrafficShape t;
    t.hours = w.peakHoursPerDay;
    if (t.hours >= 24)
        return t; // all day at the average rate (p = 1)
    t.peak = w.peakTrafficShare * 24 / t.hours;
    t.offPeak = (1 - w.peakTrafficShare) * 24 / (24 - t.hours);
    return t;
}

} // namespace

CostLine costLine(const Scenario &s, double monthlyAmortized)
{
    CostLine line;
    const double perRequest = tokensPerRequest(s.workload);
    line.hasTraffic = perRequest > 0;
    line.apiPerDailyToken = kDaysPerMonth * requestMixPricePer1M(s.workload, s.api) / 1e6;
    if (line.hasTraffic)
        line.qualityPerDailyToken = kDaysPerMonth
            * ((s.selfHosted.reviewRate - s.api.reviewRate) * s.reviewCost
               + (s.selfHosted.errorRate - s.api.errorRate) * s.costPerError)
            / perRequest;
    line.servingPerInstance = monthlyServingCost(1, s.selfHosted);
    line.fixedInstances = s.selfHosted.fixedInstances.value_or(0);
    const TrafficShape shape = trafficShape(s.workload);
    const double capacity = instanceCapacityTokensPerDay(s.workload, s.selfHosted);
    line.capacityPerInstance = capacity;
    line.peakFactor = shape.peak;
    line.fixedMonthly = monthlyStorageCost(s.selfHosted) + monthlyAmortized;
    if (s.selfHosted.autoscaling && !s.selfHosted.fixedInstances && shape.hours < 24) {
        line.autoscaling = true;
        line.servingPeakPerInstance = s.selfHosted.instanceCostPerHour * kDaysPerMonth * shape.hours;
        line.servingOffPerInstance = s.selfHosted.instanceCostPerHour * kDaysPerMonth * (24 - shape.hours);
        line.offPeakFactor = shape.offPeak;
        line.minOffInstances = s.selfHosted.minInstances;
    }
    return line;
}

namespace {

std::optional<double> withinLimit(double tokens)
{
    if (!(tokens <= kMaxBreakEvenTokensPerDay))
        return std::nullopt;
    return std::max(0.0, tokens);
}

// One step sequence: fixed + s x n(T) <= margin x T with n(T) = max(1, ceil(T / capacity)).
// Within the volumes served by n instances the condition is linear, and the n
// where it first holds is the smallest n with fixed <= n x (margin x capacity - s).
std::optional<double> singleSequenceBreakEven(double margin, double s, double fixed, double capacity)
{
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
    return withinLimit(std::max((n * s + fixed) / margin, (n - 1) * capacity));
}

// Two step sequences (autoscaling): fixed + sp x np(T) + so x no(T) <= margin x T
// with np(T) = max(1, ceil(T / cp)) and no(T) = max(floor, ceil(T / co)). Between
// consecutive steps of either fleet the condition is linear; the answer lies in
// [fixed / k, (fixed + sp + so x (1 + floor)) / k] with k = margin - sp/cp - so/co
// (the fleets' fractional parts cost at most one instance each), and the walk
// visits the pieces of that window in order.
std::optional<double> twoSequenceBreakEven(double margin, double sp, double cp, double so, double co,
                                           double floorOff, double fixed)
{
    const double k = margin - sp / cp - so / co;
    if (!(margin > 0) || !(k > 0))
        return std::nullopt;
    const double low = std::max(0.0, fixed / k);
    const double high = (fixed + sp + so * (1 + floorOff)) / k;
    if (!(low <= kMaxBreakEvenTokensPerDay))
        return std::nullopt;

    // Fleet of each sequence at the window's start, and its piece (lo, hi].
    double np = std::max(1.0, std::ceil(low / cp));
    double no = std::max(floorOff, std::ceil(low / co));
    auto pieceP = [&](double n, double &lo, double &hi) { lo = n <= 1 ? 0 : (n - 1) * cp; hi = n * cp; };
    auto pieceO = [&](double n, double &lo, double &hi) { lo = n <= floorOff ? 0 : (n - 1) * co; hi = n * co; };
    double loP, hiP, loO, hiO;
    pieceP(np, loP, hiP);
    pieceO(no, loO, hiO);
    for (long long step = 0; step < kMaxBreakEvenWalkSteps; ++step) {
        const double lo = std::max(loP, loO);
        const double hi = std::min(hiP, hiO);
        const double t = std::max(lo, (fixed + sp * np + so * no) / margin);
        if (t <= hi)
            return withinLimit(t);
        if (!(lo <= kMaxBreakEvenTokensPerDay))
            return std::nullopt;
        if (hiP <= hiO)
            pieceP(np += 1, loP, hiP);
        if (hiO <= hi)
            pieceO(no += 1, loO, hiO);
    }
    // Steps too fine to walk: the window's end is proven to break even.
    return withinLimit(high);
}

} // namespace

// Solves serving(n(T)) + fixed + quality x T <= API x T for the lowest T.
std::optional<double> allInBreakEvenTokensPerDay(const CostLine &line)
{
    if (!line.hasTraffic)
        return std::nullopt;
    const double margin = line.apiPerDailyToken - line.qualityPerDailyToken; // $/month per token/day
    const double fixed = line.fixedMonthly;

    if (line.fixedInstances > 0) {
        const double monthlyFixed = line.servingPerInstance * line.fixedInstances + fixed;
        if (monthlyFixed <= 0)
            return 0.0;
        if (!(margin > 0))
            return std::nullopt;
        return withinLimit(monthlyFixed / margin);
    }
    if (!line.autoscaling)
        return singleSequenceBreakEven(margin, line.servingPerInstance, fixed, line.peakCapacityPerInstance());
    // Autoscaling without off-peak traffic: the off-peak floor is a fixed cost.
    if (!(line.offPeakFactor > 0))
        return singleSequenceBreakEven(margin, line.servingPeakPerInstance,
                                       fixed + line.servingOffPerInstance * line.minOffInstances,
                                       line.peakCapacityPerInstance());
    if (line.servingPeakPerInstance + line.servingOffPerInstance * line.minOffInstances + fixed <= 0)
        return 0.0;
    return twoSequenceBreakEven(margin, line.servingPeakPerInstance, line.peakCapacityPerInstance(),
                                line.servingOffPerInstance, line.capacityPerInstance / line.offPeakFactor,
                                line.minOffInstances, fixed);
}

ScenarioResult evaluate(const Scenario &s, const EvaluateOptions &options)
{
    ScenarioResult r;
    const Workload &w = s.workload;
    const SelfHosted &sh = s.selfHosted;

    r.currentDailyTokens = dailyTokens(w);
    r.monthlyApiCost = monthlyApiCost(w, s.api);
    r.blendedApiPricePer1M = blendedApiPricePer1M(w, s.api);

    r.monthlyQualityCostDelta = monthlyQualityCostDelta(w, s.api, sh, s.reviewCost, s.costPerError);

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
    r.totalProjectCost = r.computeCost + r.engineeringCost;
    r.monthlyAmortizedProjectCost = monthlyAmortization(r.totalProjectCost, s.project.lifetimeMonths);

    // Serving: the peak fleet, the off-peak fleet, and the capacity they pay for.
    const CostLine line = costLine(s, r.monthlyAmortizedProjectCost);
    const double thrEff = effectiveThroughput(w, sh);
    const TrafficShape shape = trafficShape(w);
    r.instances = line.instancesAt(r.currentDailyTokens);
    r.instancesOffPeak = line.offPeakInstancesAt(r.currentDailyTokens);
    r.monthlyServingCost = line.autoscaling ? line.servingAt(r.currentDailyTokens)
                                            : monthlyServingCost(r.instances, sh);
    if (r.instancesOffPeak == r.instances) {
        r.utilization = r.currentDailyTokens / (r.instances * thrEff * kSecondsPerDay);
    } else {
        const double instanceHoursPerDay = shape.hours * r.instances + (24 - shape.hours) * r.instancesOffPeak;
        r.utilization = r.currentDailyTokens / (thrEff * 3600 * instanceHoursPerDay);
    }
    r.peakUtilization = r.currentDailyTokens * shape.peak / (kSecondsPerDay * thrEff * r.instances);
    r.overCapacity = r.peakUtilization > 1;
    r.monthlyStorageCost = monthlyStorageCost(sh);
    r.servingCostPer1MTokens = servingCostPer1MTokens(r.monthlyServingCost, r.currentDailyTokens);

    r.monthlyFtTotal = r.monthlyServingCost + r.monthlyStorageCost + r.monthlyAmortizedProjectCost
        + r.monthlyQualityCostDelta;
    r.monthlySavings = r.monthlyApiCost - r.monthlyFtTotal;
    r.monthlySavingsBeforeAmortization = r.monthlyApiCost
        - (r.monthlyServingCost + r.monthlyStorageCost + r.monthlyQualityCostDelta);
    r.paybackMonths = paybackMonths(r.totalProjectCost, r.monthlySavingsBeforeAmortization);

    r.monthlyApiQualityCost = monthlyQualityCost(w, s.api.reviewRate, s.api.errorRate, s);
    r.apiMonthlyTco = r.monthlyApiCost + r.monthlyApiQualityCost;
    r.selfHostedQualityCost = monthlyQualityCost(w, sh.reviewRate, sh.errorRate, s);
    r.selfHostedMonthlyTco = r.monthlyServingCost + r.monthlyStorageCost + r.monthlyAmortizedProjectCost
        + r.selfHostedQualityCost;

    if (options.breakEvens) {
        r.breakEvenTokensPerDay = seedBreakEvenTokensPerDay(r.monthlyServingCost, r.monthlyStorageCost,
                                                            r.blendedApiPricePer1M);
        r.isAboveBreakEven = r.breakEvenTokensPerDay && r.currentDailyTokens >= *r.breakEvenTokensPerDay;
        r.breakEvenAllInTokensPerDay = allInBreakEvenTokensPerDay(line);
    }

    // Lifetime: the fleet is re-sized every month as the volume grows.
    const LifetimeTerms terms{r.totalProjectCost, s.project.lifetimeMonths, w.monthlyGrowth,
                              s.project.discountRateAnnual};
    r.lifetime = lifetimeValue(terms, [&](double f) {
        if (f == 1.0)
            return r.monthlySavingsBeforeAmortization;
        const double tokens = r.currentDailyTokens * f;
        return r.monthlyApiCost * f - (line.servingAt(tokens) + r.monthlyStorageCost + r.monthlyQualityCostDelta * f);
    });

    if (s.managed)
        r.managed = evaluateManaged(s, *s.managed, r.monthlyApiCost, line.apiPerDailyToken);

    if (s.context)
        r.recommendation = recommend(w.requestsPerDay, tokensPerRequest(w), r.blendedApiPricePer1M,
                                     *s.context);
    r.decision = decide(r.lifetime.npv, r.managed ? r.managed->lifetime.npv : std::nullopt,
                        r.recommendation ? std::optional<Verdict>(r.recommendation->verdict) : std::nullopt);
    return r;
}

} // namespace ftroi
