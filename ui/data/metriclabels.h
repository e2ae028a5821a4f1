// Words and number formats for the analysis metrics the views offer: monthly
// savings, NPV and payback (the choices of their metric combo boxes).
#pragma once

#include "core/analysis/analysis.h"

#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace ftroi {

// The metrics offered in the app, in combo-box order.
std::vector<Metric> offeredMetrics();
// "Monthly savings", "NPV", "Payback".
QString metricLabel(Metric metric);
// "$8,653/month", "$156 k", "2.0 months", "never".
QString formatMetricValue(const QLocale &locale, Metric metric, const std::optional<double> &value, const QString &currency);
// Compact form for axis and legend labels: "$8.65 k", "-$1.2 M", "12 mo".
QString formatMetricShort(const QLocale &locale, Metric metric, double value, const QString &currency);

} // namespace ftroi
