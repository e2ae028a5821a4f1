// Metric names and value formats shared by the tornado, the heatmap and Goal Seek.
#include "ui/data/metriclabels.h"

#include "core/text/format.h"

#include <cmath>

namespace ftroi {

std::vector<Metric> offeredMetrics()
{
    return {Metric::MonthlySavings, Metric::Npv, Metric::PaybackMonths};
}

QString metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::MonthlySavings:
        return QStringLiteral("Monthly savings");
    case Metric::Npv:
        return QStringLiteral("NPV");
    case Metric::PaybackMonths:
        return QStringLiteral("Payback");
    case Metric::MonthlyFtTotal:
        return QStringLiteral("Monthly self-hosted cost");
    }
    return QString();
}

QString formatMetricShort(const QLocale &locale, Metric metric, double value, const QString &currency)
{
    if (!std::isfinite(value))
        return QStringLiteral("never");
    if (metric == Metric::PaybackMonths)
        return locale.toString(value, 'f', std::abs(value) < 10 ? 1 : 0) + QStringLiteral(" mo");
    return formatCompactMoney(value, currency);
}

QString formatMetricValue(const QLocale &locale, Metric metric, const std::optional<double> &value, const QString &currency)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("never");
    switch (metric) {
    case Metric::MonthlySavings:
    case Metric::MonthlyFtTotal:
        return formatCompactMoney(*value, currency) + QStringLiteral("/month");
    case Metric::Npv:
        return formatCompactMoney(*value, currency);
    case Metric::PaybackMonths:
        return formatMonths(locale, *value);
    }
    return QString();
}

} // namespace ftroi
