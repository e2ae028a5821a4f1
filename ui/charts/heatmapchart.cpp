// Heatmap chart: the grid image behind the plot, axes that end at the outer
// cell edges, the colour bar in the right margin, the contour, the hatched
// over-capacity cells and today.
#include "ui/charts/heatmapchart.h"

#include "ui/data/inputlabels.h"
#include "ui/data/metriclabels.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/seriesupdate.h"
#include "ui/charts/logaxislabels.h"

#include <QAreaSeries>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace ftroi {

namespace {

constexpr qreal kImageZ = 0.5;    // above the chart background, below axes and series
constexpr qreal kContourZ = 3.5;  // below today's marker
constexpr qreal kHatchZ = 3.0;    // over the cells, below the contour
constexpr qreal kBarGap = 22;     // plot area to colour bar
constexpr qreal kBarWidth = 18;
constexpr qreal kLabelGap = 6;
constexpr int kBarLabels = 5;     // at 0, 1/4, 1/2 (the level), 3/4 and 1 of the bar
constexpr int kClickSlop = 4;     // pixels a click may move and still pick a cell

struct Edges {
    double min;
    double max;
};

// The axis range from the outer edge of the first cell to that of the last.
Edges cellEdges(const GridAxis &axis)
{
    const int n = std::max(2, axis.count);
    if (axis.logarithmic) {
        const double half = std::sqrt(std::pow(axis.high / axis.low, 1.0 / (n - 1)));
        return {axis.low / half, axis.high * half};
    }
    const double half = (axis.high - axis.low) / (n - 1) / 2;
    return {axis.low - half, axis.high + half};
}

QString axisTitle(const QString &path, const QString &currency)
{
    const QString unit = inputUnit(path, currency);
    return unit.isEmpty() ? inputLabel(path) : QStringLiteral("%1 (%2)").arg(inputLabel(path), unit);
}

QColor overCapacityColor()
{
    return QColor(0x20, 0x20, 0x20, 170);
}

QBrush overCapacityBrush()
{
    return QBrush(overCapacityColor(), Qt::BDiagPattern);
}

QString frontierName(Metric metric)
{
    switch (metric) {
    case Metric::MonthlySavings:
        return QStringLiteral("Break-even (savings = 0)");
    case Metric::Npv:
        return QStringLiteral("NPV = 0");
    case Metric::PaybackMonths:
        return QStringLiteral("Payback = lifetime");
    case Metric::MonthlyFtTotal:
        break;
    }
    return QStringLiteral("Level");
}

void styleLinear(QValueAxis *axis, double min, double max)
{
    const chartstyle::NiceRange nice = chartstyle::niceRange(min, max, 6);
    axis->setRange(min, max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(nice.step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(nice.decimals));
}

} // namespace

HeatmapChart::HeatmapChart(QWidget *parent)
    : ScenarioChartView(parent), m_xPath(defaultHeatmapXPath()), m_yPath(defaultHeatmapYPath()),
      m_xLinear(new QValueAxis), m_xLog(new QLogValueAxis), m_yLinear(new QValueAxis), m_yLog(new QLogValueAxis),
      m_today(new QScatterSeries), m_frontierKey(new QLineSeries),
      m_overCapacityKey(new QAreaSeries(new QLineSeries))
{
    QChart *c = chart();
    QMargins margins = c->margins();
    margins.setRight(int(kBarGap + kBarWidth + kLabelGap + 96));
    margins.setTop(margins.top() + int(QFontMetricsF(chartstyle::axisTitleFont()).height())); // the colour bar's title
    c->setMargins(margins);

    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xLinear), static_cast<QAbstractAxis *>(m_xLog),
                                static_cast<QAbstractAxis *>(m_yLinear), static_cast<QAbstractAxis *>(m_yLog)}) {
        chartstyle::styleAxis(axis, QString());
        axis->setGridLineVisible(false);
        axis->setMinorGridLineVisible(false);
    }
    m_xLog->setBase(10);
    m_yLog->setBase(10);
    c->addAxis(m_xLinear, Qt::AlignBottom);
    c->addAxis(m_xLog, Qt::AlignBottom);
    c->addAxis(m_yLinear, Qt::AlignLeft);
    c->addAxis(m_yLog, Qt::AlignLeft);
    m_xLogLabels = new LogAxisLabels(c, m_xLog);
    m_yLogLabels = new LogAxisLabels(c, m_yLog);

    m_today->setName(QStringLiteral("Today"));
    m_today->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_today->setMarkerSize(14);
    m_today->setColor(chartstyle::color(chartstyle::Role::Marker));
    m_today->setBorderColor(Qt::white);
    m_frontierKey->setPen(QPen(chartstyle::color(chartstyle::Role::Marker), 3));
    m_overCapacityKey->setName(QStringLiteral("Over capacity (fixed fleet)"));
    m_overCapacityKey->setBrush(overCapacityBrush());
    m_overCapacityKey->setPen(QPen(overCapacityColor(), 1));
    c->addSeries(m_frontierKey);
    c->addSeries(m_overCapacityKey);
    c->addSeries(m_today);
    for (QAbstractSeries *series : keySeries()) {
        series->attachAxis(m_xLinear);
        series->attachAxis(m_yLinear);
    }
    m_xLog->setVisible(false);
    m_yLog->setVisible(false);

    m_image = new QGraphicsPixmapItem(c);
    m_image->setZValue(kImageZ);
    m_image->setTransformationMode(Qt::FastTransformation); // crisp cells
    m_image->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
    m_contour = new QGraphicsPathItem(c);
    m_contour->setZValue(kContourZ);
    QPen contourPen(chartstyle::color(chartstyle::Role::Marker), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    m_contour->setPen(contourPen);
    m_overCapacity = new QGraphicsPathItem(c);
    m_overCapacity->setZValue(kHatchZ);
    m_overCapacity->setPen(QPen(overCapacityColor(), 1.5));
    m_overCapacity->setBrush(overCapacityBrush());
    chartstyle::showInLegend(c, m_overCapacityKey, false, m_overCapacityInLegend);
    m_colorBar = new QGraphicsPixmapItem(c);
    m_colorBar->setTransformationMode(Qt::SmoothTransformation);
    m_colorBarTitle = new QGraphicsSimpleTextItem(c);
    m_colorBarTitle->setFont(chartstyle::axisTitleFont());
    m_colorBarTitle->setBrush(chartstyle::color(chartstyle::Role::Text));
    for (int i = 0; i < kBarLabels; ++i) {
        auto *label = new QGraphicsSimpleTextItem(c);
        label->setFont(chartstyle::axisLabelFont());
        label->setBrush(chartstyle::color(chartstyle::Role::Text));
        m_colorBarLabels.push_back(label);
    }

    connect(c, &QChart::plotAreaChanged, this, &HeatmapChart::place);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
}

