// Measured capacity (format 3, `self_hosted.benchmark` and `self_hosted.slo`):
// the throughput one instance keeps within the latency objectives, by the
// contract's rule (points by concurrency; the last point k such that it and
// every point before it meet the SLO; each objective point k+1 breaks crosses
// it at a concurrency found by linear interpolation; the smallest of those is
// c*, and the throughput is interpolated there), and whether the benchmark's
// request shape is the workload's.
#pragma once

#include "core/model/scenario.h"

#include <QVarLengthArray>

namespace ftroi {

// Share of the mean over the points by which the workload's tokens per request
// may differ before the benchmark's shape is a mismatch.
inline constexpr double kShapeMismatchShare = 0.25;

struct SloCapacity {
    bool feasible = false;  // some measured load meets the SLO
    double throughput = 0;  // thr_slo, tokens/s (feasible only)
    double concurrency = 0; // c*, or the last point's concurrency when all meet it (feasible only)
    int lastMeeting = -1;   // k: index into the points sorted by concurrency; -1 when infeasible
};

// Whether one measured load meets each objective given (without an SLO, every load does).
bool meetsSlo(const BenchmarkPoint &point, const std::optional<Slo> &slo);
// The points' indexes in order of concurrency.
QVarLengthArray<int, 16> pointsByConcurrency(const Benchmark &b);
SloCapacity throughputAtSlo(const Benchmark &b, const std::optional<Slo> &slo);
// |x - mean| > 25 % of the mean over ALL points, for input or output tokens per request.
bool benchmarkShapeMismatch(const Benchmark &b, const Workload &w);
// The mean input and output tokens per request over all points.
double meanInputTokens(const Benchmark &b);
double meanOutputTokens(const Benchmark &b);

} // namespace ftroi
