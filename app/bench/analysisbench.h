// Timings of the analysis engines: Monte Carlo, the 100x100 heatmap grid and
// the tornado (sensitivity), each the median of several runs.
#pragma once

#include "core/model/scenario.h"

namespace bench {

// 100,000 samples with ranges on volume, throughput, both review rates and the
// instance price, all statistics computed.
double monteCarlo100kMs(const ftroi::Scenario &s);
// 10,000 evaluations: daily volume (log) x target utilization -> monthly savings.
double heatmap100x100Ms(const ftroi::Scenario &s);
// The default inputs at +-20 %, monthly savings.
double tornadoMs(const ftroi::Scenario &s);

} // namespace bench
