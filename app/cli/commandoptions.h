// Which options each ftroi-cli command takes: an option that does not belong
// to the command, or --json with --csv, is refused (exit 2) instead of being
// silently ignored.
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace cli {

// Empty when every option given belongs to `command`; else why not.
QString optionsFault(const QCommandLineParser &parser, const QString &command);

} // namespace cli
