// The Monte Carlo's fast parts against the plain ones they replace:
// evaluateSample() (the flat pass, or the general one; working space kept from
// scenario to scenario, months tabled or not) against evaluate() bit for bit on
// thousands of random scenarios with growth, discounting, autoscaling, managed
// paths, every fleet pricing, routing and operations; percentiles from the
// bucketed selection against percentiles of a full sort (ties, long tails,
// "never" half the time, clusters far apart); the early end of the
// payback search at the edge of the 120 months.
#include "core/analysis/buckets.h"
#include "core/analysis/orderstatistics.h"
#include "core/analysis/samplebuffer.h"
#include "core/analysis/sampledraws.h"
#include "core/engine/costengine.h"
#include "core/engine/flatsample.h"
#include "testsupport.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <random>
#include <vector>

using namespace ftroi;

namespace {

class RandomScenarios
{
public:
    explicit RandomScenarios(std::uint64_t seed) : m_rng(seed) {}

    Scenario next()
    {
        Scenario s = testsupport::baseScenario();
        Workload &w = s.workload;
        w.requestsPerDay = logUniform(10, 1e7);
        w.inputTokensPerRequest = logUniform(5, 5000);
        w.outputTokensPerRequest = chance(0.05) ? 0 : logUniform(5, 3000);
        if (chance(0.5)) {
            w.peakHoursPerDay = uniform(1, 23);
            w.peakTrafficShare = uniform(w.peakHoursPerDay / 24, 1);
        }
        if (chance(0.5))
            w.monthlyGrowth = chance(0.2) ? uniform(-0.05, 0) : uniform(0, 0.12);

        s.api.inputPricePer1M = logUniform(0.05, 30);
        s.api.outputPricePer1M = logUniform(0.1, 60);
        s.api.reviewRate = uniform(0, 0.1);
        s.api.errorRate = chance(0.5) ? uniform(0, 0.05) : 0;
        if (chance(0.3)) {
            s.api.cachedInputShare = uniform(0, 1);
            s.api.cachedInputPricePer1M = s.api.inputPricePer1M * uniform(0.1, 0.5);
        }
        if (chance(0.3))
            s.api.batchShare = uniform(0, 1);
        if (chance(0.4))
            s.api.opsHoursPerMonth = uniform(0, 40);
        s.reviewCost = uniform(0, 10);
        s.costPerError = chance(0.5) ? uniform(0, 20) : 0;

        SelfHosted &sh = s.selfHosted;
        sh.instanceCostPerHour = logUniform(0.3, 40);
        sh.throughputTokensPerS = logUniform(100, 30000);
        sh.targetUtilization = uniform(0.05, 0.95);
        sh.reviewRate = uniform(0, 0.1);
        sh.errorRate = chance(0.5) ? uniform(0, 0.05) : 0;
        if (chance(0.3)) {
            sh.fixedInstances = std::floor(uniform(1, 9));
        } else if (chance(0.5)) {
            sh.autoscaling = true;
            sh.minInstances = std::floor(uniform(0, 3));
        }
        if (chance(0.3))
            sh.gpuMemoryGb = uniform(8, 160);
        if (chance(0.3))
            sh.opsHoursPerMonth = uniform(0, 60);
        if (chance(0.3))
            sh.speedup.speculativeDecoding = uniform(1, 3);
        pricing(s);

        s.project.trainingRuns = std::floor(uniform(1, 12));
        s.project.computeCostPerRun = uniform(1, 500);
        s.project.hourlyRate = uniform(30, 250);
        s.project.lifetimeMonths = chance(0.3) ? uniform(1, 60) : std::floor(uniform(1, 61));
        if (chance(0.5))
            s.project.discountRateAnnual = uniform(0, 0.3);
        if (chance(0.5))
            managed(s);
        if (chance(0.4))
            s.routing = Routing{uniform(0.05, 1)};
        if (chance(0.2))
            s.requiresSelfHosting = true;
        return s;
    }

private:
    double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(m_rng); }
    double logUniform(double a, double b) { return std::exp(uniform(std::log(a), std::log(b))); }
    bool chance(double p) { return uniform(0, 1) < p; }

