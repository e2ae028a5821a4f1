// Human-readable number formatting shared by the CLI and the app: money with
// its currency, readable token volumes ("12.6 M tokens/day"), "never" for
// missing values. Never prints "nan" or "inf".
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
QString formatMonths(const QLocale &locale, const std::optional<double> &months);
// A finite number with up to `decimals` decimals, or an em dash for NaN/inf.
QString formatNumber(const QLocale &locale, double value, int decimals = 2);

} // namespace ftroi
