// Human-readable number formatting shared by the CLI and the app: money with
// its currency, readable token volumes ("12.6 M tokens/day"), "never" for
// missing values, and the compact money of the charts and analysis labels
// ("$12.5 k"). Never prints "nan" or "inf".
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace ftroi {

// The symbol for a currency code ("USD" -> "$"), or the code itself.
QString currencySymbol(const QString &currencyCode);
// `decimals` digits after the point; amounts under 1 (from 0.005) always show
// their cents, so $0.32 never reads "$0".
QString formatMoney(const QLocale &locale, double value, const QString &currencyCode,
                    int decimals = 2);
// 12 600 000 -> "12.6 M"; keeps three significant digits above a thousand.
QString formatCompact(const QLocale &locale, double value);
QString formatTokensPerDay(const QLocale &locale, double tokensPerDay);
QString formatPercent(const QLocale &locale, double fraction, int decimals = 1);
// With as many decimals as the value needs, from `minDecimals` up to
// `maxDecimals`: 0.0205 -> "2.05 %", never rounded to "2.1 %" where the digit matters.
QString formatPercentExact(const QLocale &locale, double fraction, int minDecimals = 1, int maxDecimals = 3);
QString formatMonths(const QLocale &locale, const std::optional<double> &months);
// A finite number with up to `decimals` decimals, or an em dash for NaN/inf.
QString formatNumber(const QLocale &locale, double value, int decimals = 2);

// Money from this magnitude on is written with k, M, B or T (formatCompactMoney).
inline constexpr double kCompactMoneyFrom = 1e4;
// The unit of compact money: 1, or 1e3, 1e6, 1e9, 1e12 with "k", "M", "B", "T".
struct CompactUnit {
    double scale;
    const char *suffix;
};
// The unit money of `magnitude` is written in: 1 below kCompactMoneyFrom, else
// the largest unit at or below it.
CompactUnit compactMoneyUnit(double magnitude);
// The locale compact money is written in: the user's, with digit grouping,
// en_US in the C locale.
QLocale compactMoneyLocale();
// "-$12.5 k": the sign, the symbol, the magnitude in `unit` with `decimals`
// and the unit's suffix; formatMoney() for the unit 1.
QString formatScaledMoney(const QLocale &locale, double value, const CompactUnit &unit, int decimals,
                          const QString &currencyCode);
// Money in every chart and analysis label (axes, labels, tooltips, titles),
// in compactMoneyLocale(): below 10,000 in full ("$8,250", "$4.91" under $10
// when not whole), from 10,000 on with k, M, B, T and three significant digits
// ("$12.5 k", "$4.79 M"); negative with a leading minus ("-$1.00 M"); an em
// dash for a value that is not a finite number.
QString formatCompactMoney(double value, const QString &currencyCode);

} // namespace ftroi
