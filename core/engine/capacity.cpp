// Throughput at the SLO and the shape check of a benchmark (capacity.h).
#include "core/engine/capacity.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ftroi {

namespace {

// The concurrency at which a latency going from `la` (at ca, within the
// objective) to `lb` (at cb, above it) reaches `objective`.
double crossing(double ca, double la, double cb, double lb, double objective)
{
    return ca + (objective - la) / (lb - la) * (cb - ca);
}

template<typename Member>
double meanOf(const Benchmark &b, Member member)
{
    double sum = 0;
    for (const BenchmarkPoint &p : b.points)
        sum += p.*member;
    return b.points.isEmpty() ? 0 : sum / double(b.points.size());
}

bool differs(double x, double mean)
{
    return std::abs(x - mean) > kShapeMismatchShare * mean;
}

} // namespace

bool meetsSlo(const BenchmarkPoint &point, const std::optional<Slo> &slo)
{
    if (!slo)
        return true;
    if (slo->ttftMs && !(point.ttftMs <= *slo->ttftMs))
        return false;
    if (slo->tpotMs && !(point.tpotMs <= *slo->tpotMs))
        return false;
    return true;
}

QVarLengthArray<int, 16> pointsByConcurrency(const Benchmark &b)
{
    QVarLengthArray<int, 16> order(b.points.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](int x, int y) { return b.points[x].concurrency < b.points[y].concurrency; });
    return order;
}

SloCapacity throughputAtSlo(const Benchmark &b, const std::optional<Slo> &slo)
{
    SloCapacity out;
    const QVarLengthArray<int, 16> order = pointsByConcurrency(b);
    int k = -1;
    while (k + 1 < order.size() && meetsSlo(b.points[order[k + 1]], slo))
        ++k;
    if (k < 0)
        return out;
    out.feasible = true;
    out.lastMeeting = k;
    const BenchmarkPoint &a = b.points[order[k]];
    if (k + 1 == order.size()) {
        out.throughput = a.totalTokensPerS;
        out.concurrency = a.concurrency;
        return out;
    }
    const BenchmarkPoint &next = b.points[order[k + 1]];
    double c = std::numeric_limits<double>::infinity();
    if (slo->ttftMs && next.ttftMs > *slo->ttftMs)
        c = std::min(c, crossing(a.concurrency, a.ttftMs, next.concurrency, next.ttftMs, *slo->ttftMs));
    if (slo->tpotMs && next.tpotMs > *slo->tpotMs)
        c = std::min(c, crossing(a.concurrency, a.tpotMs, next.concurrency, next.tpotMs, *slo->tpotMs));
    out.concurrency = c;
    out.throughput = a.totalTokensPerS
        + (c - a.concurrency) / (next.concurrency - a.concurrency) * (next.totalTokensPerS - a.totalTokensPerS);
    return out;
}

double meanInputTokens(const Benchmark &b)
{
    return meanOf(b, &BenchmarkPoint::inputTokens);
}

double meanOutputTokens(const Benchmark &b)
{
    return meanOf(b, &BenchmarkPoint::outputTokens);
}

bool benchmarkShapeMismatch(const Benchmark &b, const Workload &w)
{
    return differs(w.inputTokensPerRequest, meanInputTokens(b)) || differs(w.outputTokensPerRequest, meanOutputTokens(b));
}

} // namespace ftroi
