// Heatmap data: the engine's grid, its colours and its break-even contour.
#include "ui/data/heatmapdata.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ftroi {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const QColor kGood(0x1F, 0x6F, 0xB4);
const QColor kBad(0xC6, 0x28, 0x28);
const QColor kNever(0xB8, 0xB8, 0xB8);
// Colour position = (share of the way to the extreme)^gamma: values near the
// level stay visible when the far end of a log volume axis is far larger.
constexpr double kGamma = 0.5;

QColor mix(const QColor &from, const QColor &to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

double crossing(double a, double b, double level)
{
    if (!std::isfinite(a) || !std::isfinite(b))
        return 0.5;
    const double t = (level - a) / (b - a);
    return std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.5;
}

} // namespace

QString defaultHeatmapXPath()
{
    return QStringLiteral("workload.requests_per_day");
}

QString defaultHeatmapYPath()
{
    return QStringLiteral("self_hosted.target_utilization");
}

std::optional<GridAxis> defaultHeatmapAxis(const Scenario &s, const QString &path, int count)
{
    const std::optional<InputHandle> handle = resolveInput(s, path);
    if (!handle)
        return std::nullopt;
    const InputDomain &d = handle->domain;
    GridAxis axis;
    axis.path = path;
    axis.handle = *handle;
    axis.count = count;
    const double today = inputValue(s, *handle);
    const double smallest = d.lowOpen ? (d.high <= 1 ? 0.01 : d.low + 1e-6) : d.low;
    auto span = [&](double lo, double hi, bool log) {
        axis.low = std::max(lo, smallest);
        axis.high = std::min(hi, d.high);
        axis.logarithmic = log && axis.low > 0;
    };
    if (path == defaultHeatmapXPath()) {
        // Whole decades around today/100 .. today x 100: the axis holds still while a drag stays within one.
        const double lo = today > 0 ? std::pow(10.0, std::floor(std::log10(today / 100) + 1e-9)) : 1;
        const double hi = today > 0 ? std::pow(10.0, std::ceil(std::log10(today * 100) - 1e-9)) : 1e6;
        span(lo, hi, true);
    } else if (path == defaultHeatmapYPath()) {
        span(0.05, 1, false);
    } else if (d.high <= 1) {
        span(d.low, 1, false);
    } else {
        bool ranged = false;
        if (s.uncertainty) {
            for (const InputRange &r : s.uncertainty->ranges) {
                if (r.path == path && r.low < r.high) {
                    span(r.low, r.high, false);
                    ranged = true;
                }
            }
        }
        if (!ranged) {
            if (today > 0)
                span(today / 4, today * 4, true);
            else
                span(d.low, std::max(d.low + 1, 1.0), false);
        }
    }
    if (!(axis.low < axis.high)) { // a domain narrower than the default span
        axis.low = smallest;
        axis.high = std::min(d.high, std::max(smallest + 1, 1.0));
        axis.logarithmic = false;
    }
    return axis;
}

std::optional<HeatmapSpec> heatmapSpec(const Scenario &s, Metric metric, const QString &xPath, const QString &yPath)
{
    if (!xPath.isEmpty() && xPath == yPath)
        return std::nullopt; // a grid needs two inputs
    HeatmapSpec spec;
    spec.metric = metric;
    std::optional<GridAxis> x = defaultHeatmapAxis(s, xPath.isEmpty() ? defaultHeatmapXPath() : xPath);
    std::optional<GridAxis> y = defaultHeatmapAxis(s, yPath.isEmpty() ? defaultHeatmapYPath() : yPath);
    if (!x || !y)
        return std::nullopt;
    spec.x = *x;
    spec.y = *y;
    return spec;
}

std::optional<HeatmapSpec> shownHeatmapSpec(const Scenario &s, Metric metric, const QString &xPath, const QString &yPath)
{
    if (std::optional<HeatmapSpec> spec = heatmapSpec(s, metric, xPath, yPath))
        return spec;
    return heatmapSpec(s, metric, defaultHeatmapXPath(), defaultHeatmapYPath());
}

