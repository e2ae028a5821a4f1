// Capacity chart: measured throughput and latencies against concurrency, the
// SLO and the operating point (capacitychart.h).
#include "ui/charts/capacitychart.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/logaxislabels.h"

#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

constexpr qreal kTextZ = 100;

QPen linePen(const QColor &color, Qt::PenStyle style = Qt::SolidLine, qreal width = 2.5)
{
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    return pen;
}

// A latency on the log axis: zero (allowed in a benchmark) sits on the axis' floor.
QList<QPointF> onLogAxis(const QList<QPointF> &points, double floor)
{
    QList<QPointF> out = points;
    for (QPointF &p : out)
        p.setY(std::max(p.y(), floor));
    return out;
}

void hideLegendMarkers(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

CapacityChart::CapacityChart(QWidget *parent)
    : ScenarioChartView(parent), m_throughput(new QLineSeries), m_ttft(new QLineSeries), m_tpot(new QLineSeries),
      m_sloTtft(new QLineSeries), m_sloTpot(new QLineSeries), m_operatingLine(new QLineSeries),
      m_operating(new QScatterSeries), m_concurrencyAxis(new QValueAxis), m_throughputAxis(new QValueAxis),
      m_latencyAxis(new QLogValueAxis)
{
    QChart *c = chart();
    const QColor throughputColor = chartstyle::color(chartstyle::Role::SelfHosted);
    const QColor ttftColor = chartstyle::color(chartstyle::Role::Api);
    const QColor tpotColor = chartstyle::color(chartstyle::Role::Managed);
    m_throughput->setPen(linePen(throughputColor, Qt::SolidLine, 3.5));
    m_throughput->setPointsVisible(true);
    m_ttft->setPen(linePen(ttftColor));
    m_ttft->setPointsVisible(true);
    m_tpot->setPen(linePen(tpotColor));
    m_tpot->setPointsVisible(true);
    m_sloTtft->setPen(linePen(ttftColor, Qt::DashLine, 2));
    m_sloTpot->setPen(linePen(tpotColor, Qt::DashLine, 2));
    const QColor marker = chartstyle::color(chartstyle::Role::Marker);
    m_operatingLine->setPen(linePen(marker, Qt::DotLine, 2));
    m_operating->setName(QStringLiteral("Operating point"));
    m_operating->setColor(marker);
    m_operating->setBorderColor(Qt::white);
    m_operating->setMarkerSize(16);
    m_sloTtft->setName(QStringLiteral("TTFT SLO"));
    m_sloTpot->setName(QStringLiteral("TPOT SLO"));

    chartstyle::styleAxis(m_concurrencyAxis, QStringLiteral("Concurrent requests"));
    chartstyle::styleAxis(m_throughputAxis, QStringLiteral("Throughput (tokens/s per instance)"));
    chartstyle::styleAxis(m_latencyAxis, QStringLiteral("Latency (ms)"));
    m_latencyAxis->setBase(10);
    m_latencyAxis->setMinorTickCount(8);
    c->addAxis(m_concurrencyAxis, Qt::AlignBottom);
    c->addAxis(m_throughputAxis, Qt::AlignLeft);
    c->addAxis(m_latencyAxis, Qt::AlignRight);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_throughput, m_operatingLine, m_operating}) {
        c->addSeries(s);
        s->attachAxis(m_concurrencyAxis);
        s->attachAxis(m_throughputAxis);
    }
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_ttft, m_tpot, m_sloTtft, m_sloTpot}) {
        c->addSeries(s);
        s->attachAxis(m_concurrencyAxis);
        s->attachAxis(m_latencyAxis);
    }
    hideLegendMarkers(c, m_operatingLine);
    m_latencyLabels = new LogAxisLabels(c, m_latencyAxis); // "10", "100", "1 k" ms

    m_message = new QGraphicsSimpleTextItem(c);
    m_message->setFont(chartstyle::axisTitleFont());
    m_message->setBrush(chartstyle::color(chartstyle::Role::Text));
    m_message->setZValue(kTextZ);
    m_warning = new QGraphicsTextItem(c);
    m_warning->setFont(chartstyle::legendFont());
    m_warning->setDefaultTextColor(chartstyle::color(chartstyle::Role::Negative));
    m_warning->setZValue(kTextZ);
    m_operatingText = new QGraphicsSimpleTextItem(c);
    m_operatingText->setFont(chartstyle::markerLabelFont());
    m_operatingText->setBrush(chartstyle::color(chartstyle::Role::Text));
    m_operatingText->setZValue(kTextZ);
    connect(c, &QChart::plotAreaChanged, this, &CapacityChart::placeItems);
}

void CapacityChart::setAxesShown(bool shown)
{
    // Without a load test there is nothing to measure against: no axes, only the message.
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_concurrencyAxis, m_throughputAxis, m_latencyAxis})
        if (axis->isVisible() != shown)
            axis->setVisible(shown);
    m_latencyAxis->setGridLineVisible(false);
    m_latencyAxis->setMinorGridLineVisible(false);
}

void CapacityChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    m_data = capacityData(scenario, result);
    const CapacityData &d = m_data;
    const QString at = percentileName(d.percentile);
    m_throughput->setName(QStringLiteral("Throughput (tokens/s)"));
    m_ttft->setName(QStringLiteral("%1 TTFT (ms)").arg(at));
    m_tpot->setName(QStringLiteral("%1 TPOT (ms)").arg(at));
    m_latencyAxis->setTitleText(QStringLiteral("Latency at %1 (ms)").arg(at));

    double maxC = 1, maxThroughput = 1, minLatency = 1, maxLatency = 10;
    if (d.hasBenchmark) {
        maxC = d.throughput.last().x();
        for (const QPointF &p : d.throughput)
            maxThroughput = std::max(maxThroughput, p.y());
        bool first = true;
        const auto include = [&](double v) {
            if (!(v > 0))
                return;
            minLatency = first ? v : std::min(minLatency, v);
            maxLatency = first ? v : std::max(maxLatency, v);
            first = false;
        };
        for (const QList<QPointF> *series : {&d.ttft, &d.tpot})
            for (const QPointF &p : *series)
                include(p.y());
        for (const std::optional<double> &slo : {d.sloTtftMs, d.sloTpotMs})
            if (slo)
                include(*slo);
    }
    const chartstyle::LogRange latency = chartstyle::niceLogRange(minLatency, std::max(maxLatency, minLatency * 10));
    m_latencyAxis->setRange(latency.min, latency.max);
    const chartstyle::NiceRange cRange = chartstyle::niceRange(0, maxC);
    chartstyle::applyNumberRange(m_concurrencyAxis, cRange);
    chartstyle::applyNumberRange(m_throughputAxis, chartstyle::niceRange(0, maxThroughput * 1.1));

    m_throughput->replace(d.throughput);
    m_ttft->replace(onLogAxis(d.ttft, latency.min));
    m_tpot->replace(onLogAxis(d.tpot, latency.min));
    const auto sloLine = [&](QLineSeries *line, const std::optional<double> &slo) {
        line->replace(slo && d.hasBenchmark ? QList<QPointF>{{cRange.min, *slo}, {cRange.max, *slo}} : QList<QPointF>{});
        for (QLegendMarker *marker : chart()->legend()->markers(line))
            marker->setVisible(slo && d.hasBenchmark);
    };
    sloLine(m_sloTtft, d.sloTtftMs);
    sloLine(m_sloTpot, d.sloTpotMs);
    if (d.feasible) {
        m_operating->replace(QList<QPointF>{{d.operatingConcurrency, d.operatingThroughput}});
        m_operatingLine->replace(QList<QPointF>{{d.operatingConcurrency, 0}, {d.operatingConcurrency, d.operatingThroughput}});
    } else {
        m_operating->clear();
        m_operatingLine->clear();
    }
    for (QLegendMarker *marker : chart()->legend()->markers(m_operating))
        marker->setVisible(d.feasible);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_throughput, m_ttft, m_tpot})
        for (QLegendMarker *marker : chart()->legend()->markers(s))
            marker->setVisible(d.hasBenchmark);
    setAxesShown(d.hasBenchmark);

    const QLocale l;
    if (!d.hasBenchmark)
        m_message->setText(noBenchmarkText());
    else if (!d.feasible)
        m_message->setText(QStringLiteral("No measured load meets the SLO:\nthe self-hosted path is excluded."));
    else
        m_message->setText(QString());
    m_message->setVisible(!m_message->text().isEmpty());
    const QString warning = shapeWarningText(d);
    m_warning->setPlainText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_operatingText->setText(d.feasible ? QStringLiteral("%1 at c* %2 → %3 at today's peak")
                                              .arg(l.toString(d.operatingThroughput, 'f', 0) + QStringLiteral(" tok/s"),
                                                   l.toString(d.operatingConcurrency, 'f', 1),
                                                   d.instancesAtPeak == 1
                                                       ? QStringLiteral("1 instance")
                                                       : QStringLiteral("%1 instances").arg(l.toString(d.instancesAtPeak, 'f', 0)))
                                        : QString());
    m_operatingText->setVisible(d.feasible);
    setHeading(capacityTitle(d), scenario, result, currency, d.feasible ? operatingPointText(d) : QString());
    placeItems();
}

QString CapacityChart::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString CapacityChart::warningText() const
{
    return m_warning->isVisible() ? m_warning->toPlainText() : QString();
}

QStringList CapacityChart::latencyLabels() const
{
    return m_latencyLabels->texts();
}

QString CapacityChart::operatingLabel() const
{
    return m_operatingText->isVisible() ? m_operatingText->text() : QString();
}

void CapacityChart::placeItems()
{
    const QRectF plot = chart()->plotArea();
    if (plot.isEmpty())
        return;
    if (m_message->isVisible()) {
        const QRectF r = m_message->boundingRect();
        m_message->setPos(plot.center().x() - r.width() / 2, plot.center().y() - r.height() / 2);
    }
    if (m_warning->isVisible()) {
        m_warning->setTextWidth(std::max(100.0, plot.width() - 16));
        m_warning->setPos(plot.left() + 8, plot.top() + 4);
    }
    if (m_operatingText->isVisible() && m_operating->count() == 1) {
        const QPointF at = chart()->mapToPosition(m_operating->at(0), m_operating);
        const QSizeF size = m_operatingText->boundingRect().size();
        // Right of the point, or left of it where the right side has no room.
        const double right = at.x() + 14;
        const double preferred = right + size.width() <= plot.right() ? right : at.x() - 14 - size.width();
        const double x = std::clamp(preferred, plot.left(), std::max(plot.left(), plot.right() - size.width()));
        const double y = std::clamp(at.y() + 10, plot.top(), std::max(plot.top(), plot.bottom() - size.height()));
        m_operatingText->setPos(x, y);
    }
}

} // namespace ftroi
