// The cost engine: `evaluate` turns one Scenario into one ScenarioResult: the
// self-hosted path, the managed path, growth and NPV, and the decision.
//
// Pipeline: Scenario (inputs) -> evaluate() -> ScenarioResult (numbers)
//           -> views (CLI table/JSON, app KPIs, charts, comparison table).
// The numeric path allocates nothing and touches no strings or JSON.
#pragma once

#include "core/engine/costline.h"
#include "core/engine/decision.h"
#include "core/engine/formulas.h"
#include "core/engine/lifetime.h"
#include "core/engine/managedpath.h"
#include "core/engine/recommendation.h"
#include "core/engine/training.h"
#include "core/engine/trainingcheck.h"
#include "core/model/scenario.h"

#include <optional>

namespace ftroi {

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

    // Format 3: memory fit, only with self_hosted.gpu_memory_gb.
    std::optional<double> memoryNeededGb;
    std::optional<bool> fitsInMemory;

    LifetimeValue lifetime;                 // npv, roi, payback with growth
    std::optional<ManagedResult> managed;   // only with a managed path
    Decision decision;
};

// What `evaluate` computes beyond the monthly numbers; Monte Carlo and the
// analysis sweeps leave out what they do not report.
struct EvaluateOptions {
    bool breakEvens = true;
};
ScenarioResult evaluate(const Scenario &s, const EvaluateOptions &options = {});

// Each path's NPV (the API's is 0: the baseline) and project cost; nullopt for
// a managed path the scenario does not have, or an NPV that cannot be computed.
std::optional<double> pathNpv(const ScenarioResult &r, Path path);
double pathProjectCost(const ScenarioResult &r, Path path);

// The scenario's decision rules with their defaults applied.
double closeCallNpvMargin(const Scenario &s);
double closeCallProbability(const Scenario &s);

} // namespace ftroi
