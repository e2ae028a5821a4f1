// Results as JSON, with the contract's key names (see docs/scenario-format.md).
// "Never"/"none" values are null; no NaN or infinity is ever written.
#pragma once

#include "core/engine/costengine.h"

#include <QByteArray>

namespace ftroi {

class JsonWriter;

void writeTrainingEstimate(JsonWriter &out, const TrainingEstimate &estimate);
// With `check`: also the FLOPs estimate, the memory fit and whether they disagree.
void writeTrainingEstimate(JsonWriter &out, const TrainingEstimate &estimate, const TrainingCheck *check);
// The `decision` object (format 3).
void writeDecision(JsonWriter &out, const Decision &decision);
void writeResult(JsonWriter &out, const Scenario &scenario, const ScenarioResult &result, const QString &currency);
// The `training` object of `ftroi-cli estimate-training --json`.
QByteArray trainingEstimateJson(const TrainingEstimate &estimate);
// The `ftroi-cli evaluate --json` array for a whole document (compact).
QByteArray evaluateDocumentToJson(const ScenarioDocument &document);

} // namespace ftroi
