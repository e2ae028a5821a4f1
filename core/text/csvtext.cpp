// Quoting and number text for CSV output.
#include "core/text/csvtext.h"

#include <QLocale>

#include <cmath>

namespace ftroi {

QString csvField(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return QString();
    if (*value == 0)
        return QStringLiteral("0"); // also for -0
    // Fixed notation: "22000000", not "2.2e+07", which some spreadsheets read as text.
    return QString::number(*value, 'f', QLocale::FloatingPointShortest);
}

} // namespace ftroi
