// Uncertainty results as text.
#include "ui/data/uncertaintytext.h"

#include "core/text/format.h"

#include <QCoreApplication>

#include <cmath>

namespace ftroi {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UncertaintyText", text);
}

QString money(const QLocale &locale, const std::optional<double> &v, const QString &currency)
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("—");
    return formatMoney(locale, *v, currency, std::abs(*v) < 1 ? 2 : 0);
}
} // namespace

QString formatProbability(const QLocale &locale, double share)
{
    if (!std::isfinite(share))
        return QStringLiteral("—");
    if (share > 0 && share < 0.005)
        return QStringLiteral("< 1 %");
    if (share < 1 && share > 0.995)
        return QStringLiteral("> 99 %");
    return formatPercent(locale, share, 0);
}

QString moneyRangeText(const QLocale &locale, const std::optional<double> &low, const std::optional<double> &high,
                       const QString &currency)
{
    return money(locale, low, currency) + QStringLiteral(" – ") + money(locale, high, currency);
}

QString monthsRangeText(const QLocale &locale, const std::optional<double> &low, const std::optional<double> &high)
{
    if (low && high && std::isfinite(*low) && std::isfinite(*high))
        return locale.toString(*low, 'f', 1) + QStringLiteral(" – ") + formatMonths(locale, high);
    return formatMonths(locale, low) + QStringLiteral(" – ") + formatMonths(locale, high);
}

QString paybackProbabilityText(const QLocale &locale, const SimulationResult &r)
{
    return tr("Probability of payback within the lifetime: %1").arg(formatProbability(locale, r.probabilityPaybackWithinLifetime));
}

QString uncertaintySummary(const QLocale &locale, const SimulationResult &r, std::int64_t requested, bool refined,
                           int ranges, const QString &currency)
{
    const QString samples = refined ? tr("%1 samples").arg(locale.toString(qlonglong(r.samples)))
                                    : tr("first estimate of %1 samples, refining to %2")
                                          .arg(locale.toString(qlonglong(r.samples)), locale.toString(qlonglong(requested)));
    const QString ranged = ranges == 1 ? tr("1 uncertain input") : tr("%1 uncertain inputs").arg(ranges);
    auto compact = [&](const std::optional<double> &v) { return v ? formatCompactMoney(*v, currency) : tr("n/a"); };
    return tr("Self-host, P10 – P90: saves %1 – %2 /month · NPV %3 – %4 · payback %5 (%6, %7)")
        .arg(compact(r.monthlySavings.p10), compact(r.monthlySavings.p90), compact(r.npv.p10), compact(r.npv.p90),
             monthsRangeText(locale, r.payback.p10, r.payback.p90), ranged, samples);
}

} // namespace ftroi
