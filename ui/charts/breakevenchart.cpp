// Break-even chart: cost lines from sampleCostCurve, markers from the result,
// on a log or a linear cost axis.
#include "ui/charts/breakevenchart.h"

#include "ui/charts/chartcallout.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/seriesupdate.h"
#include "core/text/format.h"
#include "ui/charts/logaxislabels.h"

#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QCursor>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace ftroi {

namespace {

constexpr double kMinVolume = 1e3;
constexpr double kMaxVolume = 1e14;
constexpr double kSpan = 10;      // the range reaches at least this factor either side of today / break-even
constexpr double kMinDecades = 2; // never narrower than 100x

struct VolumeRange {
    double from;
    double to;
};

// Today's volume and the break-evens with room either side; 1e4..1e10 without traffic.
VolumeRange volumeRange(double today, std::initializer_list<std::optional<double>> breakEvens)
{
    const bool hasToday = std::isfinite(today) && today > 0;
    double low = std::numeric_limits<double>::infinity();
    double high = 0;
    bool hasBreakEven = false;
    for (const std::optional<double> &breakEven : breakEvens) {
        if (breakEven && std::isfinite(*breakEven) && *breakEven > 0) {
            low = std::min(low, *breakEven);
            high = std::max(high, *breakEven);
            hasBreakEven = true;
        }
    }
    double from = 1e4;
    double to = 1e10;
    if (hasToday) {
        from = (hasBreakEven ? std::min(today, low) : today) / kSpan;
        to = (hasBreakEven ? std::max(today, high) : today) * kSpan;
    } else if (hasBreakEven) {
        from = std::min(from, low / kSpan);
        to = std::max(to, high * kSpan);
    }
    // Whole decades: the axis stays put while a slider drag moves within one,
    // which keeps the ticks still and saves a relayout on most steps.
    from = std::pow(10.0, std::floor(std::log10(from)));
    to = std::pow(10.0, std::ceil(std::log10(to)));
    from = std::clamp(from, kMinVolume, kMaxVolume);
    to = std::clamp(to, kMinVolume, kMaxVolume);
    const double minRatio = std::pow(10.0, kMinDecades);
    if (to < from * minRatio) {
        if (from * minRatio <= kMaxVolume)
            to = from * minRatio;
        else
            from = to / minRatio;
    }
    return {from, to};
}

QLineSeries *makeLine(const QString &name, const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    auto *series = new QLineSeries;
    series->setName(name);
    // Qt Charts draws a line series segment by segment: round caps close the joins.
    QPen pen(color, width, style, style == Qt::SolidLine ? Qt::SquareCap : Qt::FlatCap, Qt::MiterJoin);
    series->setPen(pen);
    return series;
}

QScatterSeries *makeMarker(const QString &name, const QColor &color, qreal size)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(size);
    series->setColor(color);
    series->setBorderColor(Qt::white);
    return series;
}

// Shows or hides the series' legend entry when `shown` (the last state set) differs.
void setLegendVisible(QChart *chart, QAbstractSeries *series, bool visible, bool &shown)
{
    if (shown == visible)
        return;
    shown = visible;
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(visible);
    // A marker shown again keeps a stale place until the legend is laid out anew.
    if (QGraphicsLayout *layout = chart->legend()->layout())
        layout->invalidate();
}

bool isFinite(double x, double y)
{
    return std::isfinite(x) && std::isfinite(y);
}

} // namespace

