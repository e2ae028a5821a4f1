// Shared set-up and off-screen rendering of the scenario charts.
#include "scenariochartview.h"

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

} // namespace ftroi
