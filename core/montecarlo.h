// Monte Carlo over a scenario's uncertainty ranges. Reproducible whatever the
// thread count: samples are split into fixed chunks, each drawn from its own
// 64-bit generator stream (SplitMix64 seeding xoshiro256**), transformed by this
// file's own inverse CDFs. Per sample it evaluates the whole scenario (managed
// path, growth, the decision) on a per-thread working copy: no allocation per
// sample. Memory: 26 bytes a sample (savings, NPV, payback, best path, paid back), 260 MB at 10^7.
#pragma once

#include "scenario.h"

#include <atomic>
#include <cstdint>
#include <optional>

namespace ftroi {

inline constexpr double kMaxSamples = 1e7;
inline constexpr int kSamplesPerChunk = 4096;

struct SampleStats {
    std::optional<double> mean, p5, p10, p50, p90, p95; // nullopt: falls on "never" / no finite sample
};

struct SimulationResult {
    std::int64_t samples = 0;
    SampleStats monthlySavings;
    SampleStats npv;
    SampleStats payback; // p10, p50, p90 reported
    double probabilitySavingsPositive = 0;
    double probabilityPaybackWithinLifetime = 0;
    double shareApi = 0, shareManaged = 0, shareSelfHosted = 0;
    bool cancelled = false;
};

// Linear interpolation between order statistics of sorted values: x[h] with
// h = (n - 1) p. Infinity stands for "never"; a percentile touching it is nullopt.
std::optional<double> percentileOfSorted(const double *sorted, std::int64_t n, double p);

// `threads` 0: one per core. `cancel`, when set, stops the run early (cancelled = true).
SimulationResult simulate(const Scenario &s, std::int64_t samples, std::uint64_t seed, int threads = 0,
                          const std::atomic<bool> *cancel = nullptr);

// One uniform draw in [0, 1) of stream `chunk` at position `index`, for tests.
double uniformDraw(std::uint64_t seed, std::uint64_t chunk, std::uint64_t index);

} // namespace ftroi
