// One Monte Carlo sample by evaluate()'s formulas in one flat pass: the same
// operations on the same values in the same order as evaluate() (so the same
// bits), without what a sample does not report (the result's other fields,
// break-evens, the seed's recommendation, the close call), with every
// intermediate kept in a local and nothing allocated.
#pragma once

#include "core/engine/costengine.h"

namespace ftroi {

// Whether evaluateFlatSample() covers scenarios shaped like `s`: everything but
// a load test (measured capacity at the SLO) and a training run cost estimated
// from the training inputs (evaluateSample() takes those the general way).
bool flatSampleSupported(const Scenario &s);
// The engineering phases' sums (engineeringHours(), managedEngineeringHours()),
// taken once for the samples of a run that moves no phase.
struct PhaseHours {
    double project = 0;
    double managed = 0;
};
PhaseHours phaseHoursOf(const Scenario &s);
// `steps`, when given, must fit the scenario's lifetime terms (MonthSteps::fits);
// `hours`, when given, must be phaseHoursOf(s).
SampleOutcome evaluateFlatSample(const Scenario &s, const MonthSteps *steps, const PhaseHours *hours = nullptr);

} // namespace ftroi
