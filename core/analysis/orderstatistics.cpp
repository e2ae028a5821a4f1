// Percentiles by selection: the ranks a percentile reads, each put in place by
// nth_element on the part of the values that can hold it.
#include "core/analysis/orderstatistics.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

// The rank h's floor, and the rank above it when the percentile interpolates
// (the very condition percentileOfSorted reads it under).
int ranksOf(std::int64_t n, double p, std::int64_t *out)
{
    const double h = double(n - 1) * p;
    const std::int64_t lo = std::int64_t(std::floor(h));
    out[0] = lo;
    if (h - double(lo) > 0 && lo + 1 < n) {
        out[1] = lo + 1;
        return 2;
    }
    return 1;
}

// Puts ranks[0..count) (ascending, distinct, each < n) of values[0..n) in place:
// the middle rank first, then each side's ranks within that side.
void selectRanks(double *values, std::int64_t n, const std::int64_t *ranks, int count)
{
    if (count == 0 || n <= 1)
        return;
    int mid = count / 2;
    if (mid > 0 && ranks[mid] == ranks[mid - 1] + 1)
        --mid; // a pair's lower rank, so its upper one is the pass below
    const std::int64_t k = ranks[mid];
    std::nth_element(values, values + k, values + n);
    selectRanks(values, k, ranks, mid);
    // The rank just above k is the least value above it: one pass, not another selection.
    int next = mid + 1;
    std::int64_t done = k + 1;
    if (next < count && ranks[next] == k + 1) {
        std::iter_swap(values + k + 1, std::min_element(values + k + 1, values + n));
        ++next;
        ++done;
    }
    std::int64_t above[16];
    const int right = count - next;
    for (int i = 0; i < right; ++i)
        above[i] = ranks[next + i] - done;
    selectRanks(values + done, n - done, above, right);
}

} // namespace

std::optional<double> percentileOfSorted(const double *sorted, std::int64_t n, double p)
{
    if (n <= 0)
        return std::nullopt;
    const double h = double(n - 1) * p;
    const std::int64_t lo = std::int64_t(std::floor(h));
    const double frac = h - double(lo);
    const double a = sorted[lo];
    double v = a;
    if (frac > 0 && lo + 1 < n) {
        const double b = sorted[lo + 1];
        v = std::isinf(b) ? b : a + frac * (b - a);
    }
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

void selectForPercentiles(double *values, std::int64_t n, std::initializer_list<double> ps)
{
    if (n <= 1)
        return;
    std::int64_t ranks[16];
    int count = 0;
    for (const double p : ps)
        if (count <= 14)
            count += ranksOf(n, p, ranks + count);
    std::sort(ranks, ranks + count);
    count = int(std::unique(ranks, ranks + count) - ranks);
    selectRanks(values, n, ranks, count);
}

} // namespace ftroi
