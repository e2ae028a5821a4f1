// Placement of a point label inside the plot area.
#include "ui/charts/chartcallout.h"

#include "ui/charts/chartstyle.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>

#include <algorithm>

namespace ftroi {

namespace {
constexpr qreal kGap = 10; // between the point and the text
}

ChartCallout::ChartCallout(QChart *chart, QAbstractSeries *series)
    : QObject(chart), m_chart(chart), m_series(series), m_item(new QGraphicsSimpleTextItem(chart))
{
    m_item->setFont(chartstyle::markerLabelFont());
    m_item->setBrush(chartstyle::color(chartstyle::Role::Text));
    m_item->setZValue(100);
    m_item->setVisible(false);
    connect(m_chart, &QChart::plotAreaChanged, this, &ChartCallout::update);
}

void ChartCallout::setAnchor(const std::optional<QPointF> &point, const QString &text)
{
    m_anchor = point;
    if (m_item->text() != text)
        m_item->setText(text);
    update();
}

QString ChartCallout::text() const
{
    return m_item->text();
}

bool ChartCallout::isDrawn() const
{
    return m_item->isVisible();
}

QRectF ChartCallout::rect() const
{
    if (!m_item->isVisible())
        return {};
    return QRectF(m_item->pos(), m_item->boundingRect().size());
}

void ChartCallout::update()
{
    const QRectF plot = m_chart->plotArea();
    if (!m_anchor || plot.isEmpty()) {
        m_item->setVisible(false);
        return;
    }
    const QPointF at = m_chart->mapToPosition(*m_anchor, m_series);
    const QSizeF size = m_item->boundingRect().size();
    // Above-left, then below-right: the two sides a rising line leaves free.
    const QPointF candidates[] = {
        {at.x() - kGap - size.width(), at.y() - kGap - size.height()},
        {at.x() + kGap, at.y() + kGap},
        {at.x() + kGap, at.y() - kGap - size.height()},
        {at.x() - kGap - size.width(), at.y() + kGap},
    };
    const QRectF other = m_avoid ? m_avoid->rect() : QRectF();
    QPointF topLeft = candidates[0];
    bool placed = false;
    for (const QPointF &candidate : candidates) {
        const QRectF rect(candidate, size);
        if (plot.contains(rect) && !other.intersects(rect)) {
            topLeft = candidate;
            placed = true;
            break;
        }
    }
    // Without a free place, a label that must avoid another stays hidden rather than cover it.
    if (!placed && !other.isEmpty()) {
        m_item->setVisible(false);
        return;
    }
    topLeft.setX(std::clamp(topLeft.x(), plot.left(), std::max(plot.left(), plot.right() - size.width())));
    topLeft.setY(std::clamp(topLeft.y(), plot.top(), std::max(plot.top(), plot.bottom() - size.height())));
    m_item->setPos(topLeft);
    m_item->setVisible(true);
}

} // namespace ftroi