HeatmapData computeHeatmap(const Scenario &s, const HeatmapSpec &spec, const std::function<bool()> &cancelled)
{
    HeatmapData data;
    data.spec = spec;
    GridProgress progress;
    if (cancelled)
        progress = [&cancelled](int, int) { return !cancelled(); };
    data.grid = grid(s, spec.x, spec.y, spec.metric, progress);
    if (data.grid.stopped)
        return HeatmapData{};
    data.higherIsBetter = spec.metric != Metric::PaybackMonths;
    data.level = spec.metric == Metric::PaybackMonths ? s.project.lifetimeMonths : 0;
    data.todayX = inputValue(s, spec.x.handle);
    data.todayY = inputValue(s, spec.y.handle);

    double lo = kInf, hi = -kInf;
    for (const std::optional<double> &v : data.grid.values) {
        if (v && std::isfinite(*v)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    data.lowest = std::isfinite(lo) ? lo : data.level;
    data.highest = std::isfinite(hi) ? hi : data.level;

    const int nx = int(data.grid.x.size());
    const int ny = int(data.grid.y.size());
    data.image = QImage(nx, ny, QImage::Format_RGB32);
    for (int iy = 0; iy < ny; ++iy) {
        auto *line = reinterpret_cast<QRgb *>(data.image.scanLine(ny - 1 - iy));
        for (int ix = 0; ix < nx; ++ix)
            line[ix] = heatmapColor(data, data.value(ix, iy)).rgb();
    }
    data.contour = contourSegments(data.grid.values, nx, ny, data.level);
    return data;
}

double heatmapScalePosition(const HeatmapData &data, double value)
{
    const double above = data.highest - data.level;
    const double below = data.level - data.lowest;
    double t = 0; // -1 .. 1, the higher values positive
    if (value > data.level && above > 0)
        t = std::pow(std::min(1.0, (value - data.level) / above), kGamma);
    else if (value < data.level && below > 0)
        t = -std::pow(std::min(1.0, (data.level - value) / below), kGamma);
    if (!data.higherIsBetter)
        t = -t;
    return 0.5 + t / 2;
}

double heatmapScaleValue(const HeatmapData &data, double position)
{
    double t = std::clamp(position, 0.0, 1.0) * 2 - 1;
    if (!data.higherIsBetter)
        t = -t;
    const double share = std::pow(std::abs(t), 1 / kGamma);
    return t >= 0 ? data.level + share * (data.highest - data.level) : data.level - share * (data.level - data.lowest);
}

QColor heatmapColor(const HeatmapData &data, const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return kNever;
    const double p = heatmapScalePosition(data, *value);
    return p >= 0.5 ? mix(Qt::white, kGood, (p - 0.5) * 2) : mix(Qt::white, kBad, (0.5 - p) * 2);
}

std::vector<QLineF> contourSegments(const std::vector<std::optional<double>> &values, int nx, int ny, double level)
{
    std::vector<QLineF> out;
    if (nx < 2 || ny < 2 || values.size() < size_t(nx) * size_t(ny))
        return out;
    auto at = [&](int ix, int iy) {
        const std::optional<double> &v = values[size_t(iy) * size_t(nx) + size_t(ix)];
        return v && !std::isnan(*v) ? *v : kInf;
    };
    for (int iy = 0; iy + 1 < ny; ++iy) {
        for (int ix = 0; ix + 1 < nx; ++ix) {
            // Corners counter-clockwise from the lower left.
            const double v0 = at(ix, iy), v1 = at(ix + 1, iy), v2 = at(ix + 1, iy + 1), v3 = at(ix, iy + 1);
            const int code = (v0 >= level ? 1 : 0) | (v1 >= level ? 2 : 0) | (v2 >= level ? 4 : 0) | (v3 >= level ? 8 : 0);
            if (code == 0 || code == 15)
                continue;
            const QPointF bottom(ix + crossing(v0, v1, level), iy);
            const QPointF right(ix + 1, iy + crossing(v1, v2, level));
            const QPointF top(ix + crossing(v3, v2, level), iy + 1);
            const QPointF left(ix, iy + crossing(v0, v3, level));
            const auto add = [&](QPointF a, QPointF b) { out.emplace_back(a, b); };
            switch (code) {
            case 1: case 14: add(left, bottom); break;
            case 2: case 13: add(bottom, right); break;
            case 3: case 12: add(left, right); break;
            case 4: case 11: add(right, top); break;
            case 6: case 9: add(bottom, top); break;
            case 7: case 8: add(left, top); break;
            case 5: case 10: { // a saddle: the centre decides which corners connect
                const double centre = (v0 + v1 + v2 + v3) / 4;
                const bool centreAbove = std::isfinite(centre) ? centre >= level : true;
                if ((code == 5) == centreAbove) {
                    add(left, top);
                    add(bottom, right);
                } else {
                    add(left, bottom);
                    add(right, top);
                }
                break;
            }
            default: break;
            }
        }
    }
    return out;
}

} // namespace ftroi
