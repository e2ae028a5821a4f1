// Formulas of the managed fine-tuning path (format 2, "The managed path").
#include "core/engine/managedpath.h"

#include "core/engine/formulas.h"

namespace ftroi {

ManagedResult evaluateManaged(const Scenario &s, const ManagedPath &m, double monthlyApiCost,
                              double apiPerDailyToken)
{
    ManagedResult r;
    const Workload &w = s.workload;
    const double reviewRate = m.reviewRate.value_or(s.api.reviewRate);
    const double errorRate = m.errorRate.value_or(s.api.errorRate);

    const double dailyInput = w.requestsPerDay * w.inputTokensPerRequest;
    const double dailyOutput = w.requestsPerDay * w.outputTokensPerRequest;
    r.monthlyInferenceCost = dailyInput * kDaysPerMonth * m.inputPricePer1M / 1e6
        + dailyOutput * kDaysPerMonth * m.outputPricePer1M / 1e6;
    r.monthlyHostingCost = m.hostingCostPerHour * kHoursPerMonth;
    const double apiQuality = monthlyQualityCost(w, s.api.reviewRate, s.api.errorRate, s);
    r.monthlyQualityCost = monthlyQualityCost(w, reviewRate, errorRate, s);
    r.monthlyQualityCostDelta = r.monthlyQualityCost - apiQuality;

    r.trainingRuns = m.trainingRuns.value_or(s.project.trainingRuns);
    r.trainingCost = r.trainingRuns * m.trainingTokensPerRun / 1e6 * m.trainingPricePer1MTokens;
    for (const EngineeringPhase &phase : m.engineeringHours)
        r.engineeringHours += phase.hours;
    r.engineeringCost = r.engineeringHours * s.project.hourlyRate;
    r.totalProjectCost = r.trainingCost + r.engineeringCost;
    r.monthlyAmortizedProjectCost = monthlyAmortization(r.totalProjectCost, s.project.lifetimeMonths);

    const double operating = r.monthlyInferenceCost + r.monthlyHostingCost + r.monthlyQualityCostDelta;
    r.monthlyTotal = operating + r.monthlyAmortizedProjectCost;
    r.monthlySavings = monthlyApiCost - r.monthlyTotal;
    r.monthlySavingsBeforeAmortization = monthlyApiCost - operating;
    r.monthlyTco = r.monthlyInferenceCost + r.monthlyHostingCost + r.monthlyAmortizedProjectCost
        + r.monthlyQualityCost;
    r.paybackMonths = paybackMonths(r.totalProjectCost, r.monthlySavingsBeforeAmortization);

    // Lowest daily tokens (same mix) with monthly_total <= API cost: linear in volume.
    const double perRequest = tokensPerRequest(w);
    if (perRequest > 0) {
        const double inferencePerDailyToken = kDaysPerMonth * mixPricePer1M(w, m.inputPricePer1M, m.outputPricePer1M) / 1e6;
        const double qualityPerDailyToken = kDaysPerMonth * ((reviewRate - s.api.reviewRate) * s.reviewCost
                                                             + (errorRate - s.api.errorRate) * s.costPerError)
            / perRequest;
        const double margin = apiPerDailyToken - inferencePerDailyToken - qualityPerDailyToken;
        const double fixed = r.monthlyHostingCost + r.monthlyAmortizedProjectCost;
        if (fixed <= 0 && margin >= 0)
            r.breakEvenTokensPerDay = 0.0;
        else if (margin > 0 && fixed / margin <= kMaxBreakEvenTokensPerDay)
            r.breakEvenTokensPerDay = fixed / margin;
    }

    const LifetimeTerms terms{r.totalProjectCost, s.project.lifetimeMonths, w.monthlyGrowth,
                              s.project.discountRateAnnual};
    const double variable = r.monthlyInferenceCost + r.monthlyQualityCostDelta;
    r.lifetime = lifetimeValue(terms, [&](double f) {
        return f == 1.0 ? r.monthlySavingsBeforeAmortization
                        : monthlyApiCost * f - (variable * f + r.monthlyHostingCost);
    });
    return r;
}

} // namespace ftroi
