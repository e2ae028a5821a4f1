// The serving levers as a waterfall: the monthly serving cost with no levers
// (a flat fleet sized for the daily average, 24 peak hours, no autoscaling,
// bf16, every speedup 1), then each lever the scenario uses applied in turn
// (traffic shape, autoscaling, engine, quantization, speculative decoding),
// ending at the scenario's own serving cost. Pure functions on evaluate().
#pragma once

#include "core/model/scenario.h"

#include <QList>

namespace ftroi {

enum class ServingLever { TrafficShape, Autoscaling, Engine, Quantization, SpeculativeDecoding };

struct ServingLeverStep {
    ServingLever lever;
    double before = 0; // monthly serving cost before this lever
    double after = 0;  // ... and with it (the levers before it included)
    double change() const { return after - before; }
};

struct ServingLevers {
    double withoutLevers = 0;      // the serving cost with no levers
    QList<ServingLeverStep> steps; // the levers the scenario uses, in order
    double today = 0;              // the scenario's serving cost (= the last step's `after`)
};

// The levers `s` uses: a traffic shape below 24 peak hours, autoscaling, and
// each speedup other than 1.
QList<ServingLever> usedServingLevers(const Scenario &s);
ServingLevers servingLevers(const Scenario &s);
// "Traffic-shaped fleet", "Autoscaling", "Engine", "Quantization", "Speculative decoding".
QString servingLeverName(ServingLever lever);

} // namespace ftroi
