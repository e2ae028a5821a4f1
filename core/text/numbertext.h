// Numbers as people type them: locale digits with an optional scale suffix,
// k (thousand), M (million) or B (billion), in either case, with or without a
// space: "50M", "2.5k", "1.2 b". The app prints volumes the same way ("50.0 M").
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace ftroi {

// The value of `text`, or nullopt when it is not a finite number ("5X", "M",
// "1e400", "nan", "inf"). Digits are read with `locale`, then as "1234.5".
// The sign is kept: ranges are the caller's business.
std::optional<double> parseScaledNumber(const QString &text, const QLocale &locale = QLocale());

} // namespace ftroi
