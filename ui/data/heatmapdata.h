// What the two-way heatmap shows, computed without any widget so it can run
// on a worker thread: the engine's grid of a metric over two inputs, the
// cells as a QImage on a diverging colour scale, and the contour where the
// metric crosses its break-even level (0 for savings and NPV, the lifetime
// for payback) by marching squares.
#pragma once

#include "core/analysis/analysis.h"

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ftroi {

inline constexpr int kHeatmapCells = 100;

struct HeatmapSpec {
    Metric metric = Metric::MonthlySavings;
    GridAxis x;
    GridAxis y;
};

// The default axis of an input: daily requests from today/100 to today x 100
// (log, widened to whole decades), target utilization 0.05..1, a share 0..1, the scenario's uncertainty
// range where it has one, else a quarter to four times today's value (log).
// nullopt when `path` names no numeric input of `s`.
std::optional<GridAxis> defaultHeatmapAxis(const Scenario &s, const QString &path, int count = kHeatmapCells);
// Daily requests x target utilization -> `metric` (falls back to the first inputs if absent).
std::optional<HeatmapSpec> heatmapSpec(const Scenario &s, Metric metric, const QString &xPath, const QString &yPath);
QString defaultHeatmapXPath();
QString defaultHeatmapYPath();
// The spec the two-way chart shows: the chosen inputs, or the default ones when
// the scenario lacks one of them (a managed price without a managed path).
std::optional<HeatmapSpec> shownHeatmapSpec(const Scenario &s, Metric metric, const QString &xPath, const QString &yPath);

struct HeatmapData {
    HeatmapSpec spec;
    Grid grid;
    double level = 0;           // the contour's value
    bool higherIsBetter = true; // payback: lower is better
    double lowest = 0;          // finite extremes of the grid
    double highest = 0;
    double todayX = 0;
    double todayY = 0;
    QImage image;                  // x.count x y.count pixels, the highest y in the top row
    std::vector<QLineF> contour;   // segments in cell coordinates: (ix, iy), fractional
    bool isEmpty() const { return grid.values.empty(); }
    std::optional<double> value(int ix, int iy) const { return grid.values[size_t(iy) * grid.x.size() + size_t(ix)]; }
    bool isOverCapacity(int ix, int iy) const
    {
        const size_t cell = size_t(iy) * grid.x.size() + size_t(ix);
        return cell < grid.overCapacity.size() && grid.overCapacity[cell];
    }
};

// `cancelled`, when given, is polled after each row: a cancelled grid is empty.
HeatmapData computeHeatmap(const Scenario &s, const HeatmapSpec &spec, const std::function<bool()> &cancelled = {});

// The colour of a value on the data's scale: `bad` red below the level, white
// at it, `good` blue above (reversed where lower is better), grey for never.
QColor heatmapColor(const HeatmapData &data, const std::optional<double> &value);
// Where `value` sits on the colour bar: 0 = the bad end, 0.5 = the level, 1 = the good end.
double heatmapScalePosition(const HeatmapData &data, double value);
// The value at a colour bar position (the inverse of heatmapScalePosition).
double heatmapScaleValue(const HeatmapData &data, double position);

// Marching squares over `values` (row-major, nx x ny) at `level`; a missing
// value (never) counts as +infinity. Segments in cell coordinates.
std::vector<QLineF> contourSegments(const std::vector<std::optional<double>> &values, int nx, int ny, double level);

} // namespace ftroi
