// Buckets for order statistics: each value's bucket among equal-width ones
// between two bounds, with the values outside and the infinities in buckets of
// their own (orderstatistics.cpp), and the buckets' counts. Vectorized with
// SSE2, or AVX2 where the processor has it; every version gives the same
// buckets as BucketRule::of().
#pragma once

#include "core/analysis/simdlevel.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ftroi {

// a < b ? a : b and a > b ? a : b as one instruction each: left to itself the
// compiler may branch, and the branch is mispredicted on unordered samples.
inline double lesserOf(double a, double b)
{
#if defined(__SSE2__)
    return _mm_cvtsd_f64(_mm_min_sd(_mm_set_sd(a), _mm_set_sd(b)));
#else
    return a < b ? a : b;
#endif
}
inline double greaterOf(double a, double b)
{
#if defined(__SSE2__)
    return _mm_cvtsd_f64(_mm_max_sd(_mm_set_sd(a), _mm_set_sd(b)));
#else
    return a > b ? a : b;
#endif
}

// Equal-width buckets between `low` and `high` (bucketRange()), `scale` of
// them per unit, the outliers and infinities in buckets of their own (the
// numbering is orderStatistics()'s). Worked out as a double, the outer
// buckets' offsets chosen over the inner one's, then truncated: the same
// operations in the scalar, SSE2 and AVX2 versions, so the same buckets.
// Without branches: where the values are "never" half the time (paybacks), a
// branch on it would be mispredicted for every other value.
struct BucketRule {
    double low, high, scale, last; // last: the highest equal-width bucket's offset (buckets - 1)

    // Bucket 0: -inf; 1: finite values below `low`; 2 .. last + 2: equal widths
    // from `low` to `high`; last + 3: finite values above `high`; last + 4: +inf.
    int of(double v) const
    {
        const double infinity = std::numeric_limits<double>::infinity();
        double t = lesserOf((lesserOf(greaterOf(v, low), high) - low) * scale, last);
        t = v < low ? -1 : t;
        t = v > high ? last + 1 : t;
        t = v == -infinity ? -2 : t;
        t = v == infinity ? last + 2 : t;
        return 2 + int(t);
    }
};

// Each of values[0..n)'s bucket (BucketRule::of()) into `out`.
void bucketsOf(const BucketRule &rule, const double *values, std::int64_t n, std::uint16_t *out,
               SimdLevel code = SimdLevel::Best);
// How many values are in each of buckets 0 .. size - 1, counted block by
// block. Four tallies, a value each in turn: one tally counting a run of one
// bucket (half the paybacks are "never") would wait for its previous count
// every time.
class BucketCounter
{
public:
    explicit BucketCounter(size_t size);
    void add(const std::uint16_t *bucketOf, std::int64_t n);
    std::vector<std::int64_t> counts(); // of every value added so far

private:
    void flush();
    size_t m_size;
    std::vector<std::uint32_t> m_tallies; // four of m_size
    std::vector<std::int64_t> m_counts;
    std::int64_t m_pending = 0; // values in the tallies
};

} // namespace ftroi
