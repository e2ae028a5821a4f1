// The app's Monte Carlo run of one scenario and its sample count.
#include "ui/data/uncertaintysnapshot.h"

namespace ftroi {

ScenarioResult withSnapshotShares(const Scenario &s, int index, ScenarioResult r, const UncertaintySnapshot &snap)
{
    if (!snap.isEmpty() && snap.scenario == index && hasRanges(s))
        applySampleShares(r.decision, snap.result, closeCallProbability(s));
    return r;
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
    snap.result = simulate(s, samples, requestedSeed(s), threads, cancelled, &snap.detail);
    return snap;
}

} // namespace ftroi
