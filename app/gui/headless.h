// What the headless commands of the app (--export-chart, --export-report)
// share: exit codes, the error line, and which scenarios --scenario names.
#pragma once

#include "core/model/scenario.h"

#include <QList>
#include <QString>

namespace headless {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitRefused = 2;

// Prints `message` on stderr and returns `code`.
int fail(int code, const QString &message);

// The scenarios --scenario names: "all", a 1-based number or an exact name;
// empty when none matches.
QList<int> wantedScenarios(const ftroi::ScenarioDocument &document, const QString &wanted);

} // namespace headless
