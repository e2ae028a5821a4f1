// Quoting and number text for CSV output.
#include "core/text/csvtext.h"

#include <QLocale>

#include <cmath>

namespace ftroi {

namespace {

// Whether a field a spreadsheet would run as a formula: it starts with = or @ (or a
// tab or carriage return before one), or with + or - followed by more than a
// number ("-12", "-$219,072.19" and "+5 %" stay as they are; "-2+3", "-cmd" do not).
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    if (first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    static const QString kOperators = QStringLiteral("=+-*/^&()!|@:;\"'<>");
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (kOperators.contains(c) || (c.unicode() < 128 && c.isLetter()))
            return true;
    }
    return false;
}

} // namespace

QString csvField(const QString &text)
{
    QString field = text;
    // A text a spreadsheet would run as a formula ("=HYPERLINK(...)", "+cmd", "@SUM") starts
    // with a quote, as spreadsheet tools expect (OWASP's advice on CSV injection).
    if (looksLikeFormula(field))
        field.prepend(QLatin1Char('\''));
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             field.startsWith(QLatin1Char('\''));
    if (!needsQuotes)
        return field;
    field.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
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
