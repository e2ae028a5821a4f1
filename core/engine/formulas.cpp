// The named formulas of the ROI model. Operation order follows the seed so
// results match it to the last digit; comments name the formula each function implements.
#include "core/engine/formulas.h"

#include "core/engine/capacity.h"
#include "core/engine/trainingcheck.h"

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

// throughput x engine x quantization / (in share + out share / speculative decoding);
// with a benchmark, the measured throughput at the SLO (the typed throughput
// when no measured load meets it: evaluate() then reports no economics without one).
double effectiveThroughput(const Workload &w, const SelfHosted &sh)
{
    if (sh.benchmark) {
        const SloCapacity capacity = throughputAtSlo(*sh.benchmark, sh.slo);
        return capacity.feasible ? capacity.throughput : sh.throughputTokensPerS;
    }
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

double memoryNeededGb(const SelfHosted &sh)
{
    return sh.modelSizeB * bytesPerParameter(sh.precision) * kMemoryOverheadFactor;
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
                                                double blendedPricePer1M, double share)
{
    const double pricePerToken = share * blendedPricePer1M / 1e6;
    if (!(pricePerToken > 0))
        return std::nullopt;
    return (monthlyServing + monthlyStorage) / pricePerToken / kDaysPerMonth;
}

double fineTunedShare(const Scenario &s)
{
    return s.routing ? s.routing->fineTunedShare.value_or(1) : 1;
}

Workload withRequestShare(const Workload &w, double share)
{
    Workload routed = w;
    routed.requestsPerDay = w.requestsPerDay * share;
    return routed;
}

double monthlyOpsCost(const std::optional<double> &hoursPerMonth, const Project &p)
{
    return hoursPerMonth ? *hoursPerMonth * p.hourlyRate : 0;
}

double fineTunedPathOpsCost(double pathOps, double apiOps, double share)
{
    return share < 1 ? pathOps + apiOps : pathOps;
}

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

} // namespace ftroi
