// The Monte Carlo sampler and its statistics.
#include "core/analysis/montecarlo.h"

#include "core/engine/costengine.h"
#include "core/engine/curves.h"
#include "core/model/inputpaths.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

namespace ftroi {

namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman and Vigna), seeded from the document's seed and the chunk number.
class Generator
{
public:
    Generator(std::uint64_t seed, std::uint64_t chunk)
    {
        std::uint64_t state = seed ^ (0xd1b54a32d192ed03ull * (chunk + 1));
        for (std::uint64_t &word : m_s)
            word = splitMix64(state);
    }

    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    std::uint64_t m_s[4];
};

struct SampledInput {
    InputHandle handle;
    double low, high, mode;
    Distribution distribution;
};

double draw(const SampledInput &in, double u)
{
    const double a = in.low, b = in.high;
    if (!(b > a))
        return a;
    if (in.distribution == Distribution::Uniform)
        return a + u * (b - a);
    const double c = in.mode;
    const double fc = (c - a) / (b - a);
    if (u < fc)
        return a + std::sqrt(u * (b - a) * (c - a));
    return b - std::sqrt((1 - u) * (b - a) * (b - c));
}

constexpr double kNever = std::numeric_limits<double>::infinity();
constexpr unsigned char kNoPath = kPathCount; // every path excluded in that sample

// What a sampled input's setter moves besides itself (the traffic shape's
// rule: peak hours raise the peak share), back to the scenario's own values.
// The sampled inputs themselves are drawn anew for every sample.
void restoreCoupledValues(Scenario &sample, const Scenario &base)
{
    sample.workload.peakHoursPerDay = base.workload.peakHoursPerDay;
    sample.workload.peakTrafficShare = base.workload.peakTrafficShare;
}

SampleStats stats(std::vector<double> &values, bool withMean)
{
    SampleStats st;
    // Values that cannot be computed (NaN) are left out.
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return v != v; }), values.end());
    const std::int64_t n = std::int64_t(values.size());
    if (n == 0)
        return st;
    if (withMean) {
        const double x0 = values.front(); // shifted sum: identical samples give their value exactly
        double sum = 0;
        for (double v : values)
            sum += v - x0;
        st.mean = x0 + sum / double(n);
        if (!std::isfinite(*st.mean))
            st.mean.reset();
    }
    std::sort(values.begin(), values.end());
    st.p5 = percentileOfSorted(values.data(), n, 0.05);
    st.p10 = percentileOfSorted(values.data(), n, 0.10);
    st.p50 = percentileOfSorted(values.data(), n, 0.50);
    st.p90 = percentileOfSorted(values.data(), n, 0.90);
    st.p95 = percentileOfSorted(values.data(), n, 0.95);
    return st;
}

// The bins of sorted finite values between their 1st and 99th percentiles.
Histogram histogramOfSorted(const std::vector<double> &sorted, int bins)
{
    Histogram h;
    // "Never" (infinity) is not a value to bin: keep the finite ones.
    const auto finiteEnd = std::lower_bound(sorted.begin(), sorted.end(), kNever);
    const auto finiteBegin = std::upper_bound(sorted.begin(), finiteEnd, -kNever);
    const std::int64_t n = std::int64_t(finiteEnd - finiteBegin);
    if (bins <= 0 || n == 0)
        return h;
    const double *first = &*finiteBegin;
    double lo = *percentileOfSorted(first, n, 0.01);
    double hi = *percentileOfSorted(first, n, 0.99);
    if (!(hi > lo)) { // (nearly) one value: a narrow window around it
        const double pad = std::max(1.0, std::abs(lo) * 0.05);
        lo -= pad;
        hi += pad;
    }
    h.low = lo;
    h.high = hi;
    h.shares.assign(size_t(bins), 0.0);
    const double width = (hi - lo) / bins;
    const double share = 1.0 / double(sorted.size());
    for (std::int64_t i = 0; i < n; ++i) {
        const double v = first[i];
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

// Cumulative cash at `month` on a sample's line (its last value after its lifetime).
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

// P10/P50/P90 at each month from the band's samples (row per month).
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
        std::sort(begin, end);
        band.p10[k] = percentileOfSorted(&*begin, n, 0.10).value_or(std::nan(""));
        band.p50[k] = percentileOfSorted(&*begin, n, 0.50).value_or(std::nan(""));
        band.p90[k] = percentileOfSorted(&*begin, n, 0.90).value_or(std::nan(""));
    }
}

} // namespace

std::vector<double> bandMonths(double lifetimeMonths)
{
    std::vector<double> months;
    if (!(lifetimeMonths > 0) || !std::isfinite(lifetimeMonths))
        return months;
    const double whole = std::ceil(lifetimeMonths);
    const double step = std::max(1.0, std::ceil(whole / 60));
    for (double m = 0; m < lifetimeMonths && months.size() < 200; m += step)
        months.push_back(m);
    months.push_back(lifetimeMonths);
    return months;
}

double uniformDraw(std::uint64_t seed, std::uint64_t chunk, std::uint64_t index)
{
    Generator g(seed, chunk);
    double u = 0;
    for (std::uint64_t i = 0; i <= index; ++i)
        u = g.uniform();
    return u;
}

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

