// Loading and safe saving of scenario documents.
#include "core/io/documentfile.h"

#include "core/text/inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

namespace ftroi {

namespace {

// Reads an open file; `bytes` gets what was read.
Result<ScenarioDocument> readOpenFile(QFile &file, QByteArray &bytes)
{
    if (file.size() > kMaxInputFileBytes) // grown since it was checked
        return Failure{QObject::tr("\"%1\" is %2; the limit is %3.")
                           .arg(QFileInfo(file.fileName()).fileName(), byteSizeText(file.size()),
                                byteSizeText(kMaxInputFileBytes))};
    bytes = readDocumentBytes(file);
    ReadResult read = readDocument(bytes);
    if (!read.document)
        return Failure{read.error};
    return std::move(*read.document);
}

} // namespace

Result<ScenarioDocument> readDocumentFile(QFile &file)
{
    QByteArray bytes;
    return readOpenFile(file, bytes);
}

Result<ScenarioDocument> loadDocumentFile(const QString &path, FileStamp *stamp)
{
    if (const Result<void> fit = checkInputFile(path); !fit)
        return Failure{QObject::tr("Cannot open \"%1\": it %2.").arg(QFileInfo(path).fileName(), fit.error())};
    const QDateTime modified = QFileInfo(path).lastModified(); // before reading: a change after it shows
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{QObject::tr("Cannot open \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString())};
    QByteArray bytes;
    Result<ScenarioDocument> read = readOpenFile(file, bytes);
    if (read && stamp)
        *stamp = fileStamp(modified, bytes);
    return read;
}

Result<void> saveDocumentFile(const ScenarioDocument &document, const QString &path, FileStamp *stamp)
{
    const QByteArray bytes = writeDocument(document);
    if (!readDocument(bytes).document)
        return Failure{QObject::tr("The document could not be saved: it does not pass validation.")};
    const QString name = QFileInfo(path).fileName();
    const Result<void> saved = saveFileSafely(path, bytes, Backup::Keep);
    if (!saved)
        return Failure{QObject::tr("Cannot save \"%1\": %2").arg(name, saved.error())};
    // Read back what was committed: the file on disk must be what we meant to write.
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
        return Failure{QObject::tr("\"%1\" was written but reads back differently. The previous version is in \"%2\".")
                           .arg(name, QFileInfo(backupPathFor(path)).fileName())};
    if (stamp)
        *stamp = fileStamp(QFileInfo(path).lastModified(), bytes);
    return {};
}

} // namespace ftroi
