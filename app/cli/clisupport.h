// Shared pieces of ftroi-cli's commands: exit codes, output, loading a document
// and picking one of its scenarios.
#pragma once

#include "core/model/scenario.h"

#include <QByteArray>
#include <QString>

namespace cli {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitRefused = 2;

void printErr(const QString &message);
void printOut(const QByteArray &bytes);
// Opens FILE and reads it with the app's readDocumentFile(); returns the exit
// code on failure (1 when it cannot be opened, 2 when it is refused).
int loadDocument(const QString &path, ftroi::ScenarioDocument &document);
// `which` is a 1-based number or a scenario name; nullptr (with a message) when none matches.
const ftroi::Scenario *pickScenario(const ftroi::ScenarioDocument &document, const QString &which, QString &error);

} // namespace cli
