// CSV building blocks shared by every CSV the product writes (RFC 4180):
// quoted text fields and raw numbers a spreadsheet reads as numbers.
#pragma once

#include <QString>

#include <optional>

namespace ftroi {

// Quotes one field when it holds a comma, a quote or a line break (quotes doubled).
// A text that starts like a formula (=, @, tab, carriage return; + or - before more
// than a number) is written as '=... in quotes, so a spreadsheet shows it as text.
QString csvField(const QString &text);

// A number as a spreadsheet reads it: shortest exact text, '.' as the decimal
// point, no grouping, no unit. Empty for "none"/"never" and for NaN or infinity.
QString csvNumber(const std::optional<double> &value);

} // namespace ftroi
