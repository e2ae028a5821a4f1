// Output of the training cross-check: the JSON keys added beside the seed's
// estimate (flops_estimate, memory_fit, estimates_disagree) and the readable
// text the CLI and the app show, with both numbers when the estimates disagree.
#pragma once

#include "core/engine/trainingcheck.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace ftroi {

class JsonWriter;

// Writes "estimate_used", "flops_estimate", "memory_fit" and "estimates_disagree"
// as members of the object being written.
void writeTrainingCheckMembers(JsonWriter &out, const TrainingCheck &check);
// `ftroi-cli estimate-training --json`: the seed's keys, then the members above.
QByteArray trainingCheckJson(const TrainingCheck &check);
// The FLOPs estimate and the memory fit as a readable table.
QString trainingCheckReport(const TrainingCheck &check, const QLocale &locale);
// One sentence when the two estimates disagree or the fallback was used, else empty.
QString trainingDisagreementText(const TrainingCheck &check, const QLocale &locale, const QString &currency);

} // namespace ftroi