void HeatmapChart::setChoice(Metric metric, const QString &xPath, const QString &yPath)
{
    m_metric = metric;
    m_xPath = xPath.isEmpty() ? defaultHeatmapXPath() : xPath;
    m_yPath = yPath.isEmpty() ? defaultHeatmapYPath() : yPath;
}

void HeatmapChart::copyChoicesFrom(const ScenarioChartView &other)
{
    if (const auto *heatmap = qobject_cast<const HeatmapChart *>(&other))
        setChoice(heatmap->metric(), heatmap->xPath(), heatmap->yPath());
}

void HeatmapChart::setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    setSubtitleFor(scenario, result, currency);
}

void HeatmapChart::setData(HeatmapData data, const QString &currency)
{
    const bool axesChanged = data.spec.x.path != m_data.spec.x.path || data.spec.y.path != m_data.spec.y.path
        || data.spec.metric != m_data.spec.metric || currency != m_currency || m_data.isEmpty();
    m_data = std::move(data);
    m_currency = currency;
    m_image->setPixmap(QPixmap::fromImage(m_data.image));
    if (axesChanged) {
        m_frontierKey->setName(frontierName(m_data.spec.metric));
        setHeading(QStringLiteral("%1 by %2 and %3")
                              .arg(metricLabel(m_data.spec.metric), inputLabel(m_data.spec.x.path).toLower(),
                                   inputLabel(m_data.spec.y.path).toLower()));
    }
    updateAxes();
    updateColorBar();
    chartstyle::showInLegend(chart(), m_overCapacityKey, m_data.grid.anyOverCapacity(), m_overCapacityInLegend);
    place();
}

