// Reading, validating and writing scenario documents (formats 1 to 3, see
// docs/scenario-format.md). Reading is strict: a refused document yields one
// message naming the place and the reason, e.g.
// "scenarios[2].self_hosted.review_rate: 1.7 is not in [0, 1]".
#pragma once

#include "core/model/inputdomain.h"
#include "core/model/scenario.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ftroi {

inline constexpr int kFormatVersion = 3; // the newest read; versions 1 to 3 are read

struct ReadResult {
    std::optional<ScenarioDocument> document;
    QString error; // set when document is empty
};

ReadResult readDocument(const QByteArray &json);

// All of `device` (a file), with room left after the end so that readDocument()
// parses the bytes where they are instead of copying them first.
QByteArray readDocumentBytes(QIODevice &device);

// Whether the scenario holds a key that format 3 added.
bool usesFormat3(const Scenario &scenario);
// The version a document is written as: the lowest that holds everything in
// it (2 without format-3 keys, so the previous release opens it; never 1).
int lowestVersion(const ScenarioDocument &document);

// Writes every known key and keeps the unknown keys that were read.
QJsonObject scenarioToJson(const Scenario &scenario);
QJsonObject documentToJson(const ScenarioDocument &document);
QByteArray writeDocument(const ScenarioDocument &document);

} // namespace ftroi
