// The seed's training-cost estimator: a benchmark table of measured training
// throughput, the nearest-model-size lookup with its fallback rule, the spot
// discount and the 15% overhead. Pure functions, no allocation.
#pragma once

#include "core/model/scenario.h"

namespace ftroi {

struct TrainingEstimate {
    double numGpus = 0;
    double tokensPerSecond = 0;
    double totalTokens = 0;
    double trainingHours = 0;
    double costPerHour = 0;
    double totalCostUsd = 0;
    bool fromBenchmark = false; // false: the seed's fallback rule was used
    double benchmarkModelSizeB = 0; // the table's nearest size that was looked up
};

inline constexpr double kSpotPriceFactor = 0.35;   // spot is ~65% off on-demand
inline constexpr double kTrainingOverhead = 1.15;  // checkpoints, eval, start-up
inline constexpr double kFallbackGpuCostPerHour = 3.10;

// The benchmark model size nearest to `modelSizeB` (7, 13 or 70; ties go to the smaller).
double nearestBenchmarkSize(double modelSizeB);

TrainingEstimate estimateTraining(const TrainingSpec &spec);

} // namespace ftroi
