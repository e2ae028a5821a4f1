// Tornado chart: bars and their end labels are graphics items placed from the
// axes' mapping, so a value change moves them without a chart relayout.
#include "ui/charts/tornadochart.h"

#include "ui/data/inputlabels.h"
#include "ui/data/metriclabels.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/seriesupdate.h"

#include <QBrush>
#include <QCategoryAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

constexpr double kBarThickness = 0.62; // of a row
constexpr double kHeadroom = 0.7;      // rows above the top bar, for the base label
constexpr double kLabelRoom = 0.2;     // share of the data span added each side for the end labels
constexpr qreal kLabelGap = 6;
constexpr qreal kBarZ = 4.2;
constexpr qreal kTextZ = 4.4;

QColor lowColor() { return chartstyle::color(chartstyle::Role::Storage); }
QColor highColor() { return chartstyle::color(chartstyle::Role::SelfHosted); }

QScatterSeries *makeKey(const QString &name, const QColor &color)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    series->setMarkerSize(14);
    series->setColor(color);
    series->setBorderColor(color);
    return series;
}

QGraphicsSimpleTextItem *makeText(QGraphicsItem *parent, const QFont &font)
{
    auto *text = new QGraphicsSimpleTextItem(parent);
    text->setFont(font);
    text->setBrush(chartstyle::color(chartstyle::Role::Text));
    text->setZValue(kTextZ);
    return text;
}

} // namespace

TornadoChart::TornadoChart(QWidget *parent)
    : ScenarioChartView(parent), m_valueAxis(chartstyle::makeMoneyAxis()), m_rowAxis(new QCategoryAxis), m_baseLine(new QLineSeries),
      m_lowKey(makeKey(QStringLiteral("Input at its low"), lowColor())),
      m_highKey(makeKey(QStringLiteral("Input at its high"), highColor()))
{
    QChart *c = chart();
    chartstyle::styleAxis(m_valueAxis, QString());
    chartstyle::styleAxis(m_rowAxis, QString());
    m_rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_rowAxis->setGridLineVisible(false);
    m_rowAxis->setLineVisible(false);
    c->addAxis(m_valueAxis, Qt::AlignBottom);
    c->addAxis(m_rowAxis, Qt::AlignLeft);
    m_baseLine->setPen(QPen(chartstyle::color(chartstyle::Role::Marker), 2, Qt::SolidLine, Qt::FlatCap));
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_baseLine), static_cast<QAbstractSeries *>(m_lowKey),
                                    static_cast<QAbstractSeries *>(m_highKey)}) {
        c->addSeries(series);
        series->attachAxis(m_valueAxis);
        series->attachAxis(m_rowAxis);
    }
    for (QLegendMarker *marker : c->legend()->markers(m_baseLine))
        marker->setVisible(false);
    m_baseText = makeText(c, chartstyle::markerLabelFont());
    connect(c, &QChart::plotAreaChanged, this, &TornadoChart::place);
}

void TornadoChart::ensureBars(int count)
{
    QChart *c = chart();
    while (int(m_bars.size()) < count) {
        Bar bar;
        bar.low = new QGraphicsRectItem(c);
        bar.high = new QGraphicsRectItem(c);
        for (QGraphicsRectItem *rect : {bar.low, bar.high}) {
            rect->setPen(QPen(Qt::white, 1));
            rect->setZValue(kBarZ);
        }
        bar.low->setBrush(lowColor());
        bar.high->setBrush(highColor());
        bar.lowText = makeText(c, chartstyle::axisLabelFont());
        bar.highText = makeText(c, chartstyle::axisLabelFont());
        m_bars.push_back(bar);
    }
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const bool used = int(i) < count;
        for (QGraphicsItem *item : {static_cast<QGraphicsItem *>(m_bars[i].low), static_cast<QGraphicsItem *>(m_bars[i].high),
                                    static_cast<QGraphicsItem *>(m_bars[i].lowText),
                                    static_cast<QGraphicsItem *>(m_bars[i].highText)})
            item->setVisible(used);
    }
}

void TornadoChart::copyChoicesFrom(const ScenarioChartView &other)
{
    if (const auto *tornado = qobject_cast<const TornadoChart *>(&other))
        setMetric(tornado->metric());
}

double TornadoChart::shown(const std::optional<double> &value) const
{
    return value && std::isfinite(*value) ? *value : m_neverAt;
}

void TornadoChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    m_currency = currency;
    const Metric metric = m_sensitivity.metric;
    const QLocale locale;
    const int n = int(m_sensitivity.rows.size());

    // The value range: base and every finite end, room for the labels; "never" beyond the far end.
    double lo = m_sensitivity.base.value_or(0);
    double hi = lo;
    bool anyNever = !m_sensitivity.base;
    for (const SensitivityRow &row : m_sensitivity.rows) {
        for (const std::optional<double> &v : {row.metricAtLow, row.metricAtHigh}) {
            if (v && std::isfinite(*v)) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            } else {
                anyNever = true;
            }
        }
    }
    double span = hi - lo;
    if (!(span > 0))
        span = std::max(1.0, std::abs(lo) * 0.2);
    if (anyNever) {
        m_neverAt = hi + span * 0.35;
        hi = m_neverAt;
        span = hi - lo;
    }
    // A payback is never below 0 months: the axis starts at 0 at the lowest.
    double from = lo - span * kLabelRoom;
    if (metric == Metric::PaybackMonths)
        from = std::max(from, std::min(0.0, lo));
    chartstyle::NiceRange range = chartstyle::niceRange(from, hi + span * kLabelRoom, 8);
    // "Never" is no number: bars to it run to the axis's far end, hatched, and say "never".
    if (anyNever)
        m_neverAt = range.max;
    if (metric == Metric::PaybackMonths) {
        chartstyle::applyNumberRange(m_valueAxis, range);
    } else {
        chartstyle::applyMoneyRange(m_valueAxis, range, currency);
    }
    const QString axisTitle = metric == Metric::PaybackMonths
        ? QStringLiteral("Payback (months)")
        : chartstyle::moneyAxisTitle(metric == Metric::Npv ? QStringLiteral("NPV over the lifetime")
                                                           : QStringLiteral("Monthly savings"),
                                     currency);
    if (m_valueAxis->titleText() != axisTitle)
        m_valueAxis->setTitleText(axisTitle);

    // Rows: the largest swing on top.
    QStringList labels;
    for (const SensitivityRow &row : m_sensitivity.rows)
        labels.append(inputLabel(row.input));
    if (labels != m_rowLabels) {
        m_rowLabels = labels;
        const QStringList old = m_rowAxis->categoriesLabels();
        for (const QString &label : old)
            m_rowAxis->remove(label);
        for (int i = n - 1; i >= 0; --i)
            m_rowAxis->append(labels[i], n - 1 - i);
        m_rowAxis->setRange(-0.5, n - 0.5 + kHeadroom);
    }

    const bool ranged = scenario.uncertainty && !scenario.uncertainty->ranges.isEmpty();
    setHeading(QStringLiteral("What moves %1 most (%2)")
                          .arg(metricLabel(metric).toLower() == QLatin1String("npv") ? QStringLiteral("the NPV")
                                                                                        : metricLabel(metric).toLower(),
                               ranged ? QStringLiteral("the scenario's uncertainty ranges")
                                      : QStringLiteral("each input at ±20 %")),
               scenario, result, currency);

    const double base = shown(m_sensitivity.base);
    const QList<QPointF> baseLine{{base, -0.5}, {base, n - 0.5}};
    if (m_baseLine->points() != baseLine)
        replaceIfChanged(m_baseLine, baseLine);
    m_baseText->setText(QStringLiteral("Base %1").arg(formatMetricValue(locale, metric, m_sensitivity.base, currency)));
    const auto isNever = [](const std::optional<double> &v) { return !v || !std::isfinite(*v); };

    ensureBars(n);
    for (int i = 0; i < n; ++i) {
        const SensitivityRow &row = m_sensitivity.rows[size_t(i)];
        Bar &bar = m_bars[size_t(i)];
        const QString low = formatInputValue(locale, row.input, row.low, currency);
        const QString high = formatInputValue(locale, row.input, row.high, currency);
        // An end at "never" says so beside the input's value, and its bar is hatched.
        bar.lowText->setText(isNever(row.metricAtLow) ? low + QStringLiteral(": never") : low);
        bar.highText->setText(isNever(row.metricAtHigh) ? high + QStringLiteral(": never") : high);
        bar.low->setBrush(isNever(row.metricAtLow) ? QBrush(lowColor(), Qt::BDiagPattern) : QBrush(lowColor()));
        bar.high->setBrush(isNever(row.metricAtHigh) ? QBrush(highColor(), Qt::BDiagPattern) : QBrush(highColor()));
        const QString metricName = metricLabel(metric);
        bar.low->setToolTip(QStringLiteral("%1 at %2 (low): %3 %4")
                                .arg(inputLabel(row.input), low, metricName.toLower(),
                                     formatMetricValue(locale, metric, row.metricAtLow, currency)));
        bar.high->setToolTip(QStringLiteral("%1 at %2 (high): %3 %4")
                                 .arg(inputLabel(row.input), high, metricName.toLower(),
                                      formatMetricValue(locale, metric, row.metricAtHigh, currency)));
    }
    place();
}

