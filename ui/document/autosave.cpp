// Autosave: periodic recovery copies guarded by per-instance lock files.
#include "ui/document/autosave.h"

#include "core/io/documentfile.h"
#include "core/io/numbertexts.h"
#include "ui/document/document.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace ftroi {

namespace {
const QString kMetaKey = QStringLiteral("x_ftroi_recovery");
const QString kPrefix = QStringLiteral("recovery-");
const QString kSuffix = QStringLiteral(".ftroi");

QString lockPathFor(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}
} // namespace

QString Autosave::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

Autosave::Autosave(Document *document, const QString &folder, int intervalMs, QObject *parent)
    : QObject(parent), m_document(document), m_folder(folder.isEmpty() ? defaultFolder() : folder)
{
    QDir().mkpath(m_folder);
    const QString id = QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_recoveryPath = QDir(m_folder).filePath(kPrefix + id + kSuffix);
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_recoveryPath));
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    m_lock->tryLock(0);

    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    connect(document, &Document::modifiedChanged, this, &Autosave::onModifiedChanged);
    // Each edit is picked up by the running timer: at most one write per interval.
    onModifiedChanged(document->isModified());
}

Autosave::~Autosave()
{
    removeCopy();
    m_lock->unlock();
}

void Autosave::onModifiedChanged(bool modified)
{
    if (modified) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
        removeCopy(); // saved (or back to the saved state): nothing to recover
        setFailure(QString());
    }
}

void Autosave::setFailure(const QString &failure)
{
    if (failure == m_failure)
        return;
    m_failure = failure;
    Q_EMIT failureChanged(m_failure);
}

bool Autosave::writeNow()
{
    if (!m_document->isModified())
        return false;
    QJsonObject root = documentToJson(m_document->data());
    root.insert(kMetaKey, QJsonObject{{QStringLiteral("file_path"), m_document->filePath()},
                                      {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    const Result<void> written = saveFileSafely(m_recoveryPath, documentJsonText(root, QJsonDocument::Compact));
    setFailure(written ? QString() : written.error());
    return written.ok();
}

void Autosave::removeCopy()
{
    QFile::remove(m_recoveryPath);
}

QList<RecoveryCopy> Autosave::orphanedCopies(const QString &folder)
{
    const QDir dir(folder.isEmpty() ? defaultFolder() : folder);
    QList<RecoveryCopy> copies;
    const QStringList files = dir.entryList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Time);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its instance is still running
        lock.unlock();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object().value(kMetaKey).toObject();
        copies.append({path, meta.value(QStringLiteral("file_path")).toString(),
                       QDateTime::fromString(meta.value(QStringLiteral("saved_at")).toString(), Qt::ISODate)});
    }
    return copies;
}

Result<ScenarioDocument> Autosave::readCopy(const RecoveryCopy &copy)
{
    Result<ScenarioDocument> loaded = loadDocumentFile(copy.recoveryPath);
    if (loaded)
        loaded->preserved.remove(kMetaKey);
    return loaded;
}

void Autosave::discardCopy(const RecoveryCopy &copy)
{
    QFile::remove(copy.recoveryPath);
    QFile::remove(lockPathFor(copy.recoveryPath));
}

} // namespace ftroi
