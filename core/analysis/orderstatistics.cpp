// Percentiles by selection: the ranks a percentile reads, each found in the
// bucket of values that holds it (counting sort's first pass, buckets placed
// from a sample of the values), then put in place by nth_element among that
// bucket's values only.
#include "core/analysis/orderstatistics.h"

#include "core/analysis/buckets.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace ftroi {

namespace {

constexpr int kMaxRanks = 16;

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

// The interpolation of percentileOfSorted, from the order statistics at rank
// floor(h) (`a`) and the one above it (`b`, read only when it interpolates).
std::optional<double> interpolate(std::int64_t n, double p, double a, double b)
{
    const double h = double(n - 1) * p;
    const std::int64_t lo = std::int64_t(std::floor(h));
    const double frac = h - double(lo);
    double v = a;
    if (frac > 0 && lo + 1 < n)
        v = std::isinf(b) ? b : a + frac * (b - a);
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

// Few values: a copy and nth_element for each rank, within what is left.
void smallOrderStatistics(const double *values, std::int64_t n, const std::int64_t *ranks, int count,
                          double *out)
{
    std::vector<double> copy(values, values + n);
    std::int64_t from = 0;
    for (int i = 0; i < count; ++i) {
        std::nth_element(copy.begin() + from, copy.begin() + ranks[i], copy.end());
        out[i] = copy[size_t(ranks[i])];
        from = ranks[i];
    }
}

// A range of values, low to high.
struct Span {
    double low, high;
};

// The smallest and largest finite value (low > high: none).
Span finiteSpanOf(const double *values, std::int64_t n)
{
    Span span{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    for (std::int64_t i = 0; i < n; ++i) {
        const double v = values[i];
        if (std::isfinite(v)) {
            span.low = std::min(span.low, v);
            span.high = std::max(span.high, v);
        }
    }
    return span;
}

// Where the buckets lie: equal widths between `low` and `high`, chosen from a
// sample of the values between its 2nd and 98th percentiles, so that a long
// tail (paybacks of thousands of months beside most of a few) does not
// stretch them and leave nearly every value in one. Only the speed depends
// on this choice; the order statistics are exact whatever it is.
// A sample that spans nothing (nearly all one value) falls back to the finite span.
Span bucketRange(const double *values, std::int64_t n)
{
    constexpr std::int64_t kSample = 1024;
    double sample[kSample];
    int m = 0;
    for (std::int64_t i = 0; i < kSample; ++i) {
        const double v = values[i * n / kSample];
        if (std::isfinite(v))
            sample[m++] = v;
    }
    if (m >= 64) {
        const int lowAt = (m - 1) / 50, highAt = (m - 1) - lowAt;
        std::nth_element(sample, sample + lowAt, sample + m);
        std::nth_element(sample + lowAt + 1, sample + highAt, sample + m);
        const Span range{sample[lowAt], sample[highAt]};
        if (range.high > range.low && std::isfinite(range.high - range.low))
            return range;
    }
    return finiteSpanOf(values, n);
}

// The order statistics at `ranks` (ascending, distinct, each < n) of values[0..n).
void orderStatistics(const double *values, std::int64_t n, const std::int64_t *ranks, int count, double *out)
{
    if (n < 2048) {
        smallOrderStatistics(values, n, ranks, count, out);
        return;
    }
    const Span range = bucketRange(values, n);
    const double low = range.low, high = range.high;
    // Bucket 0: -inf; 1: finite values below `low`; 2 .. buckets + 1: equal
    // widths from `low` to `high`; buckets + 2: finite values above `high`;
    // buckets + 3: +inf. The bucket of a value never decreases with the value
    // (rounding is monotone), so every value of a lower bucket is <= every
    // value of a higher one.
    const int buckets = int(std::clamp<std::int64_t>(n / 32, 1, 4096)); // the tallies stay in the nearest caches
    const double width = high - low;
    const double scale = width > 0 && std::isfinite(width) ? double(buckets) / width : 0.0;
    // The values' buckets, a block at a time (worked out again for the
    // gathering pass: cheaper than a column of them in fresh memory).
    const BucketRule rule{low, high, scale, double(buckets - 1)};
    constexpr std::int64_t kBlock = 4096;
    std::uint16_t block[kBlock];
    BucketCounter counter(size_t(buckets) + 4);
    for (std::int64_t from = 0; from < n; from += kBlock) {
        const std::int64_t m = std::min(kBlock, n - from);
        bucketsOf(rule, values + from, m, block);
        counter.add(block, m);
    }
    const std::vector<std::int64_t> counts = counter.counts();

    // Each rank's bucket and its rank inside that bucket.
    int bucketOfRank[kMaxRanks];
    std::int64_t rankInBucket[kMaxRanks];
    std::int64_t below = 0;
    int r = 0;
    for (int b = 0; b < buckets + 4 && r < count; ++b) {
        while (r < count && ranks[r] < below + counts[size_t(b)]) {
            bucketOfRank[r] = b;
            rankInBucket[r] = ranks[r] - below;
            ++r;
        }
        below += counts[size_t(b)];
    }
    // The wanted buckets' values, gathered in one pass by their buckets,
    // then selected within; the infinities' buckets are not gathered (each
    // holds one value).
    std::vector<signed char> slot(size_t(buckets) + 4, -1);
    std::vector<std::vector<double>> gathered;
    auto infinite = [&](int b) { return b == 0 || b == buckets + 3; };
    for (int i = 0; i < count; ++i) {
        if (infinite(bucketOfRank[i]))
            continue;
        signed char &s = slot[size_t(bucketOfRank[i])];
        if (s < 0) {
            s = static_cast<signed char>(gathered.size());
            gathered.emplace_back(size_t(counts[size_t(bucketOfRank[i])]));
        }
    }
    if (!gathered.empty()) {
        double *into[kMaxRanks];
        for (size_t g = 0; g < gathered.size(); ++g)
            into[g] = gathered[g].data();
        for (std::int64_t from = 0; from < n; from += kBlock) {
            const std::int64_t m = std::min(kBlock, n - from);
            bucketsOf(rule, values + from, m, block);
            const double *v = values + from;
            auto gather = [&](std::int64_t i) {
                const int s = slot[block[i]];
                if (s >= 0)
                    *into[s]++ = v[i];
            };
            // Four values a test: nearly all are in no wanted bucket (slot -1, all bits set).
            std::int64_t i = 0;
            for (; i + 4 <= m; i += 4) {
                if ((slot[block[i]] & slot[block[i + 1]] & slot[block[i + 2]] & slot[block[i + 3]]) == -1)
                    continue;
                for (std::int64_t j = i; j < i + 4; ++j)
                    gather(j);
            }
            for (; i < m; ++i)
                gather(i);
        }
    }
    // Ranks in the same bucket together: an infinity's bucket holds one value;
    // a bucket of finite values is searched the same way again within its own
    // span (clustered samples fill few buckets), nth_element once it is small.
    for (int i = 0; i < count;) {
        const int b = bucketOfRank[i];
        int end = i;
        std::int64_t inner[kMaxRanks] = {};
        while (end < count && bucketOfRank[end] == b) {
            inner[end - i] = rankInBucket[end];
            ++end;
        }
        if (infinite(b)) {
            const double infinity = std::numeric_limits<double>::infinity();
            std::fill(out + i, out + end, b == 0 ? -infinity : infinity);
            i = end;
            continue;
        }
        std::vector<double> &in = gathered[size_t(slot[size_t(b)])];
        const std::int64_t m = std::int64_t(in.size());
        if (m < 2048 || m == n)
            smallOrderStatistics(in.data(), m, inner, end - i, out + i);
        else
            orderStatistics(in.data(), m, inner, end - i, out + i);
        i = end;
    }
}

} // namespace

std::optional<double> percentileOfSorted(const double *sorted, std::int64_t n, double p)
{
    if (n <= 0)
        return std::nullopt;
    const double h = double(n - 1) * p;
    const std::int64_t lo = std::int64_t(std::floor(h));
    const double b = lo + 1 < n ? sorted[lo + 1] : 0.0;
    return interpolate(n, p, sorted[lo], b);
}


void percentilesOf(const double *values, std::int64_t n, std::initializer_list<double> ps,
                   std::optional<double> *out)
{
    if (n <= 0) {
        for (size_t i = 0; i < ps.size(); ++i)
            out[i].reset();
        return;
    }
    std::int64_t ranks[kMaxRanks] = {};
    int count = 0;
    for (const double p : ps)
        if (count <= kMaxRanks - 2)
            count += ranksOf(n, p, ranks + count);
    std::sort(ranks, ranks + count);
    count = int(std::unique(ranks, ranks + count) - ranks);
    double statistics[kMaxRanks];
    orderStatistics(values, n, ranks, count, statistics);
    auto at = [&](std::int64_t rank) {
        return statistics[std::lower_bound(ranks, ranks + count, rank) - ranks];
    };
    size_t i = 0;
    for (const double p : ps) {
        const std::int64_t lo = std::int64_t(std::floor(double(n - 1) * p));
        const double b = lo + 1 < n && std::binary_search(ranks, ranks + count, lo + 1) ? at(lo + 1) : 0.0;
        out[i++] = interpolate(n, p, at(lo), b);
    }
}

} // namespace ftroi
