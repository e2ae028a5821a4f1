// The constants and named formulas of the ROI model: each a pure function of
// scenario inputs (API bill, serving, quality, project, payback, the seed's
// break-even). They allocate nothing and touch no strings, so they can run on
// every slider move and inside sampling loops. evaluate() (costengine.h)
// combines them into a ScenarioResult.
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
double tokensPerRequest(const Workload &w);
double dailyTokens(const Workload &w);
// The input price after prompt caching: (1 - c) x input + c x cached.
double effectiveInputPricePer1M(const ApiSide &api);
// 1 - batch share x batch discount.
double batchFactor(const ApiSide &api);
// Input and output tokens x their (cached) prices, 30 days, less the batch discount.
double monthlyApiCost(const Workload &w, const ApiSide &api);
// The seed's blended price per 1M tokens: input and output weighted by today's
// traffic; 0 when there is no traffic (so the seed's break-even is "none").
double blendedApiPricePer1M(const Workload &w, const ApiSide &api);
// Price per 1M tokens of one request's mix, whatever the volume (cost curves,
// the all-in break-even).
double requestMixPricePer1M(const Workload &w, const ApiSide &api);
// (tin x input + tout x output) / (tin + tout) of any price pair; 0 without tokens.
double mixPricePer1M(const Workload &w, double inputPricePer1M, double outputPricePer1M);

// --- Serving ---------------------------------------------------------------
// Tokens/s of one instance (thr_eff) with the engine, quantization and
// speculative decoding speedups (the last on output tokens only); with a
// benchmark, thr_slo (capacity.h), which replaces it everywhere.
double effectiveThroughput(const Workload &w, const SelfHosted &sh);
// Tokens/day one instance carries at the target utilization.
double instanceCapacityTokensPerDay(const Workload &w, const SelfHosted &sh);
double monthlyServingCost(double instances, const SelfHosted &sh);
double monthlyStorageCost(const SelfHosted &sh);
std::optional<double> servingCostPer1MTokens(double monthlyServing, double tokensPerDay);

// --- Quality ---------------------------------------------------------------
// Reviews and downstream errors of one path, a month.
double monthlyQualityCost(const Workload &w, double reviewRate, double errorRate, const Scenario &s);
// Extra quality cost of the self-hosted model (negative: it saves reviews).
double monthlyQualityCostDelta(const Workload &w, const ApiSide &api, const SelfHosted &sh,
                               double reviewCost, double costPerError = 0);

// --- Project ---------------------------------------------------------------
double engineeringHours(const Project &p);
double engineeringCost(const Project &p);
// The given cost per run, or the training estimate's total cost.
double costPerRun(const Project &p);
double computeCost(const Project &p);
double monthlyAmortization(double totalProjectCost, double lifetimeMonths);

// --- Memory fit (format 3) -------------------------------------------------
// Weights and activations with a minimal KV cache: weights x this factor.
inline constexpr double kMemoryOverheadFactor = 1.2;
// model_size_b x bytes per parameter of the precision x 1.2, GB.
double memoryNeededGb(const SelfHosted &sh);

// --- Decision numbers ------------------------------------------------------
// Months until the project cost is recovered from savings before amortization:
// nullopt ("never") whenever those savings are <= 0, even for a project that
// costs 0; 0 only when it costs 0 and the savings are > 0.
std::optional<double> paybackMonths(double totalProjectCost, double monthlySavingsBeforeAmortization);
// The seed's break-even: serving + storage against the blended API price of
// the share of the traffic the fine-tuned model serves, stated for the total
// daily tokens: (serving + storage) / (share x blended price x 30).
std::optional<double> seedBreakEvenTokensPerDay(double monthlyServing, double monthlyStorage,
                                                double blendedPricePer1M, double share = 1);

// --- Routing and operations (format 3) ---------------------------------------
// routing.fine_tuned_share: the share of requests a fine-tuned path serves (1 without routing).
double fineTunedShare(const Scenario &s);
// The same workload with `share` of its requests (same mix and traffic shape).
Workload withRequestShare(const Workload &w, double share);
// Operations hours a month x project.hourly_rate (0 without hours).
double monthlyOpsCost(const std::optional<double> &hoursPerMonth, const Project &p);
// A fine-tuned path's operations: its own, plus the API's whole operations
// while a share of the requests stays on the API (share < 1).
double fineTunedPathOpsCost(double pathOps, double apiOps, double share);

// The traffic shape: daily-average tokens scale to the peak-hour rate by
// `peak` and to the off-peak rate by `offPeak` (both per day).
struct TrafficShape {
    double hours = 24;
    double peak = 1;
    double offPeak = 0;
};
TrafficShape trafficShape(const Workload &w);

} // namespace ftroi
