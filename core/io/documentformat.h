// Reading, validating and writing scenario documents (formats 1 and 2, see
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

inline constexpr int kFormatVersion = 2; // written; versions 1 and 2 are read

struct ReadResult {
    std::optional<ScenarioDocument> document;
    QString error; // set when document is empty
};

ReadResult readDocument(const QByteArray &json);

// All of `device` (a file), with room left after the end so that readDocument()
// parses the bytes where they are instead of copying them first.
QByteArray readDocumentBytes(QIODevice &device);

// Writes every known key and keeps the unknown keys that were read.
QJsonObject scenarioToJson(const Scenario &scenario);
QJsonObject documentToJson(const ScenarioDocument &document);
QByteArray writeDocument(const ScenarioDocument &document);

} // namespace ftroi
