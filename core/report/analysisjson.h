// JSON of the analysis commands (simulate, sensitivity, solve, grid), with the
// contract's keys, and the grid as CSV.
#pragma once

#include "core/analysis/analysis.h"
#include "core/analysis/montecarlo.h"

#include <QByteArray>

namespace ftroi {

class JsonWriter;

void writeSimulation(JsonWriter &out, const QString &name, const SimulationResult &r);
QByteArray sensitivityJson(const Sensitivity &s);
QByteArray goalSeekJson(const GoalSeek &g);
QByteArray gridJson(const Grid &g, Metric metric);
QByteArray gridCsv(const Grid &g, const QString &xPath, const QString &yPath);

} // namespace ftroi
