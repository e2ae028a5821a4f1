// The words a path's numbers are shown with, on the cards and in the decision
// memo: its payback over the lifetime, its ROI, and what a payback is computed from.
#pragma once

#include "core/engine/costengine.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace ftroi {

// Payback over the lifetime: month by month with growth (the seed's figure
// without it); "> 120 months" when the flat figure exists but growth never repays.
QString paybackText(const QLocale &l, const LifetimeValue &v, const std::optional<double> &flat);
// What a payback is computed from: the project cost over the operating savings.
QString paybackBasis(const QLocale &l, double projectCost, double operatingSavings, const QString &currency);
// ROI as a whole percentage; "none (no project cost)" or a dash when there is none.
QString roiText(const QLocale &l, const LifetimeValue &v, double projectCost);

} // namespace ftroi
