// Splits a line at y = 0 into the part at or above zero and the part below it,
// so a chart can draw money below zero in another colour. Each part is one
// connected line: the crossings are inserted as points, and where a part is
// interrupted by the other (the line crosses zero more than once) it runs
// along zero between the crossings.
#pragma once

#include <QList>
#include <QPointF>

namespace ftroi {

// Replaces `above` and `below`. A line that never goes below zero is all
// `above`; one that never goes above zero is all `below`.
void splitAtZero(const QList<QPointF> &line, QList<QPointF> &above, QList<QPointF> &below);

} // namespace ftroi
