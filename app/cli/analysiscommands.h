// ftroi-cli's analysis commands: simulate, sensitivity, solve and grid.
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace cli {

int simulateCommand(const QCommandLineParser &parser, const QString &path);
int sensitivityCommand(const QCommandLineParser &parser, const QString &path);
int solveCommand(const QCommandLineParser &parser, const QString &path);
int gridCommand(const QCommandLineParser &parser, const QString &path);

} // namespace cli
