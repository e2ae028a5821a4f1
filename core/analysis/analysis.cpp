// Sensitivity, goal seek and the two-way grid.
#include "core/analysis/analysis.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ftroi {

namespace {

const EvaluateOptions kMetricsOnly{false};

constexpr double kInf = std::numeric_limits<double>::infinity();

// "never" as +infinity, for ordering and sign tests.
double orInfinity(const std::optional<double> &v)
{
    return v ? *v : kInf;
}

} // namespace

std::optional<Metric> metricFromCode(const QString &code)
{
    for (Metric m : {Metric::MonthlySavings, Metric::Npv, Metric::PaybackMonths, Metric::MonthlyFtTotal})
        if (metricCode(m) == code)
            return m;
    return std::nullopt;
}

QString metricCode(Metric metric)
{
    switch (metric) {
    case Metric::MonthlySavings: return QStringLiteral("monthly_savings");
    case Metric::Npv: return QStringLiteral("npv");
    case Metric::PaybackMonths: return QStringLiteral("payback_months");
    case Metric::MonthlyFtTotal: return QStringLiteral("monthly_ft_total");
    }
    return {};
}

QStringList metricCodes()
{
    return {QStringLiteral("monthly_savings"), QStringLiteral("npv"), QStringLiteral("payback_months"),
            QStringLiteral("monthly_ft_total")};
}

std::optional<double> metricValue(const ScenarioResult &r, Metric metric)
{
    switch (metric) {
    case Metric::MonthlySavings: return r.monthlySavings;
    case Metric::Npv: return r.lifetime.npv;
    case Metric::PaybackMonths: return r.paybackMonths;
    case Metric::MonthlyFtTotal: return r.monthlyFtTotal;
    }
    return std::nullopt;
}

std::optional<double> metricAt(const Scenario &s, Metric metric)
{
    return metricValue(evaluate(s, kMetricsOnly), metric);
}

Sensitivity sensitivity(const Scenario &s, Metric metric)
{
    Sensitivity out;
    out.metric = metric;
    out.base = metricAt(s, metric);
    Scenario work = s;
    auto addRow = [&](const QString &path, const InputHandle &h, double low, double high) {
        const double value = inputValue(s, h);
        SensitivityRow row{path, low, high, {}, {}};
        setInputValue(work, h, low);
        row.metricAtLow = metricAt(work, metric);
        setInputValue(work, h, high);
        row.metricAtHigh = metricAt(work, metric);
        setInputValue(work, h, value);
        work = s; // setters may adjust a companion input (the traffic shape)
        out.rows.push_back(row);
    };
    if (s.uncertainty && !s.uncertainty->ranges.isEmpty()) {
        for (const InputRange &r : s.uncertainty->ranges)
            if (const std::optional<InputHandle> h = resolveInput(s, r.path))
                addRow(r.path, *h, r.low, r.high);
    } else {
        for (const QString &path : defaultSensitivityInputs()) {
            const std::optional<InputHandle> h = resolveInput(s, path);
            if (!h)
                continue;
            const double value = inputValue(s, *h);
            addRow(path, *h, h->domain.clamp(value * (1 - kDefaultSensitivitySwing)),
                   h->domain.clamp(value * (1 + kDefaultSensitivitySwing)));
        }
    }
    auto swing = [](const SensitivityRow &r) {
        if (!r.metricAtLow || !r.metricAtHigh)
            return kInf;
        return std::abs(*r.metricAtHigh - *r.metricAtLow);
    };
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [&](const SensitivityRow &a, const SensitivityRow &b) { return swing(a) > swing(b); });
    return out;
}

