// Data for the charts: monthly cost curves against daily volume (log-spaced,
// with exact points either side of every fleet step under auto sizing) and
// cumulative net cash by month. Callers pass buffers that are reused, so a
// slider move allocates nothing once the buffers have grown.
#pragma once

#include "costengine.h"

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

} // namespace ftroi
