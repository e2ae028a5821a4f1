// A text label beside one point of a chart series ("Break-even 31.2 M
// tokens/day"), kept beside it when the plot area or the axes change. It sits
// above and to the left of the point, where a rising cost or savings line
// leaves room, else below and to the right, else wherever it fits the plot.
#pragma once

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace ftroi {

class ChartCallout : public QObject
{
    Q_OBJECT

public:
    // `series` gives the axes the point is mapped with.
    ChartCallout(QChart *chart, QAbstractSeries *series);

    // Shows `text` beside `point` (in series values), or hides the label.
    void setAnchor(const std::optional<QPointF> &point, const QString &text);
    // Places the label again, e.g. after the axis ranges changed.
    void update();

    QString text() const;
    bool isShown() const { return m_anchor.has_value(); }
    // Whether the label is drawn (shown, and not hidden to avoid another label).
    bool isDrawn() const;
    // Keeps this label off `other`'s: where no place beside the point avoids it, this one is hidden.
    void setAvoid(const ChartCallout *other) { m_avoid = other; }
    // Where the label is drawn, in chart coordinates; empty while hidden.
    QRectF rect() const;

private:
    QChart *m_chart;
    QAbstractSeries *m_series;
    QGraphicsSimpleTextItem *m_item; // owned by the chart
    std::optional<QPointF> m_anchor;
    const ChartCallout *m_avoid = nullptr;
};

} // namespace ftroi
