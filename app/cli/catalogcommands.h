// ftroi-cli's price catalog commands: catalog list [--json], catalog import FILE
// [--region R] and catalog remove NAME. The user catalog is FTROI_USER_CATALOG
// or catalog.json in the app's data folder.
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace cli {

// `args` are the positional arguments, args[0] == "catalog".
int catalogCommand(const QCommandLineParser &parser, const QStringList &args);

} // namespace cli
