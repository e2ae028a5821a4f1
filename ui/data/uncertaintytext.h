// The Monte Carlo result in words, for the results panel and the Uncertainty
// tab: P10 – P90 of the self-hosted path's monthly savings, NPV and payback,
// and the probability of paying back within the lifetime. Never "nan".
#pragma once

#include "core/analysis/montecarlo.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace ftroi {

// "72 %", but "< 1 %" and "> 99 %" for shares that are neither none nor all
// yet would round to 0 or 100.
QString formatProbability(const QLocale &locale, double share);
// "$3,100 – $9,800" (money), "—" for a percentile that cannot be computed.
QString moneyRangeText(const QLocale &locale, const std::optional<double> &low, const std::optional<double> &high,
                       const QString &currency);
// "2.1 – 9.5 months", "2.1 months – never".
QString monthsRangeText(const QLocale &locale, const std::optional<double> &low, const std::optional<double> &high);
// "Probability of payback within the lifetime: 72 %".
QString paybackProbabilityText(const QLocale &locale, const SimulationResult &r);
// The results panel's two lines (plain text): P10 – P90 of savings, NPV and
// payback; how many inputs and samples (a quick estimate says it is refining).
QString uncertaintySummary(const QLocale &locale, const SimulationResult &r, std::int64_t requested, bool refined,
                           int ranges, const QString &currency);

} // namespace ftroi
