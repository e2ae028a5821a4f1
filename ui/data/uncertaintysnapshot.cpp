// The app's Monte Carlo run of one scenario and its sample count.
#include "ui/data/uncertaintysnapshot.h"

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

UncertaintySnapshot runUncertainty(const Scenario &s, int index, std::int64_t samples, int threads,
                                   const std::function<bool()> &cancelled)
{
    UncertaintySnapshot snap;
    snap.scenario = index;
    snap.requested = requestedSamples(s);
    snap.refined = samples >= snap.requested;
    snap.detail.histogramBins = kHistogramBins;
    snap.detail.bandSamples = kBandSamples;
    const auto seed = std::uint64_t(s.uncertainty ? s.uncertainty->seed : Uncertainty{}.seed);
    snap.result = simulate(s, samples, seed, threads, cancelled, &snap.detail);
    return snap;
}

} // namespace ftroi
