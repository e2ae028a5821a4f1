// Reading and writing .ftroi files. Saving is safe: QSaveFile writes a
// temporary file, every write's byte count is checked, the result is read
// back and parsed before it replaces the old file, and the previous version
// is kept as "name.ftroi~". A failed save leaves the old file intact.
#pragma once

#include "core/io/documentformat.h"

#include <QString>

namespace ftroi {

struct LoadResult {
    std::optional<ScenarioDocument> document;
    QString error; // names the file's problem, or the place in the document
};

LoadResult loadDocumentFile(const QString &path);
// Writes `bytes` to `path` safely; on failure returns false and sets `error`.
bool saveBytesSafely(const QByteArray &bytes, const QString &path, QString *error, bool keepBackup = true);
bool saveDocumentFile(const ScenarioDocument &document, const QString &path, QString *error);
QString backupPathFor(const QString &path);

} // namespace ftroi