void HeatmapChart::updateAxes()
{
    const HeatmapSpec &spec = m_data.spec;
    m_xScale = isShareInput(spec.x.path) ? 100 : 1;
    m_yScale = isShareInput(spec.y.path) ? 100 : 1;
    const auto setAxis = [this](Qt::Orientation orientation, const GridAxis &axis, double scale, QValueAxis *linear,
                                QLogValueAxis *log) {
        QAbstractAxis *wanted = axis.logarithmic ? static_cast<QAbstractAxis *>(log) : linear;
        QAbstractAxis *other = axis.logarithmic ? static_cast<QAbstractAxis *>(linear) : log;
        if (!m_today->attachedAxes().contains(wanted)) {
            for (QAbstractSeries *series : keySeries()) {
                series->detachAxis(other);
                series->attachAxis(wanted);
            }
            other->setVisible(false);
            wanted->setVisible(true);
        }
        const Edges edges = cellEdges(axis);
        if (axis.logarithmic)
            log->setRange(edges.min * scale, edges.max * scale);
        else
            styleLinear(linear, edges.min * scale, edges.max * scale);
        const QString title = axisTitle(axis.path, m_currency);
        if (wanted->titleText() != title)
            wanted->setTitleText(title);
        Q_UNUSED(orientation);
    };
    setAxis(Qt::Horizontal, spec.x, m_xScale, m_xLinear, m_xLog);
    setAxis(Qt::Vertical, spec.y, m_yScale, m_yLinear, m_yLog);
    const QPointF today(m_data.todayX * m_xScale, m_data.todayY * m_yScale);
    if (m_today->count() != 1 || m_today->at(0) != today)
        replaceIfChanged(m_today, QList<QPointF>{today});
}

void HeatmapChart::updateColorBar()
{
    constexpr int kSteps = 256;
    QImage bar(1, kSteps, QImage::Format_RGB32);
    HeatmapData &d = m_data;
    for (int i = 0; i < kSteps; ++i) {
        const double position = 1 - double(i) / (kSteps - 1);
        bar.setPixel(0, i, heatmapColor(d, heatmapScaleValue(d, position)).rgb());
    }
    m_colorBar->setPixmap(QPixmap::fromImage(bar));
    const QLocale locale;
    for (int i = 0; i < kBarLabels; ++i) {
        const double position = double(i) / (kBarLabels - 1);
        m_colorBarLabels[size_t(i)]->setText(formatMetricShort(locale, d.spec.metric, heatmapScaleValue(d, position), m_currency));
    }
    m_colorBarTitle->setText(metricLabel(d.spec.metric));
}

QPointF HeatmapChart::cellToChart(double fx, double fy) const
{
    const QRectF plot = chart()->plotArea();
    const int nx = std::max<int>(1, int(m_data.grid.x.size()));
    const int ny = std::max<int>(1, int(m_data.grid.y.size()));
    return QPointF(plot.left() + (fx + 0.5) / nx * plot.width(), plot.bottom() - (fy + 0.5) / ny * plot.height());
}

void HeatmapChart::place()
{
    const QRectF plot = chart()->plotArea();
    if (m_data.isEmpty() || plot.isEmpty())
        return;
    m_image->setPos(plot.topLeft());
    m_image->setTransform(QTransform::fromScale(plot.width() / m_data.image.width(), plot.height() / m_data.image.height()));

    QPainterPath path;
    for (const QLineF &segment : m_data.contour) {
        path.moveTo(cellToChart(segment.x1(), segment.y1()));
        path.lineTo(cellToChart(segment.x2(), segment.y2()));
    }
    m_contour->setPath(path);
    m_overCapacity->setPath(overCapacityCells());

    const qreal barX = plot.right() + kBarGap;
    m_colorBar->setPos(barX, plot.top());
    m_colorBar->setTransform(QTransform::fromScale(kBarWidth, plot.height() / m_colorBar->pixmap().height()));
    for (int i = 0; i < kBarLabels; ++i) {
        QGraphicsSimpleTextItem *label = m_colorBarLabels[size_t(i)];
        const qreal y = plot.bottom() - plot.height() * i / (kBarLabels - 1);
        label->setPos(barX + kBarWidth + kLabelGap, y - label->boundingRect().height() / 2);
    }
    const QRectF titleRect = m_colorBarTitle->boundingRect();
    const qreal titleX = std::min(barX, chart()->size().width() - titleRect.width() - 4);
    // Above the top value label, which is centred on the plot's top edge.
    const qreal labelHalf = m_colorBarLabels.back()->boundingRect().height() / 2;
    m_colorBarTitle->setPos(titleX, plot.top() - labelHalf - titleRect.height() - 2);
}

