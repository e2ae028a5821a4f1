// Parsing the values of usage exports (see usagevalues.h).
#include "core/imports/usagevalues.h"

#include <charconv>
#include <cmath>

namespace ftroi::usage {

namespace {

std::string_view trimmed(std::string_view t)
{
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t'))
        t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t'))
        t.remove_suffix(1);
    return t;
}

QString quoted(std::string_view t)
{
    return QLatin1Char('"') + QString::fromUtf8(t.data(), qsizetype(std::min<size_t>(t.size(), 40))) + QLatin1Char('"');
}

// `n` decimal digits at t[pos..]; -1 when they are not all digits.
int digits(std::string_view t, size_t pos, size_t n)
{
    if (pos + n > t.size())
        return -1;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (t[i] < '0' || t[i] > '9')
            return -1;
        v = v * 10 + (t[i] - '0');
    }
    return v;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// "+HH:MM", "+HHMM", "+HH" at the start of `t`: the offset in seconds, or nullopt.
std::optional<int> offsetOf(std::string_view t)
{
    if (t.size() < 3 || (t[0] != '+' && t[0] != '-'))
        return std::nullopt;
    const int sign = t[0] == '-' ? -1 : 1;
    const int hh = digits(t, 1, 2);
    int mm = 0;
    if (t.size() == 6 && t[3] == ':')
        mm = digits(t, 4, 2);
    else if (t.size() == 5)
        mm = digits(t, 3, 2);
    else if (t.size() != 3)
        return std::nullopt;
    if (hh < 0 || mm < 0 || hh > 23 || mm > 59)
        return std::nullopt;
    return sign * (hh * 3600 + mm * 60);
}

} // namespace

bool equalsLower(std::string_view text, std::string_view lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerWord[i])
            return false;
    }
    return true;
}

std::optional<double> parseCount(std::string_view text, QString &why)
{
    const std::string_view t = trimmed(text);
    if (t.empty()) {
        why = QStringLiteral("is empty; expected a number");
        return std::nullopt;
    }
    double v = 0;
    const char *first = t.data() + (t.front() == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(first, t.data() + t.size(), v);
    if (ec == std::errc::result_out_of_range || (ec == std::errc() && end == t.data() + t.size() && !std::isfinite(v))) {
        why = QStringLiteral("%1 is not a finite number").arg(quoted(t));
        return std::nullopt;
    }
    if (ec != std::errc() || end != t.data() + t.size()) {
        why = QStringLiteral("%1 is not a number").arg(quoted(t));
        return std::nullopt;
    }
    if (v < 0) {
        why = QStringLiteral("%1 is negative; a count is a number >= 0").arg(quoted(t));
        return std::nullopt;
    }
    return v + 0.0; // -0 -> 0
}

int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

QString dateText(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y = int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return QStringLiteral("%1-%2-%3")
        .arg(y + (m <= 2), 4, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

std::optional<int64_t> parseTime(std::string_view text, QString &why)
{
    const std::string_view t = trimmed(text);
    const auto refuse = [&]() -> std::optional<int64_t> {
        why = t.empty() ? QStringLiteral("is empty; expected a time (ISO 8601 or unix seconds)")
                        : QStringLiteral("%1 is not a time (ISO 8601 such as 2026-09-01T12:00:00Z, or unix seconds)").arg(quoted(t));
        return std::nullopt;
    };
    if (t.empty())
        return refuse();
    if (t.size() < 10 || t[4] != '-') { // unix seconds, perhaps with a fraction
        double v = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (ec != std::errc() || end != t.data() + t.size() || !std::isfinite(v) || v < 0 || v > 1e11)
            return refuse();
        return int64_t(std::floor(v));
    }
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    if (year < 0 || month < 1 || month > 12 || t[7] != '-' || day < 1 || day > daysInMonth(year, month))
        return refuse();
    int64_t seconds = daysFromCivil(year, month, day) * 86400;
    if (t.size() == 10)
        return seconds;
    if (t[10] != 'T' && t[10] != 't' && t[10] != ' ')
        return refuse();
    const int hh = digits(t, 11, 2), mi = digits(t, 14, 2);
    if (hh < 0 || hh > 23 || t.size() < 16 || t[13] != ':' || mi < 0 || mi > 59)
        return refuse();
    seconds += hh * 3600 + mi * 60;
    size_t pos = 16;
    if (pos < t.size() && t[pos] == ':') {
        const int ss = digits(t, pos + 1, 2);
        if (ss < 0 || ss > 60)
            return refuse();
        seconds += ss;
        pos += 3;
        if (pos < t.size() && (t[pos] == '.' || t[pos] == ',')) {
            ++pos;
            const size_t start = pos;
            while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9')
                ++pos;
            if (pos == start)
                return refuse();
        }
    }
    const std::string_view zone = t.substr(pos);
    if (zone.empty() || zone == "Z" || zone == "z")
        return seconds;
    const std::optional<int> offset = offsetOf(zone);
    if (!offset)
        return refuse();
    return seconds - *offset;
}

std::optional<int> parseTzOffset(const QString &text, QString &why)
{
    const QByteArray latin = text.trimmed().toLatin1();
    const std::string_view t(latin.constData(), size_t(latin.size()));
    if (t == "Z" || t == "z" || equalsLower(t, "utc"))
        return 0;
    const std::optional<int> offset = offsetOf(t);
    if (!offset) {
        why = QStringLiteral("\"%1\" is not an offset from UTC such as +02:00 or -05:00").arg(text);
        return std::nullopt;
    }
    if (*offset < -12 * 3600 || *offset > 14 * 3600) {
        why = QStringLiteral("%1 is outside -12:00..+14:00").arg(text);
        return std::nullopt;
    }
    return offset;
}

QString tzText(int s)
{
    const int a = std::abs(s);
    return QStringLiteral("%1%2:%3").arg(s < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
}

std::optional<bool> parseFlag(std::string_view text)
{
    const std::string_view t = trimmed(text);
    for (std::string_view yes : {"true", "1", "yes", "t", "1.0"})
        if (equalsLower(t, yes))
            return true;
    for (std::string_view no : {"false", "0", "no", "", "none", "null", "f", "0.0"})
        if (equalsLower(t, no))
            return false;
    return std::nullopt;
}

} // namespace ftroi::usage
