// ftroi-cli usage import FILE [--model NAME] [--tz ±HH:MM] [--json] and
// usage apply FILE DOC --scenario N [--model NAME] [--tz ±HH:MM]: what a
// usage export implies for the workload, and writing it into a scenario.
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace cli {

// `args` are the positional arguments, "usage" first.
int usageCommand(const QCommandLineParser &parser, const QStringList &args);

} // namespace cli
