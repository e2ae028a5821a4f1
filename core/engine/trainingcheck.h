// A second training estimate beside the seed's: FLOPs-based compute time and a
// memory-fit check, and the cross-check between the two.
//
// FLOPs: training a dense transformer costs ~6·N FLOPs per token for full
// fine-tuning (forward 2·N, backward 4·N: gradients of the activations 2·N and
// of the weights 2·N; Kaplan et al. 2020, "Scaling Laws", section 2.1). LoRA and
// QLoRA freeze the base weights, so the weight-gradient half of the backward
// pass is skipped for them: ~4·N per token (the adapter's own FLOPs are < 1 %
// of N and are left out). QLoRA's dequantisation overhead is not counted.
// Time = FLOPs / (peak bf16 FLOP/s per GPU × MFU), plus the seed's 15 % overhead.
// MFU defaults to 0.4: well-tuned large training runs reach 40-50 % (PaLM
// reports 46.2 %, Chowdhery et al. 2022, table 3); small fine-tuning jobs often
// reach less, so the field is editable.
//
// Memory: full fine-tuning with mixed-precision Adam holds 16 bytes per
// parameter (bf16 weights 2 + bf16 gradients 2 + fp32 master weights 4 + two
// fp32 Adam moments 8; Rajbhandari et al. 2020, "ZeRO", section 3.1). LoRA keeps
// the frozen bf16 weights (2 bytes/param), QLoRA a 4-bit base (0.5 bytes/param);
// both add an adapter of ~1 % of the parameters trained like a full model
// (16 bytes each, i.e. 0.16 bytes per base parameter). A 20 % margin covers
// activations, workspace and the CUDA context. GPUs needed = ceil(bytes / memory
// of one GPU), with GPU memory in GiB (2^30 bytes), sharded as ZeRO-3/FSDP would.
#pragma once

#include "core/model/scenario.h"
#include "core/engine/training.h"

#include <optional>

namespace ftroi {

inline constexpr double kDefaultMfu = 0.4;
inline constexpr double kFullFlopsPerParamToken = 6;
inline constexpr double kAdapterFlopsPerParamToken = 4;
inline constexpr double kFullBytesPerParam = 16;
inline constexpr double kLoraBaseBytesPerParam = 2;
inline constexpr double kQloraBaseBytesPerParam = 0.5;
inline constexpr double kAdapterBytesPerBaseParam = 0.01 * 16;
inline constexpr double kMemoryMargin = 1.2;
inline constexpr double kDisagreementFactor = 3;

// The figures of the GPU a training spec names, from the bundled catalog's
// entry marked with that `training_gpu` code (the seed's prices).
struct TrainingGpu {
    double peakFlops = 0;        // dense bf16 FLOP/s of one GPU
    double memoryBytes = 0;      // of one GPU
    double onDemandPerGpuHour = 0;
    std::optional<double> spotPerGpuHour;
};

struct MemoryFit {
    double bytesNeeded = 0;
    double gpuMemoryBytes = 0;
    double gpusNeeded = 0;
};

struct FlopsEstimate {
    double totalFlops = 0;
    double mfu = kDefaultMfu;
    double peakFlopsPerGpu = 0;
    double numGpus = 0;
    double gpuHours = 0;      // incl. the 15 % overhead
    double trainingHours = 0; // wall time: gpuHours / numGpus
    double costPerGpuHour = 0;
    double costUsd = 0;
};

struct TrainingCheck {
    TrainingEstimate seed;
    std::optional<FlopsEstimate> flops; // nullopt: no catalog figures for this GPU
    std::optional<MemoryFit> fit;
    bool fallbackUsed = false; // the seed's table had no row (size or GPU)
    double ratio = 1;          // larger / smaller cost of the two estimates
    bool disagree = false;     // ratio > 3, or the fallback was used
    TrainingEstimateKind used = TrainingEstimateKind::Seed; // what prices the runs
    double costPerRun = 0;
};

std::optional<TrainingGpu> trainingGpu(const TrainingSpec &spec);
double trainingBytesPerParam(Method method);
double trainingFlopsPerParamToken(Method method);
MemoryFit memoryFit(const TrainingSpec &spec, const TrainingGpu &gpu);
FlopsEstimate estimateTrainingFlops(const TrainingSpec &spec, const TrainingGpu &gpu);
// Both estimates, the fit check and which one prices a run: the FLOPs one only
// when `spec.estimate` asks for it and the GPU has catalog figures.
TrainingCheck checkTraining(const TrainingSpec &spec);

} // namespace ftroi
