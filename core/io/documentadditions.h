// The document keys that record where prices and training estimates come from
// (additions to format 2, see docs/scenario-format.md "Additions"):
//   api / self_hosted / managed . price_source = { "name", "source", "as_of" }
//   project.training.estimate = "seed" | "flops", project.training.mfu in (0, 1]
// Read after the rest of a scenario, written into the objects the writer builds.
#pragma once

#include "core/model/scenario.h"

#include <QJsonObject>
#include <QString>

namespace ftroi {

// Reads the keys above from the scenario object at `path` into `s` (whose
// managed path and training spec are already read). Returns an empty string,
// or the refusal naming the place ("scenarios[0].api.price_source.as_of: ...").
QString readCatalogAdditions(const QJsonObject &scenario, const QString &path, Scenario &s);

void putPriceSource(QJsonObject &object, const std::optional<PriceSource> &source);
void putTrainingAdditions(QJsonObject &training, const TrainingSpec &spec);

QString trainingEstimateCode(TrainingEstimateKind kind);
std::optional<TrainingEstimateKind> trainingEstimateFromCode(const QString &code);

} // namespace ftroi
