// The Monte Carlo sampler and its statistics.
#include "montecarlo.h"

#include "costengine.h"
#include "inputpaths.h"

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

} // namespace

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

    auto work = [&](int thread) {
        Scenario sample = s; // per-thread working copy: setters write in place
        for (std::int64_t chunk = thread; chunk < chunks; chunk += threads) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            Generator gen(seed, std::uint64_t(chunk));
            const std::int64_t end = std::min(samples, (chunk + 1) * kSamplesPerChunk);
            for (std::int64_t i = chunk * kSamplesPerChunk; i < end; ++i) {
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
                best[size_t(i)] = static_cast<unsigned char>(r.decision.bestPath);
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

    std::int64_t positive = 0, paid = 0, counts[3] = {0, 0, 0};
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
    return out;
}

} // namespace ftroi
