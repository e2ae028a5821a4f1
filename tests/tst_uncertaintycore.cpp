// The Monte Carlo's extras and the range rules against cases with known
// answers: the histogram and the cash-flow band of a scenario whose savings
// are linear in the volume (analytic percentiles), the band without ranges
// (the deterministic line), ranges that follow edits, and range refusals.
#include "core/engine/costengine.h"
#include "core/engine/curves.h"
#include "core/analysis/montecarlo.h"
#include "core/model/rangerules.h"
#include "testsupport.h"

#include <QtTest>

#include <cmath>

using namespace ftroi;
using testsupport::baseScenario;
using testsupport::linearScenario;

namespace {

// Fixed fleet, equal review rates: operating savings are linear in the volume,
// 0.165 $ a request a month (30 x (500 x 5 + 200 x 15) / 1e6) less the fleet
// (2 x 1.03 x 720 = 1483.2) and storage (7e9 x 2 bytes = 14 GB x 0.023 = 0.322).
constexpr double kPerRequest = 30 * (500 * 5 + 200 * 15) / 1e6;
constexpr double kFleetAndStorage = 1483.2 + 0.322;
constexpr double kProjectCost = 8 * 12 + 100 * 150; // runs, then 100 engineering hours at $150


} // namespace

class TestUncertaintyCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void histogramOfAUniformMetricIsFlat()
    {
        const Scenario s = linearScenario(20000, 80000);
        SimulationDetail detail;
        detail.histogramBins = 40;
        const SimulationResult r = simulate(s, 200000, 9, 0, {}, &detail);
        const Histogram &h = detail.monthlySavings;
        QCOMPARE(int(h.shares.size()), 40);
        // The window is P1 .. P99 of a uniform variable: 1 % of the samples each side.
        const double a = kPerRequest * 20000 - kFleetAndStorage - kProjectCost / 18;
        const double b = kPerRequest * 80000 - kFleetAndStorage - kProjectCost / 18;
        QVERIFY(testsupport::closeRel(h.low, a + 0.01 * (b - a), 0.01));
        QVERIFY(testsupport::closeRel(h.high, a + 0.99 * (b - a), 0.01));
        QVERIFY(std::abs(h.shareBelow - 0.01) < 0.002);
        QVERIFY(std::abs(h.shareAbove - 0.01) < 0.002);
        double total = h.shareBelow + h.shareAbove;
        for (double share : h.shares) {
            QVERIFY2(std::abs(share - 0.98 / 40) < 0.004, qPrintable(QString::number(share)));
            total += share;
        }
        QVERIFY(std::abs(total - 1) < 1e-9);
        QVERIFY(r.monthlySavings.p50.has_value());
    }

    void bandFollowsTheSavingsPercentiles()
    {
        // Cumulative cash at month m is -project + m x savings, increasing in the savings:
        // its percentiles are those of the savings, and at month 0 every sample is -project.
        const Scenario s = linearScenario(20000, 80000);
        SimulationDetail detail;
        detail.bandSamples = 4000;
        simulate(s, 20000, 5, 2, {}, &detail);
        const CashFlowBand &band = detail.band;
        QCOMPARE(band.months.front(), 0.0);
        QCOMPARE(band.months.back(), 18.0);
        QCOMPARE(band.months.size(), size_t(19));
        const double a = kPerRequest * 20000 - kFleetAndStorage;
        const double b = kPerRequest * 80000 - kFleetAndStorage;
        for (size_t k = 0; k < band.months.size(); ++k) {
            const double m = band.months[k];
            QVERIFY(band.p10[k] <= band.p50[k] && band.p50[k] <= band.p90[k]);
            for (const auto &[value, p] : {std::pair{band.p10[k], 0.1}, std::pair{band.p50[k], 0.5}, std::pair{band.p90[k], 0.9}}) {
                const double expected = -kProjectCost + m * (a + p * (b - a));
                QVERIFY2(std::abs(value - expected) <= 0.02 * (b - a) * m + 1e-6,
                         qPrintable(QStringLiteral("month %1 P%2: %3 vs %4").arg(m).arg(p * 100).arg(value).arg(expected)));
            }
        }
    }

    void bandWithoutRangesIsTheLine()
    {
        Scenario s = baseScenario();
        SimulationDetail detail;
        detail.bandSamples = 100;
        simulate(s, 100, 1, 1, {}, &detail);
        const ScenarioResult r = evaluate(s);
        std::vector<LifetimeCashPoint> line;
        lifetimeCashFlow(s, r, Path::SelfHosted, line);
        for (size_t k = 0; k < detail.band.months.size(); ++k) {
            const double m = detail.band.months[k];
            const double expected = -r.totalProjectCost + m * r.monthlySavingsBeforeAmortization;
            QVERIFY(testsupport::closeRel(detail.band.p10[k], expected, 1e-9));
            QCOMPARE(detail.band.p90[k], detail.band.p10[k]);
        }
    }

    void rangesFollowTheirInputs()
    {
        Scenario before = baseScenario();
        setRange(before, {QStringLiteral("workload.requests_per_day"), 30000, 70000, Distribution::Triangular});
        setRange(before, {QStringLiteral("api.review_rate"), 0.01, 0.04, Distribution::Triangular});
        Scenario after = before;
        after.workload.requestsPerDay = 100000; // doubled: the range doubles
        after.api.reviewRate = 0.8;             // x40: the range would leave [0, 1]; its top is kept at 1
        carryRanges(before, after);
        const InputRange *volume = findRange(after, QStringLiteral("workload.requests_per_day"));
        QCOMPARE(volume->low, 60000.0);
        QCOMPARE(volume->high, 140000.0);
        const InputRange *review = findRange(after, QStringLiteral("api.review_rate"));
        QVERIFY(std::abs(review->low - 0.4) < 1e-12);
        QCOMPARE(review->high, 1.0);

        // Volume to zero: the range shifts by the difference and is kept at or above 0, around the value.
        Scenario zero = after;
        zero.workload.requestsPerDay = 0;
        carryRanges(after, zero);
        volume = findRange(zero, QStringLiteral("workload.requests_per_day"));
        QCOMPARE(volume->low, 0.0);
        QCOMPARE(volume->high, 40000.0);

        // A range on the managed path goes with the path.
        Scenario managed = baseScenario();
        managed.managed = ManagedPath{};
        managed.managed->inputPricePer1M = 1;
        setRange(managed, {QStringLiteral("managed.input_price_per_1m"), 0.5, 2, Distribution::Triangular});
        Scenario without = managed;
        without.managed.reset();
        carryRanges(managed, without);
        QVERIFY(!findRange(without, QStringLiteral("managed.input_price_per_1m")));
    }

    void rangeProblemsSayWhichEndAndWhy()
    {
        const InputDomain fraction{0, 1, false, false};
        const auto text = [](double v) { return QString::number(v); };
        auto problem = rangeProblem({QString(), 0.5, 0.2, Distribution::Uniform}, fraction, 0.3, text);
        QVERIFY(problem);
        QCOMPARE(problem->end, QStringLiteral("low"));
        QCOMPARE(problem->message, QStringLiteral("the low end (0.5) is above the high end (0.2)"));
        problem = rangeProblem({QString(), 0.2, 1.5, Distribution::Uniform}, fraction, 0.3, text);
        QCOMPARE(problem->end, QStringLiteral("high"));
        QVERIFY(problem->message.contains(QLatin1String("outside")));
        problem = rangeProblem({QString(), 0.4, 0.6, Distribution::Triangular}, fraction, 0.3, text);
        QCOMPARE(problem->end, QStringLiteral("low"));
        QVERIFY(problem->message.contains(QLatin1String("must contain the scenario's value 0.3")));
        QVERIFY(!rangeProblem({QString(), 0.4, 0.6, Distribution::Uniform}, fraction, 0.3, text));
        problem = rangeProblem({QString(), std::nan(""), 0.6, Distribution::Uniform}, fraction, 0.3, text);
        QCOMPARE(problem->end, QStringLiteral("low"));
    }
};

QTEST_MAIN(TestUncertaintyCore)
#include "tst_uncertaintycore.moc"
