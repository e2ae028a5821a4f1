// The managed fine-tuning path (the seed's "middle path"): the provider
// trains and serves the fine-tuned model at its own per-token prices, so there
// is no fleet, only inference, optional hosting, training and a little
// engineering. Compared with the same API bill as self-hosting.
#pragma once

#include "core/engine/formulas.h"
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
    // Format 3: operations (with routing s < 1 the API's too) and the API bill
    // of the requests left on the API.
    double monthlyOpsCost = 0;
    double monthlyOpsCostDelta = 0;      // monthlyOpsCost - the API's
    double monthlyRemainderApiCost = 0;
    std::optional<double> paybackMonths;
    std::optional<double> breakEvenTokensPerDay;
    LifetimeValue lifetime;
};

// What the managed path is compared with: the API path at today's volume.
struct ApiBaseline {
    double monthlyBill = 0;     // the API bill
    double perDailyToken = 0;   // the same bill per token/day of volume
    double monthlyOpsCost = 0;  // its operations
};

// The managed path of `s` against the API path `api`.
ManagedResult evaluateManaged(const Scenario &s, const ManagedPath &m, const ApiBaseline &api);
// Of the same, what its lifetime needs (the monthly costs, the project, the
// lifetime), into `r`; the rest of `r` is left as it was. `steps` as lifetimeValue()'s.
void evaluateManagedLifetime(const Scenario &s, const ManagedPath &m, const ApiBaseline &api, ManagedResult &r,
                             const MonthSteps *steps);
// The managed path's engineering hours: its phases' sum.
inline double managedEngineeringHours(const ManagedPath &m)
{
    double hours = 0;
    for (const EngineeringPhase &phase : m.engineeringHours)
        hours += phase.hours;
    return hours;
}
// Its monthly costs and project alone: evaluateManagedLifetime() without the lifetime.
// (Inline: the Monte Carlo's samples run it.) `engineeringHours`, when given,
// is managedEngineeringHours(m), taken once for many samples.
inline void fillManagedMonthly(const Scenario &s, const ManagedPath &m, const ApiBaseline &api, ManagedResult &r,
                               const double *engineeringHours = nullptr)
{
    const double share = fineTunedShare(s);
    Workload w; // withRequestShare(s.workload, share), the routed requests, without copying the import's note
    w.requestsPerDay = s.workload.requestsPerDay * share;
    w.inputTokensPerRequest = s.workload.inputTokensPerRequest;
    w.outputTokensPerRequest = s.workload.outputTokensPerRequest;
    const double reviewRate = m.reviewRate.value_or(s.api.reviewRate);
    const double errorRate = m.errorRate.value_or(s.api.errorRate);

    const double dailyInput = w.requestsPerDay * w.inputTokensPerRequest;
    const double dailyOutput = w.requestsPerDay * w.outputTokensPerRequest;
    r.monthlyInferenceCost = dailyInput * kDaysPerMonth * m.inputPricePer1M / 1e6
        + dailyOutput * kDaysPerMonth * m.outputPricePer1M / 1e6;
    r.monthlyHostingCost = m.hostingCostPerHour * kHoursPerMonth;
    const double apiQuality = monthlyQualityCost(w, s.api.reviewRate, s.api.errorRate, s);
    const double ownQuality = monthlyQualityCost(w, reviewRate, errorRate, s);
    r.monthlyQualityCostDelta = ownQuality - apiQuality;
    r.monthlyRemainderApiCost = (1 - share) * api.monthlyBill;
    r.monthlyOpsCost = fineTunedPathOpsCost(monthlyOpsCost(m.opsHoursPerMonth, s.project), api.monthlyOpsCost, share);
    r.monthlyOpsCostDelta = r.monthlyOpsCost - api.monthlyOpsCost;

    r.trainingRuns = m.trainingRuns.value_or(s.project.trainingRuns);
    r.trainingCost = r.trainingRuns * m.trainingTokensPerRun / 1e6 * m.trainingPricePer1MTokens;
    r.engineeringHours = engineeringHours ? *engineeringHours : managedEngineeringHours(m);
    r.engineeringCost = r.engineeringHours * s.project.hourlyRate;
    r.totalProjectCost = r.trainingCost + r.engineeringCost;
    r.monthlyAmortizedProjectCost = monthlyAmortization(r.totalProjectCost, s.project.lifetimeMonths);

    const double operating = r.monthlyInferenceCost + r.monthlyHostingCost + r.monthlyQualityCostDelta
        + r.monthlyRemainderApiCost + r.monthlyOpsCostDelta;
    r.monthlyTotal = operating + r.monthlyAmortizedProjectCost;
    r.monthlySavings = api.monthlyBill - r.monthlyTotal;
    r.monthlySavingsBeforeAmortization = api.monthlyBill - operating;
}

// The managed path's operating savings (before amortization) in a month at
// volume factor f, against an API bill of `monthlyApiCost` today: the lifetime
// and the cash-flow chart count the same months.
inline double managedSavingsAt(const ManagedResult &r, double monthlyApiCost, double f)
{
    if (f == 1.0)
        return r.monthlySavingsBeforeAmortization;
    const double variable = r.monthlyInferenceCost + r.monthlyQualityCostDelta + r.monthlyRemainderApiCost;
    return monthlyApiCost * f - (variable * f + (r.monthlyHostingCost + r.monthlyOpsCostDelta));
}

// The lifetime of the managed path whose monthly costs and project `r` holds
// (fillManagedMonthly()), against an API bill of `monthlyApiCost`
// (`withPayback` as lifetimeValue()'s).
inline LifetimeValue managedLifetime(const Scenario &s, const ManagedResult &r, double monthlyApiCost,
                                     const MonthSteps *steps, bool withPayback = true)
{
    const LifetimeTerms terms{r.totalProjectCost, s.project.lifetimeMonths, s.workload.monthlyGrowth,
                              s.project.discountRateAnnual};
    return lifetimeValue(terms, [&](double f) { return managedSavingsAt(r, monthlyApiCost, f); }, steps, withPayback);
}

} // namespace ftroi
