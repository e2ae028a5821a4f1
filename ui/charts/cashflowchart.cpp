// Cash-flow chart: lifetimeCashFlow of each fine-tuning path, split at zero,
// with payback and end-of-life points.
#include "ui/charts/cashflowchart.h"

#include "ui/charts/chartcallout.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/seriesupdate.h"
#include "ui/data/decisiontext.h"
#include "core/text/format.h"
#include "ui/charts/signsplit.h"

#include <QLegend>
#include <QAreaSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

QLineSeries *makeLine(const QString &name, const QColor &color, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(QPen(color, 3.5, style, style == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap, Qt::RoundJoin));
    series->setPointsVisible(false);
    return series;
}

QScatterSeries *makeMarker(const QString &name, QScatterSeries::MarkerShape shape, const QColor &color)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(14);
    series->setColor(color);
    series->setBorderColor(Qt::white);
    return series;
}

// "Self-host: NPV $156 k, pays back in 2.0 months". The line is undiscounted
// (its zero crossing is the payback); with a discount rate the NPV is not its
// end, so the end is quoted beside it: "NPV $150 k at 10 %/yr ($170 k undiscounted)".
QString pathSummary(const QLocale &l, const QString &title, const LifetimeValue &v, const QString &currency,
                    double discountRateAnnual, const std::optional<double> &undiscountedEnd)
{
    QString npv = v.npv ? chartstyle::money(*v.npv, currency) : QStringLiteral("cannot be computed");
    if (v.npv && discountRateAnnual > 0 && undiscountedEnd)
        npv += QStringLiteral(" at %1/yr (%2 undiscounted)")
                   .arg(formatPercentExact(l, discountRateAnnual), chartstyle::money(*undiscountedEnd, currency));
    const QString payback = v.paybackMonthsWithGrowth
        ? QStringLiteral("pays back in %1").arg(formatMonths(l, v.paybackMonthsWithGrowth))
        : QStringLiteral("does not pay back within %1 months").arg(kMaxPaybackMonths);
    return QStringLiteral("%1: NPV %2, %3").arg(title, npv, payback);
}

} // namespace

CashFlowChart::CashFlowChart(QWidget *parent)
    : ScenarioChartView(parent),
      m_selfHosted(makeLine(pathTitle(Path::SelfHosted), chartstyle::color(chartstyle::Role::SelfHosted), Qt::SolidLine)),
      m_selfHostedBelow(makeLine(QStringLiteral("Below zero (not paid back)"),
                                 chartstyle::color(chartstyle::Role::Negative), Qt::SolidLine)),
      m_managed(makeLine(pathTitle(Path::Managed), chartstyle::color(chartstyle::Role::Managed), Qt::DashLine)),
      m_managedBelow(makeLine(QStringLiteral("Managed below zero"), chartstyle::color(chartstyle::Role::Negative),
                              Qt::DashLine)),
      m_bandLow(new QLineSeries), m_bandHigh(new QLineSeries), m_band(new QAreaSeries(m_bandHigh, m_bandLow)),
      m_zero(new QLineSeries),
      m_payback(makeMarker(QStringLiteral("Payback"), QScatterSeries::MarkerShapeCircle,
                           chartstyle::color(chartstyle::Role::Marker))),
      m_endOfLife(makeMarker(QStringLiteral("End of life"), QScatterSeries::MarkerShapeRectangle,
                             chartstyle::color(chartstyle::Role::Today))),
      m_monthAxis(new QValueAxis), m_moneyAxis(chartstyle::makeMoneyAxis())
{
    m_zero->setName(QStringLiteral("Zero"));
    m_zero->setPen(QPen(chartstyle::color(chartstyle::Role::Zero), 1.5));

    QColor bandFill = chartstyle::color(chartstyle::Role::SelfHosted);
    bandFill.setAlpha(45);
    m_band->setName(QStringLiteral("Self-host P10 – P90"));
    m_band->setBrush(bandFill);
    m_band->setPen(Qt::NoPen);

    QChart *c = chart();
    // Also the drawing and legend order: the band under the lines, the markers on top.
    const QList<QAbstractSeries *> order = {m_band, m_zero,         m_selfHosted, m_managed,  m_selfHostedBelow,
                                            m_managedBelow, m_endOfLife,  m_payback};
    for (QAbstractSeries *series : order)
        c->addSeries(series);
    chartstyle::styleAxis(m_monthAxis, QStringLiteral("Month"));
    chartstyle::styleAxis(m_moneyAxis, QString());
    m_monthAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_monthAxis->setTickType(QValueAxis::TicksDynamic);
    m_monthAxis->setTickAnchor(0);
    c->addAxis(m_monthAxis, Qt::AlignBottom);
    c->addAxis(m_moneyAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(m_monthAxis);
        series->attachAxis(m_moneyAxis);
    }
    bool shown = true;
    chartstyle::showInLegend(c, m_zero, false, shown);
    shown = true;
    chartstyle::showInLegend(c, m_managedBelow, false, shown);
    // Hover: each path's cumulative cash at the cursor's month.
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_selfHosted), static_cast<QXYSeries *>(m_selfHostedBelow),
                              static_cast<QXYSeries *>(m_managed), static_cast<QXYSeries *>(m_managedBelow),
                              static_cast<QXYSeries *>(m_payback), static_cast<QXYSeries *>(m_endOfLife)}) {
        connect(series, &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
            showHoverText(state ? hoverText(point.x()) : QString());
        });
    }
    m_selfHostedLabel = new ChartCallout(c, m_payback);
    m_managedLabel = new ChartCallout(c, m_payback);
    m_managedLabel->setAvoid(m_selfHostedLabel);
}

