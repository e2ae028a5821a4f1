// The cost engine: every formula of the ROI model as a named pure function,
// and `evaluate`, which turns one Scenario into one ScenarioResult: the
// self-hosted path, the managed path, growth and NPV, and the decision.
//
// Pipeline: Scenario (inputs) -> evaluate() -> ScenarioResult (numbers)
//           -> views (CLI table/JSON, app KPIs, charts, comparison table).
// The numeric path allocates nothing and touches no strings or JSON, so it
// can run on every slider move and inside chart sampling loops.
#pragma once

#include "core/engine/decision.h"
#include "core/engine/lifetime.h"
#include "core/engine/managedpath.h"
#include "core/engine/recommendation.h"
#include "core/model/scenario.h"
#include "core/engine/training.h"
#include "core/engine/trainingcheck.h"

#include <optional>

namespace ftroi {

inline constexpr double kDaysPerMonth = 30;
inline constexpr double kHoursPerMonth = 720;
inline constexpr double kSecondsPerDay = 86400;
inline constexpr double kMaxBreakEvenTokensPerDay = 1e13;
// Fleet steps the two-sequence (autoscaling) break-even walks before it settles
// for the lowest volume it has proven to break even.
inline constexpr long long kMaxBreakEvenWalkSteps = 1ll << 24;

struct ScenarioResult {
    double currentDailyTokens = 0;
    double monthlyApiCost = 0;
    double blendedApiPricePer1M = 0;
    double instances = 0;          // at the peak (all day without autoscaling)
    double instancesOffPeak = 0;   // outside the peak hours
    double utilization = 0;        // average over the paid capacity
    double peakUtilization = 0;    // in the peak hours; above 1: over capacity
    bool overCapacity = false;
    double monthlyServingCost = 0;
    double monthlyStorageCost = 0;
    double monthlyQualityCostDelta = 0;
    double engineeringHours = 0;
    double costPerRun = 0;
    double computeCost = 0;
    double engineeringCost = 0;
    double totalProjectCost = 0;
    double monthlyAmortizedProjectCost = 0;
    double monthlyFtTotal = 0;
    double monthlySavings = 0;
    double monthlySavingsBeforeAmortization = 0;
    std::optional<double> paybackMonths;             // nullopt: never pays back
    std::optional<double> breakEvenTokensPerDay;     // nullopt: blended API price is zero (or no traffic)
    bool isAboveBreakEven = false;
    std::optional<double> breakEvenAllInTokensPerDay; // nullopt: not up to 1e13 tokens/day
    std::optional<double> servingCostPer1MTokens;    // nullopt: no traffic
    std::optional<Recommendation> recommendation;    // only with a decision context
    std::optional<TrainingEstimate> training;        // only when the run cost is estimated
    std::optional<TrainingCheck> trainingCheck;      // with `training`: the FLOPs estimate and fit check

    // Whole monthly cost of each path (never negative).
    double monthlyApiQualityCost = 0;   // reviews and errors of the API model
    double apiMonthlyTco = 0;
    double selfHostedQualityCost = 0;   // reviews and errors of the self-hosted model
    double selfHostedMonthlyTco = 0;

    LifetimeValue lifetime;                 // npv, roi, payback with growth
    std::optional<ManagedResult> managed;   // only with a managed path
    Decision decision;
};

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
// Tokens/s of one instance with the engine, quantization and speculative
// decoding speedups (the last on output tokens only).
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

// --- Decision numbers ------------------------------------------------------
// Months until the project cost is recovered from savings before amortization.
std::optional<double> paybackMonths(double totalProjectCost, double monthlySavingsBeforeAmortization);
// The seed's break-even: serving + storage against the blended API price.
std::optional<double> seedBreakEvenTokensPerDay(double monthlyServing, double monthlyStorage,
                                                double blendedPricePer1M);

// Monthly costs as functions of daily tokens (same request mix and traffic
// shape), used by the all-in break-even, growth and the chart curves.
struct CostLine {
    double apiPerDailyToken = 0;     // monthly API $ per (token/day)
    double qualityPerDailyToken = 0; // monthly quality delta $ per (token/day)
    double servingPerInstance = 0;   // monthly $ of one instance all day
    double fixedInstances = 0;       // > 0: a fixed fleet; 0: auto sizing
    double capacityPerInstance = 0;  // tokens/day one instance carries at the target (auto sizing)
    double peakFactor = 1;           // peak-hour rate / daily average (p x 24 / H)
    double fixedMonthly = 0;         // storage + amortized project
    bool hasTraffic = false;         // false when requests carry no tokens
    // Autoscaling: the peak fleet for the peak hours, a smaller one off-peak.
    bool autoscaling = false;
    double servingPeakPerInstance = 0;   // monthly $ of one instance in the peak hours
    double servingOffPerInstance = 0;    // monthly $ of one instance outside them
    double offPeakFactor = 0;            // off-peak rate / daily average ((1 - p) x 24 / (24 - H))
    double minOffInstances = 0;

    // Daily-average tokens one instance carries through the peak.
    double peakCapacityPerInstance() const { return capacityPerInstance / peakFactor; }
    double instancesAt(double tokensPerDay) const;        // the peak fleet
    double offPeakInstancesAt(double tokensPerDay) const; // the peak fleet without autoscaling
    double servingAt(double tokensPerDay) const;
    double apiCostAt(double tokensPerDay) const;
    double selfHostedAllInAt(double tokensPerDay) const;
    // The same with a given peak fleet (either side of a fleet step).
    double selfHostedAllInWith(double tokensPerDay, double instances) const;
};
CostLine costLine(const Scenario &s, double monthlyAmortized);
// Exact lowest volume at which the self-hosted all-in cost <= the API cost
// (the infimum where a fleet step leaves it unattained).
std::optional<double> allInBreakEvenTokensPerDay(const CostLine &line);

// What `evaluate` computes beyond the monthly numbers; Monte Carlo and the
// analysis sweeps leave out what they do not report.
struct EvaluateOptions {
    bool breakEvens = true;
};
ScenarioResult evaluate(const Scenario &s, const EvaluateOptions &options = {});

} // namespace ftroi
