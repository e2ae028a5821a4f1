// The constants and named formulas of the ROI model: each a pure function of
// scenario inputs (API bill, serving, quality, project, payback, the seed's
// break-even). They allocate nothing and touch no strings, so they can run on
// every slider move and inside sampling loops, and are defined here (inline)
// so that evaluate() and the Monte Carlo's samples run them without calls.
// evaluate() (costengine.h) combines them into a ScenarioResult.
#pragma once

#include "core/model/scenario.h"

#include <optional>

namespace ftroi {

inline constexpr double kDaysPerMonth = 30;
inline constexpr double kHoursPerMonth = 720;
inline constexpr double kSecondsPerDay = 86400;
inline constexpr double kMaxBreakEvenTokensPerDay = 1e13;
// Fleet steps the two-sequence (autoscaling) break-even walks before it settles
// for the lowest volume it has proven to break even.
inline constexpr long long kMaxBreakEvenWalkSteps = 1ll << 24;

// --- Workload and API ------------------------------------------------------
inline double tokensPerRequest(const Workload &w)
{
    return w.inputTokensPerRequest + w.outputTokensPerRequest;
}
inline double dailyTokens(const Workload &w)
{
    return w.requestsPerDay * w.inputTokensPerRequest + w.requestsPerDay * w.outputTokensPerRequest;
}
// The input price after prompt caching: (1 - c) x input + c x cached.
inline double effectiveInputPricePer1M(const ApiSide &api)
{
    if (api.cachedInputShare == 0)
        return api.inputPricePer1M;
    const double cached = api.cachedInputPricePer1M.value_or(api.inputPricePer1M);
    return (1 - api.cachedInputShare) * api.inputPricePer1M + api.cachedInputShare * cached;
}
// 1 - batch share x batch discount.
inline double batchFactor(const ApiSide &api)
{
    return 1 - api.batchShare * api.batchDiscount;
}
// Input and output tokens x their (cached) prices, 30 days, less the batch discount.
// (input tokens x 30 x input price + output tokens x 30 x output price) / 1e6,
// with the cached-input price blended in and the batch discount taken off
inline double monthlyApiCost(const Workload &w, const ApiSide &api)
{
    const double dailyInput = w.requestsPerDay * w.inputTokensPerRequest;
    const double dailyOutput = w.requestsPerDay * w.outputTokensPerRequest;
    const double cost = dailyInput * kDaysPerMonth * effectiveInputPricePer1M(api) / 1e6
        + dailyOutput * kDaysPerMonth * api.outputPricePer1M / 1e6;
    return api.batchShare == 0 ? cost : cost * batchFactor(api);
}
// The seed's blended price per 1M tokens: input and output weighted by today's
// traffic; 0 when there is no traffic (so the seed's break-even is "none").
double blendedApiPricePer1M(const Workload &w, const ApiSide &api);
// Price per 1M tokens of one request's mix, whatever the volume (cost curves,
// the all-in break-even).
double mixPricePer1M(const Workload &w, double inputPricePer1M, double outputPricePer1M);
inline double requestMixPricePer1M(const Workload &w, const ApiSide &api)
{
    const double price = mixPricePer1M(w, effectiveInputPricePer1M(api), api.outputPricePer1M);
    return api.batchShare == 0 ? price : price * batchFactor(api);
}
// (tin x input + tout x output) / (tin + tout) of any price pair; 0 without tokens.
inline double mixPricePer1M(const Workload &w, double inputPricePer1M, double outputPricePer1M)
{
    const double perRequest = tokensPerRequest(w);
    if (!(perRequest > 0))
        return 0;
    return (inputPricePer1M * w.inputTokensPerRequest + outputPricePer1M * w.outputTokensPerRequest) / perRequest;
}

// --- Serving ---------------------------------------------------------------
// thr_slo of the load test (capacity.h), or the typed throughput when no measured load meets the SLO.
double measuredThroughput(const SelfHosted &sh);
// Tokens/s of one instance (thr_eff) with the engine, quantization and
// speculative decoding speedups (the last on output tokens only); with a
// benchmark, thr_slo (capacity.h), which replaces it everywhere.
// throughput x engine x quantization / (in share + out share / speculative decoding);
// with a benchmark, the measured throughput at the SLO (the typed throughput
// when no measured load meets it: evaluate() then reports no economics without one).
inline double effectiveThroughput(const Workload &w, const SelfHosted &sh)
{
    if (sh.benchmark)
        return measuredThroughput(sh);
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
// Tokens/day one instance carries at the target utilization.
inline double instanceCapacityTokensPerDay(const Workload &w, const SelfHosted &sh)
{
    return kSecondsPerDay * effectiveThroughput(w, sh) * sh.targetUtilization;
}
// instances x $/hour x 24 x 30
inline double monthlyServingCost(double instances, const SelfHosted &sh)
{
    return sh.instanceCostPerHour * instances * 24 * kDaysPerMonth;
}
// model size (B params) x bytes per parameter (GB per B params) x $/GB-month
inline double monthlyStorageCost(const SelfHosted &sh)
{
    return sh.modelSizeB * bytesPerParameter(sh.precision) * sh.storagePricePerGbMonth;
}
std::optional<double> servingCostPer1MTokens(double monthlyServing, double tokensPerDay);

// --- Quality ---------------------------------------------------------------
// Reviews and downstream errors of one path, a month.
// requests a month x (review rate x review cost + error rate x cost per error)
inline double monthlyQualityCost(const Workload &w, double reviewRate, double errorRate, const Scenario &s)
{
    const double monthlyRequests = w.requestsPerDay * kDaysPerMonth;
    return monthlyRequests * reviewRate * s.reviewCost + monthlyRequests * errorRate * s.costPerError;
}
// Extra quality cost of the self-hosted model (negative: it saves reviews).
// requests a month x ((self-hosted - API review rate) x review cost
//                     + (self-hosted - API error rate) x cost per error)
inline double monthlyQualityCostDelta(const Workload &w, const ApiSide &api, const SelfHosted &sh,
                               double reviewCost, double costPerError = 0)
{
    const double monthlyRequests = w.requestsPerDay * kDaysPerMonth;
    const double reviewCostApi = monthlyRequests * api.reviewRate * reviewCost;
    const double reviewCostSelfHosted = monthlyRequests * sh.reviewRate * reviewCost;
    const double delta = reviewCostSelfHosted - reviewCostApi;
    if (costPerError == 0)
        return delta;
    return delta + (monthlyRequests * sh.errorRate * costPerError - monthlyRequests * api.errorRate * costPerError);
}

// --- Project ---------------------------------------------------------------
inline double engineeringHours(const Project &p)
{
    double hours = 0;
    for (const EngineeringPhase &phase : p.engineeringHours)
        hours += phase.hours;
    return hours;
}
double engineeringCost(const Project &p);
// The given cost per run, or the training estimate's total cost.
double costPerRun(const Project &p);
double computeCost(const Project &p);
inline double monthlyAmortization(double totalProjectCost, double lifetimeMonths)
{
    return totalProjectCost / lifetimeMonths;
}

// --- Memory fit (format 3) -------------------------------------------------
// Weights and activations with a minimal KV cache: weights x this factor.
inline constexpr double kMemoryOverheadFactor = 1.2;
// model_size_b x bytes per parameter of the precision x 1.2, GB.
double memoryNeededGb(const SelfHosted &sh);

// --- Decision numbers ------------------------------------------------------
// Months until the project cost is recovered from savings before amortization:
// nullopt ("never") whenever those savings are <= 0, even for a project that
// costs 0; 0 only when it costs 0 and the savings are > 0.
// project cost / (API - (serving + storage + quality delta)); never when <= 0
inline std::optional<double> paybackMonths(double totalProjectCost, double monthlySavingsBeforeAmortization)
{
    if (!(monthlySavingsBeforeAmortization > 0))
        return std::nullopt;
    return totalProjectCost / monthlySavingsBeforeAmortization;
}
// The seed's break-even: serving + storage against the blended API price of
// the share of the traffic the fine-tuned model serves, stated for the total
// daily tokens: (serving + storage) / (share x blended price x 30).
std::optional<double> seedBreakEvenTokensPerDay(double monthlyServing, double monthlyStorage,
                                                double blendedPricePer1M, double share = 1);

// --- Routing and operations (format 3) ---------------------------------------
// routing.fine_tuned_share: the share of requests a fine-tuned path serves (1 without routing).
inline double fineTunedShare(const Scenario &s)
{
    return s.routing ? s.routing->fineTunedShare.value_or(1) : 1;
}
// The same workload with `share` of its requests (same mix and traffic shape).
inline Workload withRequestShare(const Workload &w, double share)
{
    Workload routed = w;
    routed.requestsPerDay = w.requestsPerDay * share;
    return routed;
}
// Operations hours a month x project.hourly_rate (0 without hours).
inline double monthlyOpsCost(const std::optional<double> &hoursPerMonth, const Project &p)
{
    return hoursPerMonth ? *hoursPerMonth * p.hourlyRate : 0;
}
// A fine-tuned path's operations: its own, plus the API's whole operations
// while a share of the requests stays on the API (share < 1).
inline double fineTunedPathOpsCost(double pathOps, double apiOps, double share)
{
    return share < 1 ? pathOps + apiOps : pathOps;
}

// The traffic shape: daily-average tokens scale to the peak-hour rate by
// `peak` and to the off-peak rate by `offPeak` (both per day).
struct TrafficShape {
    double hours = 24;
    double peak = 1;
    double offPeak = 0;
};
inline TrafficShape trafficShape(const Workload &w)
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
