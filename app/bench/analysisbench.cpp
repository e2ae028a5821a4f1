// Analysis timings for ftroi-bench.
#include "app/bench/analysisbench.h"

#include "core/analysis/analysis.h"
#include "core/analysis/montecarlo.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace bench {

namespace {

template<typename Run>
double medianMs(int repetitions, Run run)
{
    std::vector<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

volatile double g_analysisSink = 0;

} // namespace

ftroi::Scenario rangedScenario(const ftroi::Scenario &base)
{
    using namespace ftroi;
    Scenario s = base;
    const auto range = [&](const char *path, double lowFactor, double highFactor) {
        const InputHandle h = *resolveInput(s, QString::fromLatin1(path));
        const double v = inputValue(s, h);
        return InputRange{QString::fromLatin1(path), h.domain.clamp(v * lowFactor), h.domain.clamp(v * highFactor), Distribution::Triangular};
    };
    Uncertainty u;
    u.ranges = {range("workload.requests_per_day", 0.5, 2), range("self_hosted.throughput_tokens_per_s", 0.6, 1.3),
                range("api.review_rate", 0.5, 1.5), range("self_hosted.review_rate", 0.5, 2),
                range("self_hosted.instance_cost_per_hour", 0.8, 1.5)};
    s.uncertainty = u;
    return s;
}

ftroi::Scenario growingScenario(const ftroi::Scenario &base)
{
    ftroi::Scenario s = rangedScenario(base);
    s.workload.monthlyGrowth = 0.03;
    // Autoscaling needs a traffic shape: 8 peak hours carrying half the day's tokens.
    s.workload.peakHoursPerDay = 8;
    s.workload.peakTrafficShare = 0.5;
    s.selfHosted.autoscaling = true;
    s.selfHosted.minInstances = 1;
    s.project.discountRateAnnual = 0.10;
    s.project.lifetimeMonths = 36;
    return s;
}

double monteCarloMs(const ftroi::Scenario &s, std::int64_t samples, int repetitions)
{
    return medianMs(repetitions, [&] { g_analysisSink = g_analysisSink + *ftroi::simulate(s, samples, 1).monthlySavings.p50; });
}

double heatmap100x100Ms(const ftroi::Scenario &s)
{
    using namespace ftroi;
    GridAxis x{QStringLiteral("workload.requests_per_day"), *resolveInput(s, QStringLiteral("workload.requests_per_day")),
               std::max(1.0, s.workload.requestsPerDay / 100), s.workload.requestsPerDay * 100, 100, true};
    GridAxis y{QStringLiteral("self_hosted.target_utilization"), *resolveInput(s, QStringLiteral("self_hosted.target_utilization")),
               0.05, 1, 100, false};
    return medianMs(9, [&] { g_analysisSink = g_analysisSink + grid(s, x, y, Metric::MonthlySavings).values.size(); });
}

double tornadoMs(const ftroi::Scenario &s)
{
    using namespace ftroi;
    return medianMs(21, [&] { g_analysisSink = g_analysisSink + sensitivity(s, Metric::MonthlySavings).rows.size(); });
}

} // namespace bench
