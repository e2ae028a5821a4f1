// The managed providers the form offers, from the price catalog.
#include "ui/form/managedpresets.h"

#include "core/catalog/catalog.h"

namespace ftroi {

const QList<ManagedPreset> &managedPresets()
{
    static QList<ManagedPreset> presets;
    static int revision = -1;
    const Catalog &c = catalog(); // loads it (and sets the revision) the first time
    if (revision != catalogRevision()) {
        revision = catalogRevision();
        presets.clear();
        for (const CatalogEntry &e : c.managed)
            presets.append({e.name, e.trainingPricePer1MTokens, e.inputPricePer1M, e.outputPricePer1M,
                            e.hostingCostPerHour, e.note, e.source, e.asOf});
    }
    return presets;
}

const ManagedPreset *managedPreset(const QString &provider)
{
    for (const ManagedPreset &p : managedPresets())
        if (p.provider == provider)
            return &p;
    return nullptr;
}

void applyManagedPreset(const ManagedPreset &preset, ManagedPath &path)
{
    path.provider = preset.provider;
    path.trainingPricePer1MTokens = preset.trainingPricePer1MTokens;
    path.inputPricePer1M = preset.inputPricePer1M;
    path.outputPricePer1M = preset.outputPricePer1M;
    path.hostingCostPerHour = preset.hostingCostPerHour;
    path.priceSource = PriceSource{preset.provider, preset.source, preset.asOf};
}

ManagedPath defaultManagedPath(const Scenario &s)
{
    ManagedPath path;
    applyManagedPreset(managedPresets().first(), path);
    path.trainingTokensPerRun = 10e6;
    if (const std::optional<TrainingSpec> &t = s.project.training) {
        const double tokens = t->examples * t->avgSeqLen * t->epochs;
        if (tokens > 0)
            path.trainingTokensPerRun = tokens;
    }
    path.engineeringHours = {{QStringLiteral("setup"), 40}};
    return path;
}

} // namespace ftroi