namespace {

// The line through `points` (ascending x) at `x`; nullopt outside it.
std::optional<double> valueAt(const QList<QPointF> &points, double x)
{
    if (points.isEmpty() || x < points.first().x() || x > points.last().x())
        return std::nullopt;
    const auto after = std::lower_bound(points.cbegin(), points.cend(), x,
                                        [](const QPointF &p, double value) { return p.x() < value; });
    if (after == points.cbegin())
        return after->y();
    const QPointF &b = *after;
    const QPointF &a = *(after - 1);
    return b.x() == a.x() ? b.y() : a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
}

} // namespace

QString CashFlowChart::hoverText(double month) const
{
    if (!std::isfinite(month))
        return QString();
    QStringList lines{QStringLiteral("Month %1").arg(formatNumber(QLocale(), month, 1))};
    const auto add = [&](const QString &who, const QList<QPointF> &cash) {
        if (const std::optional<double> value = valueAt(cash, month))
            lines << QStringLiteral("%1: %2 cumulative").arg(who, chartstyle::money(*value, m_hoverCurrency));
    };
    add(QStringLiteral("Self-host"), m_selfHostedCash);
    add(QStringLiteral("Managed"), m_managedCash);
    return lines.size() > 1 ? lines.join(QLatin1Char('\n')) : QString();
}

