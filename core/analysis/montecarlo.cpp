// The Monte Carlo sampler and its statistics.
#include "core/analysis/montecarlo.h"

#include "core/analysis/sampledraws.h"
#include "core/analysis/samplestatistics.h"
#include "core/engine/costengine.h"
#include "core/engine/curves.h"
#include "core/engine/flatsample.h"
#include "core/model/inputpaths.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
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

// What a sampled input's setter moves besides itself (the traffic shape's
// rule: peak hours raise the peak share), back to the scenario's own values.
// The sampled inputs themselves are drawn anew for every sample.
void restoreCoupledValues(Scenario &sample, const Scenario &base)
{
    sample.workload.peakHoursPerDay = base.workload.peakHoursPerDay;
    sample.workload.peakTrafficShare = base.workload.peakTrafficShare;
}

// Runs work(0) .. work(threads - 1), on this thread alone when there is one.
template<typename Work>
void runOnThreads(int threads, Work &work)
{
    if (threads == 1) {
        work(0);
        return;
    }
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work, t);
    for (std::thread &t : pool)
        t.join();
}

// Below this many samples the statistics stay on one thread (a thread costs more than it saves).
constexpr std::int64_t kParallelStatisticsSamples = 20000;

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
    // The months are tabled once per thread unless a sample draws its own growth, rate or lifetime.
    bool tableMonths = true;
    if (s.uncertainty)
        for (const InputRange &r : s.uncertainty->ranges)
            if (const std::optional<InputHandle> h = resolveInput(s, r.path)) {
                inputs.push_back({*h, r.low, r.high, inputValue(s, *h), r.distribution});
                tableMonths = tableMonths && r.path != QLatin1String("workload.monthly_growth")
                    && r.path != QLatin1String("project.discount_rate_annual")
                    && r.path != QLatin1String("project.lifetime_months");
            }

    // Without a phase among the inputs (phases have no schema entry), every
    // sample's engineering hours are the scenario's: summed once.
    const bool phasesSampled =
        std::any_of(inputs.begin(), inputs.end(), [](const SampledInput &in) { return in.handle.spec == nullptr; });
    const PhaseHours phaseHours = phaseHoursOf(s);
    const PhaseHours *fixedHours = phasesSampled ? nullptr : &phaseHours;

    const auto count = static_cast<size_t>(samples);
    SampleColumn savings(samples), npv(samples), payback(samples);
    const SampleBuffer bestBuffer(count), withinBuffer(count);
    unsigned char *best = static_cast<unsigned char *>(bestBuffer.data());
    unsigned char *withinLifetime = static_cast<unsigned char *>(withinBuffer.data());
    const std::int64_t chunks = (samples + kSamplesPerChunk - 1) / kSamplesPerChunk;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = int(std::min<std::int64_t>(threads, chunks));
    std::atomic<bool> stopped{false};

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

    // Each thread's counts over its chunks, taken while a chunk is still in
    // the cache, kept in a local and stored once at the end.
    struct Tally {
        std::int64_t positive = 0, paid = 0, best[kPathCount + 1] = {0, 0, 0, 0};
    };
    std::vector<Tally> tallies(static_cast<size_t>(threads));

    auto work = [&](int thread) {
        Tally tally;
        Scenario sample = s; // per-thread working copy: setters write in place
        ScenarioResult scratch;
        std::vector<LifetimeCashPoint> cash;
        // A chunk's uniforms and drawn values, input by input (structure of arrays).
        const size_t k = inputs.size();
        // The inputs that are a plain member, written without a call.
        std::vector<double *> fields(k);
        for (size_t j = 0; j < k; ++j)
            fields[j] = inputField(sample, inputs[j].handle);
        // Tabled months: every sample's lifetime terms are the scenario's.
        MonthSteps steps;
        const MonthSteps *tabled =
            tableMonths && steps.prepare({0, s.project.lifetimeMonths, s.workload.monthlyGrowth, s.project.discountRateAnnual})
            ? &steps
            : nullptr;
        // (Not zeroed: every chunk writes what it reads.)
        const std::unique_ptr<double[]> uniforms(new double[k * kSamplesPerChunk]);
        const std::unique_ptr<double[]> drawn(new double[k * kSamplesPerChunk]);
        for (std::int64_t chunk = thread; chunk < chunks; chunk += threads) {
            if (stopped.load(std::memory_order_relaxed) || (cancelled && cancelled())) {
                stopped = true;
                return;
            }
            Generator gen(seed, std::uint64_t(chunk));
            const std::int64_t first = chunk * kSamplesPerChunk;
            const std::int64_t n = std::min(samples, first + kSamplesPerChunk) - first;
            // Each sample's uniforms in stream order, then each input's values.
            for (std::int64_t i = 0; i < n; ++i)
                for (size_t j = 0; j < k; ++j)
                    uniforms[j * kSamplesPerChunk + size_t(i)] = gen.uniform();
            for (size_t j = 0; j < k; ++j)
                drawRange(inputs[j].low, inputs[j].high, inputs[j].mode, inputs[j].distribution,
                          inputs[j].handle.domain.integer, &uniforms[j * kSamplesPerChunk], &drawn[j * kSamplesPerChunk], n);
            for (std::int64_t i = 0; i < n; ++i) {
                // Every sample starts from the scenario's own values: a setter may
                // move another input by the format's rules (peak hours raise the
                // peak share), for that sample only.
                restoreCoupledValues(sample, s);
                for (size_t j = 0; j < k; ++j) {
                    const double value = drawn[j * kSamplesPerChunk + size_t(i)];
                    if (fields[j])
                        *fields[j] = value;
                    else
                        setInputValue(sample, inputs[j].handle, value);
                }
                // The band's samples need the whole result for their cash lines.
                const bool banded = first + i < bandN;
                const SampleOutcome o = !banded && flatSampleSupported(sample)
                    ? evaluateFlatSample(sample, tabled, fixedHours)
                    : evaluateSample(sample, scratch, tabled);
                const size_t at = size_t(first + i);
                savings[at] = o.monthlySavings;
                npv[at] = o.npv;
                payback[at] = o.payback;
                withinLifetime[at] = o.paidBack;
                best[at] = o.bestPath;
                if (banded) {
                    lifetimeCashFlow(sample, scratch, Path::SelfHosted, cash);
                    const std::vector<double> &months = detail->band.months;
                    for (size_t m = 0; m < months.size(); ++m)
                        bandValues[m * size_t(bandN) + at] = cashAt(cash, months[m]);
                }
            }
            for (std::int64_t i = first; i < first + n; ++i) {
                tally.positive += savings[size_t(i)] > 0;
                tally.paid += withinLifetime[size_t(i)];
                tally.best[best[size_t(i)]] += 1;
            }
        }
        tallies[size_t(thread)] = tally;
    };
    runOnThreads(threads, work);
    if (stopped) {
        out.cancelled = true;
        return out;
    }

    std::int64_t positive = 0, paid = 0, counts[kPathCount + 1] = {0, 0, 0, 0};
    for (const Tally &t : tallies) {
        positive += t.positive;
        paid += t.paid;
        for (int p = 0; p <= kPathCount; ++p)
            counts[p] += t.best[p];
    }
    const double n = double(samples);
    out.probabilitySavingsPositive = double(positive) / n;
    out.probabilityPaybackWithinLifetime = double(paid) / n;
    out.shareApi = double(counts[int(Path::Api)]) / n;
    out.shareManaged = double(counts[int(Path::Managed)]) / n;
    out.shareSelfHosted = double(counts[int(Path::SelfHosted)]) / n;

    // Each metric's statistics on their own: with more than one core the NPV's
    // and the payback's on threads of their own beside the savings' (three
    // equal parts on two cores end after one and a half, not two).
    const int histogramBins = detail ? detail->histogramBins : 0;
    auto npvStats = [&] {
        out.npv = sampleStats(npv, true);
        if (detail)
            detail->npv = histogramOf(npv, histogramBins);
    };
    auto paybackStats = [&] { out.payback = sampleStats(payback, false); };
    std::thread npvThread, paybackThread;
    if (threads > 1 && samples >= kParallelStatisticsSamples) {
        npvThread = std::thread(npvStats);
        paybackThread = std::thread(paybackStats);
    } else {
        npvStats();
        paybackStats();
    }
    out.monthlySavings = sampleStats(savings, true);
    if (detail) {
        detail->monthlySavings = histogramOf(savings, histogramBins);
        if (bandN > 0)
            finishBand(detail->band, bandValues, bandN);
        else
            detail->band = {};
    }
    if (npvThread.joinable())
        npvThread.join();
    if (paybackThread.joinable())
        paybackThread.join();
    return out;
}

} // namespace ftroi
