// Results as JSON, with the contract's key names (see docs/scenario-format.md).
// "Never"/"none" values are null; no NaN or infinity is ever written.
#pragma once

#include "costengine.h"

#include <QByteArray>
#include <QJsonObject>

namespace ftroi {

QJsonObject trainingEstimateToJson(const TrainingEstimate &estimate);
QJsonObject resultToJson(const Scenario &scenario, const ScenarioResult &result, const QString &currency);
// The `ftroi-cli evaluate --json` array for a whole document.
QByteArray evaluateDocumentToJson(const ScenarioDocument &document, bool indented);

} // namespace ftroi
