// The zero-crossing split of a chart line.
#include "ui/charts/signsplit.h"

#include <algorithm>

namespace ftroi {

namespace {

// The part of `line` from the first to the last point on `sign`'s side of zero
// (with the crossing points either side), clamped to that side.
void sidePart(const QList<QPointF> &line, int sign, QList<QPointF> &out)
{
    out.clear();
    const auto onSide = [sign](const QPointF &p) { return sign > 0 ? p.y() > 0 : p.y() < 0; };
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (onSide(line[i])) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0)
        return;
    if (first > 0 && line[first - 1].y() == 0)
        --first;
    if (last + 1 < line.size() && line[last + 1].y() == 0)
        ++last;
    for (qsizetype i = first; i <= last; ++i) {
        const double y = sign > 0 ? std::max(0.0, line[i].y()) : std::min(0.0, line[i].y());
        out.append(QPointF(line[i].x(), y));
    }
}

} // namespace

void splitAtZero(const QList<QPointF> &line, QList<QPointF> &above, QList<QPointF> &below)
{
    // The line with a point at every crossing of zero.
    QList<QPointF> crossed;
    crossed.reserve(line.size() * 2);
    bool hasBelow = false;
    bool hasAbove = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QPointF &p = line[i];
        if (i > 0) {
            const QPointF &q = line[i - 1];
            if ((q.y() < 0 && p.y() > 0) || (q.y() > 0 && p.y() < 0)) {
                const double t = -q.y() / (p.y() - q.y());
                crossed.append(QPointF(q.x() + t * (p.x() - q.x()), 0));
            }
        }
        crossed.append(p);
        hasBelow = hasBelow || p.y() < 0;
        hasAbove = hasAbove || p.y() > 0;
    }
    if (!hasBelow) {
        above = crossed;
        below.clear();
        return;
    }
    if (!hasAbove) {
        below = crossed;
        above.clear();
        return;
    }
    sidePart(crossed, 1, above);
    sidePart(crossed, -1, below);
}

} // namespace ftroi
