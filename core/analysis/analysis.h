// The analysis commands behind ftroi-cli and the app's views: the metrics they
// read off a result, one-way sensitivity (tornado), goal seek and the two-way
// grid. Each evaluates whole scenarios with one input changed at a time.
#pragma once

#include "core/engine/costengine.h"
#include "core/model/inputpaths.h"

#include <QString>
#include <QStringList>

#include <functional>
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

// Goal seek's work is bounded by construction: a scan of 2,001 points, then a
// bisection of at most 2,000 steps, each one evaluation of at most 600 months.
inline constexpr int kMaxSolveEvaluations = 4003;

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
    int evaluations = 0; // scenarios evaluated (at most kMaxSolveEvaluations)
};

GoalSeek solve(const Scenario &s, const InputHandle &input, const QString &path, Metric metric, double target);

struct GridAxis {
    QString path;
    InputHandle handle;
    double low = 0;
    double high = 1;
    int count = 2;
    bool logarithmic = false;
    // `count` points from low to high; a whole-number input (self_hosted.instances)
    // takes whole numbers only, each once, so it may get fewer.
    std::vector<double> values() const;
};

struct Grid {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<std::optional<double>> values; // row-major: values[iy * x.size() + ix]
    // Row-major like values: 1 where the self-hosted fleet, fixed in size, cannot
    // carry the peak (ScenarioResult::overCapacity) at that cell.
    std::vector<char> overCapacity;
    bool anyOverCapacity() const;
    bool stopped = false; // the progress callback stopped it: rows after the last are missing
};

// The most work a grid may take: cells x months of the lifetime (about 20 ns
// each, so some 4 s at the limit).
inline constexpr double kMaxGridCellMonths = 2e8;
inline constexpr int kMaxGridAxisCount = 1000;

// Why `axis` cannot be a grid axis of its input (empty when it can): a count
// outside 2..1000, ends outside the input's domain, a whole-number input
// between ends that are not whole, a logarithmic axis that does not start
// above 0 or whose values overflow or underflow.
QString gridAxisFault(const GridAxis &axis);
// Why the two axes cannot make a grid of `s`: the same input on both, or more
// than kMaxGridCellMonths of work.
QString gridFault(const Scenario &s, const GridAxis &x, const GridAxis &y);

// Called after each row with the rows done and their total; false stops the grid.
using GridProgress = std::function<bool(int rowsDone, int rows)>;
Grid grid(const Scenario &s, const GridAxis &x, const GridAxis &y, Metric metric, const GridProgress &progress = {});

} // namespace ftroi
