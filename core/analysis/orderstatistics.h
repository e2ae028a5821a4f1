// Percentiles of samples: the interpolation rule between order statistics, and
// the order statistics a set of percentiles reads, found without a full sort.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace ftroi {

// Linear interpolation between order statistics of sorted values: x[h] with
// h = (n - 1) p. Infinity stands for "never"; a percentile touching it is nullopt.
std::optional<double> percentileOfSorted(const double *sorted, std::int64_t n, double p);

// The same percentiles of `values` (any order, no NaN; left as they are) for
// each of `ps` (at most 8), written to `out` in the order of `ps`. The order
// statistics are found by one pass that counts the values into equal-width
// buckets (between the 2nd and 98th percentiles of a sample of them, with the
// values outside in buckets of their own), then a selection inside the few
// buckets that hold the ranks: the exact values a full sort reads.
void percentilesOf(const double *values, std::int64_t n, std::initializer_list<double> ps,
                   std::optional<double> *out);

} // namespace ftroi
