// Atomic, checked file writes through QSaveFile, with an optional backup.
#include "core/text/safesave.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

#include <algorithm>

namespace ftroi {

namespace {
constexpr qint64 kWriteChunk = 64 * 1024;
} // namespace

QString backupPathFor(const QString &path)
{
    return path + QLatin1Char('~');
}

Result<void> saveFileSafely(const QString &path, const QByteArray &bytes, Backup backup)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{file.errorString()};
    // Write in chunks and check each count: a full disk can return a short
    // write without an error, and commit() would still replace the file.
    for (qint64 offset = 0; offset < bytes.size(); offset += kWriteChunk) {
        const qint64 chunk = std::min(kWriteChunk, qint64(bytes.size()) - offset);
        if (file.write(bytes.constData() + offset, chunk) != chunk) {
            const QString reason = QObject::tr("only part of the file could be written (%1). The disk may be full.")
                                       .arg(file.errorString());
            file.cancelWriting();
            return Failure{reason};
        }
    }
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Failure{reason};
    }
    // Keep the previous version as one backup copy before it is replaced.
    if (backup == Backup::Keep && QFileInfo::exists(path)) {
        const QString copy = backupPathFor(path);
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    if (!file.commit())
        return Failure{file.errorString()};
    return {};
}

} // namespace ftroi
