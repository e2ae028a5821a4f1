// ftroi-cli schedule: the monthly schedule of one scenario.
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace cli {

// `schedule FILE --scenario N [--csv|--json]`: a readable table by default.
int scheduleCommand(const QCommandLineParser &parser, const QString &path);

} // namespace cli
