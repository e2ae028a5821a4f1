// Atomic, checked file writes through QSaveFile, the backup protocol (a hard
// link or a complete copy renamed over the old backup), full-disk reasons,
// and the stamps that tell whether another program changed a file.
#include "core/text/safesave.h"

#include "core/text/inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QHashFunctions>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#endif

namespace ftroi {

namespace {

constexpr qint64 kWriteChunk = 64 * 1024;

// Why writing `needed` more bytes to `file` in `folder` failed, naming the cause.
QString writeFailure(const QFileDevice &file, const QString &folder, qint64 needed)
{
    const QStorageInfo storage(folder);
    const qint64 free = storage.isValid() ? storage.bytesAvailable() : -1;
    if (file.error() == QFileDevice::ResourceError || (free >= 0 && free < needed))
        return QStringLiteral("the disk is full (%1 free, %2 needed)").arg(byteSizeText(std::max<qint64>(free, 0)), byteSizeText(needed));
    const QString reason = file.errorString();
    if (file.error() == QFileDevice::NoError || reason.isEmpty() || reason == QLatin1String("Unknown error"))
        return QStringLiteral("the file could not be written completely (%1 of it were not written)").arg(byteSizeText(needed));
    return reason;
}

// Writes all of `bytes` to `file`: a short write is retried, so the write that
// fails says why (a full disk returns a short count without a reason first).
Result<void> writeAll(QFileDevice &file, const char *data, qint64 size, const QString &folder)
{
    for (qint64 offset = 0; offset < size;) {
        const qint64 written = file.write(data + offset, std::min(kWriteChunk, size - offset));
        if (written <= 0)
            return Failure{writeFailure(file, folder, size - offset)};
        offset += written;
    }
    if (!file.flush())
        return Failure{writeFailure(file, folder, size)};
    return {};
}

QString systemReason(int error)
{
    return error == ENOSPC ? QStringLiteral("the disk is full") : QString::fromLocal8Bit(std::strerror(error));
}

// The file at `path` as it is now becomes "<path>~": a complete new backup
// replaces the old one in one rename; the old one is never deleted first.
Result<void> keepBackup(const QString &path, const QString &folder)
{
    const QString backup = backupPathFor(path);
#ifdef Q_OS_UNIX
    // A hard link: no data to write, so it works on a nearly full disk.
    const QByteArray part = QFile::encodeName(backup + QStringLiteral(".new"));
    ::unlink(part.constData()); // a leftover of an interrupted save
    if (::linkat(AT_FDCWD, QFile::encodeName(path).constData(), AT_FDCWD, part.constData(), AT_SYMLINK_FOLLOW) == 0) {
        if (::rename(part.constData(), QFile::encodeName(backup).constData()) == 0)
            return {};
        const int error = errno;
        ::unlink(part.constData());
        return Failure{systemReason(error)};
    }
#endif
    // Where links are impossible: a copy, complete before it replaces the old backup.
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return Failure{source.errorString()};
    QSaveFile copy(backup);
    if (!copy.open(QIODevice::WriteOnly))
        return Failure{copy.errorString()};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kWriteChunk);
        if (chunk.isEmpty())
            return Failure{source.errorString()};
        if (const Result<void> written = writeAll(copy, chunk.constData(), chunk.size(), folder); !written)
            return written;
    }
    if (!copy.commit())
        return Failure{writeFailure(copy, folder, source.size())};
    return {};
}

} // namespace

QString backupPathFor(const QString &path)
{
    return path + QLatin1Char('~');
}

Result<void> saveFileSafely(const QString &path, const QByteArray &bytes, Backup backup)
{
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{file.errorString()};
    // 1. The new bytes, all of them, beside the file.
    if (const Result<void> written = writeAll(file, bytes.constData(), bytes.size(), folder); !written) {
        file.cancelWriting();
        return written;
    }
    // 2. The previous version becomes the backup; no save without it.
    if (backup == Backup::Keep && QFileInfo(path).isFile()) {
        if (const Result<void> kept = keepBackup(path, folder); !kept) {
            file.cancelWriting();
            return Failure{QStringLiteral("the backup \"%1\" of the previous version could not be written (%2); nothing was changed")
                               .arg(QFileInfo(backupPathFor(path)).fileName(), kept.error())};
        }
    }
    // 3. The new version in place, in one rename.
    if (!file.commit())
        return Failure{writeFailure(file, folder, bytes.size())};
    return {};
}

FileStamp fileStamp(const QDateTime &modified, const QByteArray &bytes)
{
    FileStamp stamp;
    stamp.known = true;
    stamp.size = bytes.size();
    stamp.modified = modified;
    stamp.hash = quint64(qHashBits(bytes.constData(), size_t(bytes.size()), 0));
    return stamp;
}

bool changedSince(const QString &path, const FileStamp &stamp)
{
    if (!stamp.known)
        return false;
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    if (!checkInputFile(path))
        return true; // no longer a regular file of a size we read
    if (info.size() == stamp.size && info.lastModified() == stamp.modified)
        return false;
    if (info.size() != stamp.size)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray bytes = file.readAll();
    return fileStamp(stamp.modified, bytes).hash != stamp.hash;
}

} // namespace ftroi
