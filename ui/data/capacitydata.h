// What the Capacity chart shows, as plain data and text: the measured points
// by concurrency (throughput, TTFT, TPOT), the SLO lines, the operating point
// c* with its throughput and the instances it implies at today's peak, and
// the warnings (no measured load meets the SLO; the benchmark's request shape
// differs from the workload's).
#pragma once

#include "core/engine/costengine.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace ftroi {

struct CapacityData {
    bool hasBenchmark = false;
    double percentile = 95;
    QList<QPointF> throughput; // (concurrency, tokens/s), by concurrency
    QList<QPointF> ttft;       // (concurrency, ms)
    QList<QPointF> tpot;       // (concurrency, ms)
    std::optional<double> sloTtftMs;
    std::optional<double> sloTpotMs;
    bool feasible = false;
    double operatingConcurrency = 0; // c*
    double operatingThroughput = 0;  // thr_slo, tokens/s
    double instancesAtPeak = 0;      // instances of thr_slo at the target utilization that carry today's peak
    bool shapeMismatch = false;
    double benchmarkInputTokens = 0; // the mean over the points
    double benchmarkOutputTokens = 0;
    double workloadInputTokens = 0;
    double workloadOutputTokens = 0;
};

CapacityData capacityData(const Scenario &s, const ScenarioResult &r);

// "P95 TTFT" / "median TTFT": a latency's name at the benchmark's percentile.
QString percentileName(double percentile);
// The chart's title: the throughput at the SLO, or why there is none.
QString capacityTitle(const CapacityData &d);
// The operating point in words: "c* 10.7: 3,400 tokens/s each → 4 instances at today's peak".
QString operatingPointText(const CapacityData &d);
// The shape warning, empty when the shapes agree.
QString shapeWarningText(const CapacityData &d);
// What the tab says without a benchmark: how to get one.
QString noBenchmarkText();

} // namespace ftroi
