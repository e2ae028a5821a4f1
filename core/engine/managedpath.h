// The managed fine-tuning path (the seed's "middle path"): the provider
// trains and serves the fine-tuned model at its own per-token prices, so there
// is no fleet, only inference, optional hosting, training and a little
// engineering. Compared with the same API bill as self-hosting.
#pragma once

#include "core/engine/lifetime.h"
#include "core/model/scenario.h"

#include <optional>

namespace ftroi {

struct ManagedResult {
    double monthlyInferenceCost = 0;
    double monthlyHostingCost = 0;
    double monthlyQualityCostDelta = 0;
    double monthlyQualityCost = 0;   // its own reviews and errors (whole cost)
    double trainingRuns = 0;
    double trainingCost = 0;
    double engineeringHours = 0;
    double engineeringCost = 0;
    double totalProjectCost = 0;
    double monthlyAmortizedProjectCost = 0;
    double monthlyTotal = 0;
    double monthlySavings = 0;
    double monthlySavingsBeforeAmortization = 0;
    double monthlyTco = 0;
    std::optional<double> paybackMonths;
    std::optional<double> breakEvenTokensPerDay;
    LifetimeValue lifetime;
};

// The managed path of `s` against an API bill of `monthlyApiCost` (today's
// volume) and `apiPerDailyToken` (the same bill per token/day of volume).
ManagedResult evaluateManaged(const Scenario &s, const ManagedPath &m, double monthlyApiCost,
                              double apiPerDailyToken);

} // namespace ftroi
