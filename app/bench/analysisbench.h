// Timings of the analysis engines: Monte Carlo, the 100x100 heatmap grid and
// the tornado (sensitivity), each the median of several runs.
#pragma once

#include "core/model/scenario.h"

#include <cstdint>

namespace bench {

// `base` with ranges on volume, throughput, both review rates and the instance
// price (triangular, around its values).
ftroi::Scenario rangedScenario(const ftroi::Scenario &base);
// The same with 3 % growth a month, autoscaling (8 peak hours carrying half the
// tokens, one instance off-peak at least), a 10 % discount rate and 36 months.
ftroi::Scenario growingScenario(const ftroi::Scenario &base);
// `samples` samples of `s`, every statistic computed: the median of `repetitions` runs.
double monteCarloMs(const ftroi::Scenario &s, std::int64_t samples, int repetitions);
// 10,000 evaluations: daily volume (log) x target utilization -> monthly savings.
double heatmap100x100Ms(const ftroi::Scenario &s);
// The default inputs at +-20 %, monthly savings.
double tornadoMs(const ftroi::Scenario &s);

} // namespace bench
