// ftroi-cli's load-test commands: benchmark import FILE… [--json] prints the
// measured points; benchmark apply FILE… DOC --scenario N sets the scenario's
// self_hosted.benchmark in one safe save (the document is left as it was on
// any refusal).
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace cli {

// `args` are the positional arguments, args[0] == "benchmark".
int benchmarkCommand(const QCommandLineParser &parser, const QStringList &args);

} // namespace cli
