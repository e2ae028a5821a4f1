// The app's Monte Carlo of one scenario as plain data: the snapshot the
// results panel, the Uncertainty tab and the cash-flow band show, and the run
// that makes it (the app's histogram bins and band samples). Computed without
// any widget, so it runs on a worker thread (UncertaintyController) or inline
// for an export.
#pragma once

#include "core/analysis/montecarlo.h"
#include "core/analysis/rangeddecision.h"

#include <cstdint>
#include <functional>

namespace ftroi {

// The samples of the first estimate after each change (a slider step shows
// a fresh estimate of this many; the document's full count follows).
inline constexpr std::int64_t kQuickSamples = 10000;
// Histogram bins of the live snapshot.
inline constexpr int kHistogramBins = 40;
// Samples feeding the cash-flow band: enough for a smooth P10/P90.
inline constexpr std::int64_t kBandSamples = 4000;

struct UncertaintySnapshot {
    int scenario = -1;            // -1: nothing computed (no ranges)
    std::int64_t requested = 0;   // the document's sample count
    bool refined = false;         // false: the quick estimate, the full count is still running
    bool stopped = false;         // the refinement was stopped: the quick estimate is all there is
    SimulationResult result;
    SimulationDetail detail;
    bool isEmpty() const { return scenario < 0; }
};

// `r` (scenario `index`'s result) with the snapshot's best-path shares and the
// close call by share, when the snapshot is of that scenario and it has ranges.
ScenarioResult withSnapshotShares(const Scenario &s, int index, ScenarioResult r, const UncertaintySnapshot &snap);

// The run that the app makes of a scenario (bins, band), with `samples` samples:
// what the Uncertainty tab and its export show.
UncertaintySnapshot runUncertainty(const Scenario &s, int index, std::int64_t samples, int threads,
                                   const std::function<bool()> &cancelled);

} // namespace ftroi
