// Shared set-up and off-screen rendering of the scenario charts.
#include "scenariochartview.h"

#include "chartheading.h"
#include "chartstyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace ftroi {

ScenarioChartView::ScenarioChartView(QWidget *parent) : QChartView(parent)
{
    chartstyle::applyChartStyle(chart());
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(320, 200);
    // The chart's items move on every update: a BSP index would be rebuilt each time.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
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

void ScenarioChartView::setTitleIfChanged(const QString &title)
{
    if (chart()->title() != title)
        chart()->setTitle(title);
}

void ScenarioChartView::setHeading(const QString &title, const Scenario &scenario, const ScenarioResult &result,
                                   const QString &currency, const QString &keyNumbers)
{
    m_title = title;
    m_subtitle = keyNumbers.isEmpty()
                     ? chartSubtitle(scenario, result, currency, m_documentName)
                     : chartSourceLine(scenario.name, m_documentName) + QLatin1Char('\n') + keyNumbers;
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
    setTitleIfChanged(chartstyle::headingHtml(m_title, subtitle ? m_subtitle : QString()));
}

} // namespace ftroi
