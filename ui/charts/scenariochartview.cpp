// Shared set-up and off-screen rendering of the scenario charts.
#include "ui/charts/scenariochartview.h"

#include <QAbstractAxis>
#include <QFontMetricsF>

#include "ui/charts/chartheading.h"
#include "ui/charts/chartheadingitem.h"
#include "ui/charts/chartstyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ftroi {

ScenarioChartView::ScenarioChartView(QWidget *parent) : QChartView(parent)
{
    chartstyle::applyChartStyle(chart());
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(320, 200);
    // The chart's items move on every update: a BSP index would be rebuilt each time.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    // One rectangle around what changed: a slider step changes a few small
    // items, and painting a region of dozens of small rectangles costs more.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    m_heading = new ChartHeadingItem(chart());
    m_baseTopMargin = chart()->margins().top();
    connect(chart(), &QGraphicsWidget::geometryChanged, this, &ScenarioChartView::placeHeading);
    connect(chart(), &QChart::plotAreaChanged, this, &ScenarioChartView::fitAxisTitles);
}

void ScenarioChartView::fitAxisTitles()
{
    static const QString kBreak = QStringLiteral("<br>");
    const qreal room = chart()->plotArea().height();
    for (QAbstractAxis *axis : chart()->axes(Qt::Vertical)) {
        const QString title = axis->titleText();
        if (title.isEmpty())
            continue;
        const QString full = QString(title).replace(kBreak, QStringLiteral(" "));
        QString wanted = full;
        const qsizetype unit = full.lastIndexOf(QStringLiteral(" ("));
        if (room > 0 && unit > 0 && QFontMetricsF(axis->titleFont()).horizontalAdvance(full) > room)
            wanted = full.left(unit) + kBreak + full.mid(unit + 1);
        if (wanted != title)
            axis->setTitleText(wanted);
    }
}

QString ScenarioChartView::shownHeading() const
{
    return m_heading->shownLines().join(QLatin1Char('\n'));
}

QFont ScenarioChartView::headingTitleFont() const
{
    return m_heading->titleFont();
}

void ScenarioChartView::placeHeading()
{
    const QMargins margins = chart()->margins();
    m_heading->setPos(margins.left(), m_baseTopMargin);
    m_heading->setWidth(std::max(0.0, chart()->size().width() - margins.left() - margins.right()));
    fitPlotBelowHeading(); // a narrower chart can wrap the key numbers onto another line
}

void ScenarioChartView::setTransparentBackground(bool transparent)
{
    chartstyle::setTransparentBackground(chart(), transparent);
    setBackgroundBrush(transparent ? QBrush(Qt::transparent) : QBrush(Qt::white));
}

void ScenarioChartView::layoutForRendering(const QSizeF &size)
{
    resize(size.toSize());
    scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    chart()->setGeometry(QRectF(QPointF(0, 0), size));
    // Label and legend changes post layout requests; run them now, twice, as a
    // first pass can change the label sizes the second pass depends on.
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::sendPostedEvents(chart(), QEvent::LayoutRequest);
        if (QGraphicsLayout *layout = chart()->layout())
            layout->activate();
    }
}

void ScenarioChartView::renderChart(QPainter *painter, const QRectF &target)
{
    scene()->render(painter, target, chart()->geometry(), Qt::IgnoreAspectRatio);
}

void ScenarioChartView::setHeading(const QString &title, const Scenario &scenario, const ScenarioResult &result,
                                   const QString &currency, const QString &keyNumbers)
{
    m_title = title;
    m_subtitle = chartSubtitle(scenario, result, currency, m_documentName, keyNumbers);
    applyHeading();
}

void ScenarioChartView::setHeading(const QString &title)
{
    m_title = title;
    applyHeading();
}

void ScenarioChartView::setSubtitleFor(const Scenario &scenario, const ScenarioResult &result, const QString &currency)
{
    m_subtitle = chartSubtitle(scenario, result, currency, m_documentName);
    applyHeading();
}

void ScenarioChartView::setSubtitleAlwaysShown(bool shown)
{
    m_subtitleAlwaysShown = shown;
    applyHeading();
}

void ScenarioChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    applyHeading(); // the subtitle comes and goes with the height
}

void ScenarioChartView::applyHeading()
{
    if (m_title.isEmpty() && m_subtitle.isEmpty())
        return;
    const bool subtitle = m_subtitleAlwaysShown || height() >= kSubtitleMinHeight;
    m_heading->setText(m_title, subtitle ? m_subtitle : QString());
    fitPlotBelowHeading();
}

void ScenarioChartView::fitPlotBelowHeading()
{
    // The plot moves only when the heading gains or loses a line.
    const int gap = m_heading->height() > 0 ? int(std::ceil(m_heading->height() * 0.08)) : 0;
    const int top = m_baseTopMargin + int(std::ceil(m_heading->height())) + gap;
    QMargins margins = chart()->margins();
    if (margins.top() != top) {
        margins.setTop(top);
        chart()->setMargins(margins);
    }
}

} // namespace ftroi
