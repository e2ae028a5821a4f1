// The property every input must have, shared by the libFuzzer target and the
// corpus replay test: reading never crashes; a refused input has a message
// that names a place; an accepted document survives write -> read unchanged,
// and its results are finite (no NaN or infinity in any output).
#pragma once

#include <QByteArray>
#include <QString>

namespace ftroi::fuzz {

// Returns an empty string when the input behaves, else what went wrong.
QString checkDocumentInput(const QByteArray &input);

} // namespace ftroi::fuzz
