// Writing a file safely, the one way every file of the project is written
// (documents, recovery copies, the user catalog, CSV and chart exports).
// The protocol, and what survives a fault at each step (kill -9, a full disk):
//   1. The bytes go to a temporary file beside the target (QSaveFile) in
//      checked chunks, so a short write on a full disk is caught.
//      Fault: the target and its backup are as they were.
//   2. With Backup::Keep, the target as it is now becomes the new backup:
//      a hard link (a copy where links are impossible) under a temporary
//      name, renamed over "<path>~" once complete; the old backup is never
//      deleted first. If this fails, the save fails.
//      Fault: the target is as it was; "<path>~" is the old or the new backup.
//   3. The temporary file is renamed over the target (after an fsync).
//      Fault: the target is the old or the new version, never a mix.
// Errors name the cause: "the disk is full (12 KB free, 512 KB needed)", or
// the system's reason ("Permission denied", "File too large"), never
// "Unknown error".
#pragma once

#include "core/text/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ftroi {

enum class Backup { None, Keep };

// "<path>~", where Backup::Keep leaves the previous version.
QString backupPathFor(const QString &path);

// Writes `bytes` to `path`. The error is the reason alone, worded to follow
// "Cannot save "name": " (e.g. "No such file or directory", or "the disk is
// full (…)"); callers name the file their own way.
Result<void> saveFileSafely(const QString &path, const QByteArray &bytes, Backup backup = Backup::None);

// What a file was when it was read or written: enough to tell whether another
// program changed it since (size and modification time; the content's hash
// when those differ, so a file touched but not changed is not a change).
struct FileStamp {
    bool known = false; // false: nothing recorded (a new document)
    qint64 size = -1;
    QDateTime modified;
    quint64 hash = 0;
};

// The stamp of a file whose content is `bytes`, modified at `modified` (taken
// before reading it, or after writing it).
FileStamp fileStamp(const QDateTime &modified, const QByteArray &bytes);
// True when `path` now holds another content than `stamp` recorded (or is no
// longer a regular file). A file that is gone has nothing to lose: false, as
// for a stamp that records nothing.
bool changedSince(const QString &path, const FileStamp &stamp);

} // namespace ftroi
