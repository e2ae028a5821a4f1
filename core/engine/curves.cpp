// Cost-curve sampling and cash-flow series.
#include "core/engine/curves.h"

#include "core/engine/schedule.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

void sampleCostCurve(const CostLine &line, double fromTokens, double toTokens, int points,
                     std::vector<CostCurvePoint> &out)
{
    out.clear();
    if (points < 2 || !(fromTokens > 0) || !(toTokens > fromTokens))
        return;

    auto push = [&](double tokens, double fleet) {
        out.push_back({tokens, line.apiCostAt(tokens), line.selfHostedAllInWith(tokens, fleet)});
    };

    // Log spacing by repeated multiplication: one pow() per curve, not one exp() per point.
    const double ratio = std::pow(toTokens / fromTokens, 1.0 / (points - 1));

    // With autoscaling two fleets step at different volumes: the samples alone carry the curve.
    const bool autoSized = !(line.fixedInstances > 0) && !line.autoscaling;
    const double capacity = line.peakCapacityPerInstance();
    bool drawSteps = autoSized && capacity > 0 && (toTokens - fromTokens) / capacity <= kMaxCurveSteps;
    // The next fleet step above the current sample: the volume where one more instance is needed.
    double nextStep = drawSteps ? std::max(1.0, std::floor(fromTokens / capacity) + 1) * capacity : 0;

    double sample = fromTokens;
    for (int i = 0; i < points; ++i, sample *= ratio) {
        const double tokens = i == points - 1 ? toTokens : sample;
        // Steps closer together than the samples are narrower than the sampling can
        // show; from there on (steps only get relatively closer) the samples, which
        // are exact points of the step function, carry the curve.
        if (drawSteps && capacity < nextStep * (ratio - 1))
            drawSteps = false;
        while (drawSteps && nextStep < tokens) {
            const double fleet = std::round(nextStep / capacity);
            push(nextStep, fleet);      // last volume the smaller fleet carries
            push(nextStep, fleet + 1);  // the same volume, one instance more
            nextStep += capacity;
        }
        push(tokens, line.instancesAt(tokens));
    }
}

void cumulativeCashFlow(const ScenarioResult &result, int months, std::vector<CashFlowPoint> &out)
{
    out.clear();
    for (int m = 0; m <= months; ++m)
        out.push_back({m, -result.totalProjectCost + m * result.monthlySavingsBeforeAmortization});
}

ManagedCostLine managedCostLine(const Scenario &s, const ManagedResult &managed)
{
    ManagedCostLine line;
    if (!s.managed)
        return line;
    const ManagedPath &m = *s.managed;
    const Workload &w = s.workload;
    const double share = fineTunedShare(s);
    line.perDailyToken = kDaysPerMonth * mixPricePer1M(w, m.inputPricePer1M, m.outputPricePer1M) / 1e6 * share;
    const double perRequest = tokensPerRequest(w);
    if (perRequest > 0) {
        const double reviewDelta = m.reviewRate.value_or(s.api.reviewRate) - s.api.reviewRate;
        const double errorDelta = m.errorRate.value_or(s.api.errorRate) - s.api.errorRate;
        line.perDailyToken +=
            kDaysPerMonth * (reviewDelta * s.reviewCost + errorDelta * s.costPerError) / perRequest * share;
    }
    // The requests left on the API are billed at its prices.
    line.perDailyToken += (1 - share) * kDaysPerMonth * requestMixPricePer1M(w, s.api) / 1e6;
    line.fixedMonthly = managed.monthlyHostingCost + managed.monthlyAmortizedProjectCost + managed.monthlyOpsCost;
    return line;
}

void lifetimeCashFlow(const Scenario &s, const ScenarioResult &r, Path path, std::vector<LifetimeCashPoint> &out)
{
    out.clear();
    if (path == Path::Api || (path == Path::Managed && !r.managed))
        return;
    const double lifetime = s.project.lifetimeMonths;
    if (!(lifetime > 0) || !std::isfinite(lifetime))
        return;

    const double growth = s.workload.monthlyGrowth;
    const bool managed = path == Path::Managed;
    const double projectCost = managed ? r.managed->totalProjectCost : r.totalProjectCost;
    const double flatSavings =
        managed ? r.managed->monthlySavingsBeforeAmortization : r.monthlySavingsBeforeAmortization;

    const double months = std::ceil(lifetime);
    // With growth every month is summed; without it the line is straight and any month has a closed form.
    if (growth != 0 && months > kMaxGrowthLifetimeMonths)
        return;
    const double stride = std::max(1.0, std::ceil(months / kMaxLifetimeCashPoints));
    out.push_back({0, -projectCost});
    if (growth == 0) {
        for (double m = stride; m < months; m += stride)
            out.push_back({m, -projectCost + m * flatSavings});
        out.push_back({lifetime, -projectCost + lifetime * flatSavings});
        return;
    }
    // The schedule's months and savings (schedule.h), undiscounted.
    const PathSavings savings(s, r, path);
    double cumulative = -projectCost;
    walkLifetimeMonths(lifetime, growth, 0, [&](const LifetimeMonth &month) {
        cumulative += month.weight * savings.at(month.volumeFactor);
        if (!std::isfinite(cumulative))
            return false;
        if (month.month == int(months))
            out.push_back({lifetime, cumulative});
        else if (std::fmod(month.month, stride) == 0)
            out.push_back({double(month.month), cumulative});
        return true;
    });
}

} // namespace ftroi
