// Writing a file safely, the one way every file of the project is written
// (documents, recovery copies, the user catalog, CSV and chart exports):
// the bytes go to a temporary file (QSaveFile) in checked chunks, so a short
// write on a full disk is caught, and only a complete write replaces the
// file. A failure leaves the previous file as it was and no partial file.
// On request the replaced file is kept as one backup, "<path>~".
#pragma once

#include "core/text/result.h"

#include <QByteArray>
#include <QString>

namespace ftroi {

enum class Backup { None, Keep };

// "<path>~", where Backup::Keep leaves the previous version.
QString backupPathFor(const QString &path);

// Writes `bytes` to `path`. The error is the reason alone, worded to follow
// "Cannot save "name": " (e.g. "No such file or directory", or "only part of
// the file could be written (…). The disk may be full."); callers name the
// file their own way.
Result<void> saveFileSafely(const QString &path, const QByteArray &bytes, Backup backup = Backup::None);

} // namespace ftroi