    void pricing(Scenario &s)
    {
        const double pick = uniform(0, 1);
        if (pick < 0.25)
            return;
        FleetPricing p;
        if (pick < 0.5) {
            p.model = PricingModel::Reserved;
            p.discount = uniform(0, 0.7);
            p.upfrontPerInstance = chance(0.5) ? uniform(0, 20000) : 0;
            p.termMonths = chance(0.5) ? 12 : 36;
        } else if (pick < 0.75) {
            p.model = PricingModel::Spot;
            p.discount = uniform(0, 0.8);
            p.interruptionOverhead = uniform(0, 0.3);
        } else {
            p.model = PricingModel::Owned;
            p.serverPrice = uniform(5000, 300000);
            p.powerKw = uniform(0.3, 10);
            p.electricityPricePerKwh = uniform(0.05, 0.4);
            p.colocationPerMonth = uniform(0, 800);
            p.residualValueShare = uniform(0, 0.3);
            if (chance(0.5))
                p.costOfCapitalAnnual = uniform(0, 0.15);
        }
        s.selfHosted.pricing = p;
    }

    void managed(Scenario &s)
    {
        ManagedPath m = testsupport::openAiManagedPath();
        m.inputPricePer1M = logUniform(0.05, 10);
        m.outputPricePer1M = logUniform(0.1, 30);
        m.hostingCostPerHour = chance(0.5) ? uniform(0, 8) : 0;
        m.trainingPricePer1MTokens = uniform(0, 30);
        m.trainingTokensPerRun = logUniform(1e5, 1e9);
        if (chance(0.5))
            m.reviewRate = uniform(0, 0.1);
        if (chance(0.3))
            m.opsHoursPerMonth = uniform(0, 30);
        s.managed = m;
    }

    std::mt19937_64 m_rng;
};

// The same value to the last bit (a Monte Carlo's statistics must not move);
// NaN to NaN. -0.0 and 0.0 differ.
bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

} // namespace

class TestSampleBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleEvaluationIsEvaluate()
    {
        RandomScenarios random(20261203);
        ScenarioResult scratch; // kept from scenario to scenario, as the Monte Carlo keeps it
        MonthSteps steps;
        int flat = 0, growing = 0, managed = 0, autoscaled = 0, priced = 0, routed = 0, discounted = 0;
        int paidAfterLifetime = 0, neverPaid = 0; // with growth: the walk's months after the lifetime
        for (int i = 0; i < 4000; ++i) {
            const Scenario s = random.next();
            const ScenarioResult r = evaluate(s);
            const LifetimeTerms terms{0, s.project.lifetimeMonths, s.workload.monthlyGrowth,
                                      s.project.discountRateAnnual};
            const MonthSteps *tabled = (i % 3 != 0 && steps.prepare(terms)) ? &steps : nullptr;
            const SampleOutcome general = evaluateSample(s, scratch, tabled);
            const bool flatToo = flatSampleSupported(s);
            // Every other one with the phases' hours summed beforehand, as a run that moves no phase does.
            const PhaseHours hours = phaseHoursOf(s);
            const SampleOutcome flatOne = flatToo ? evaluateFlatSample(s, tabled, i % 2 ? &hours : nullptr) : general;
            for (const SampleOutcome &o : {general, flatOne}) {
                const std::optional<double> payback =
                    s.workload.monthlyGrowth == 0 ? r.paybackMonths : r.lifetime.paybackMonthsWithGrowth;
                const double wantPayback = payback.value_or(std::numeric_limits<double>::infinity());
                const double wantNpv = r.lifetime.npv.value_or(std::nan(""));
                const QString where = QStringLiteral("scenario %1").arg(i);
                QVERIFY2(same(o.monthlySavings, r.monthlySavings), qPrintable(where));
                QVERIFY2(same(o.npv, wantNpv), qPrintable(where + QStringLiteral(" npv %1 vs %2").arg(o.npv).arg(wantNpv)));
                QVERIFY2(same(o.payback, wantPayback), qPrintable(where));
                QCOMPARE(o.paidBack, payback && *payback <= s.project.lifetimeMonths);
                QCOMPARE(int(o.bestPath), r.decision.bestPath ? int(*r.decision.bestPath) : kPathCount);
            }

            flat += flatToo;
            growing += s.workload.monthlyGrowth != 0;
            managed += bool(s.managed);
            autoscaled += s.selfHosted.autoscaling;
            priced += bool(s.selfHosted.pricing);
            routed += bool(s.routing);
            discounted += s.project.discountRateAnnual != 0;
            if (s.workload.monthlyGrowth != 0 && s.project.lifetimeMonths < kMaxPaybackMonths) {
                const std::optional<double> &late = r.lifetime.paybackMonthsWithGrowth;
                paidAfterLifetime += late && *late > s.project.lifetimeMonths;
                neverPaid += !late;
            }
        }
        // The early end of the payback search (flatsample.cpp) was tried both ways.
        QVERIFY(paidAfterLifetime > 50);
        QVERIFY(neverPaid > 200);
        // Every feature was drawn many times.
        for (const int n : {flat, growing, managed, autoscaled, priced, routed, discounted})
            QVERIFY(n > 500);
    }

    // Paybacks close to the end of the 120-month search: the flat pass may end
    // the search early only where the walk would find no payback. The project
    // cost is moved across the edge (found by bisection) in steps down to one
    // part in 1e15, for growth both ways and the fleet fixed or autoscaled; with
    // growth near 0 the most the months left could save is the savings themselves,
    // so the proof has only its margin.
    void paybackAtTheSearchEnd()
    {
        int found = 0, notFound = 0;
        for (const double growth : {0.004, -0.002, 0.03, 1e-9, -1e-9, 1e-15})
            for (const bool autoscaled : {false, true}) {
                Scenario s = testsupport::equalReviewsScenario();
                s.workload.monthlyGrowth = growth;
                s.project.lifetimeMonths = 24;
                if (autoscaled) {
                    s.selfHosted.fixedInstances.reset();
                    s.selfHosted.autoscaling = true;
                    s.selfHosted.minInstances = 1;
                    s.workload.peakHoursPerDay = 8;
                    s.workload.peakTrafficShare = 0.5;
                }
                s.project.engineeringHours.clear();
                s.project.trainingRuns = 1;
                auto paybackAt = [&](double cost) {
                    s.project.computeCostPerRun = cost;
                    return evaluate(s).lifetime.paybackMonthsWithGrowth;
                };
                // The smallest cost with no payback in 120 months.
                double low = 0, high = 1e4;
                while (paybackAt(high))
                    high *= 2;
                for (int i = 0; i < 200 && high - low > high * 1e-16; ++i) {
                    const double mid = (low + high) / 2;
                    (paybackAt(mid) ? low : high) = mid;
                }
                for (const double step : {0.0, 1e-15, 1e-12, 1e-9, 1e-6, 1e-3, 0.1}) {
                    for (const double cost : {high * (1 + step), low * (1 - step)}) {
                        const std::optional<double> want = paybackAt(cost);
                        const SampleOutcome o = evaluateFlatSample(s, nullptr);
                        const QString where = QStringLiteral("growth %1, autoscaled %2, cost %3")
                                                  .arg(growth).arg(autoscaled).arg(cost, 0, 'g', 17);
                        QVERIFY2(same(o.payback, want.value_or(std::numeric_limits<double>::infinity())),
                                 qPrintable(where));
                        (want ? found : notFound) += 1;
                    }
                }
            }
        QVERIFY(found > 30);
        QVERIFY(notFound > 30);
    }

    // Every vectorized version of the bucket rule gives each value the bucket
    // the scalar rule does, at the bounds, the infinities and every tail length.
    void bucketVersionsAgree()
    {
        const double inf = std::numeric_limits<double>::infinity();
        const double max = std::numeric_limits<double>::max();
        std::mt19937_64 rng(11);
        std::normal_distribution<double> normal;
        const BucketRule rules[] = {{-3, 5, 4096 / 8.0, 4095}, {1e-3, 1e-3 + 1e-9, 64 / 1e-9, 63},
                                    {-max / 2, max / 2, 0, 0}, {7, 7, 0, 0}, {0, 1, 1, 0}};
        int compared = 0;
        for (const BucketRule &rule : rules) {
            for (std::int64_t n : {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 1000}) {
                std::vector<double> values(static_cast<size_t>(n));
                for (double &v : values) {
                    const int kind = int(rng() % 12);
                    v = kind == 0 ? inf
                        : kind == 1 ? -inf
                        : kind == 2 ? rule.low
                        : kind == 3 ? rule.high
                        : kind == 4 ? std::nextafter(rule.low, -inf)
                        : kind == 5 ? std::nextafter(rule.high, inf)
                        : kind == 6 ? (rng() % 2 ? max : -max)
                                    : rule.low + (rule.high - rule.low) * (0.5 + normal(rng));
                }
                std::vector<std::uint16_t> scalar(values.size()), vectorized(values.size());
                bucketsOf(rule, values.data(), n, scalar.data(), SimdLevel::Scalar);
                for (std::int64_t i = 0; i < n; ++i) {
                    QCOMPARE(int(scalar[size_t(i)]), rule.of(values[size_t(i)]));
                    QVERIFY(scalar[size_t(i)] <= rule.last + 4);
                }
                for (const SimdLevel code : {SimdLevel::Best, SimdLevel::Sse2, SimdLevel::Avx2}) {
                    if (!simdLevelAvailable(code))
                        continue;
                    std::fill(vectorized.begin(), vectorized.end(), std::uint16_t(9999));
                    bucketsOf(rule, values.data(), n, vectorized.data(), code);
                    QVERIFY2(vectorized == scalar, qPrintable(QStringLiteral("code %1, n %2").arg(int(code)).arg(n)));
                    ++compared;
                }
                // The counts are the buckets' own.
                // (Added in blocks of any size.)
                BucketCounter counter(size_t(rule.last) + 5);
                for (std::int64_t from = 0; from < n;) {
                    const std::int64_t m = std::min<std::int64_t>(n - from, std::int64_t(rng() % 9));
                    counter.add(scalar.data() + from, m);
                    from += m;
                }
                const std::vector<std::int64_t> counts = counter.counts();
                for (size_t b = 0; b < counts.size(); ++b)
                    QCOMPARE(counts[b], std::int64_t(std::count(scalar.begin(), scalar.end(), std::uint16_t(b))));
            }
        }
        QVERIFY(compared >= 55 * 2); // Best and SSE2 at least, on x86-64
        // Monotone: a higher value never has a lower bucket.
        const BucketRule rule{-1, 1, 100, 199};
        std::vector<double> sorted(5000);
        for (double &v : sorted)
            v = normal(rng) * (rng() % 2 ? 1 : 1e6);
        sorted.push_back(inf);
        sorted.push_back(-inf);
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::uint16_t> buckets(sorted.size());
        bucketsOf(rule, sorted.data(), std::int64_t(sorted.size()), buckets.data());
        QVERIFY(std::is_sorted(buckets.begin(), buckets.end()));
        QCOMPARE(int(buckets.front()), 0);
        QCOMPARE(int(buckets.back()), 203);
    }

    // A pool full of small buffers keeps a large one given back after them
    // (a 1M-sample run after many 100k ones must not fault its columns in again).
    void samplePoolKeepsTheLargeBuffers()
    {
        const size_t large = size_t(24) << 20;
        {
            const SampleBuffer big(large);
            {
                std::vector<std::unique_ptr<SampleBuffer>> small;
                for (int i = 0; i < 40; ++i)
                    small.push_back(std::make_unique<SampleBuffer>(4096));
            } // the pool is now full of small buffers
            QVERIFY(pooledSampleBufferBytes() < large);
        }
        QVERIFY(pooledSampleBufferBytes() >= large);
        // And it is handed out again for a run of that size.
        const SampleBuffer again(large);
        QVERIFY(pooledSampleBufferBytes() < large);
    }

    // Every version of the triangular inverse CDF gives each uniform the bits
    // of the formula, on both sides of the mode and at every tail length.
    void triangularDrawVersionsAgree()
    {
        std::mt19937_64 rng(13);
        struct Shape {
            double a, b, c;
        };
        const Shape shapes[] = {{0, 1, 0.3}, {100, 2e6, 100}, {-5, 5, 5}, {0.25, 0.75, 0.5}, {1e-9, 1e9, 3}};
        int compared = 0;
        for (const Shape &t : shapes) {
            const double fc = (t.c - t.a) / (t.b - t.a);
            for (std::int64_t n : {0, 1, 2, 3, 4, 5, 7, 8, 9, 1000}) {
                std::vector<double> u(static_cast<size_t>(n));
                for (double &x : u) {
                    const int kind = int(rng() % 6);
                    x = kind == 0 ? 0.0 : kind == 1 ? fc : kind == 2 ? std::nextafter(fc, 0.0) : kind == 3 ? 0x1.fffffffffffffp-1
                                                                                                       : double(rng() >> 11) * 0x1.0p-53;
                }
                std::vector<double> want(u.size());
                for (size_t i = 0; i < u.size(); ++i)
                    want[i] = u[i] < fc ? t.a + std::sqrt(u[i] * (t.b - t.a) * (t.c - t.a))
                                        : t.b - std::sqrt((1 - u[i]) * (t.b - t.a) * (t.b - t.c));
                for (const SimdLevel code : {SimdLevel::Scalar, SimdLevel::Best, SimdLevel::Sse2, SimdLevel::Avx2}) {
                    if (!simdLevelAvailable(code))
                        continue;
                    std::vector<double> got(u.size(), -1.0);
                    drawTriangular(t.a, t.b, t.c, u.data(), got.data(), n, code);
                    for (size_t i = 0; i < u.size(); ++i)
                        QVERIFY2(std::memcmp(&got[i], &want[i], sizeof(double)) == 0,
                                 qPrintable(QStringLiteral("code %1, n %2, u %3").arg(int(code)).arg(n).arg(u[i], 0, 'g', 17)));
                    ++compared;
                }
            }
        }
        QVERIFY(compared >= 50 * 3); // scalar, best and SSE2 at least, on x86-64
    }

    void selectedPercentilesAreTheSortedOnes()
    {
        std::mt19937_64 rng(5);
        const double inf = std::numeric_limits<double>::infinity();
        const std::initializer_list<double> ps = {0.01, 0.05, 0.10, 0.50, 0.90, 0.95, 0.99};
        std::normal_distribution<double> normal;
        for (const std::int64_t n : {1, 2, 3, 5, 11, 20, 21, 100, 1001, 2047, 2048, 2049, 4096, 100000, 250001}) {
            for (int round = 0; round < 9; ++round) {
                std::vector<double> values(static_cast<size_t>(n));
                for (double &v : values) {
                    const int kind = int(rng() % 20);
                    if (round == 6) {
                        // Paybacks: "never" half the time, the rest with a long tail.
                        v = kind < 10 ? inf : std::exp(normal(rng) * 2);
                        continue;
                    }
                    if (round == 7) {
                        // Nearly all one value (a sample of them spans nothing).
                        v = kind == 0 ? normal(rng) : 42.0;
                        continue;
                    }
                    if (round == 8) {
                        // Two clusters far apart, and the ends of the doubles.
                        v = kind == 0 ? -std::numeric_limits<double>::max()
                            : kind == 1 ? std::numeric_limits<double>::max()
                            : kind % 2  ? 1e-3 * (1 + normal(rng) * 1e-6)
                                        : 1e9 * (1 + normal(rng) * 1e-6);
                        continue;
                    }
                    if (round >= 4) {
                        // Continuous, heavy-tailed (most values in a few buckets), a few infinities.
                        v = kind == 0 ? (round == 4 ? inf : -inf) : std::exp(normal(rng) * 4) * (kind % 2 ? 1 : -1);
                        continue;
                    }
                    // Many ties, some "never", some large and negative values.
                    v = kind == 0 ? inf : kind == 1 ? -1e12 : double(rng() % 50) * (round % 2 ? 0.5 : 1.25) - 10;
                }
                std::vector<double> sorted = values;
                std::sort(sorted.begin(), sorted.end());
                const std::vector<double> before = values;
                std::optional<double> found[7];
                percentilesOf(values.data(), n, ps, found);
                QVERIFY(values == before); // the samples are left as they are
                int at = 0;
                for (const double p : ps) {
                    const std::optional<double> want = percentileOfSorted(sorted.data(), n, p);
                    const std::optional<double> got = found[at++];
                    QVERIFY2(want.has_value() == got.has_value() && (!want || *want == *got),
                             qPrintable(QStringLiteral("n %1, p %2").arg(n).arg(p)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleBatch)
#include "tst_samplebatch.moc"
