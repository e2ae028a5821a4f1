// Data for the charts: monthly cost curves against daily volume (log-spaced,
// with exact points either side of every fleet step under auto sizing) and
// cumulative net cash by month. Callers pass buffers that are reused, so a
// slider move allocates nothing once the buffers have grown.
#pragma once

#include "core/engine/costengine.h"

#include <vector>

namespace ftroi {

struct CostCurvePoint {
    double tokensPerDay;
    double apiMonthly;
    double selfHostedMonthly; // serving + storage + amortized + quality delta
};

// Fleet steps beyond this many are below the chart's resolution and skipped.
inline constexpr int kMaxCurveSteps = 4000;

// Samples `points` log-spaced volumes in [fromTokens, toTokens] (both > 0) and
// inserts the two sides of each fleet step in between, as long as the steps
// are at least as far apart as the samples (denser steps are below the
// curve's resolution; every sample is still exact). Replaces `out`'s contents.
void sampleCostCurve(const CostLine &line, double fromTokens, double toTokens, int points,
                     std::vector<CostCurvePoint> &out);

struct CashFlowPoint {
    int month;
    double cumulativeNet; // -project cost + month x savings before amortization
};

// Months 0..months inclusive. Replaces `out`'s contents.
void cumulativeCashFlow(const ScenarioResult &result, int months, std::vector<CashFlowPoint> &out);

// The managed path's monthly cost against total daily tokens of the same
// request mix (and routing split): inference + hosting + amortized project +
// quality delta + the API bill of the requests left on the API + the path's
// operations: a straight line. Like CostLine's self-hosted line, adding the
// API's own quality cost gives the path's whole cost.
struct ManagedCostLine {
    double perDailyToken = 0; // inference + quality delta + the remainder's API bill: monthly $ per (token/day)
    double fixedMonthly = 0;  // hosting + amortized project + operations
    double at(double tokensPerDay) const { return fixedMonthly + perDailyToken * tokensPerDay; }
};
// Zero when the scenario has no managed path.
ManagedCostLine managedCostLine(const Scenario &s, const ManagedResult &managed);

struct LifetimeCashPoint {
    double month;      // 0 .. lifetime; the last point sits at the lifetime itself
    double cumulative; // -project cost + the operating savings of the months so far
};

// Points are thinned to about this many when the lifetime has more months.
inline constexpr int kMaxLifetimeCashPoints = 1200;

// Cumulative net cash of one fine-tuning path over the model's lifetime, as
// the NPV and ROI count it (undiscounted): the project cost at month 0, then
// month m's operating savings at volume factor (1 + g)^(m - 1) with the fleet
// re-sized each month; the last, partial month counts with its fraction, so
// the last point is ROI x project cost. Empty for the API and for a
// managed path the scenario does not have; stops before a value overflows.
// Replaces `out`'s contents.
void lifetimeCashFlow(const Scenario &s, const ScenarioResult &r, Path path, std::vector<LifetimeCashPoint> &out);

} // namespace ftroi
