// Presets the app offers for API prices and GPU instances, read from the
// bundled resources/catalog.json (the seed's 2024 numbers).
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ftroi {

struct ApiModelPreset {
    QString name;
    double inputPricePer1M = 0;
    double outputPricePer1M = 0;
    QString asOf;
};

struct InstancePreset {
    QString name;
    double vramGb = 0;
    double costPerHour = 0;
    QList<std::pair<double, double>> throughputByModelSize; // (model B, tokens/s)
    QString note;

    // The seed's serving throughput for this model size, when it gives one.
    std::optional<double> throughputFor(double modelSizeB) const;
};

struct Catalog {
    QList<ApiModelPreset> apiModels;
    QList<InstancePreset> instances;

    const ApiModelPreset *apiModel(const QString &name) const;
    const InstancePreset *instance(const QString &name) const;
};

// The bundled catalog (parsed once).
const Catalog &catalog();
// Parses a catalog document; an empty catalog on malformed input.
Catalog parseCatalog(const QByteArray &json);

} // namespace ftroi