void CashFlowChart::showHoverText(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

double CashFlowChart::horizonMonths(const Scenario &scenario)
{
    const double lifetime = scenario.project.lifetimeMonths;
    if (!std::isfinite(lifetime) || !(lifetime > 0))
        return 1;
    return std::max(1.0, std::ceil(lifetime));
}

double CashFlowChart::monthTickStep(double months)
{
    for (double step : {1.0, 2.0, 3.0, 6.0, 12.0})
        if (months / step <= 12)
            return step;
    // Whole years: 1, 2, 5 x 10^k of them.
    for (double years = 2;; years *= 10) {
        for (double factor : {1.0, 2.5, 5.0})
            if (months / (12 * years * factor) <= 12 || !std::isfinite(years))
                return 12 * years * factor;
    }
}

std::optional<QPointF> CashFlowChart::showPath(const Scenario &s, const ScenarioResult &r, Path path,
                                               QLineSeries *above, QLineSeries *below, double &yMin, double &yMax)
{
    lifetimeCashFlow(s, r, path, m_cash);
    m_points.clear();
    for (const LifetimeCashPoint &p : m_cash) {
        if (!std::isfinite(p.month) || !std::isfinite(p.cumulative))
            break;
        m_points.append(QPointF(p.month, p.cumulative));
        yMin = std::min(yMin, p.cumulative);
        yMax = std::max(yMax, p.cumulative);
    }
    (path == Path::Managed ? m_managedCash : m_selfHostedCash) = m_points;
    splitAtZero(m_points, m_above, m_below);
    replaceIfChanged(above, m_above);
    replaceIfChanged(below, m_below);
    if (!m_points.isEmpty())
        m_endPoints.append(m_points.last());

    const LifetimeValue *v = path == Path::Managed ? (r.managed ? &r.managed->lifetime : nullptr) : &r.lifetime;
    if (v && v->paybackMonthsWithGrowth && !m_points.isEmpty() && *v->paybackMonthsWithGrowth <= m_points.last().x())
        return QPointF(*v->paybackMonthsWithGrowth, 0);
    return std::nullopt;
}

void CashFlowChart::showBand(double &yMin, double &yMax)
{
    QList<QPointF> low, high;
    const CashFlowBand &b = m_bandData;
    for (size_t k = 0; k < b.months.size(); ++k) {
        if (!std::isfinite(b.p10[k]) || !std::isfinite(b.p90[k]))
            break;
        low.append(QPointF(b.months[k], b.p10[k]));
        high.append(QPointF(b.months[k], b.p90[k]));
        yMin = std::min(yMin, b.p10[k]);
        yMax = std::max(yMax, b.p90[k]);
    }
    if (low.size() < 2) {
        low.clear();
        high.clear();
    }
    replaceIfChanged(m_bandLow, low);
    replaceIfChanged(m_bandHigh, high);
    chartstyle::showInLegend(chart(), m_band, !low.isEmpty(), m_bandInLegend);
}

void CashFlowChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    const QLocale locale;
    const double months = horizonMonths(scenario);
    m_hoverCurrency = currency;
    const bool hasManaged = result.managed.has_value() && scenario.managed.has_value();

    double yMin = 0;
    double yMax = 0;
    m_endPoints.clear();
    m_paybackPoints.clear();
    const std::optional<QPointF> selfPayback =
        showPath(scenario, result, Path::SelfHosted, m_selfHosted, m_selfHostedBelow, yMin, yMax);
    const std::optional<QPointF> managedPayback =
        showPath(scenario, result, Path::Managed, m_managed, m_managedBelow, yMin, yMax);
    for (const std::optional<QPointF> &p : {selfPayback, managedPayback})
        if (p)
            m_paybackPoints.append(*p);
    replaceIfChanged(m_payback, m_paybackPoints);
    replaceIfChanged(m_endOfLife, m_endPoints);
    showBand(yMin, yMax);

    m_zeroPoints.clear();
    m_zeroPoints.append(QPointF(0, 0));
    m_zeroPoints.append(QPointF(months, 0));
    replaceIfChanged(m_zero, m_zeroPoints);

    const double step = monthTickStep(months);
    if (m_monthAxis->tickInterval() != step)
        m_monthAxis->setTickInterval(step);
    m_monthAxis->setRange(0, months);
    chartstyle::applyMoneyRange(m_moneyAxis, chartstyle::niceRange(yMin, yMax), currency);
    const bool discounted = scenario.project.discountRateAnnual > 0;
    const QString axisTitle = chartstyle::moneyAxisTitle(
        discounted ? QStringLiteral("Cumulative cash, undiscounted") : QStringLiteral("Cumulative cash"), currency);
    if (m_moneyAxis->titleText() != axisTitle)
        m_moneyAxis->setTitleText(axisTitle);

    chartstyle::showInLegend(chart(), m_managed, hasManaged, m_managedInLegend);
    chartstyle::showInLegend(chart(), m_selfHostedBelow,
                 !m_selfHostedBelow->points().isEmpty() || !m_managedBelow->points().isEmpty(), m_belowInLegend);
    chartstyle::showInLegend(chart(), m_payback, !m_paybackPoints.isEmpty(), m_paybackInLegend);
    const auto paybackLabel = [&](const QString &who, const std::optional<QPointF> &at) {
        return at ? QStringLiteral("%1 pays back in %2").arg(who, formatMonths(locale, at->x())) : QString();
    };
    m_selfHostedLabel->setAnchor(selfPayback, paybackLabel(QStringLiteral("Self-host"), selfPayback));
    m_managedLabel->setAnchor(managedPayback, paybackLabel(QStringLiteral("Managed"), managedPayback));

    const double rate = scenario.project.discountRateAnnual;
    const auto end = [](const QList<QPointF> &cash) {
        return cash.isEmpty() ? std::nullopt : std::optional<double>(cash.last().y());
    };
    QStringList summary{pathSummary(locale, pathTitle(Path::SelfHosted), result.lifetime, currency, rate,
                                    end(m_selfHostedCash))};
    if (hasManaged)
        summary << pathSummary(locale, QStringLiteral("Managed"), result.managed->lifetime, currency, rate,
                               end(m_managedCash));
    m_summary = summary.join(QStringLiteral(" \u00b7 "));

    const QString lifetime = formatNumber(locale, scenario.project.lifetimeMonths, 1);
    if (m_selfHosted->points().isEmpty() && m_selfHostedBelow->points().isEmpty())
        setHeading(QStringLiteral("No cash flow: the costs of this scenario are not finite numbers"), scenario, result,
                   currency);
    else
        setHeading(QStringLiteral("Cumulative cash over the %1-month lifetime").arg(lifetime), scenario, result, currency,
                   m_summary);
}

} // namespace ftroi
