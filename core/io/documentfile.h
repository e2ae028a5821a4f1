// Reading and writing .ftroi files, the same for the app and the CLI.
// Reading refuses a file over 256 MB and otherwise reads it with
// readDocument(). Saving validates the bytes, writes them with
// saveFileSafely() keeping the previous version as "name.ftroi~", then reads
// the committed file back and compares it. A failed save leaves the old file
// intact; every failure comes with a message that names the file.
#pragma once

#include "core/io/documentformat.h"
#include "core/text/result.h"
#include "core/text/safesave.h"

#include <QString>

class QFile;

namespace ftroi {

// Reads an open file; the error names the file's problem, or the place in the document.
Result<ScenarioDocument> readDocumentFile(QFile &file);
// Opens and reads `path` ("Cannot open "name": …" when it cannot be opened);
// `stamp` (when given) records the file as read, to tell a later change.
Result<ScenarioDocument> loadDocumentFile(const QString &path, FileStamp *stamp = nullptr);
// Saves; `stamp` (when given) records the file as written.
Result<void> saveDocumentFile(const ScenarioDocument &document, const QString &path, FileStamp *stamp = nullptr);

} // namespace ftroi
