// Training-cost estimate from the seed's benchmark table.
#include "core/engine/training.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

struct BenchmarkRow {
    double modelSizeB;
    Method method;
    GpuKind gpu;
    double tokensPerSecond;
    double minGpus;
    double onDemandCostPerHour;
};

// Measured throughput, GPUs needed and on-demand $/hour, as the seed lists them.
constexpr BenchmarkRow kBenchmarks[] = {
    {7, Method::Lora, GpuKind::A100_80G, 4000, 1, 3.10},
    {7, Method::Qlora, GpuKind::A100_80G, 3200, 1, 3.10},
    {7, Method::Full, GpuKind::A100_80G, 1800, 4, 12.40},
    {7, Method::Lora, GpuKind::A10G, 1800, 1, 1.03},
    {7, Method::Qlora, GpuKind::A10G, 1400, 1, 1.03},
    {13, Method::Lora, GpuKind::A100_80G, 2500, 1, 3.10},
    {13, Method::Qlora, GpuKind::A100_80G, 2000, 1, 3.10},
    {13, Method::Full, GpuKind::A100_80G, 900, 8, 24.80},
    {70, Method::Lora, GpuKind::A100_80G, 800, 4, 12.40},
    {70, Method::Qlora, GpuKind::A100_80G, 600, 2, 6.20},
    {70, Method::Full, GpuKind::A100_80G, 220, 16, 49.60},
};

constexpr double kBenchmarkSizes[] = {7, 13, 70};

} // namespace

double nearestBenchmarkSize(double modelSizeB)
{
    double best = kBenchmarkSizes[0];
    for (double size : kBenchmarkSizes)
        if (std::abs(size - modelSizeB) < std::abs(best - modelSizeB))
            best = size;
    return best;
}

TrainingEstimate estimateTraining(const TrainingSpec &spec)
{
    TrainingEstimate e;
    e.benchmarkModelSizeB = nearestBenchmarkSize(spec.modelSizeB);

    const BenchmarkRow *row = nullptr;
    for (const BenchmarkRow &r : kBenchmarks)
        if (r.modelSizeB == e.benchmarkModelSizeB && r.method == spec.method && r.gpu == spec.gpu)
            row = &r;

    double costPerHour = 0;
    if (row) {
        e.fromBenchmark = true;
        e.tokensPerSecond = row->tokensPerSecond;
        e.numGpus = row->minGpus;
        costPerHour = row->onDemandCostPerHour;
    } else {
        // The seed's fallback: throughput scales inversely with size, one GPU per 30B.
        e.tokensPerSecond = std::max(100.0, std::trunc(4000 * (7 / spec.modelSizeB)));
        e.numGpus = std::max(1.0, std::trunc(spec.modelSizeB / 30));
        costPerHour = e.numGpus * kFallbackGpuCostPerHour;
    }
    if (spec.spot)
        costPerHour *= kSpotPriceFactor;

    e.totalTokens = spec.examples * spec.avgSeqLen * spec.epochs;
    double hours = e.totalTokens / (e.tokensPerSecond * 3600);
    hours *= kTrainingOverhead;
    e.trainingHours = hours;
    e.costPerHour = costPerHour;
    e.totalCostUsd = hours * costPerHour;
    return e;
}

} // namespace ftroi
