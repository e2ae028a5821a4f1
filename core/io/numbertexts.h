// Numbers of unknown keys keep their text through a re-save. A QJsonValue
// holds a number as a double or a qint64, so 18446744073709551615, -0.0, 1E5
// or 1.10 would come back rewritten; such a number is kept in `preserved` as
// a marker text instead (a lone UTF-16 surrogate, which no document read can
// contain, then the number's text) and written back as the number itself.
// Numbers beyond a double's range (1e400) or integers beyond 64 bits are read
// as 0 first and must then be kept ones; anywhere else the document is read
// as before (and refused).
#pragma once

#include "core/model/scenario.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace ftroi {

// The marker kept in place of a number whose text a rewrite would change.
QString keptNumberMarker(const QByteArray &numberText);
// The number text of a marker, or nullopt for any other value.
std::optional<QByteArray> keptNumberText(const QJsonValue &value);

// A copy of `json` with each number beyond a double's range (1e400, -1e999)
// or integer beyond 64 bits (12345678901234567890123) replaced by "0" and spaces (same length, so places in messages hold), and
// the offsets of those numbers; nullopt when there is none.
std::optional<QByteArray> zeroOutOfRangeNumbers(const QByteArray &json, std::vector<qsizetype> &offsets);

// After `document` was read from `json`: replaces every kept number whose text
// would change by its marker. `zeroed` are the offsets zeroOutOfRangeNumbers()
// changed; false when one of them is not a kept number (the document must
// then be refused).
bool keepNumberTexts(const QByteArray &json, ScenarioDocument &document, const std::vector<qsizetype> &zeroed = {});

// The JSON text of a document object, each marker written as its number.
QByteArray documentJsonText(const QJsonObject &root, QJsonDocument::JsonFormat format);

} // namespace ftroi
