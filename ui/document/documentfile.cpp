// Safe file I/O for scenario documents.
#include "ui/document/documentfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ftroi {

namespace {
constexpr qint64 kMaxDocumentBytes = 256LL * 1024 * 1024;
constexpr qint64 kWriteChunk = 64 * 1024;
} // namespace

QString backupPathFor(const QString &path)
{
    return path + QLatin1Char('~');
}

LoadResult loadDocumentFile(const QString &path)
{
    LoadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QObject::tr("Cannot open \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    if (file.size() > kMaxDocumentBytes) {
        result.error = QObject::tr("\"%1\" is too large to be a scenario document (%2 MB).")
                           .arg(QFileInfo(path).fileName())
                           .arg(file.size() / (1024 * 1024));
        return result;
    }
    ReadResult read = readDocument(readDocumentBytes(file));
    if (!read.document) {
        result.error = read.error;
        return result;
    }
    result.document = std::move(read.document);
    return result;
}

bool saveBytesSafely(const QByteArray &bytes, const QString &path, QString *error, bool keepBackup)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("Cannot save \"%1\": %2").arg(name, file.errorString());
        return false;
    }
    // Write in chunks and check each count: a full disk can return a short
    // write without an error, and commit() would still replace the file.
    for (qint64 offset = 0; offset < bytes.size(); offset += kWriteChunk) {
        const qint64 chunk = std::min(kWriteChunk, qint64(bytes.size()) - offset);
        const qint64 written = file.write(bytes.constData() + offset, chunk);
        if (written != chunk) {
            *error = QObject::tr("Cannot save \"%1\": only part of the file could be written (%2). The disk may be full.")
                         .arg(name, file.errorString());
            file.cancelWriting();
            return false;
        }
    }
    if (!file.flush()) {
        *error = QObject::tr("Cannot save \"%1\": %2").arg(name, file.errorString());
        file.cancelWriting();
        return false;
    }
    // Keep the previous version as one backup copy before it is replaced.
    if (keepBackup && QFileInfo::exists(path)) {
        const QString backup = backupPathFor(path);
        QFile::remove(backup);
        QFile::copy(path, backup);
    }
    if (!file.commit()) {
        *error = QObject::tr("Cannot save \"%1\": %2").arg(name, file.errorString());
        return false;
    }
    // Read back what was committed: the file on disk must be what we meant to write.
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes) {
        *error = QObject::tr("\"%1\" was written but reads back differently. The previous version is in \"%2\".")
                     .arg(name, QFileInfo(backupPathFor(path)).fileName());
        return false;
    }
    return true;
}

bool saveDocumentFile(const ScenarioDocument &document, const QString &path, QString *error)
{
    const QByteArray bytes = writeDocument(document);
    if (!readDocument(bytes).document) {
        *error = QObject::tr("The document could not be saved: it does not pass validation.");
        return false;
    }
    return saveBytesSafely(bytes, path, error);
}

} // namespace ftroi
