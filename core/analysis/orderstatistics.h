// Percentiles of samples: the interpolation rule between order statistics,
// and a selection that puts just the order statistics a set of percentiles
// reads in their sorted places (std::nth_element), instead of a full sort.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace ftroi {

// Linear interpolation between order statistics of sorted values: x[h] with
// h = (n - 1) p. Infinity stands for "never"; a percentile touching it is nullopt.
// `sorted` needs only the order statistics it reads in place (selectForPercentiles).
std::optional<double> percentileOfSorted(const double *sorted, std::int64_t n, double p);

// Reorders `values` (no NaN) so that every order statistic percentileOfSorted()
// reads for the percentiles `ps` (at most 8) stands where a full sort would put it.
void selectForPercentiles(double *values, std::int64_t n, std::initializer_list<double> ps);

} // namespace ftroi