BreakEvenChart::BreakEvenChart(QWidget *parent)
    : ScenarioChartView(parent), m_api(makeLine(QStringLiteral("API"), chartstyle::color(chartstyle::Role::Api), 3.5)),
      m_selfHosted(
          makeLine(QStringLiteral("Self-hosted"), chartstyle::color(chartstyle::Role::SelfHosted), 3.5)),
      m_selfHostedOver(makeLine(QStringLiteral("Self-hosted over capacity"),
                                chartstyle::color(chartstyle::Role::SelfHosted), 2.5, Qt::DotLine)),
      m_managed(makeLine(QStringLiteral("Managed fine-tune"), chartstyle::color(chartstyle::Role::Managed), 3.5)),
      m_todayLine(makeLine(QStringLiteral("Today\u2019s volume"), chartstyle::color(chartstyle::Role::Today), 2, Qt::DashLine)),
      m_todayPoints(makeMarker(QStringLiteral("Today's costs"), chartstyle::color(chartstyle::Role::Today), 12)),
      m_breakEven(makeMarker(QStringLiteral("Break-even"), chartstyle::color(chartstyle::Role::Marker), 16)),
      m_managedBreakEven(
          makeMarker(QStringLiteral("Managed break-even"), chartstyle::color(chartstyle::Role::Managed), 16)),
      m_volumeAxis(new QLogValueAxis), m_costAxis(chartstyle::makeMoneyAxis()), m_logCostAxis(new QLogValueAxis)
{
    QChart *c = chart();
    // Also the drawing and legend order: the markers on top.
    const QList<QAbstractSeries *> order = {m_api,       m_selfHosted,  m_selfHostedOver, m_managed,
                                            m_todayLine, m_todayPoints, m_breakEven,      m_managedBreakEven};
    for (QAbstractSeries *series : order)
        c->addSeries(series);

    m_volumeAxis->setBase(10);
    m_volumeAxis->setMinorTickCount(8);
    m_logCostAxis->setBase(10);
    m_logCostAxis->setMinorTickCount(0);
    chartstyle::styleAxis(m_volumeAxis, QStringLiteral("Daily volume (tokens/day)"));
    chartstyle::styleAxis(m_costAxis, QString());
    chartstyle::styleAxis(m_logCostAxis, QString());
    c->addAxis(m_volumeAxis, Qt::AlignBottom);
    c->addAxis(m_costAxis, Qt::AlignLeft);
    c->addAxis(m_logCostAxis, Qt::AlignLeft);
    // The series start on the linear cost axis; the log one waits, hidden, with a valid range.
    m_logCostAxis->setRange(1, 10);
    m_logCostAxis->setVisible(false);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(m_volumeAxis);
        series->attachAxis(m_costAxis);
    }
    m_volumeLabels = new LogAxisLabels(c, m_volumeAxis);
    m_costLabels = new LogAxisLabels(c, m_logCostAxis, currencySymbol(QStringLiteral("USD")));
    m_breakEvenLabel = new ChartCallout(c, m_breakEven);
    m_managedBreakEvenLabel = new ChartCallout(c, m_managedBreakEven);
    m_todayLabel = new ChartCallout(c, m_todayLine);
    bool todayPointsInLegend = true;
    setLegendVisible(c, m_todayPoints, false, todayPointsInLegend);

    // Hover: the exact costs at the cursor's volume, or today's as the engine reports them.
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_api), static_cast<QXYSeries *>(m_selfHosted),
                              static_cast<QXYSeries *>(m_selfHostedOver),
                              static_cast<QXYSeries *>(m_managed), static_cast<QXYSeries *>(m_breakEven),
                              static_cast<QXYSeries *>(m_managedBreakEven)}) {
        connect(series, &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
            showHoverText(state ? hoverText(point.x()) : QString());
        });
    }
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_todayPoints), static_cast<QXYSeries *>(m_todayLine)}) {
        connect(series, &QXYSeries::hovered, this,
                [this](const QPointF &, bool state) { showHoverText(state ? todayHoverText() : QString()); });
    }
    m_volumeAxis->setRange(1e4, 1e10);
}

double BreakEvenChart::wholeApiCostAt(double tokensPerDay) const
{
    return m_line.apiCostAt(tokensPerDay) + m_apiQualityPerDailyToken * tokensPerDay;
}

QString BreakEvenChart::hoverText(double tokensPerDay) const
{
    if (!(tokensPerDay > 0) || !std::isfinite(tokensPerDay))
        return QString();
    const double apiQuality = m_apiQualityPerDailyToken * tokensPerDay;
    QStringList lines{QStringLiteral("At %1").arg(formatTokensPerDay(QLocale(), tokensPerDay)),
                      QStringLiteral("API: %1/month").arg(chartstyle::money(wholeApiCostAt(tokensPerDay), m_tooltipCurrency)),
                      QStringLiteral("Self-hosted: %1/month")
                          .arg(chartstyle::money(m_line.selfHostedAllInAt(tokensPerDay) + apiQuality, m_tooltipCurrency))};
    if (m_hasManaged)
        lines << QStringLiteral("Managed: %1/month")
                     .arg(chartstyle::money(m_managedLine.at(tokensPerDay) + apiQuality, m_tooltipCurrency));
    return lines.join(QLatin1Char('\n'));
}

QString BreakEvenChart::todayHoverText() const
{
    if (!(m_today > 0) || !std::isfinite(m_today))
        return QString();
    QStringList lines{QStringLiteral("Today, %1").arg(formatTokensPerDay(QLocale(), m_today)),
                      QStringLiteral("API: %1/month").arg(chartstyle::money(m_todayCosts[0], m_tooltipCurrency)),
                      QStringLiteral("Self-hosted: %1/month").arg(chartstyle::money(m_todayCosts[1], m_tooltipCurrency))};
    if (m_hasManaged)
        lines << QStringLiteral("Managed: %1/month").arg(chartstyle::money(m_todayCosts[2], m_tooltipCurrency));
    return lines.join(QLatin1Char('\n'));
}

