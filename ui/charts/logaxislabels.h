// Readable tick labels for a horizontal log axis ("1 k", "10 M", "1 B").
// QLogValueAxis only formats labels printf-style ("1e+06"), so its own labels
// are kept (they reserve the space) but drawn transparent, and these text
// items are placed over them at every power of ten.
#pragma once

#include <QObject>
#include <QStringList>

#include <vector>

class QChart;
class QGraphicsSimpleTextItem;
class QLogValueAxis;

namespace ftroi {

class LogAxisLabels : public QObject
{
    Q_OBJECT

public:
    // `axis` must be a base-10 axis at the bottom of `chart`.
    LogAxisLabels(QChart *chart, QLogValueAxis *axis);

    // The visible labels, left to right.
    QStringList texts() const;

private:
    void update();

    QChart *m_chart;
    QLogValueAxis *m_axis;
    std::vector<QGraphicsSimpleTextItem *> m_items; // owned by the chart
    int m_visible = 0;
};

} // namespace ftroi
