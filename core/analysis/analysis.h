// The analysis commands behind ftroi-cli and the app's views: the metrics they
// read off a result, one-way sensitivity (tornado), goal seek and the two-way
// grid. Each evaluates whole scenarios with one input changed at a time.
#pragma once

#include "core/engine/costengine.h"
#include "core/model/inputpaths.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ftroi {

enum class Metric { MonthlySavings, Npv, PaybackMonths, MonthlyFtTotal };

std::optional<Metric> metricFromCode(const QString &code);
QString metricCode(Metric metric);
QStringList metricCodes();
// The metric of a result; nullopt: never (payback) or cannot be computed (npv).
std::optional<double> metricValue(const ScenarioResult &r, Metric metric);
// Evaluates only what the metrics need (no break-evens).
std::optional<double> metricAt(const Scenario &s, Metric metric);

struct SensitivityRow {
    QString input;
    double low = 0;
    double high = 0;
    std::optional<double> metricAtLow;
    std::optional<double> metricAtHigh;
};

struct Sensitivity {
    Metric metric = Metric::MonthlySavings;
    std::optional<double> base;
    std::vector<SensitivityRow> rows; // sorted by swing, largest first (never = largest)
};

inline constexpr double kDefaultSensitivitySwing = 0.2;
// Each range of the scenario's uncertainty, or without ranges the default
// inputs at +-20 % clamped to their domains.
Sensitivity sensitivity(const Scenario &s, Metric metric);

struct GoalSeek {
    QString input;
    Metric metric = Metric::MonthlySavings;
    double target = 0;
    std::optional<double> value;     // nullopt: no value of the input reaches the target
    std::optional<double> achieved;  // the metric at `value` (just past a fleet step)
    QString reason;                  // why there is no value
    // The interval searched and the lowest and highest finite metric seen in
    // it (nullopt: none finite), so a caller can word the reason itself.
    double searchedFrom = 0;
    double searchedTo = 0;
    std::optional<double> lowestSeen;
    std::optional<double> highestSeen;
};

GoalSeek solve(const Scenario &s, const InputHandle &input, const QString &path, Metric metric, double target);

struct GridAxis {
    QString path;
    InputHandle handle;
    double low = 0;
    double high = 1;
    int count = 2;
    bool logarithmic = false;
    std::vector<double> values() const;
};

struct Grid {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<std::optional<double>> values; // row-major: values[iy * x.size() + ix]
};

Grid grid(const Scenario &s, const GridAxis &x, const GridAxis &y, Metric metric);

} // namespace ftroi