void TornadoChart::place()
{
    QChart *c = chart();
    const QRectF plot = c->plotArea();
    if (plot.isEmpty())
        return;
    const int n = int(m_sensitivity.rows.size());
    const double base = shown(m_sensitivity.base);
    const auto at = [&](double x, double y) { return c->mapToPosition(QPointF(x, y), m_baseLine); };
    const qreal baseX = at(base, 0).x();
    for (int i = 0; i < n; ++i) {
        const SensitivityRow &row = m_sensitivity.rows[size_t(i)];
        Bar &bar = m_bars[size_t(i)];
        const double y = n - 1 - i;
        const qreal top = at(base, y + kBarThickness / 2).y();
        const qreal bottom = at(base, y - kBarThickness / 2).y();
        const qreal xl = at(shown(row.metricAtLow), y).x();
        const qreal xh = at(shown(row.metricAtHigh), y).x();
        // Both ends on one side of the base (a fleet step, a clamp): half a row each, low above.
        const bool sameSide = (xl - baseX) * (xh - baseX) > 0;
        const qreal mid = (top + bottom) / 2;
        const QRectF lowRect = QRectF(QPointF(std::min(baseX, xl), top), QPointF(std::max(baseX, xl), sameSide ? mid : bottom));
        const QRectF highRect = QRectF(QPointF(std::min(baseX, xh), sameSide ? mid : top), QPointF(std::max(baseX, xh), bottom));
        bar.low->setRect(lowRect);
        bar.high->setRect(highRect);
        // A bar shorter than half a pixel: its label goes opposite the other
        // end's; when both are that short, by their signs (low left and high
        // right when they share one), so the two never print over each other.
        const qreal neverX = at(m_neverAt, y).x();
        const auto flat = [&](qreal end) { return std::abs(end - baseX) < 0.5; };
        const auto label = [&](QGraphicsSimpleTextItem *text, const QRectF &rect, qreal end, qreal otherEnd, bool isLow) {
            const QRectF r = text->boundingRect();
            // At "never" (the axis's far end) the label sits inside its bar, not past the plot.
            const bool atNever = std::abs(end - neverX) < 0.5 && !flat(end);
            bool left = end < baseX;
            if (atNever)
                left = true;
            else if (flat(end) && !flat(otherEnd))
                left = otherEnd > baseX;
            else if (flat(end)) // both: by their signs when those differ
                left = (end - baseX) * (otherEnd - baseX) < 0 ? end < baseX : isLow;
            const qreal x = left ? end - kLabelGap - r.width() : end + kLabelGap;
            text->setPos(x, rect.center().y() - r.height() / 2);
        };
        label(bar.lowText, lowRect, xl, xh, true);
        label(bar.highText, highRect, xh, xl, false);
    }
    const QRectF r = m_baseText->boundingRect();
    const qreal x = std::clamp(baseX - r.width() / 2, plot.left() + 2, plot.right() - r.width() - 2);
    m_baseText->setPos(x, plot.top() + 1); // in the headroom above the top bar
}

QStringList TornadoChart::rowLabels() const
{
    return m_rowLabels;
}

QString TornadoChart::lowEndLabel(int row) const
{
    return m_bars.at(size_t(row)).lowText->text();
}

QRectF TornadoChart::lowEndLabelRect(int row) const
{
    const QGraphicsSimpleTextItem *text = m_bars.at(size_t(row)).lowText;
    return text->mapRectToParent(text->boundingRect());
}

QRectF TornadoChart::highEndLabelRect(int row) const
{
    const QGraphicsSimpleTextItem *text = m_bars.at(size_t(row)).highText;
    return text->mapRectToParent(text->boundingRect());
}

bool TornadoChart::lowEndIsNever(int row) const
{
    return m_bars.at(size_t(row)).low->brush().style() == Qt::BDiagPattern;
}

bool TornadoChart::highEndIsNever(int row) const
{
    return m_bars.at(size_t(row)).high->brush().style() == Qt::BDiagPattern;
}

double TornadoChart::valueAxisMin() const
{
    return m_valueAxis->min();
}

QString TornadoChart::highEndLabel(int row) const
{
    return m_bars.at(size_t(row)).highText->text();
}

} // namespace ftroi