void BreakEvenChart::showHoverText(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

QAbstractAxis *BreakEvenChart::activeCostAxis() const
{
    if (m_logCost)
        return m_logCostAxis;
    return m_costAxis;
}

double BreakEvenChart::costMin() const
{
    return m_logCost ? m_logCostAxis->min() : m_costAxis->min();
}

double BreakEvenChart::costMax() const
{
    return m_logCost ? m_logCostAxis->max() : m_costAxis->max();
}

QString BreakEvenChart::todayText() const
{
    return m_todayLabel->isShown() ? m_todayLabel->text() : QString();
}

QStringList BreakEvenChart::volumeLabels() const
{
    return m_volumeLabels->texts();
}

QStringList BreakEvenChart::costLabels() const
{
    return m_costLabels->texts();
}

void BreakEvenChart::setLogCostAxis(bool log)
{
    if (log == m_logCost)
        return;
    QAbstractAxis *from = activeCostAxis();
    QAbstractAxis *to = log ? static_cast<QAbstractAxis *>(m_logCostAxis) : m_costAxis;
    const QList<QAbstractSeries *> series = chart()->series();
    for (QAbstractSeries *s : series) {
        s->detachAxis(from);
        s->attachAxis(to);
    }
    from->setVisible(false);
    to->setVisible(true);
    m_logCost = log;
}

void BreakEvenChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    const QLocale locale;
    const CostLine line = costLine(scenario, result.monthlyAmortizedProjectCost);
    const double today = result.currentDailyTokens;
    const std::optional<double> &breakEven = result.breakEvenAllInTokensPerDay;
    const bool hasManaged = result.managed.has_value() && scenario.managed.has_value();
    const ManagedCostLine managedLine = hasManaged ? managedCostLine(scenario, *result.managed) : ManagedCostLine{};
    const std::optional<double> managedBreakEven =
        hasManaged ? result.managed->breakEvenTokensPerDay : std::optional<double>();
    const VolumeRange range = volumeRange(today, {breakEven, managedBreakEven});
    const auto inRange = [&](double x) { return std::isfinite(x) && x >= range.from && x <= range.to; };

    // The lowest and highest plotted cost.
    double yMin = std::numeric_limits<double>::infinity();
    double yMax = -std::numeric_limits<double>::infinity();
    bool anyFinite = false;
    const auto include = [&](double y) {
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
        anyFinite = true;
    };

    // Whole costs: each line carries its path's own reviews and errors. The
    // engine's curves hold the API bill and the self-hosted cost with the
    // quality DELTA; adding the API's own quality cost (linear in volume at a
    // fixed request mix) to every line turns them into whole costs, which are
    // never negative, and leaves every crossing where it was.
    const double perRequest = tokensPerRequest(scenario.workload);
    const double qualityPerRequest = scenario.api.reviewRate * scenario.reviewCost +
                                     scenario.api.errorRate * scenario.costPerError;
    m_apiQualityPerDailyToken =
        perRequest > 0 && std::isfinite(qualityPerRequest) ? kDaysPerMonth * qualityPerRequest / perRequest : 0;
    m_line = line;
    m_managedLine = managedLine;
    m_hasManaged = hasManaged;
    m_today = today;
    m_todayCosts[0] = result.apiMonthlyTco;
    m_todayCosts[1] = result.selfHostedMonthlyTco;
    m_todayCosts[2] = hasManaged ? result.managed->monthlyTco : qQNaN();
    m_tooltipCurrency = currency;

    // The cost lines; Qt Charts must never see NaN or infinity.
    sampleCostCurve(line, range.from, range.to, kSamplePoints, m_curve);
    m_apiPoints.clear();
    m_selfHostedPoints.clear();
    m_selfHostedOverPoints.clear();
    m_managedPoints.clear();
    // A fixed fleet serves only up to its capacity: beyond it the flat cost is no
    // cost at all of serving that volume, drawn dotted as "over capacity".
    const double capacity = line.fixedFleetCapacityTokensPerDay();
    if (capacity > 0 && capacity > range.from && capacity < range.to) {
        const auto at = std::lower_bound(m_curve.begin(), m_curve.end(), capacity,
                                         [](const CostCurvePoint &p, double v) { return p.tokensPerDay < v; });
        m_curve.insert(at, CostCurvePoint{capacity, line.apiCostAt(capacity), line.selfHostedAllInAt(capacity)});
    }
    for (const CostCurvePoint &p : m_curve) {
        // The managed total is a straight line: one point per volume (fleet steps repeat a volume).
        const double apiQuality = m_apiQualityPerDailyToken * p.tokensPerDay;
        if (hasManaged && (m_managedPoints.isEmpty() || m_managedPoints.last().x() != p.tokensPerDay)) {
            const double cost = managedLine.at(p.tokensPerDay) + apiQuality;
            if (isFinite(p.tokensPerDay, cost)) {
                m_managedPoints.append(QPointF(p.tokensPerDay, cost));
                include(cost);
            }
        }
        const double api = p.apiMonthly + apiQuality;
        const double selfHosted = p.selfHostedMonthly + apiQuality;
        if (isFinite(p.tokensPerDay, api)) {
            m_apiPoints.append(QPointF(p.tokensPerDay, api));
            include(api);
        }
        if (isFinite(p.tokensPerDay, selfHosted)) {
            const bool over = capacity > 0 && p.tokensPerDay > capacity;
            const bool atCapacity = capacity > 0 && p.tokensPerDay == capacity;
            if (!over)
                m_selfHostedPoints.append(QPointF(p.tokensPerDay, selfHosted));
            if (over || atCapacity)
                m_selfHostedOverPoints.append(QPointF(p.tokensPerDay, selfHosted));
            include(selfHosted);
        }
    }

    // Today's costs, exactly as the engine reports them.
    const bool showToday = anyFinite && inRange(today);
    m_todayPointsBuffer.clear();
    if (showToday) {
        for (double cost : m_todayCosts) {
            if (std::isfinite(cost)) {
                m_todayPointsBuffer.append(QPointF(today, cost));
                include(cost);
            }
        }
    }

    // The all-in break-even.
    m_breakEvenBuffer.clear();
    if (!line.hasTraffic) {
        m_breakEvenText = QStringLiteral("No break-even: requests carry no tokens");
    } else if (!breakEven || !std::isfinite(*breakEven)) {
        m_breakEvenText =
            QStringLiteral("No break-even up to %1").arg(formatTokensPerDay(locale, kMaxBreakEvenTokensPerDay));
    } else if (*breakEven <= 0) {
        m_breakEvenText = QStringLiteral("Self-hosting is cheaper at every volume");
    } else {
        m_breakEvenText = QStringLiteral("Break-even %1").arg(formatTokensPerDay(locale, *breakEven));
        const double cost = wholeApiCostAt(*breakEven);
        if (anyFinite && inRange(*breakEven) && std::isfinite(cost)) {
            m_breakEvenBuffer.append(QPointF(*breakEven, cost));
            include(cost);
        }
    }
    std::optional<QPointF> breakEvenAnchor;
    if (!m_breakEvenBuffer.isEmpty())
        breakEvenAnchor = m_breakEvenBuffer.first();

    // The managed path's break-even: where its straight line meets the API line.
    m_managedBreakEvenBuffer.clear();
    QString managedBreakEvenText;
    if (managedBreakEven && std::isfinite(*managedBreakEven) && *managedBreakEven > 0) {
        managedBreakEvenText = QStringLiteral("Managed break-even %1").arg(formatTokensPerDay(locale, *managedBreakEven));
        const double cost = wholeApiCostAt(*managedBreakEven);
        if (anyFinite && inRange(*managedBreakEven) && std::isfinite(cost)) {
            m_managedBreakEvenBuffer.append(QPointF(*managedBreakEven, cost));
            include(cost);
        }
    }
    std::optional<QPointF> managedBreakEvenAnchor;
    if (!m_managedBreakEvenBuffer.isEmpty())
        managedBreakEvenAnchor = m_managedBreakEvenBuffer.first();

    // Axes: the data decides the ranges (axes do not follow replace()). Whole
    // costs are never below zero, so the cost axis stays logarithmic whenever
    // some cost is above zero: the range covers the positive costs, and a cost
    // of exactly zero (a free API with no reviews) sits on the bottom edge, the
    // axis' floor, instead of switching the chart to a linear axis on which the
    // other lines would dive off the plot (tooltips give its exact value).
    // Only when no cost is above zero is the axis linear (0 to 1).
    double positiveMin = std::numeric_limits<double>::infinity();
    for (const QList<QPointF> *points : {&m_apiPoints, &m_selfHostedPoints, &m_managedPoints, &m_todayPointsBuffer,
                                         &m_breakEvenBuffer, &m_managedBreakEvenBuffer})
        for (const QPointF &p : *points)
            if (p.y() > 0)
                positiveMin = std::min(positiveMin, p.y());
    const bool logCost = anyFinite && yMax > 0 && std::isfinite(positiveMin);
    double costFrom = 0;
    double costTo = 1;
    if (logCost) {
        const chartstyle::LogRange costRange = chartstyle::niceLogRange(positiveMin, yMax);
        // Costs at or below zero on the floor.
        for (QList<QPointF> *points : {&m_apiPoints, &m_selfHostedPoints, &m_managedPoints, &m_todayPointsBuffer,
                                       &m_breakEvenBuffer, &m_managedBreakEvenBuffer})
            for (QPointF &p : *points)
                p.setY(std::max(p.y(), costRange.min));
        if (breakEvenAnchor)
            breakEvenAnchor->setY(std::max(breakEvenAnchor->y(), costRange.min));
        if (managedBreakEvenAnchor)
            managedBreakEvenAnchor->setY(std::max(managedBreakEvenAnchor->y(), costRange.min));
        m_logCostAxis->setRange(costRange.min, costRange.max);
        costFrom = costRange.min;
        costTo = costRange.max;
    } else {
        const chartstyle::NiceRange costRange =
            anyFinite ? chartstyle::niceRange(std::min(yMin, 0.0), std::max(yMax, 0.0)) : chartstyle::niceRange(0, 0);
        chartstyle::applyMoneyRange(m_costAxis, costRange, currency);
        costFrom = costRange.min;
        costTo = costRange.max;
    }
    m_volumeAxis->setRange(range.from, range.to);
    if (currency != m_currency || m_costAxis->titleText().isEmpty()) {
        m_currency = currency;
        const QString title = chartstyle::moneyAxisTitle(QStringLiteral("Whole monthly cost"), currency);
        m_costAxis->setTitleText(title);
        m_logCostAxis->setTitleText(title);
        m_costLabels->setCurrency(currency);
    }

    // Today: a vertical line over the whole cost range, labelled at its top. The
    // label is a plain text item: renaming the legend entry on every slider
    // step would re-lay out the whole chart.
    std::optional<QPointF> todayAnchor;
    m_todayLineBuffer.clear();
    if (showToday) {
        m_todayLineBuffer.append(QPointF(today, costFrom));
        m_todayLineBuffer.append(QPointF(today, costTo));
        todayAnchor = QPointF(today, costTo);
    }

    // A log axis must never map a cost <= 0: the series move to the linear axis
    // before they get such points, and to the log axis only once they have none.
    if (!logCost)
        setLogCostAxis(false);
    // During a drag within one decade the cost lines do not change, only today's
    // marker moves: unchanged series are left alone, so Qt Charts neither
    // recomputes nor repaints them.
    replaceIfChanged(m_api, m_apiPoints);
    replaceIfChanged(m_selfHosted, m_selfHostedPoints);
    replaceIfChanged(m_selfHostedOver, m_selfHostedOverPoints);
    replaceIfChanged(m_managed, m_managedPoints);
    replaceIfChanged(m_managedBreakEven, m_managedBreakEvenBuffer);
    replaceIfChanged(m_todayPoints, m_todayPointsBuffer);
    replaceIfChanged(m_breakEven, m_breakEvenBuffer);
    replaceIfChanged(m_todayLine, m_todayLineBuffer);
    if (logCost)
        setLogCostAxis(true);

    setLegendVisible(chart(), m_breakEven, breakEvenAnchor.has_value(), m_breakEvenInLegend);
    setLegendVisible(chart(), m_managed, hasManaged, m_managedInLegend);
    setLegendVisible(chart(), m_selfHostedOver, m_selfHostedOverPoints.size() > 1, m_selfHostedOverInLegend);
    setLegendVisible(chart(), m_managedBreakEven, managedBreakEvenAnchor.has_value(), m_managedBreakEvenInLegend);
    m_managedBreakEvenLabel->setAnchor(managedBreakEvenAnchor, managedBreakEvenText);
    setLegendVisible(chart(), m_todayLine, showToday, m_todayInLegend);
    m_breakEvenLabel->setAnchor(breakEvenAnchor, m_breakEvenText);
    m_todayLabel->setAnchor(todayAnchor, QStringLiteral("Today %1").arg(formatTokensPerDay(locale, today)));

    if (!anyFinite)
        setHeading(QStringLiteral("No cost lines: the costs of this scenario are not finite numbers"), scenario, result,
                   currency);
    else
        setHeading(QStringLiteral("Whole monthly cost vs. daily volume \u2014 %1").arg(m_breakEvenText), scenario,
                   result, currency);
}

} // namespace ftroi
