// Names and units of the numeric inputs the analysis views vary: a short
// label for each dotted path ("Daily requests", "Instance price") and its
// value with units ("12.5 k requests/day", "$1.21/h", "65 %").
#pragma once

#include <QLocale>
#include <QString>

namespace ftroi {

// "Daily requests" for "workload.requests_per_day"; phase hours read
// "Engineering hours: data"; an unknown path is returned as it is.
QString inputLabel(const QString &path);
// The value with its unit: money with the currency symbol, shares as percent,
// volumes compact.
QString formatInputValue(const QLocale &locale, const QString &path, double value, const QString &currency);
// The unit for an axis title: "requests/day", "%", "$/1M tokens", "$/h"; empty for plain numbers.
QString inputUnit(const QString &path, const QString &currency);
// The same with "$" standing for the currency symbol: "$/1M tokens".
QString inputUnitTemplate(const QString &path);
// Whether the input is a share shown in percent (0.65 -> "65 %").
bool isShareInput(const QString &path);

} // namespace ftroi
