// The values of usage exports, parsed from their bytes without allocating:
// token counts (finite numbers >= 0), times (ISO 8601 with or without an
// offset, the offset-less ones being UTC; unix seconds), calendar days and
// the `--tz` offset. Each parser returns nullopt and says why in `why`.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace ftroi::usage {

// A count or token figure: a finite decimal number >= 0 ("12", "3.5", "1e3").
std::optional<double> parseCount(std::string_view text, QString &why);

// Seconds since 1970-01-01 UTC: "2026-09-01T12:30:00Z", "2026-09-01 12:30:00.123+02:00",
// "2026-09-01T12:30:00" (UTC), "2026-09-01" (midnight UTC) or unix seconds "1788220800".
std::optional<int64_t> parseTime(std::string_view text, QString &why);

// The --tz offset "+05:30", "-05:00", "+0530", "+05", "Z" or "UTC", in seconds;
// refused outside -12:00..+14:00.
std::optional<int> parseTzOffset(const QString &text, QString &why);
QString tzText(int offsetSeconds); // "+05:30", "+00:00"

// Days since 1970-01-01 of a civil date, and back.
int64_t daysFromCivil(int year, int month, int day);
QString dateText(int64_t day); // "2026-09-01"

// The calendar day and hour of day of `unixSeconds` at `offsetSeconds` from UTC.
inline int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
inline int64_t dayAt(int64_t unixSeconds, int offsetSeconds) { return floorDiv(unixSeconds + offsetSeconds, 86400); }
inline int hourAt(int64_t unixSeconds, int offsetSeconds)
{
    const int64_t local = unixSeconds + offsetSeconds;
    return int((local - floorDiv(local, 86400) * 86400) / 3600);
}

// "true"/"1"/"yes" (any case) -> true; "false"/"0"/"no"/""/"none"/"null" -> false.
std::optional<bool> parseFlag(std::string_view text);
// ASCII case-insensitive comparison with a lower-case word.
bool equalsLower(std::string_view text, std::string_view lowerWord);

} // namespace ftroi::usage
