// Formulas of the managed fine-tuning path (format 2, "The managed path"),
// with format 3's routing (the provider serves the routed share, the API the
// rest) and operations.
#include "core/engine/managedpath.h"

#include "core/engine/formulas.h"

namespace ftroi {

void evaluateManagedLifetime(const Scenario &s, const ManagedPath &m, const ApiBaseline &api, ManagedResult &r,
                             const MonthSteps *steps)
{
    fillManagedMonthly(s, m, api, r);
    r.lifetime = managedLifetime(s, r, api.monthlyBill, steps);
}

ManagedResult evaluateManaged(const Scenario &s, const ManagedPath &m, const ApiBaseline &api)
{
    ManagedResult r;
    evaluateManagedLifetime(s, m, api, r, nullptr);
    const double share = fineTunedShare(s);
    const Workload w = withRequestShare(s.workload, share); // the routed requests
    const double reviewRate = m.reviewRate.value_or(s.api.reviewRate);
    const double errorRate = m.errorRate.value_or(s.api.errorRate);

    // Its reviews and errors: the routed requests at its rates, the rest at the API's.
    const Workload remainder = withRequestShare(s.workload, 1 - share);
    r.monthlyQualityCost = monthlyQualityCost(w, reviewRate, errorRate, s)
        + monthlyQualityCost(remainder, s.api.reviewRate, s.api.errorRate, s);
    r.monthlyTco = r.monthlyInferenceCost + r.monthlyHostingCost + r.monthlyAmortizedProjectCost
        + r.monthlyQualityCost + r.monthlyRemainderApiCost + r.monthlyOpsCost;
    r.paybackMonths = paybackMonths(r.totalProjectCost, r.monthlySavingsBeforeAmortization);

    // Lowest total daily tokens (same mix and split) with monthly_total <= the API's: linear in volume.
    const double perRequest = tokensPerRequest(w);
    if (perRequest > 0) {
        const double inferencePerDailyToken =
            kDaysPerMonth * mixPricePer1M(w, m.inputPricePer1M, m.outputPricePer1M) / 1e6 * share;
        const double qualityPerDailyToken = kDaysPerMonth * ((reviewRate - s.api.reviewRate) * s.reviewCost
                                                             + (errorRate - s.api.errorRate) * s.costPerError)
            / perRequest * share;
        const double margin = api.perDailyToken - inferencePerDailyToken - qualityPerDailyToken
            - (1 - share) * api.perDailyToken;
        const double fixed = r.monthlyHostingCost + r.monthlyAmortizedProjectCost + r.monthlyOpsCostDelta;
        if (fixed <= 0 && margin >= 0)
            r.breakEvenTokensPerDay = 0.0;
        else if (margin > 0 && fixed / margin <= kMaxBreakEvenTokensPerDay)
            r.breakEvenTokensPerDay = fixed / margin;
    }
    return r;
}

} // namespace ftroi
