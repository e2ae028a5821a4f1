// The readable per-scenario report printed by `ftroi-cli evaluate`.
#pragma once

#include "core/engine/costengine.h"

#include <QLocale>
#include <QString>

namespace ftroi {

QString scenarioReport(const Scenario &scenario, const ScenarioResult &result,
                       const QString &currency, const QLocale &locale);
QString trainingReport(const TrainingEstimate &estimate, const QLocale &locale);

} // namespace ftroi
