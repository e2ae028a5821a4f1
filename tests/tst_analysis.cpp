// Monte Carlo, sensitivity, goal seek and the grid against cases with known
// answers: reproducibility across runs and thread counts, a uniform volume
// range against the analytic quantiles of a linear metric, closed-form goal
// seeks, a fleet step, the tornado's order, the grid's layout and its
// over-capacity cells.
#include "core/analysis/analysis.h"
#include "core/io/documentformat.h"
#include "core/analysis/montecarlo.h"
#include "core/report/analysisjson.h"
#include "testsupport.h"

#include <QtTest>

#include <cmath>

using namespace ftroi;
using testsupport::baseScenario;

namespace {

// Fixed fleet, equal review rates: savings are linear in the volume,
// 0.165 $ a request a month (30 x (500 x 5 + 200 x 15) / 1e6) less 2321.19 fixed.
Scenario linearScenario()
{
    return testsupport::equalReviewsScenario();
}

constexpr double kPerRequest = 30 * (500 * 5 + 200 * 15) / 1e6;
const double kFixed = 1483.2 + 0.322 + 15096.0 / 18;

InputHandle handle(const Scenario &s, const char *path)
{
    return *resolveInput(s, QString::fromLatin1(path));
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameNumbersWhateverTheThreads()
    {
        Scenario s = linearScenario();
        Uncertainty u;
        u.ranges = {{QStringLiteral("workload.requests_per_day"), 20000, 90000, Distribution::Triangular},
                    {QStringLiteral("self_hosted.instance_cost_per_hour"), 0.8, 1.5, Distribution::Uniform}};
        s.uncertainty = u;
        const SimulationResult one = simulate(s, 50000, 42, 1);
        const SimulationResult two = simulate(s, 50000, 42, 2);
        const SimulationResult again = simulate(s, 50000, 42, 2);
        for (const SimulationResult *r : {&two, &again}) {
            QCOMPARE(*r->monthlySavings.mean, *one.monthlySavings.mean);
            QCOMPARE(*r->npv.p10, *one.npv.p10);
            QCOMPARE(*r->npv.p95, *one.npv.p95);
            QCOMPARE(r->probabilitySavingsPositive, one.probabilitySavingsPositive);
        }
        const SimulationResult other = simulate(s, 50000, 43, 2);
        QVERIFY(*other.monthlySavings.mean != *one.monthlySavings.mean);
    }

    void uniformVolumeGivesTheAnalyticQuantiles()
    {
        Scenario s = linearScenario();
        s.uncertainty = Uncertainty{{{QStringLiteral("workload.requests_per_day"), 10000, 90000, Distribution::Uniform}}, 200000, 7};
        const SimulationResult r = simulate(s, 200000, 7);
        auto savingsAt = [](double requests) { return kPerRequest * requests - kFixed; };
        // Quantile q of U(10k, 90k) is 10k + 80k q; the metric is linear and increasing.
        // Standard error of a quantile near the middle: 80k x sqrt(q(1-q)/n) ~ 90 requests.
        const double tolerance = kPerRequest * 600;
        QVERIFY(std::abs(*r.monthlySavings.mean - savingsAt(50000)) < tolerance);
        QVERIFY(std::abs(*r.monthlySavings.p10 - savingsAt(18000)) < tolerance);
        QVERIFY(std::abs(*r.monthlySavings.p50 - savingsAt(50000)) < tolerance);
        QVERIFY(std::abs(*r.monthlySavings.p90 - savingsAt(82000)) < tolerance);
        QVERIFY(std::abs(*r.monthlySavings.p5 - savingsAt(14000)) < tolerance);
        // Savings > 0 above 2321.19 / 0.165 = 14,068 requests: probability (90k - 14,068) / 80k.
        QVERIFY(std::abs(r.probabilitySavingsPositive - (90000 - kFixed / kPerRequest) / 80000) < 0.005);
        QCOMPARE(r.shareApi + r.shareManaged + r.shareSelfHosted, 1.0);
    }

    void triangularMeanIsTheMeanOfItsCorners()
    {
        Scenario s = linearScenario();
        s.uncertainty = Uncertainty{{{QStringLiteral("workload.requests_per_day"), 20000, 110000, Distribution::Triangular}}, 1, 1};
        const SimulationResult r = simulate(s, 200000, 11);
        // Mode 50,000: mean (20k + 50k + 110k) / 3 = 60k requests.
        QVERIFY(std::abs(*r.monthlySavings.mean - (kPerRequest * 60000 - kFixed)) < kPerRequest * 300);
    }

    void withoutRangesEveryPercentileIsTheValue()
    {
        Scenario s = baseScenario();
        const ScenarioResult det = evaluate(s);
        const SimulationResult r = simulate(s, 1000, 1);
        for (const std::optional<double> &v : {r.monthlySavings.mean, r.monthlySavings.p5, r.monthlySavings.p50, r.monthlySavings.p95})
            QCOMPARE(*v, det.monthlySavings);
        QCOMPARE(*r.npv.p10, *det.lifetime.npv);
        QVERIFY(!r.payback.p50); // never pays back: every percentile falls on "never"
        QCOMPARE(r.probabilityPaybackWithinLifetime, 0.0);
        QCOMPARE(r.shareApi, 1.0);
    }

    void percentilesInterpolate()
    {
        const double v[] = {1, 2, 3, 4, std::numeric_limits<double>::infinity()};
        QCOMPARE(*percentileOfSorted(v, 5, 0.5), 3.0);
        QCOMPARE(*percentileOfSorted(v, 5, 0.1), 1.4);      // h = 0.4
        QVERIFY(!percentileOfSorted(v, 5, 0.9));            // h = 3.6: between 4 and never
        QCOMPARE(*percentileOfSorted(v, 5, 0.75), 4.0);     // exactly the 4th
    }

    void cancelledRunSaysSo()
    {
        Scenario s = linearScenario();
        s.uncertainty = Uncertainty{{{QStringLiteral("workload.requests_per_day"), 1, 9e4, Distribution::Uniform}}, 1, 1};
        std::atomic<bool> cancel{true};
        QVERIFY(simulate(s, 100000, 1, 2, &cancel).cancelled);
    }

    void extremeRangesStayFinite()
    {
        Scenario s = linearScenario();
        s.selfHosted.fixedInstances.reset();
        s.uncertainty = Uncertainty{{{QStringLiteral("workload.requests_per_day"), 0, 1e12, Distribution::Uniform}}, 1, 1};
        const SimulationResult r = simulate(s, 5000, 3);
        for (const std::optional<double> &v : {r.monthlySavings.mean, r.monthlySavings.p90, r.npv.mean, r.npv.p5})
            QVERIFY(v && std::isfinite(*v));
    }

    void sensitivityDefaultsAndOrder()
    {
        const Scenario s = linearScenario();
        const Sensitivity t = sensitivity(s, Metric::MonthlySavings);
        QCOMPARE(int(t.rows.size()), 11);
        FTROI_COMPARE_REL(*t.base, kPerRequest * 50000 - kFixed, 1e-12);
        // Volume +-20 %: savings move by 0.165 x 10,000 either way.
        const SensitivityRow *volume = nullptr;
        for (const SensitivityRow &r : t.rows)
            if (r.input == QLatin1String("workload.requests_per_day"))
                volume = &r;
        QVERIFY(volume);
        QCOMPARE(volume->low, 40000.0);
        QCOMPARE(volume->high, 60000.0);
        FTROI_COMPARE_REL(*volume->metricAtLow, kPerRequest * 40000 - kFixed, 1e-12);
        // Utilization is clamped to (0, 1]: 0.2 +- 20 % stays inside.
        for (size_t i = 1; i < t.rows.size(); ++i) {
            const auto swing = [](const SensitivityRow &r) { return std::abs(*r.metricAtHigh - *r.metricAtLow); };
            QVERIFY(swing(t.rows[i - 1]) >= swing(t.rows[i]));
        }
        // A fixed fleet ignores the target utilization: no swing, last.
        QCOMPARE(t.rows.back().metricAtLow, t.rows.back().metricAtHigh);
    }

    void sensitivityUsesRangesAndPutsNeverFirst()
    {
        Scenario s = linearScenario();
        s.uncertainty = Uncertainty{{{QStringLiteral("review_cost"), 4, 6, Distribution::Triangular},
                                     {QStringLiteral("self_hosted.review_rate"), 0.02, 0.05, Distribution::Triangular}}, 1, 1};
        const Sensitivity t = sensitivity(s, Metric::PaybackMonths);
        QCOMPARE(int(t.rows.size()), 2);
        QCOMPARE(t.rows[0].input, QStringLiteral("self_hosted.review_rate")); // at 5 % it never pays back
        QVERIFY(!t.rows[0].metricAtHigh);
        // Equal review rates: the review cost changes nothing.
        QCOMPARE(*t.rows[1].metricAtLow, *t.rows[1].metricAtHigh);
    }

    void solveLinearVolume()
    {
        const Scenario s = linearScenario();
        const GoalSeek g = solve(s, handle(s, "workload.requests_per_day"), QStringLiteral("workload.requests_per_day"),
                                 Metric::MonthlySavings, 1000);
        QVERIFY(g.value);
        FTROI_COMPARE_REL(*g.value, (1000 + kFixed) / kPerRequest, 1e-9);
        QVERIFY(std::abs(*g.achieved - 1000) < 1e-6);
    }

    void solveMaximumInstancePrice()
    {
        // Payback of 12 months: 15096 / (8250 - 1440 p - 0.322) = 12.
        const Scenario s = linearScenario();
        const GoalSeek g = solve(s, handle(s, "self_hosted.instance_cost_per_hour"),
                                 QStringLiteral("self_hosted.instance_cost_per_hour"), Metric::PaybackMonths, 12);
        QVERIFY(g.value);
        FTROI_COMPARE_REL(*g.value, (8250 - 0.322 - 15096.0 / 12) / 1440, 1e-9);
    }

    void solveReturnsTheFleetStep()
    {
        // Auto sizing: one A10G carries 86.4 M tokens/day = 123,428.57 requests. The
        // self-hosted cost jumps from one instance (741.6) to two (1483.2) there, so a
        // monthly_ft_total of 1000 + fixed is never met exactly: the answer is the step.
        Scenario s = linearScenario();
        s.selfHosted.fixedInstances.reset();
        const double fixed = 0.322 + 15096.0 / 18;
        const GoalSeek g = solve(s, handle(s, "workload.requests_per_day"), QStringLiteral("workload.requests_per_day"),
                                 Metric::MonthlyFtTotal, 1000 + fixed);
        QVERIFY(g.value);
        FTROI_COMPARE_REL(*g.value, 86.4e6 / 700, 1e-9);
        FTROI_COMPARE_REL(*g.achieved, 1483.2 + fixed, 1e-12); // just past the step: two instances
    }

    void solveUnreachableSaysWhy()
    {
        const Scenario s = baseScenario(); // 5 % vs 2 % reviews: every request loses money
        const GoalSeek g = solve(s, handle(s, "workload.requests_per_day"), QStringLiteral("workload.requests_per_day"),
                                 Metric::MonthlySavings, 0);
        QVERIFY(!g.value);
        QVERIFY(g.reason.contains(QStringLiteral("never reaches 0")));
    }

    void frontierPassesThroughTheAllInBreakEven()
    {
        Scenario s = linearScenario();
        s.selfHosted.fixedInstances.reset();
        const ScenarioResult r = evaluate(s);
        const GoalSeek g = solve(s, handle(s, "workload.requests_per_day"), QStringLiteral("workload.requests_per_day"),
                                 Metric::MonthlySavings, 0);
        QVERIFY(g.value && r.breakEvenAllInTokensPerDay);
        FTROI_COMPARE_REL(*g.value * 700, *r.breakEvenAllInTokensPerDay, 1e-9);
    }

    void gridLayout()
    {
        const Scenario s = linearScenario();
        GridAxis x{QStringLiteral("workload.requests_per_day"), handle(s, "workload.requests_per_day"), 1000, 100000, 3, true};
        GridAxis y{QStringLiteral("self_hosted.instance_cost_per_hour"), handle(s, "self_hosted.instance_cost_per_hour"), 1, 3, 2, false};
        const Grid g = grid(s, x, y, Metric::MonthlySavings);
        QCOMPARE(g.x, (std::vector<double>{1000, 10000, 100000}));
        QCOMPARE(g.y, (std::vector<double>{1, 3}));
        QCOMPARE(int(g.values.size()), 6);
        // Row y = 3 $/hour, column x = 10,000 requests: 0.165 x 10,000 - (2 x 3 x 720 + 0.322 + 15096/18)
        FTROI_COMPARE_REL(*g.values[1 * 3 + 1], kPerRequest * 10000 - (2 * 3 * 720 + 0.322 + 15096.0 / 18), 1e-9);
    }

    // A fixed fleet of 2 over 1k..100M requests a day: the cells past its capacity
    // are marked, each as evaluate() judges that cell, and only then does the
    // JSON carry "over_capacity".
    void gridMarksOverCapacity()
    {
        const Scenario s = linearScenario();
        GridAxis x{QStringLiteral("workload.requests_per_day"), handle(s, "workload.requests_per_day"), 1000, 1e8, 6, true};
        GridAxis y{QStringLiteral("self_hosted.instance_cost_per_hour"), handle(s, "self_hosted.instance_cost_per_hour"), 1, 3, 2, false};
        const Grid g = grid(s, x, y, Metric::MonthlySavings);
        QCOMPARE(g.overCapacity.size(), g.values.size());
        int over = 0;
        for (size_t iy = 0; iy < g.y.size(); ++iy) {
            for (size_t ix = 0; ix < g.x.size(); ++ix) {
                Scenario cell = s;
                setInputValue(cell, x.handle, g.x[ix]);
                setInputValue(cell, y.handle, g.y[iy]);
                const bool expected = evaluate(cell).overCapacity;
                QCOMPARE(bool(g.overCapacity[iy * g.x.size() + ix]), expected);
                over += expected;
            }
        }
        QVERIFY2(over > 0 && over < int(g.values.size()), "some cells over capacity, some not");
        QVERIFY(g.anyOverCapacity());
        const QByteArray json = gridJson(g, Metric::MonthlySavings);
        QVERIFY(json.contains("\"over_capacity\":[[false,"));

        x.high = 10000; // all within the fleet: no key, format 2's bytes
        const Grid within = grid(s, x, y, Metric::MonthlySavings);
        QVERIFY(!within.anyOverCapacity());
        QVERIFY(!gridJson(within, Metric::MonthlySavings).contains("over_capacity"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