SimulationResult simulate(const Scenario &s, std::int64_t samples, std::uint64_t seed, int threads,
                          const std::atomic<bool> *cancel)
{
    return simulate(s, samples, seed, threads, [cancel] { return cancel && cancel->load(std::memory_order_relaxed); },
                    nullptr);
}

SimulationResult simulate(const Scenario &s, std::int64_t samples, std::uint64_t seed, int threads,
                          const std::function<bool()> &cancelled, SimulationDetail *detail)
{
    SimulationResult out;
    out.samples = samples;
    if (samples <= 0)
        return out;

    std::vector<SampledInput> inputs;
    if (s.uncertainty)
        for (const InputRange &r : s.uncertainty->ranges)
            if (const std::optional<InputHandle> h = resolveInput(s, r.path))
                inputs.push_back({*h, r.low, r.high, inputValue(s, *h), r.distribution});

    const auto count = static_cast<size_t>(samples);
    std::vector<double> savings(count), npv(count), payback(count);
    std::vector<unsigned char> best(count), withinLifetime(count);
    const std::int64_t chunks = (samples + kSamplesPerChunk - 1) / kSamplesPerChunk;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = int(std::min<std::int64_t>(threads, chunks));
    std::atomic<bool> stopped{false};
    const EvaluateOptions options{false};

    // The band: the first `bandN` samples' cumulative cash at the base lifetime's months.
    std::int64_t bandN = 0;
    std::vector<double> bandValues;
    if (detail) {
        detail->band = {};
        detail->band.months = bandMonths(s.project.lifetimeMonths);
        if (detail->bandSamples > 0 && !detail->band.months.empty()) {
            bandN = std::min(samples, detail->bandSamples);
            bandValues.assign(detail->band.months.size() * size_t(bandN), std::nan(""));
        }
    }

    auto work = [&](int thread) {
        Scenario sample = s; // per-thread working copy: setters write in place
        std::vector<LifetimeCashPoint> cash;
        for (std::int64_t chunk = thread; chunk < chunks; chunk += threads) {
            if (stopped.load(std::memory_order_relaxed) || (cancelled && cancelled())) {
                stopped = true;
                return;
            }
            Generator gen(seed, std::uint64_t(chunk));
            const std::int64_t end = std::min(samples, (chunk + 1) * kSamplesPerChunk);
            for (std::int64_t i = chunk * kSamplesPerChunk; i < end; ++i) {
                // Every sample starts from the scenario's own values: a setter may
                // move another input by the format's rules (peak hours raise the
                // peak share), for that sample only.
                restoreCoupledValues(sample, s);
                for (const SampledInput &in : inputs) {
                    double v = draw(in, gen.uniform());
                    if (in.handle.domain.integer)
                        v = std::round(v);
                    setInputValue(sample, in.handle, v);
                }
                const ScenarioResult r = evaluate(sample, options);
                savings[size_t(i)] = r.monthlySavings;
                npv[size_t(i)] = r.lifetime.npv.value_or(std::nan(""));
                const std::optional<double> pb = sample.workload.monthlyGrowth == 0 ? r.paybackMonths
                                                                                    : r.lifetime.paybackMonthsWithGrowth;
                payback[size_t(i)] = pb.value_or(kNever);
                withinLifetime[size_t(i)] = pb && *pb <= sample.project.lifetimeMonths;
                best[size_t(i)] = r.decision.bestPath ? static_cast<unsigned char>(*r.decision.bestPath) : kNoPath;
                if (i < bandN) {
                    lifetimeCashFlow(sample, r, Path::SelfHosted, cash);
                    const std::vector<double> &months = detail->band.months;
                    for (size_t k = 0; k < months.size(); ++k)
                        bandValues[k * size_t(bandN) + size_t(i)] = cashAt(cash, months[k]);
                }
            }
        }
    };
    if (threads == 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work, t);
        for (std::thread &t : pool)
            t.join();
    }
    if (stopped) {
        out.cancelled = true;
        return out;
    }

    std::int64_t positive = 0, paid = 0, counts[kPathCount + 1] = {0, 0, 0, 0};
    for (std::int64_t i = 0; i < samples; ++i) {
        positive += savings[size_t(i)] > 0;
        paid += withinLifetime[size_t(i)];
        counts[best[size_t(i)]] += 1;
    }
    const double n = double(samples);
    out.probabilitySavingsPositive = double(positive) / n;
    out.probabilityPaybackWithinLifetime = double(paid) / n;
    out.shareApi = double(counts[int(Path::Api)]) / n;
    out.shareManaged = double(counts[int(Path::Managed)]) / n;
    out.shareSelfHosted = double(counts[int(Path::SelfHosted)]) / n;
    out.monthlySavings = stats(savings, true);
    out.npv = stats(npv, true);
    out.payback = stats(payback, false);
    if (detail) {
        detail->monthlySavings = histogramOfSorted(savings, detail->histogramBins);
        detail->npv = histogramOfSorted(npv, detail->histogramBins);
        if (bandN > 0)
            finishBand(detail->band, bandValues, bandN);
        else
            detail->band = {};
    }
    return out;
}

} // namespace ftroi
