// Every Monte Carlo sample is the deterministic evaluation of the scenario at
// its drawn values: for each numeric input of the examples' scenarios, a run
// with that input ranged alone gives the statistics of evaluate() at the drawn
// values, computed here from the uniforms with the contract's interpolation
// rule. (A sample that kept what an earlier sample's setter moved, such as the
// peak share raised by peak hours, would not.)
#include "core/analysis/montecarlo.h"
#include "core/engine/costengine.h"
#include "core/io/documentformat.h"
#include "core/model/inputpaths.h"
#include "testsupport.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

using namespace ftroi;

namespace {

constexpr std::uint64_t kSeed = 77;
constexpr int kDraws = 11; // 11 samples: P10, P50 and P90 fall on the 2nd, 6th and 10th values

// The contract's rule, on this test's own sort: x[h] with h = (n - 1) p,
// interpolated; "never" (infinity) touched gives no value.
std::optional<double> expectedPercentile(std::vector<double> values, double p)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double h = double(values.size() - 1) * p;
    const size_t lo = size_t(std::floor(h));
    double v = values[lo];
    if (h > double(lo) && lo + 1 < values.size())
        v = std::isinf(values[lo + 1]) ? values[lo + 1] : v + (h - double(lo)) * (values[lo + 1] - v);
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("none");
}

// A range around the input's value inside its domain (or across the domain's start).
std::pair<double, double> rangeAround(const InputDomain &d, double v)
{
    double low = d.clamp(v * 0.6), high = d.clamp(v * 1.5);
    if (!(high > low)) {
        low = d.clamp(d.lowOpen ? d.smallest : d.low);
        high = d.clamp(std::max(low + 1, v + 1));
    }
    if (d.integer) {
        low = std::ceil(low);
        high = std::max(low, std::floor(high));
    }
    return {low, high};
}

// Six peak hours carrying 30 % of the tokens, autoscaled: a sampled peak-hours
// value above 7.2 raises the peak share for its sample.
Scenario shapedTraffic(Scenario s)
{
    s.workload.peakHoursPerDay = 6;
    s.workload.peakTrafficShare = 0.3;
    s.selfHosted.autoscaling = true;
    s.selfHosted.fixedInstances.reset();
    s.uncertainty.reset();
    return s;
}

} // namespace

class TestMonteCarloSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachInputRangedAloneIsTheDeterministicEvaluation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("shaped");
        for (const QString &name : {QStringLiteral("starter.ftroi"), QStringLiteral("seed-examples.ftroi"),
                                   QStringLiteral("seed-decisions.ftroi")}) {
            const QString file = QStringLiteral(FTROI_EXAMPLES_DIR "/") + name;
            const ReadResult read = readDocument(testsupport::readFile(file));
            QVERIFY2(read.document, qPrintable(read.error));
            for (int i = 0; i < read.document->scenarios.size(); ++i)
                for (const QString &path : numericInputPaths(read.document->scenarios.at(i)))
                    QTest::addRow("%s #%d %s", qPrintable(name), i, qPrintable(path)) << file << i << path << false;
        }
        const QString starter = QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi");
        const Scenario first = readDocument(testsupport::readFile(starter)).document->scenarios.first();
        for (const QString &path : numericInputPaths(shapedTraffic(first)))
            QTest::addRow("starter.ftroi #0 shaped %s", qPrintable(path)) << starter << 0 << path << true;
    }

    void eachInputRangedAloneIsTheDeterministicEvaluation()
    {
        QFETCH(QString, file);
        QFETCH(int, scenario);
        QFETCH(QString, path);
        QFETCH(bool, shaped);
        Scenario s = readDocument(testsupport::readFile(file)).document->scenarios.at(scenario);
        if (shaped)
            s = shapedTraffic(s);
        const InputHandle h = *resolveInput(s, path);
        const auto [low, high] = rangeAround(h.domain, inputValue(s, h));
        Uncertainty u;
        u.ranges = {{path, low, high, Distribution::Uniform}};
        s.uncertainty = u;

        std::vector<double> savings, npv, payback;
        int positive = 0, paid = 0, best[kPathCount + 1] = {0, 0, 0, 0};
        for (int i = 0; i < kDraws; ++i) {
            double x = low + uniformDraw(kSeed, 0, std::uint64_t(i)) * (high - low);
            if (h.domain.integer)
                x = std::round(x);
            Scenario at = s; // from the scenario's own values, as written
            setInputValue(at, h, x);
            const ScenarioResult r = evaluate(at);
            savings.push_back(r.monthlySavings);
            npv.push_back(r.lifetime.npv.value_or(std::nan("")));
            const std::optional<double> pb =
                at.workload.monthlyGrowth == 0 ? r.paybackMonths : r.lifetime.paybackMonthsWithGrowth;
            payback.push_back(pb.value_or(std::numeric_limits<double>::infinity()));
            positive += r.monthlySavings > 0;
            paid += pb && *pb <= at.project.lifetimeMonths;
            best[r.decision.bestPath ? int(*r.decision.bestPath) : kPathCount] += 1;
        }

        for (const int threads : {1, 2}) {
            const SimulationResult sim = simulate(s, kDraws, kSeed, threads);
            const auto check = [&](const char *what, const SampleStats &got, const std::vector<double> &values) {
                const std::pair<double, std::optional<double>> rows[] = {{0.10, got.p10}, {0.50, got.p50}, {0.90, got.p90}};
                for (const auto &[p, value] : rows) {
                    const std::optional<double> want = expectedPercentile(values, p);
                    QVERIFY2(same(value, want), qPrintable(QStringLiteral("%1 P%2: %3, evaluate() gives %4")
                                                               .arg(QLatin1String(what))
                                                               .arg(p * 100)
                                                               .arg(text(value), text(want))));
                }
            };
            check("savings", sim.monthlySavings, savings);
            check("npv", sim.npv, npv);
            check("payback", sim.payback, payback);
            double mean = 0, scale = 0;
            for (double v : savings) {
                mean += v;
                scale = std::max(scale, std::abs(v));
            }
            mean /= kDraws;
            QVERIFY2(sim.monthlySavings.mean && std::abs(*sim.monthlySavings.mean - mean) <= 1e-12 * scale,
                     qPrintable(text(sim.monthlySavings.mean) + QStringLiteral(" vs ") + text(mean)));
            QCOMPARE(sim.probabilitySavingsPositive, double(positive) / kDraws);
            QCOMPARE(sim.probabilityPaybackWithinLifetime, double(paid) / kDraws);
            QCOMPARE(sim.shareApi, double(best[int(Path::Api)]) / kDraws);
            QCOMPARE(sim.shareManaged, double(best[int(Path::Managed)]) / kDraws);
            QCOMPARE(sim.shareSelfHosted, double(best[int(Path::SelfHosted)]) / kDraws);
        }
    }
};

QTEST_GUILESS_MAIN(TestMonteCarloSamples)
#include "tst_montecarlosamples.moc"
