// Formatting helpers for money, volumes, percentages and months.
#include "core/text/format.h"

#include <cmath>

namespace ftroi {

namespace {
const QString kInvalid = QStringLiteral("\u2014");

// The largest of k, M, B, T at or below `magnitude` (to 0.05 %), else the unit 1.
CompactUnit compactUnit(double magnitude)
{
    static const CompactUnit units[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
    for (const CompactUnit &unit : units)
        if (magnitude >= unit.scale * 0.9995)
            return unit;
    return {1, ""};
}
} // namespace

QString currencySymbol(const QString &code)
{
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("\u20ac");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("\u00a3");
    if (code == QLatin1String("JPY"))
        return QStringLiteral("\u00a5");
    return code + QLatin1Char(' ');
}

// 0 for a value that rounds to zero at `decimals`: no "-0", "-0.0 %" or "-0 months".
static double unsignedZero(double value, int decimals)
{
    return std::abs(value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : value;
}

QString formatMoney(const QLocale &locale, double value, const QString &currencyCode, int decimals)
{
    if (!std::isfinite(value))
        return kInvalid;
    // Under one unit, whole amounts would read "$0": show the cents ("$0.32").
    if (decimals < 2 && std::abs(value) < 1 && std::abs(value) >= 0.005)
        decimals = 2;
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // no "-$0.00"
    // The C locale puts the symbol last ("8,250.00$"): format money as en_US there.
    const QLocale money = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    // A leading minus reads better in a budget than the accounting "($1.00)".
    const QString text = money.toCurrencyString(std::abs(value), currencySymbol(currencyCode), decimals);
    return value < 0 ? money.negativeSign() + text : text;
}

QString formatCompact(const QLocale &locale, double value)
{
    if (!std::isfinite(value))
        return kInvalid;
    const double magnitude = std::abs(value);
    const CompactUnit unit = compactUnit(magnitude);
    if (unit.scale > 1) {
        const double scaled = value / unit.scale;
        const int decimals = std::abs(scaled) >= 100 ? 0 : (std::abs(scaled) >= 10 ? 1 : 2);
        return locale.toString(unsignedZero(scaled, decimals), 'f', decimals) + QLatin1Char(' ') + QLatin1String(unit.suffix);
    }
    const int decimals = magnitude >= 100 || value == std::floor(value) ? 0 : 1;
    return locale.toString(unsignedZero(value, decimals), 'f', decimals);
}

QString formatTokensPerDay(const QLocale &locale, double tokensPerDay)
{
    return formatCompact(locale, tokensPerDay) + QStringLiteral(" tokens/day");
}

QString formatPercent(const QLocale &locale, double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return kInvalid;
    return locale.toString(unsignedZero(fraction * 100, decimals), 'f', decimals) + QStringLiteral(" %");
}

QString formatPercentExact(const QLocale &locale, double fraction, int minDecimals, int maxDecimals)
{
    int decimals = minDecimals;
    const double percent = fraction * 100;
    while (decimals < maxDecimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::abs(std::round(percent * scale) / scale - percent) <= 1e-9 * std::max(1.0, std::abs(percent)))
            break;
        ++decimals;
    }
    return formatPercent(locale, fraction, decimals);
}

QString formatMonths(const QLocale &locale, const std::optional<double> &months)
{
    if (!months || !std::isfinite(*months))
        return QStringLiteral("never");
    return locale.toString(unsignedZero(*months, 1), 'f', 1) + QStringLiteral(" months");
}

QString formatNumber(const QLocale &locale, double value, int decimals)
{
    if (!std::isfinite(value))
        return kInvalid;
    QString text = locale.toString(unsignedZero(value, decimals), 'f', decimals);
    if (decimals > 0 && text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(1);
    }
    return text;
}

CompactUnit compactMoneyUnit(double magnitude)
{
    return magnitude >= kCompactMoneyFrom ? compactUnit(magnitude) : CompactUnit{1, ""};
}

QLocale compactMoneyLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString formatScaledMoney(const QLocale &locale, double value, const CompactUnit &unit, int decimals,
                          const QString &currencyCode)
{
    if (unit.scale == 1)
        return formatMoney(locale, value, currencyCode, decimals);
    const QString text = currencySymbol(currencyCode) + locale.toString(std::abs(value) / unit.scale, 'f', decimals) +
                         QLatin1Char(' ') + QLatin1String(unit.suffix);
    return value < 0 ? locale.negativeSign() + text : text;
}

QString formatCompactMoney(double value, const QString &currencyCode)
{
    const QLocale locale = compactMoneyLocale();
    if (!std::isfinite(value))
        return formatMoney(locale, value, currencyCode);
    const double magnitude = std::abs(value);
    const CompactUnit unit = compactMoneyUnit(magnitude);
    if (unit.scale == 1)
        return formatMoney(locale, value, currencyCode, magnitude < 10 && value != std::round(value) ? 2 : 0);
    const double scaled = magnitude / unit.scale;
    return formatScaledMoney(locale, value, unit, scaled >= 100 ? 0 : (scaled >= 10 ? 1 : 2), currencyCode);
}

} // namespace ftroi
