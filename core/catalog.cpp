// Loads the preset catalog from the compiled-in resource.
#include "catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initCatalogResource()
{
    Q_INIT_RESOURCE(ftroi_core_resources);
}

namespace ftroi {

std::optional<double> InstancePreset::throughputFor(double modelSizeB) const
{
    for (const auto &[size, tokensPerSecond] : throughputByModelSize)
        if (size == modelSizeB)
            return tokensPerSecond;
    return std::nullopt;
}

const ApiModelPreset *Catalog::apiModel(const QString &name) const
{
    for (const ApiModelPreset &m : apiModels)
        if (m.name == name)
            return &m;
    return nullptr;
}

const InstancePreset *Catalog::instance(const QString &name) const
{
    for (const InstancePreset &i : instances)
        if (i.name == name)
            return &i;
    return nullptr;
}

Catalog parseCatalog(const QByteArray &json)
{
    Catalog c;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &v : root.value(QStringLiteral("api_models")).toArray()) {
        const QJsonObject o = v.toObject();
        c.apiModels.append({o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("input_price_per_1m")).toDouble(),
                            o.value(QStringLiteral("output_price_per_1m")).toDouble(),
                            o.value(QStringLiteral("as_of")).toString()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("gpu_instances")).toArray()) {
        const QJsonObject o = v.toObject();
        InstancePreset p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.vramGb = o.value(QStringLiteral("vram_gb")).toDouble();
        p.costPerHour = o.value(QStringLiteral("cost_per_hour")).toDouble();
        p.note = o.value(QStringLiteral("note")).toString();
        const QJsonObject throughput = o.value(QStringLiteral("throughput_tokens_per_s")).toObject();
        for (auto it = throughput.begin(); it != throughput.end(); ++it)
            p.throughputByModelSize.append({it.key().toDouble(), it.value().toDouble()});
        c.instances.append(p);
    }
    return c;
}

const Catalog &catalog()
{
    static const Catalog instance = [] {
        initCatalogResource();
        QFile file(QStringLiteral(":/ftroi/catalog.json"));
        file.open(QIODevice::ReadOnly);
        return parseCatalog(file.readAll());
    }();
    return instance;
}

} // namespace ftroi
