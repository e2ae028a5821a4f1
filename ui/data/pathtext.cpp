// Texts of a path's payback and ROI, shared by the cards and the decision memo.
#include "ui/data/pathtext.h"

#include "core/engine/lifetime.h"
#include "core/text/format.h"

#include <QObject>

namespace ftroi {

// Payback over the lifetime: month by month with growth (the seed's figure without it).
QString paybackText(const QLocale &l, const LifetimeValue &v, const std::optional<double> &flat)
{
    if (v.paybackMonthsWithGrowth)
        return formatMonths(l, v.paybackMonthsWithGrowth);
    return flat ? QObject::tr("> %1 months").arg(kMaxPaybackMonths) : formatMonths(l, std::nullopt);
}

// What a payback is computed from: the project cost over the operating savings.
QString paybackBasis(const QLocale &l, double projectCost, double operatingSavings, const QString &currency)
{
    if (!(operatingSavings > 0))
        return QObject::tr("Payback never: operating savings %1/month, before amortization")
            .arg(formatMoney(l, operatingSavings, currency, 0));
    if (projectCost == 0)
        return QObject::tr("Payback at once: the project costs nothing");
    return QObject::tr("Payback = %1 project \u00f7 %2/month saved before amortization")
        .arg(formatCompactMoney(projectCost, currency), formatMoney(l, operatingSavings, currency, 0));
}

QString roiText(const QLocale &l, const LifetimeValue &v, double projectCost)
{
    if (v.roi)
        return formatPercent(l, *v.roi, 0);
    return projectCost == 0 ? QObject::tr("none (no project cost)") : QObject::tr("\u2014");
}

} // namespace ftroi
