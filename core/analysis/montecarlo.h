// Monte Carlo over a scenario's uncertainty ranges. Reproducible whatever the
// thread count: samples are split into fixed chunks, each drawn from its own
// 64-bit generator stream (SplitMix64 seeding xoshiro256**), transformed by this
// file's own inverse CDFs. A chunk's uniforms and drawn values are kept input
// by input (structure of arrays; the inverse CDFs run over a chunk without a
// branch); then each sample is evaluated by evaluateSample() (evaluate()'s
// code for savings, NPV, payback and the best path, nothing else) on a
// per-thread working copy: no allocation per sample. The months' factors and
// discounts are tabled once per thread when growth and discount are not sampled.
// Percentiles come from a selection of the order statistics they read. Memory: 26 bytes a sample (savings, NPV, payback, best path, paid back), 260 MB at 10^7;
// the cash-flow band adds 8 bytes per band sample and month point (5,000 x 61: 2.4 MB).
#pragma once

#include "core/analysis/orderstatistics.h"
#include "core/model/scenario.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

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

// Shares of the finite samples in equal bins between the 1st and 99th
// percentiles; the shares below and above that window are kept apart.
struct Histogram {
    double low = 0, high = 0;   // the bins' span
    std::vector<double> shares; // share of all finite samples in each bin
    double shareBelow = 0, shareAbove = 0;
    bool isEmpty() const { return shares.empty(); }
};

// P10, P50 and P90 of the self-hosted path's cumulative cash at each month of
// the base scenario's lifetime, over the first samples of the run.
struct CashFlowBand {
    std::vector<double> months, p10, p50, p90;
    bool isEmpty() const { return months.empty(); }
};

// What a run computes beyond the statistics (the app's charts).
struct SimulationDetail {
    int histogramBins = 0;          // 0: no histograms
    std::int64_t bandSamples = 0;   // 0: no band; else at most this many samples feed it
    Histogram monthlySavings, npv;  // out
    CashFlowBand band;              // out
};

// `threads` 0: one per core. `cancel`, when set, stops the run early (cancelled = true).
SimulationResult simulate(const Scenario &s, std::int64_t samples, std::uint64_t seed, int threads = 0,
                          const std::atomic<bool> *cancel = nullptr);
// The same, polling `cancelled` between chunks of samples and filling `detail`.
SimulationResult simulate(const Scenario &s, std::int64_t samples, std::uint64_t seed, int threads,
                          const std::function<bool()> &cancelled, SimulationDetail *detail);

// The months at which the band is given: 0, then whole months in steps that
// keep it to about 60 points, and the lifetime itself.
std::vector<double> bandMonths(double lifetimeMonths);

// One uniform draw in [0, 1) of stream `chunk` at position `index`, for tests.
double uniformDraw(std::uint64_t seed, std::uint64_t chunk, std::uint64_t index);

} // namespace ftroi
