// Mean, percentiles by selection, histogram and band rows of Monte Carlo samples.
#include "core/analysis/samplestatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ftroi {

SampleStats sampleStats(SampleColumn &values, bool withMean)
{
    SampleStats st;
    // One pass: values that cannot be computed (NaN) are left out, the rest
    // summed shifted by the first (identical samples give their value exactly).
    double *v = values.begin();
    const std::int64_t all = values.size;
    std::int64_t first = 0;
    while (first < all && v[first] != v[first])
        ++first;
    const double x0 = first < all ? v[first] : 0.0;
    double sum = 0;
    std::int64_t n = 0;
    // (Without the mean, no sum: its additions are one chain, a value after another.)
    auto keep = [&](auto add) {
        for (std::int64_t i = first; i < all; ++i) {
            const double x = v[i];
            if (x != x)
                continue;
            v[n++] = x;
            add(x);
        }
    };
    if (withMean)
        keep([&](double x) { sum += x - x0; });
    else
        keep([](double) {});
    values.size = n;
    if (n == 0)
        return st;
    if (withMean) {
        st.mean = x0 + sum / double(n);
        if (!std::isfinite(*st.mean))
            st.mean.reset();
    }
    std::optional<double> p[5];
    percentilesOf(values.begin(), n, {0.05, 0.10, 0.50, 0.90, 0.95}, p);
    st.p5 = p[0];
    st.p10 = p[1];
    st.p50 = p[2];
    st.p90 = p[3];
    st.p95 = p[4];
    return st;
}

Histogram histogramOf(const SampleColumn &values, int bins)
{
    Histogram h;
    // "Never" (infinity) and "cannot be computed" (NaN) are not values to bin.
    std::vector<double> finite;
    finite.reserve(size_t(values.size));
    for (double v : values)
        if (std::isfinite(v))
            finite.push_back(v);
    const std::int64_t n = std::int64_t(finite.size());
    if (bins <= 0 || n == 0)
        return h;
    std::optional<double> window[2];
    percentilesOf(finite.data(), n, {0.01, 0.99}, window);
    double lo = *window[0];
    double hi = *window[1];
    if (!(hi > lo)) { // (nearly) one value: a narrow window around it
        const double pad = std::max(1.0, std::abs(lo) * 0.05);
        lo -= pad;
        hi += pad;
    }
    h.low = lo;
    h.high = hi;
    h.shares.assign(size_t(bins), 0.0);
    const double width = (hi - lo) / bins;
    const double share = 1.0 / double(values.size);
    for (const double v : finite) {
        if (v < lo) {
            h.shareBelow += share;
        } else if (v > hi) {
            h.shareAbove += share;
        } else {
            const int bin = std::min(bins - 1, int((v - lo) / width));
            h.shares[size_t(bin)] += share;
        }
    }
    return h;
}

double cashAt(const std::vector<LifetimeCashPoint> &points, double month)
{
    if (points.empty())
        return std::nan("");
    if (month >= points.back().month)
        return points.back().cumulative;
    const auto next = std::upper_bound(points.begin(), points.end(), month,
                                       [](double m, const LifetimeCashPoint &p) { return m < p.month; });
    if (next == points.begin())
        return next->cumulative;
    const LifetimeCashPoint &a = *(next - 1);
    const LifetimeCashPoint &b = *next;
    const double t = (month - a.month) / (b.month - a.month);
    return a.cumulative + t * (b.cumulative - a.cumulative);
}

void finishBand(CashFlowBand &band, std::vector<double> &values, std::int64_t perMonth)
{
    const size_t points = band.months.size();
    band.p10.assign(points, std::nan(""));
    band.p50.assign(points, std::nan(""));
    band.p90.assign(points, std::nan(""));
    for (size_t k = 0; k < points; ++k) {
        auto begin = values.begin() + std::ptrdiff_t(k) * perMonth;
        auto end = std::remove_if(begin, begin + perMonth, [](double v) { return !std::isfinite(v); });
        const std::int64_t n = std::int64_t(end - begin);
        if (n == 0)
            continue;
        std::optional<double> p[3];
        percentilesOf(&*begin, n, {0.10, 0.50, 0.90}, p);
        band.p10[k] = p[0].value_or(std::nan(""));
        band.p50[k] = p[1].value_or(std::nan(""));
        band.p90[k] = p[2].value_or(std::nan(""));
    }
}

} // namespace ftroi
