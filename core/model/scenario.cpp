// Text codes of the enums stored in scenario documents.
#include "core/model/scenario.h"

namespace ftroi {

QString methodCode(Method method)
{
    switch (method) {
    case Method::Lora: return QStringLiteral("lora");
    case Method::Qlora: return QStringLiteral("qlora");
    case Method::Full: return QStringLiteral("full");
    }
    return {};
}

std::optional<Method> methodFromCode(const QString &code)
{
    for (Method m : {Method::Lora, Method::Qlora, Method::Full})
        if (methodCode(m) == code)
            return m;
    return std::nullopt;
}

QString levelCode(Level level)
{
    switch (level) {
    case Level::Low: return QStringLiteral("low");
    case Level::Medium: return QStringLiteral("medium");
    case Level::High: return QStringLiteral("high");
    }
    return {};
}

std::optional<Level> levelFromCode(const QString &code)
{
    for (Level l : {Level::Low, Level::Medium, Level::High})
        if (levelCode(l) == code)
            return l;
    return std::nullopt;
}

QString precisionCode(Precision precision)
{
    switch (precision) {
    case Precision::Bf16: return QStringLiteral("bf16");
    case Precision::Fp16: return QStringLiteral("fp16");
    case Precision::Int8: return QStringLiteral("int8");
    case Precision::Int4: return QStringLiteral("int4");
    }
    return {};
}

std::optional<Precision> precisionFromCode(const QString &code)
{
    for (Precision p : {Precision::Bf16, Precision::Fp16, Precision::Int8, Precision::Int4})
        if (precisionCode(p) == code)
            return p;
    return std::nullopt;
}

QString distributionCode(Distribution distribution)
{
    return distribution == Distribution::Uniform ? QStringLiteral("uniform") : QStringLiteral("triangular");
}

std::optional<Distribution> distributionFromCode(const QString &code)
{
    if (code == QLatin1String("triangular"))
        return Distribution::Triangular;
    if (code == QLatin1String("uniform"))
        return Distribution::Uniform;
    return std::nullopt;
}

bool usesFleetCostKeys(const Scenario &s)
{
    return s.selfHosted.pricing || s.selfHosted.opsHoursPerMonth || s.api.opsHoursPerMonth
        || (s.managed && s.managed->opsHoursPerMonth) || s.routing;
}

QString pricingModelCode(PricingModel model)
{
    switch (model) {
    case PricingModel::OnDemand: return QStringLiteral("on_demand");
    case PricingModel::Reserved: return QStringLiteral("reserved");
    case PricingModel::Spot: return QStringLiteral("spot");
    case PricingModel::Owned: return QStringLiteral("owned");
    }
    return {};
}

std::optional<PricingModel> pricingModelFromCode(const QString &code)
{
    for (PricingModel m : {PricingModel::OnDemand, PricingModel::Reserved, PricingModel::Spot, PricingModel::Owned})
        if (pricingModelCode(m) == code)
            return m;
    return std::nullopt;
}

namespace {
struct GpuName {
    GpuKind kind;
    const char *code;
    const char *displayName; // as people write it
};
constexpr GpuName kGpuNames[] = {
    {GpuKind::A10G, "a10g", "NVIDIA A10G"},
    {GpuKind::A100_40G, "a100_40g", "A100 40 GB"},
    {GpuKind::A100_80G, "a100_80g", "A100 80 GB"},
    {GpuKind::H100, "h100", "H100 80 GB"},
};
} // namespace

QString gpuCode(const TrainingSpec &spec)
{
    for (const GpuName &g : kGpuNames)
        if (g.kind == spec.gpu)
            return QString::fromLatin1(g.code);
    return spec.otherGpu;
}

QStringList knownGpuNames()
{
    QStringList names;
    for (const GpuName &g : kGpuNames)
        names.append(QString::fromLatin1(g.displayName));
    return names;
}

QString gpuDisplayName(const QString &code)
{
    for (const GpuName &g : kGpuNames)
        if (code == QLatin1String(g.code))
            return QString::fromLatin1(g.displayName);
    return code;
}

QString gpuCodeFromName(const QString &nameOrCode)
{
    const QString text = nameOrCode.trimmed();
    for (const GpuName &g : kGpuNames)
        if (text.compare(QLatin1String(g.displayName), Qt::CaseInsensitive) == 0 ||
            text.compare(QLatin1String(g.code), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(g.code);
    return text;
}

void setGpuFromCode(TrainingSpec &spec, const QString &code)
{
    for (const GpuName &g : kGpuNames) {
        if (code == QLatin1String(g.code)) {
            spec.gpu = g.kind;
            spec.otherGpu.clear();
            return;
        }
    }
    spec.gpu = GpuKind::Other;
    spec.otherGpu = code;
}

} // namespace ftroi
