// The decision with ranges (format 3): each path's share of the Monte Carlo
// samples in which it is best, over the document's own samples and seed, and
// the close call when the best path's share is below the scenario's
// close_call_probability.
#pragma once

#include "core/analysis/montecarlo.h"
#include "core/engine/costengine.h"

namespace ftroi {

// Whether the scenario has at least one uncertainty range.
bool hasRanges(const Scenario &s);
// The samples a scenario asks for (the format's default without them).
std::int64_t requestedSamples(const Scenario &s);
// The seed a scenario asks for (the format's default without one).
std::uint64_t requestedSeed(const Scenario &s);
// Adds `sim`'s best-path shares to `d`; a best path below `closeCallProbability` is a close call.
void applySampleShares(Decision &d, const SimulationResult &sim, double closeCallProbability);
// With ranges: runs the document's Monte Carlo (its samples and seed) and applies its shares.
void addSampleShares(const Scenario &s, ScenarioResult &r, int threads = 0);
// evaluate() plus, with ranges, the shares: the decision the CLI reports.
ScenarioResult evaluateWithShares(const Scenario &s);

} // namespace ftroi
