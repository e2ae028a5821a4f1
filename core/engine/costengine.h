// The cost engine: `evaluate` turns one Scenario into one ScenarioResult: the
// self-hosted path, the managed path, growth and NPV, and the decision.
//
// Pipeline: Scenario (inputs) -> evaluate() -> ScenarioResult (numbers)
//           -> views (CLI table/JSON, app KPIs, charts, comparison table).
// The numeric path allocates nothing and touches no strings or JSON.
#pragma once

#include "core/engine/costline.h"
#include "core/engine/decision.h"
#include "core/engine/fleetpricing.h"
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
    double apiMonthlyTco = 0;           // bill + reviews and errors + operations
    double selfHostedQualityCost = 0;   // the path's reviews and errors (the remainder's at the API's rates)
    double selfHostedMonthlyTco = 0;    // serving + storage + amortized + quality + remainder's bill + operations

    // Format 3: the fleet's pricing. The commitment (a reservation's upfront and
    // the term beyond the lifetime) is paid at month 0, inside totalProjectCost.
    double commitmentUpfront = 0;
    double capexUsd = 0;            // owned: server price x fleet; reserved: upfront x fleet
    double monthlyCapitalCost = 0;  // owned: the servers' level payment a month
    double monthlyOpex = 0;         // serving less its capital
    // Format 3: operations at project.hourly_rate. A fine-tuned path's
    // operations hold the API's too while a share stays on the API.
    double apiMonthlyOpsCost = 0;
    double selfHostedMonthlyOpsCost = 0;
    double monthlyOpsCostDelta = 0; // self-hosted path's - the API's
    // Format 3: routing. The fleet, utilizations, serving cost per token and the
    // quality delta are the routed share's; the remainder stays on the API.
    double fineTunedShare = 1;
    double routedDailyTokens = 0;
    double monthlyRemainderApiCost = 0;     // the API bill of the requests left on the API
    double monthlyRemainderQualityCost = 0; // their reviews and errors (at the API's rates)

    // Format 3: memory fit, only with self_hosted.gpu_memory_gb.
    std::optional<double> memoryNeededGb;
    std::optional<bool> fitsInMemory;

    // Format 3: measured capacity. Without a benchmark the throughput is thr_eff
    // and there is no concurrency. SLO infeasible: both nullopt, and without a
    // typed throughput the self-hosted economics are unknown (reported as null).
    std::optional<double> throughputAtSlo;
    std::optional<double> sloConcurrency;
    bool benchmarkShapeMismatch = false;
    bool sloInfeasible = false;
    bool selfHostedEconomicsKnown = true;

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

// What the Monte Carlo keeps of one evaluation: evaluate()'s monthly savings,
// NPV (NaN: cannot be computed), payback (the growth rule's; infinity: never),
// whether it falls within the lifetime, and the best path (kPathCount: none).
struct SampleOutcome {
    double monthlySavings = 0;
    double npv = 0;
    double payback = 0;
    bool paidBack = false;
    unsigned char bestPath = 0;
};
// The same numbers as evaluate(s) by the same code, leaving out what they do
// not need (break-evens, totals of cost, the seed's recommendation, the close
// call). `scratch` is working space kept between calls; `steps`, when given,
// must fit the scenario's lifetime terms (MonthSteps::fits).
SampleOutcome evaluateSample(const Scenario &s, ScenarioResult &scratch, const MonthSteps *steps);

// The self-hosted path's operating savings (before amortization) in a month at
// volume factor f, the fleet re-sized for that volume and paid as priced:
// evaluate()'s lifetime and the cash-flow chart count the same months.
double selfHostedSavingsAt(const CostLine &line, const ScenarioResult &r, double f);

// Each path's NPV (the API's is 0: the baseline) and project cost; nullopt for
// a managed path the scenario does not have, or an NPV that cannot be computed.
std::optional<double> pathNpv(const ScenarioResult &r, Path path);
double pathProjectCost(const ScenarioResult &r, Path path);

// The scenario's decision rules with their defaults applied.
double closeCallNpvMargin(const Scenario &s);
double closeCallProbability(const Scenario &s);

} // namespace ftroi
