// What JSON (RFC 8259) or the format forbids but simdjson's DOM lets through:
// a raw control character inside a string, an escaped UTF-16 surrogate
// without its pair ("\ud800"), and a key given twice in one object. Each check
// returns the refusal's message (empty when the text is fine): the first two
// name the line and column, the last the JSON path of the object.
#pragma once

#include "core/io/jsonnode.h"

#include <QByteArray>
#include <QString>

namespace ftroi {

// Scans the text once: control characters and lone surrogates inside strings.
QString rawJsonTextFault(const char *data, qsizetype size);

// Whether `text` is a number as JSON writes one: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumberText(const QByteArray &text);

// The first number that JSON does not spell that way but Qt's parser takes
// (".5", "+1", "1.", "01"): "line 7, column 33: \".5\" is not a number as JSON
// writes one". Only for texts Qt reads where simdjson refused them.
QString numberSyntaxFault(const char *data, qsizetype size);

// The first key given twice in any object below `root` ("scenarios[0].api:
// \"review_rate\" is given twice; a key may appear once in an object").
QString duplicateKeyFault(const SimdNode &root);

} // namespace ftroi