GoalSeek solve(const Scenario &s, const InputHandle &input, const QString &path, Metric metric, double target)
{
    GoalSeek out;
    out.input = path;
    out.metric = metric;
    out.target = target;

    const InputDomain &d = input.domain;
    const double value = inputValue(s, input);
    // The search interval: the domain, or for unbounded inputs up to a million times today's value.
    double lo = d.lowOpen ? std::nextafter(d.low, kInf) : d.low;
    double hi = d.high < 1e15 ? d.high : std::min(1e15, std::max(1.0, std::abs(value)) * 1e6);
    Scenario work = s;
    // The metric's own values are noted (not metric - target, which cancels for a far target).
    double minSeen = kInf, maxSeen = -kInf;
    double minFinite = kInf, maxFinite = -kInf;
    auto g = [&](double x) {
        work = s;
        setInputValue(work, input, d.integer ? std::round(x) : x);
        ++out.evaluations;
        const double m = orInfinity(metricAt(work, metric));
        if (m == m) {
            minSeen = std::min(minSeen, m);
            maxSeen = std::max(maxSeen, m);
        }
        if (std::isfinite(m)) {
            minFinite = std::min(minFinite, m);
            maxFinite = std::max(maxFinite, m);
        }
        return m - target;
    };

    // Scan: linear near the low end, logarithmic above it; keep the sign change nearest today's value.
    std::vector<double> xs;
    const int n = 2000;
    const bool logScan = hi > 0 && hi / std::max(std::abs(lo), 1e-300) > 1e3 && lo >= 0;
    xs.push_back(lo);
    for (int i = 1; i <= n; ++i) {
        const double t = double(i) / n;
        const double x = logScan ? std::max(lo, 1e-9 * hi) * std::pow(hi / std::max(lo, 1e-9 * hi), t) : lo + (hi - lo) * t;
        if (x > xs.back())
            xs.push_back(x);
    }
    if (value >= lo && value <= hi)
        xs.insert(std::upper_bound(xs.begin(), xs.end(), value), value);

    std::optional<std::pair<double, double>> bracket;
    double bestDistance = kInf;
    double prevX = xs.front();
    double prevG = g(prevX);
    if (prevG == 0) {
        bracket = std::make_pair(prevX, prevX);
        bestDistance = std::abs(prevX - value);
    }
    for (size_t i = 1; i < xs.size(); ++i) {
        const double x = xs[i];
        const double gx = g(x);
        const bool crosses = (prevG < 0 && gx >= 0) || (prevG > 0 && gx <= 0) || gx == 0;
        if (crosses) {
            const double distance = std::min(std::abs(prevX - value), std::abs(x - value));
            if (distance < bestDistance) {
                bestDistance = distance;
                bracket = std::make_pair(prevX, x);
            }
        }
        prevX = x;
        prevG = gx;
    }
    out.searchedFrom = lo;
    out.searchedTo = hi;
    if (std::isfinite(minFinite))
        out.lowestSeen = minFinite;
    if (std::isfinite(maxFinite))
        out.highestSeen = maxFinite;
    if (!bracket) {
        auto shown = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 6) : QStringLiteral("never"); };
        out.reason = QStringLiteral("%1 stays between %2 and %3 for %4 from %5 to %6: it never reaches %7")
                         .arg(metricCode(metric), shown(minSeen), shown(maxSeen), path,
                              QString::number(lo, 'g', 6), QString::number(hi, 'g', 6), QString::number(target, 'g', 6));
        return out;
    }
    // Bisect to adjacent doubles; the answer is the end that reaches the target.
    double a = bracket->first, b = bracket->second;
    double ga = g(a);
    if (ga == 0) {
        b = a;
    } else {
        for (int i = 0; i < 2000 && std::nextafter(a, b) != b; ++i) {
            const double m = a + (b - a) / 2;
            if (m == a || m == b)
                break;
            const double gm = g(m);
            if (gm == 0) {
                a = b = m;
                break;
            }
            if ((gm < 0) == (ga < 0)) {
                a = m;
                ga = gm;
            } else {
                b = m;
            }
        }
    }
    const double x = d.integer ? std::round(b) : b;
    out.value = x;
    work = s;
    setInputValue(work, input, x);
    out.achieved = metricAt(work, metric);
    return out;
}

std::vector<double> GridAxis::values() const
{
    std::vector<double> v;
    v.reserve(size_t(std::max(count, 2)));
    const bool whole = handle.domain.integer;
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / (count - 1);
        double x = i + 1 == count ? high : logarithmic ? low * std::pow(high / low, t) : low + (high - low) * t;
        if (whole)
            x = std::round(x);
        if (v.empty() || x != v.back())
            v.push_back(x);
    }
    return v;
}

