// The statistics of a Monte Carlo run's samples: mean and percentiles of a
// metric, the histogram of its finite values, the cash-flow band's rows.
// Percentiles are read after a selection of the order statistics they need,
// so a statistic is the same value a full sort would give.
#pragma once

#include "core/analysis/montecarlo.h"
#include "core/analysis/samplebuffer.h"
#include "core/engine/curves.h"

#include <vector>

namespace ftroi {

// One metric's value for each sample, left uninitialised (every sample writes its own).
struct SampleColumn {
    explicit SampleColumn(std::int64_t n) : buffer(size_t(n) * sizeof(double)), size(n) {}
    double &operator[](size_t i) { return begin()[i]; }
    double *begin() const { return static_cast<double *>(buffer.data()); }
    double *end() const { return begin() + size; }
    SampleBuffer buffer;
    std::int64_t size;
};

// Mean (optional) and P5, P10, P50, P90, P95 of `values`, NaN left out.
// Reorders `values` and drops their NaNs (`size` then counts the others).
SampleStats sampleStats(SampleColumn &values, bool withMean);

// The bins of the finite values (any order) between their 1st and 99th
// percentiles, shares of all `values.size` samples.
Histogram histogramOf(const SampleColumn &values, int bins);

// Cumulative cash at `month` on a sample's line (its last value after its lifetime).
double cashAt(const std::vector<LifetimeCashPoint> &points, double month);

// P10/P50/P90 at each of the band's months from its samples (`perMonth` a row).
void finishBand(CashFlowBand &band, std::vector<double> &values, std::int64_t perMonth);

} // namespace ftroi
