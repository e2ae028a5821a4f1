// The one way a chart gives a series new points: only when they differ, as
// QXYSeries::replace() recomputes and repaints the series even for the same
// points (the render rule "series are replaced in place, only when changed").
#pragma once

#include <QList>
#include <QPointF>
#include <QXYSeries>

namespace ftroi {

inline void replaceIfChanged(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->points() != points) // points() shares the series' list: no copy
        series->replace(points);
}

} // namespace ftroi
