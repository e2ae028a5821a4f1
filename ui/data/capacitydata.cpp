// The Capacity chart's data and words (capacitydata.h).
#include "ui/data/capacitydata.h"

#include "core/engine/capacity.h"
#include "core/engine/formulas.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ftroi {

CapacityData capacityData(const Scenario &s, const ScenarioResult &r)
{
    CapacityData d;
    const SelfHosted &sh = s.selfHosted;
    d.workloadInputTokens = s.workload.inputTokensPerRequest;
    d.workloadOutputTokens = s.workload.outputTokensPerRequest;
    if (!sh.benchmark)
        return d;
    const Benchmark &b = *sh.benchmark;
    d.hasBenchmark = true;
    d.percentile = b.percentileOrDefault();
    for (const int i : pointsByConcurrency(b)) {
        const BenchmarkPoint &p = b.points.at(i);
        d.throughput.append({p.concurrency, p.totalTokensPerS});
        d.ttft.append({p.concurrency, p.ttftMs});
        d.tpot.append({p.concurrency, p.tpotMs});
    }
    if (sh.slo) {
        d.sloTtftMs = sh.slo->ttftMs;
        d.sloTpotMs = sh.slo->tpotMs;
    }
    d.feasible = r.throughputAtSlo && r.sloConcurrency;
    if (d.feasible) {
        d.operatingConcurrency = *r.sloConcurrency;
        d.operatingThroughput = *r.throughputAtSlo;
        const double capacityPerDay = kSecondsPerDay * d.operatingThroughput * sh.targetUtilization;
        const double peakTokensPerDay = r.routedDailyTokens * trafficShape(s.workload).peak;
        d.instancesAtPeak = capacityPerDay > 0 ? std::max(1.0, std::ceil(peakTokensPerDay / capacityPerDay)) : 0;
    }
    d.shapeMismatch = r.benchmarkShapeMismatch;
    d.benchmarkInputTokens = meanInputTokens(b);
    d.benchmarkOutputTokens = meanOutputTokens(b);
    return d;
}

QString percentileName(double percentile)
{
    return percentile == 50 ? QStringLiteral("median") : QStringLiteral("P%1").arg(percentile);
}

QString capacityTitle(const CapacityData &d)
{
    const QLocale l;
    if (!d.hasBenchmark)
        return QStringLiteral("Capacity: no load test yet");
    if (!d.feasible)
        return QStringLiteral("Capacity: no measured load meets the SLO");
    if (!d.sloTtftMs && !d.sloTpotMs)
        return QStringLiteral("Capacity: %1 tokens/s per instance at the highest measured load (no SLO)")
            .arg(l.toString(d.operatingThroughput, 'f', 0));
    return QStringLiteral("Capacity: %1 tokens/s per instance at the SLO").arg(l.toString(d.operatingThroughput, 'f', 0));
}

QString operatingPointText(const CapacityData &d)
{
    if (!d.feasible)
        return {};
    const QLocale l;
    return QStringLiteral("Operating point: %1 concurrent requests, %2 tokens/s each → %3 at today's peak")
        .arg(l.toString(d.operatingConcurrency, 'f', d.operatingConcurrency < 10 ? 2 : 1),
             l.toString(d.operatingThroughput, 'f', 0),
             d.instancesAtPeak == 1 ? QStringLiteral("1 instance")
                                    : QStringLiteral("%1 instances").arg(l.toString(d.instancesAtPeak, 'f', 0)));
}

QString shapeWarningText(const CapacityData &d)
{
    if (!d.shapeMismatch)
        return {};
    const QLocale l;
    return QStringLiteral("⚠ The load test's requests (%1 in / %2 out tokens) differ from the workload's (%3 / %4) by "
                          "more than 25 %: its throughput may not hold for this traffic.")
        .arg(l.toString(d.benchmarkInputTokens, 'f', 0), l.toString(d.benchmarkOutputTokens, 'f', 0),
             l.toString(d.workloadInputTokens, 'f', 0), l.toString(d.workloadOutputTokens, 'f', 0));
}

QString noBenchmarkText()
{
    return QStringLiteral("This scenario has no load test of its model.\n"
                          "Measure one instance at several concurrencies, for example\n"
                          "  vllm bench serve --max-concurrency 8 --save-result …\n"
                          "then use Self-hosted > Import load test… (vLLM, GenAI-Perf or AIPerf JSON)\n"
                          "or ftroi-cli benchmark apply FILE… DOC --scenario N.\n"
                          "The throughput at your TTFT/TPOT objectives then sizes the fleet.");
}

} // namespace ftroi
