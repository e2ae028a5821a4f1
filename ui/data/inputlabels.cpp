// Labels, units and value texts of the numeric inputs, from the input schema
// (core/model/inputschema.h).
#include "ui/data/inputlabels.h"

#include "core/model/inputschema.h"
#include "core/text/format.h"

#include <QCoreApplication>

#include <cmath>

namespace ftroi {

namespace {

using Unit = InputUnit;

const QString kProjectPhases = QStringLiteral("project.engineering_hours.");
const QString kManagedPhases = QStringLiteral("managed.engineering_hours.");

Unit unitOf(const QString &path)
{
    if (path.startsWith(kProjectPhases) || path.startsWith(kManagedPhases))
        return Unit::Hours;
    const InputSpec *spec = findInputSpec(path);
    return spec ? spec->unit : Unit::Plain;
}

// Up to three significant digits, no trailing zeros.
QString plain(const QLocale &locale, double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    if (std::abs(value) >= 1000)
        return formatCompact(locale, value);
    const int decimals = std::abs(value) >= 100 ? 0 : std::abs(value) >= 10 ? 1 : std::abs(value) >= 1 ? 2 : 3;
    QString text = locale.toString(value, 'f', decimals);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(1);
    }
    return text;
}

QString money(const QLocale &locale, double value, const QString &currency)
{
    if (std::abs(value) >= 10000)
        return currencySymbol(currency) + formatCompact(locale, value);
    return formatMoney(locale, value, currency, std::abs(value) >= 100 ? 0 : 2);
}

} // namespace

QString inputLabel(const QString &path)
{
    if (path.startsWith(kProjectPhases))
        return QStringLiteral("Engineering hours: %1").arg(path.mid(kProjectPhases.size()));
    if (path.startsWith(kManagedPhases))
        return QStringLiteral("Managed engineering hours: %1").arg(path.mid(kManagedPhases.size()));
    const InputSpec *spec = findInputSpec(path);
    return spec ? QCoreApplication::translate("Input", spec->label) : path;
}

bool isShareInput(const QString &path)
{
    return unitOf(path) == Unit::Share;
}

QString inputUnitTemplate(const QString &path)
{
    const QString symbol = QStringLiteral("$");
    switch (unitOf(path)) {
    case Unit::Requests: return QStringLiteral("requests/day");
    case Unit::Tokens: return QStringLiteral("tokens");
    case Unit::PricePer1M: return symbol + QStringLiteral("/1M tokens");
    case Unit::MoneyPerHour: return symbol + QStringLiteral("/h");
    case Unit::Money: return symbol;
    case Unit::MoneyPerGbMonth: return symbol + QStringLiteral("/GB-month");
    case Unit::Share: return QStringLiteral("%");
    case Unit::Hours: return QStringLiteral("h");
    case Unit::Months: return QStringLiteral("months");
    case Unit::Factor: return QStringLiteral("x");
    case Unit::Billions: return QStringLiteral("B parameters");
    case Unit::Ms: return QStringLiteral("ms");
    case Unit::Instances: return QStringLiteral("instances");
    case Unit::Runs: return QStringLiteral("runs");
    case Unit::Gigabytes: return QStringLiteral("GB");
    case Unit::TokensPerSecond: return QStringLiteral("tokens/s");
    case Unit::HoursPerMonth: return QStringLiteral("h/month");
    case Unit::Kilowatts: return QStringLiteral("kW");
    case Unit::MoneyPerKwh: return symbol + QStringLiteral("/kWh");
    case Unit::MoneyPerMonth: return symbol + QStringLiteral("/month");
    case Unit::Plain: break;
    }
    return QString();
}

QString inputUnit(const QString &path, const QString &currency)
{
    QString unit = inputUnitTemplate(path);
    unit.replace(QLatin1Char('$'), currencySymbol(currency));
    return unit;
}

QString formatInputValue(const QLocale &locale, const QString &path, double value, const QString &currency)
{
    switch (unitOf(path)) {
    case Unit::Requests:
        return plain(locale, value) + QStringLiteral(" requests/day");
    case Unit::Tokens:
        return plain(locale, value) + QStringLiteral(" tokens");
    case Unit::PricePer1M:
        return money(locale, value, currency) + QStringLiteral("/1M tokens");
    case Unit::MoneyPerHour:
        return money(locale, value, currency) + QStringLiteral("/h");
    case Unit::Money:
        return money(locale, value, currency);
    case Unit::MoneyPerGbMonth:
        return money(locale, value, currency) + QStringLiteral("/GB-month");
    case Unit::Share:
        return formatPercentExact(locale, value, std::abs(value) < 0.1 ? 1 : 0);
    case Unit::Hours:
        return plain(locale, value) + QStringLiteral(" h");
    case Unit::Months:
        return plain(locale, value) + QStringLiteral(" months");
    case Unit::Factor:
        return plain(locale, value) + QStringLiteral("x");
    case Unit::Billions:
        return plain(locale, value) + QStringLiteral(" B parameters");
    case Unit::Ms:
        return plain(locale, value) + QStringLiteral(" ms");
    case Unit::Instances:
        return plain(locale, std::round(value)) + QStringLiteral(" instances");
    case Unit::Runs:
        return plain(locale, std::round(value)) + QStringLiteral(" runs");
    case Unit::Gigabytes:
        return plain(locale, value) + QStringLiteral(" GB");
    case Unit::TokensPerSecond:
        return plain(locale, value) + QStringLiteral(" tokens/s");
    case Unit::HoursPerMonth:
        return plain(locale, value) + QStringLiteral(" h/month");
    case Unit::Kilowatts:
        return plain(locale, value) + QStringLiteral(" kW");
    case Unit::MoneyPerKwh:
        return formatMoney(locale, value, currency, 4) + QStringLiteral("/kWh");
    case Unit::MoneyPerMonth:
        return money(locale, value, currency) + QStringLiteral("/month");
    case Unit::Plain:
        break;
    }
    return plain(locale, value);
}

} // namespace ftroi
