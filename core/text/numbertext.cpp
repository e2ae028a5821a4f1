// Parsing of numbers with k / M / B suffixes.
#include "core/text/numbertext.h"

#include <cmath>

namespace ftroi {

namespace {

double suffixScale(QChar c)
{
    switch (c.toLower().unicode()) {
    case 'k':
        return 1e3;
    case 'm':
        return 1e6;
    case 'b':
        return 1e9;
    default:
        return 1;
    }
}

} // namespace

std::optional<double> parseScaledNumber(const QString &input, const QLocale &locale)
{
    QString text = input.trimmed();
    double scale = 1;
    if (!text.isEmpty() && suffixScale(text.back()) != 1) {
        scale = suffixScale(text.back());
        text.chop(1);
        text = text.trimmed();
    }
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale.toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    value *= scale;
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace ftroi