QString gridAxisFault(const GridAxis &axis)
{
    const auto number = [](double v) { return QString::number(v, 'g', 17); };
    if (axis.count < 2 || axis.count > kMaxGridAxisCount)
        return QStringLiteral("COUNT must be a whole number from 2 to %1, found %2").arg(kMaxGridAxisCount).arg(axis.count);
    if (!std::isfinite(axis.low) || !std::isfinite(axis.high))
        return QStringLiteral("LO and HI must be finite numbers");
    if (!(axis.low < axis.high))
        return QStringLiteral("LO (%1) must be below HI (%2)").arg(number(axis.low), number(axis.high));
    if (axis.logarithmic && !(axis.low > 0))
        return QStringLiteral("a logarithmic axis needs LO > 0, found %1").arg(number(axis.low));
    if (!axis.handle.domain.contains(axis.low) || !axis.handle.domain.contains(axis.high))
        return QStringLiteral("%1..%2 leaves the domain of %3, %4").arg(number(axis.low), number(axis.high), axis.path, axis.handle.domain.text());
    if (axis.handle.domain.integer && (axis.low != std::floor(axis.low) || axis.high != std::floor(axis.high)))
        return QStringLiteral("%1 takes whole numbers only: LO and HI must be whole, found %2 and %3")
            .arg(axis.path, number(axis.low), number(axis.high));
    if (axis.logarithmic) {
        const double ratio = axis.high / axis.low;
        if (!std::isfinite(ratio))
            return QStringLiteral("a logarithmic axis from %1 to %2 spans more than a number can hold (HI/LO overflows to infinity); "
                                  "raise LO").arg(number(axis.low), number(axis.high));
        if (axis.low < std::numeric_limits<double>::min())
            return QStringLiteral("a logarithmic axis cannot start at %1: it underflows (the least is %2)")
                .arg(number(axis.low), number(std::numeric_limits<double>::min()));
    }
    for (double v : axis.values())
        if (!std::isfinite(v))
            return QStringLiteral("the axis from %1 to %2 has a value that is not a finite number").arg(number(axis.low), number(axis.high));
    return QString();
}

QString gridFault(const Scenario &s, const GridAxis &x, const GridAxis &y)
{
    if (x.path == y.path)
        return QStringLiteral("--x and --y both vary %1; a grid needs two different inputs").arg(x.path);
    double months = s.project.lifetimeMonths;
    for (const GridAxis *axis : {&x, &y})
        if (axis->path == QLatin1String("project.lifetime_months"))
            months = std::max(months, axis->high);
    const double cells = double(x.values().size()) * double(y.values().size());
    const double work = cells * std::max(1.0, std::ceil(months));
    if (work > kMaxGridCellMonths)
        return QStringLiteral("%1 x %2 cells over %3 months is %4 cell-months; the limit is %5: use fewer cells or a shorter lifetime")
            .arg(x.values().size())
            .arg(y.values().size())
            .arg(std::ceil(months))
            .arg(QString::number(work, 'g', 3), QString::number(kMaxGridCellMonths, 'g', 3));
    return QString();
}

bool Grid::anyOverCapacity() const
{
    return std::find(overCapacity.begin(), overCapacity.end(), 1) != overCapacity.end();
}

Grid grid(const Scenario &s, const GridAxis &x, const GridAxis &y, Metric metric, const GridProgress &progress)
{
    Grid out;
    out.x = x.values();
    out.y = y.values();
    out.values.reserve(out.x.size() * out.y.size());
    out.overCapacity.reserve(out.x.size() * out.y.size());
    Scenario work = s;
    const int rows = int(out.y.size());
    for (int row = 0; row < rows; ++row) {
        for (double xv : out.x) {
            work = s;
            setInputValue(work, y.handle, out.y[size_t(row)]);
            setInputValue(work, x.handle, xv);
            const ScenarioResult r = evaluate(work, kMetricsOnly);
            out.values.push_back(metricValue(r, metric));
            out.overCapacity.push_back(r.overCapacity ? 1 : 0);
        }
        if (progress && !progress(row + 1, rows)) {
            out.stopped = row + 1 < rows;
            break;
        }
    }
    return out;
}

} // namespace ftroi
