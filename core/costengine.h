// The cost engine: every formula of the ROI model as a named pure function,
// and `evaluate`, which turns one Scenario into one ScenarioResult.
//
// Pipeline: Scenario (inputs) -> evaluate() -> ScenarioResult (numbers)
//           -> views (CLI table/JSON, app KPIs, charts, comparison table).
// The numeric path allocates nothing and touches no strings or JSON, so it
// can run on every slider move and inside chart sampling loops.
#pragma once

#include "recommendation.h"
#include "scenario.h"
#include "training.h"

#include <optional>

namespace ftroi {

inline constexpr double kDaysPerMonth = 30;
inline constexpr double kHoursPerMonth = 720;
inline constexpr double kSecondsPerDay = 86400;
inline constexpr double kStorageGbPerBillionParams = 2; // bf16: 2 bytes a parameter
inline constexpr double kMaxBreakEvenTokensPerDay = 1e13;

struct ScenarioResult {
    double currentDailyTokens = 0;
    double monthlyApiCost = 0;
    double blendedApiPricePer1M = 0;
    double instances = 0;
    double utilization = 0;
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
};

// --- Workload and API ------------------------------------------------------
double tokensPerRequest(const Workload &w);
double dailyTokens(const Workload &w);
double monthlyApiCost(const Workload &w, const ApiSide &api);
// The seed's blended price per 1M tokens: input and output weighted by today's
// traffic; 0 when there is no traffic (so the seed's break-even is "none").
double blendedApiPricePer1M(const Workload &w, const ApiSide &api);
// Price per 1M tokens of one request's mix, whatever the volume (cost curves,
// the all-in break-even).
double requestMixPricePer1M(const Workload &w, const ApiSide &api);

// --- Serving ---------------------------------------------------------------
// Tokens/day one instance carries at the target utilization.
double instanceCapacityTokensPerDay(const SelfHosted &sh);
// The fewest instances (>= 1) that carry `tokensPerDay` at the target utilization.
double autoInstanceCount(double tokensPerDay, const SelfHosted &sh);
// The fixed fleet, or the "auto" size for this volume.
double fleetSize(double tokensPerDay, const SelfHosted &sh);
double utilization(double tokensPerDay, double instances, const SelfHosted &sh);
double monthlyServingCost(double instances, const SelfHosted &sh);
double monthlyStorageCost(const SelfHosted &sh);
std::optional<double> servingCostPer1MTokens(double monthlyServing, double tokensPerDay);

// --- Quality ---------------------------------------------------------------
// Extra human-review cost of the self-hosted model (negative: it saves reviews).
double monthlyQualityCostDelta(const Workload &w, const ApiSide &api, const SelfHosted &sh,
                               double reviewCost);

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

// Monthly costs as linear functions of daily tokens (same request mix), used by
// the all-in break-even and by the chart curves.
struct CostLine {
    double apiPerDailyToken = 0;     // monthly API $ per (token/day)
    double qualityPerDailyToken = 0; // monthly review delta $ per (token/day)
    double servingPerInstance = 0;   // monthly $ of one instance
    double fixedInstances = 0;       // > 0: a fixed fleet; 0: auto sizing
    double capacityPerInstance = 0;  // tokens/day of one instance (auto sizing)
    double fixedMonthly = 0;         // storage + amortized project
    bool hasTraffic = false;         // false when requests carry no tokens

    double instancesAt(double tokensPerDay) const;
    double apiCostAt(double tokensPerDay) const;
    double selfHostedAllInAt(double tokensPerDay) const;
    // The same with a given fleet (either side of a fleet step).
    double selfHostedAllInWith(double tokensPerDay, double instances) const;
};
CostLine costLine(const Scenario &s, double monthlyAmortized);
// Exact lowest volume at which the self-hosted all-in cost <= the API cost.
std::optional<double> allInBreakEvenTokensPerDay(const CostLine &line);

ScenarioResult evaluate(const Scenario &s);

} // namespace ftroi