bool HeatmapChart::cellAt(const QPoint &viewPos, int *ix, int *iy) const
{
    if (m_data.isEmpty())
        return false;
    const QPointF p = chart()->mapFromScene(mapToScene(viewPos));
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(p))
        return false;
    const int nx = int(m_data.grid.x.size());
    const int ny = int(m_data.grid.y.size());
    *ix = std::clamp(int((p.x() - plot.left()) / plot.width() * nx), 0, nx - 1);
    *iy = std::clamp(int((plot.bottom() - p.y()) / plot.height() * ny), 0, ny - 1);
    return true;
}

QPoint HeatmapChart::cellCentre(int ix, int iy) const
{
    return mapFromScene(chart()->mapToScene(cellToChart(ix, iy)));
}

QString HeatmapChart::cellText(int ix, int iy) const
{
    const QLocale locale;
    const HeatmapSpec &spec = m_data.spec;
    const bool over = m_data.isOverCapacity(ix, iy);
    return QStringLiteral("%1: %2\n%3: %4\n%5: %6\n%7Click to use these two values")
        .arg(inputLabel(spec.x.path), formatInputValue(locale, spec.x.path, m_data.grid.x[size_t(ix)], m_currency),
             inputLabel(spec.y.path), formatInputValue(locale, spec.y.path, m_data.grid.y[size_t(iy)], m_currency),
             metricLabel(spec.metric), formatMetricValue(locale, spec.metric, m_data.value(ix, iy), m_currency),
             over ? QStringLiteral("Over capacity: the fixed fleet cannot carry the peak\n") : QString());
}

QPainterPath HeatmapChart::contourPath() const
{
    return m_contour->path();
}

QPainterPath HeatmapChart::overCapacityPath() const
{
    return m_overCapacity->path();
}

QList<QAbstractSeries *> HeatmapChart::keySeries() const
{
    return {m_frontierKey, m_overCapacityKey, m_today};
}

// The over-capacity cells as one outline: each row's runs of such cells, merged.
QPainterPath HeatmapChart::overCapacityCells() const
{
    QPainterPath cells;
    const int nx = int(m_data.grid.x.size());
    const int ny = int(m_data.grid.y.size());
    for (int iy = 0; iy < ny; ++iy) {
        for (int ix = 0; ix < nx;) {
            if (!m_data.isOverCapacity(ix, iy)) {
                ++ix;
                continue;
            }
            const int first = ix;
            while (ix < nx && m_data.isOverCapacity(ix, iy))
                ++ix;
            cells.addRect(QRectF(cellToChart(first - 0.5, iy + 0.5), cellToChart(ix - 0.5, iy - 0.5)).normalized());
        }
    }
    return cells.simplified();
}

void HeatmapChart::mouseMoveEvent(QMouseEvent *event)
{
    int ix = 0, iy = 0;
    if (cellAt(event->position().toPoint(), &ix, &iy)) {
        QToolTip::showText(event->globalPosition().toPoint(), cellText(ix, iy), this);
        viewport()->setCursor(Qt::CrossCursor);
    } else {
        QToolTip::hideText();
        viewport()->unsetCursor();
    }
    ScenarioChartView::mouseMoveEvent(event);
}

void HeatmapChart::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->position().toPoint();
    ScenarioChartView::mousePressEvent(event);
}

void HeatmapChart::mouseReleaseEvent(QMouseEvent *event)
{
    int ix = 0, iy = 0;
    const QPoint pos = event->position().toPoint();
    if (m_pressed && event->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() <= kClickSlop
        && cellAt(pos, &ix, &iy))
        Q_EMIT cellClicked(ix, iy);
    m_pressed = false;
    ScenarioChartView::mouseReleaseEvent(event);
}

void HeatmapChart::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    ScenarioChartView::leaveEvent(event);
}

} // namespace ftroi
