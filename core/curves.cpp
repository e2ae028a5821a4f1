// Cost-curve sampling and cash-flow series.
#include "curves.h"

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

} // namespace ftroi
