// Best-path shares of the samples and the close call they imply.
#include "core/analysis/rangeddecision.h"

#include <algorithm>

namespace ftroi {

bool hasRanges(const Scenario &s)
{
    return s.uncertainty && !s.uncertainty->ranges.isEmpty();
}

std::int64_t requestedSamples(const Scenario &s)
{
    const double samples = s.uncertainty ? s.uncertainty->samples : Uncertainty{}.samples;
    return std::int64_t(std::clamp(samples, 1.0, kMaxSamples));
}

std::uint64_t requestedSeed(const Scenario &s)
{
    return std::uint64_t(s.uncertainty ? s.uncertainty->seed : Uncertainty{}.seed);
}

void applySampleShares(Decision &d, const SimulationResult &sim, double closeCallProbability)
{
    if (sim.samples <= 0 || sim.cancelled)
        return;
    std::array<double, kPathCount> shares{};
    shares[size_t(Path::Api)] = sim.shareApi;
    shares[size_t(Path::Managed)] = sim.shareManaged;
    shares[size_t(Path::SelfHosted)] = sim.shareSelfHosted;
    d.bestPathShares = shares;
    d.closeCallByShare = d.bestPath && shares[size_t(*d.bestPath)] < closeCallProbability;
    if (d.closeCallByShare)
        d.closeCall = true;
}

void addSampleShares(const Scenario &s, ScenarioResult &r, int threads)
{
    if (!hasRanges(s))
        return;
    const SimulationResult sim = simulate(s, requestedSamples(s), requestedSeed(s), threads);
    applySampleShares(r.decision, sim, closeCallProbability(s));
}

ScenarioResult evaluateWithShares(const Scenario &s)
{
    ScenarioResult r = evaluate(s);
    addSampleShares(s, r);
    return r;
}

} // namespace ftroi
