// Presets for the managed fine-tuning path: what a provider charges to train
// and to run a fine-tuned model, read from the price catalog's `managed`
// entries (the seed's figures first); every value stays editable in the form.
#pragma once

#include "core/model/scenario.h"

#include <QList>
#include <QString>

namespace ftroi {

struct ManagedPreset {
    QString provider;
    double trainingPricePer1MTokens = 0;
    double inputPricePer1M = 0;   // of the fine-tuned model
    double outputPricePer1M = 0;
    double hostingCostPerHour = 0;
    QString note;
    QString source; // who publishes the prices
    QString asOf;   // when they held
};

const QList<ManagedPreset> &managedPresets();
const ManagedPreset *managedPreset(const QString &provider);

// Sets the provider and its prices on `path`; token counts, runs, rates and hours stay.
void applyManagedPreset(const ManagedPreset &preset, ManagedPath &path);
// A managed path for `s` from the first preset: training tokens per run from the
// scenario's training run when it describes one, else 10 M; 40 engineering hours.
ManagedPath defaultManagedPath(const Scenario &s);

} // namespace ftroi
