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
// Reads and validates FILE; returns the exit code on failure.
int loadDocument(const QString &path, ftroi::ScenarioDocument &document);
// `which` is a 1-based number or a scenario name; nullptr (with a message) when none matches.
const ftroi::Scenario *pickScenario(const ftroi::ScenarioDocument &document, const QString &which, QString &error);

} // namespace cli
