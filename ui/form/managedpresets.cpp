// The managed providers the form offers.
#include "managedpresets.h"

#include <QCoreApplication>

namespace ftroi {

const QList<ManagedPreset> &managedPresets()
{
    static const QList<ManagedPreset> presets = {
        {QStringLiteral("OpenAI fine-tuned GPT-4o-mini"), 8.0, 0.30, 1.20, 0,
         QCoreApplication::translate("ManagedGroup",
                                     "$8 per 1M training tokens; a fine-tuned model costs 2-3x its base price "
                                     "(GPT-4o-mini $0.15 / $0.60 per 1M tokens).")},
        {QStringLiteral("Together (open 8B model)"), 2.0, 0.20, 0.20, 0,
         QCoreApplication::translate("ManagedGroup",
                                     "$1-3 per 1M training tokens; serves the fine-tuned open 8B-class model at "
                                     "its hosted per-token price.")},
    };
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
