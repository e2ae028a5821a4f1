// The FLOPs-based training estimate, the memory-fit check and the cross-check.
#include "core/engine/trainingcheck.h"

#include "core/catalog/catalog.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ftroi {

namespace {

std::optional<TrainingGpu> gpuFrom(const CatalogEntry &e)
{
    if (!e.peakBf16Tflops || e.gpuMemoryGb <= 0 || e.gpus < 1)
        return std::nullopt;
    TrainingGpu g;
    g.peakFlops = *e.peakBf16Tflops * 1e12;
    g.memoryBytes = e.gpuMemoryGb * 1073741824.0;
    g.onDemandPerGpuHour = e.costPerHour / e.gpus;
    if (e.spotPricePerHour)
        g.spotPerGpuHour = *e.spotPricePerHour / e.gpus;
    return g;
}

struct KnownGpus {
    std::array<std::optional<TrainingGpu>, 4> byKind; // A10G, A100_40G, A100_80G, H100
};

const KnownGpus &knownGpus()
{
    static const KnownGpus known = [] {
        KnownGpus k;
        const GpuKind kinds[] = {GpuKind::A10G, GpuKind::A100_40G, GpuKind::A100_80G, GpuKind::H100};
        for (std::size_t i = 0; i < k.byKind.size(); ++i) {
            TrainingSpec spec;
            spec.gpu = kinds[i];
            const QString code = gpuCode(spec);
            for (const CatalogEntry &e : bundledCatalog().instances)
                if (e.trainingGpu == code)
                    k.byKind[i] = gpuFrom(e);
        }
        return k;
    }();
    return known;
}

} // namespace

std::optional<TrainingGpu> trainingGpu(const TrainingSpec &spec)
{
    switch (spec.gpu) {
    case GpuKind::A10G: return knownGpus().byKind[0];
    case GpuKind::A100_40G: return knownGpus().byKind[1];
    case GpuKind::A100_80G: return knownGpus().byKind[2];
    case GpuKind::H100: return knownGpus().byKind[3];
    case GpuKind::Other: break;
    }
    for (const CatalogEntry &e : bundledCatalog().instances)
        if (!e.trainingGpu.isEmpty() && e.trainingGpu.compare(spec.otherGpu, Qt::CaseInsensitive) == 0)
            return gpuFrom(e);
    return std::nullopt;
}

double trainingBytesPerParam(Method method)
{
    switch (method) {
    case Method::Full: return kFullBytesPerParam;
    case Method::Lora: return kLoraBaseBytesPerParam + kAdapterBytesPerBaseParam;
    case Method::Qlora: return kQloraBaseBytesPerParam + kAdapterBytesPerBaseParam;
    }
    return kFullBytesPerParam;
}

double trainingFlopsPerParamToken(Method method)
{
    return method == Method::Full ? kFullFlopsPerParamToken : kAdapterFlopsPerParamToken;
}

MemoryFit memoryFit(const TrainingSpec &spec, const TrainingGpu &gpu)
{
    MemoryFit fit;
    fit.bytesNeeded = spec.modelSizeB * 1e9 * trainingBytesPerParam(spec.method) * kMemoryMargin;
    fit.gpuMemoryBytes = gpu.memoryBytes;
    fit.gpusNeeded = std::max(1.0, std::ceil(fit.bytesNeeded / gpu.memoryBytes));
    return fit;
}

FlopsEstimate estimateTrainingFlops(const TrainingSpec &spec, const TrainingGpu &gpu)
{
    FlopsEstimate f;
    const double tokens = spec.examples * spec.avgSeqLen * spec.epochs;
    f.totalFlops = trainingFlopsPerParamToken(spec.method) * spec.modelSizeB * 1e9 * tokens;
    f.mfu = spec.mfu;
    f.peakFlopsPerGpu = gpu.peakFlops;
    f.numGpus = memoryFit(spec, gpu).gpusNeeded;
    f.gpuHours = f.totalFlops / (gpu.peakFlops * f.mfu) / 3600 * kTrainingOverhead;
    f.trainingHours = f.gpuHours / f.numGpus;
    f.costPerGpuHour = spec.spot ? gpu.spotPerGpuHour.value_or(gpu.onDemandPerGpuHour * kSpotPriceFactor)
                                 : gpu.onDemandPerGpuHour;
    f.costUsd = f.gpuHours * f.costPerGpuHour;
    return f;
}

TrainingCheck checkTraining(const TrainingSpec &spec)
{
    TrainingCheck c;
    c.seed = estimateTraining(spec);
    c.fallbackUsed = !c.seed.fromBenchmark;
    c.costPerRun = c.seed.totalCostUsd;
    if (const std::optional<TrainingGpu> gpu = trainingGpu(spec)) {
        c.fit = memoryFit(spec, *gpu);
        c.flops = estimateTrainingFlops(spec, *gpu);
        const double a = c.seed.totalCostUsd;
        const double b = c.flops->costUsd;
        if (a > 0 && b > 0)
            c.ratio = std::max(a, b) / std::min(a, b);
        else if (a > 0 || b > 0)
            c.ratio = INFINITY;
        if (spec.estimate == TrainingEstimateKind::Flops) {
            c.used = TrainingEstimateKind::Flops;
            c.costPerRun = b;
        }
    }
    c.disagree = c.fallbackUsed || c.ratio > kDisagreementFactor;
    return c;
}

} // namespace ftroi
