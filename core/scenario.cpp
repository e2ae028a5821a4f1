// Text codes of the enums stored in scenario documents.
#include "scenario.h"

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

namespace {
struct GpuName {
    GpuKind kind;
    const char *code;
};
constexpr GpuName kGpuNames[] = {
    {GpuKind::A10G, "a10g"},
    {GpuKind::A100_40G, "a100_40g"},
    {GpuKind::A100_80G, "a100_80g"},
    {GpuKind::H100, "h100"},
};
} // namespace

QString gpuCode(const TrainingSpec &spec)
{
    for (const GpuName &g : kGpuNames)
        if (g.kind == spec.gpu)
            return QString::fromLatin1(g.code);
    return spec.otherGpu;
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
