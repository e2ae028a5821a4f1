// JSON and text for the training cross-check.
#include "core/report/trainingreport.h"

#include "core/text/format.h"
#include "core/text/jsonwriter.h"

#include <cmath>

namespace ftroi {

void writeTrainingCheckMembers(JsonWriter &out, const TrainingCheck &c)
{
    out.member("estimate_used", c.used == TrainingEstimateKind::Flops ? QStringLiteral("flops") : QStringLiteral("seed"));
    out.key("flops_estimate");
    if (c.flops) {
        out.beginObject();
        out.member("total_flops", c.flops->totalFlops);
        out.member("mfu", c.flops->mfu);
        out.member("peak_flops_per_gpu", c.flops->peakFlopsPerGpu);
        out.member("num_gpus", c.flops->numGpus);
        out.member("gpu_hours", c.flops->gpuHours);
        out.member("cost_usd", c.flops->costUsd);
        out.endObject();
    } else {
        out.null();
    }
    out.key("memory_fit");
    if (c.fit) {
        out.beginObject();
        out.member("bytes_needed", c.fit->bytesNeeded);
        out.member("gpu_memory_bytes", c.fit->gpuMemoryBytes);
        out.member("gpus_needed", c.fit->gpusNeeded);
        out.endObject();
    } else {
        out.null();
    }
    out.member("estimates_disagree", c.disagree);
}

QByteArray trainingCheckJson(const TrainingCheck &c)
{
    JsonWriter out(512);
    out.beginObject();
    const TrainingEstimate &e = c.seed;
    out.member("num_gpus", e.numGpus);
    out.member("tokens_per_second", e.tokensPerSecond);
    out.member("total_tokens", e.totalTokens);
    out.member("training_hours", e.trainingHours);
    out.member("cost_per_hour", e.costPerHour);
    out.member("total_cost_usd", e.totalCostUsd);
    writeTrainingCheckMembers(out, c);
    out.endObject();
    return out.bytes();
}

QString trainingCheckReport(const TrainingCheck &c, const QLocale &l)
{
    const QString usd = QStringLiteral("USD");
    QString out;
    const auto row = [&](const QString &label, const QString &value) {
        out += QStringLiteral("  %1  %2\n").arg(label, -22).arg(value);
    };
    if (!c.flops) {
        out += QStringLiteral("  No FLOPs estimate: the catalog has no peak throughput and memory for this GPU.\n");
    } else {
        const FlopsEstimate &f = *c.flops;
        row(QStringLiteral("Training FLOPs"), QStringLiteral("%1 FLOPs").arg(f.totalFlops, 0, 'e', 3));
        row(QStringLiteral("Peak per GPU"), QStringLiteral("%1 TFLOPS bf16 x MFU %2")
                                                .arg(formatNumber(l, f.peakFlopsPerGpu / 1e12, 0), formatNumber(l, f.mfu, 2)));
        row(QStringLiteral("GPUs"), formatNumber(l, f.numGpus, 0));
        row(QStringLiteral("GPU-hours"), formatNumber(l, f.gpuHours, 2) + QStringLiteral(" (incl. 15% overhead)"));
        row(QStringLiteral("Training time"), formatNumber(l, f.trainingHours, 2) + QStringLiteral(" h"));
        row(QStringLiteral("Cost per GPU-hour"), formatMoney(l, f.costPerGpuHour, usd, 4));
        row(QStringLiteral("Cost per run"), formatMoney(l, f.costUsd, usd));
    }
    if (c.fit) {
        row(QStringLiteral("Memory needed"), QStringLiteral("%1 GB (weights, gradients, optimizer, +20%)")
                                                 .arg(formatNumber(l, c.fit->bytesNeeded / 1e9, 1)));
        row(QStringLiteral("Memory per GPU"), QStringLiteral("%1 GiB").arg(formatNumber(l, c.fit->gpuMemoryBytes / 1073741824.0, 0)));
        row(QStringLiteral("GPUs to fit"), formatNumber(l, c.fit->gpusNeeded, 0));
    }
    return out;
}

QString trainingDisagreementText(const TrainingCheck &c, const QLocale &l, const QString &currency)
{
    if (!c.disagree)
        return QString();
    const QString seed = formatMoney(l, c.seed.totalCostUsd, currency);
    const QString flops = c.flops ? formatMoney(l, c.flops->costUsd, currency) : QStringLiteral("not available");
    QString text;
    if (c.fallbackUsed)
        text = QStringLiteral("The seed's table has no row for this model size, method and GPU, so its fallback rule was used: "
                              "seed estimate %1 per run, FLOPs estimate %2.")
                   .arg(seed, flops);
    if (c.flops && c.ratio > kDisagreementFactor) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += std::isfinite(c.ratio)
                    ? QStringLiteral("The two estimates differ by %1x: seed %2, FLOPs %3 per run.").arg(formatNumber(l, c.ratio, 1), seed, flops)
                    : QStringLiteral("The two estimates differ: seed %1, FLOPs %2 per run.").arg(seed, flops);
    }
    return text;
}

} // namespace ftroi
