// DocumentController: open, save, prompts, recent files and recovery.
#include "ui/document/documentcontroller.h"

#include "core/io/documentfile.h"
#include "ui/document/autosave.h"
#include "ui/document/document.h"
#include "ui/document/documentprompts.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>

namespace ftroi {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kFileFilter = QStringLiteral("Scenario documents (*.ftroi);;All files (*)");
} // namespace

DocumentController::DocumentController(Document *document, Autosave *autosave, DocumentPrompts *prompts,
                                       QObject *parent)
    : QObject(parent), m_document(document), m_autosave(autosave), m_prompts(prompts)
{
    // The scenario last shown in a file is the one it reopens on.
    connect(document, &Document::currentIndexChanged, this, [this](int index) {
        if (!m_document->filePath().isEmpty() && index >= 0)
            QSettings().setValue(lastScenarioKey(m_document->filePath()), index);
    });
}

QString DocumentController::lastScenarioKey(const QString &path)
{
    const QByteArray id = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("lastScenario/") + QString::fromLatin1(id);
}

void DocumentController::showError(const QString &title, const QString &message)
{
    Q_EMIT errorShown(message);
    m_prompts->showError(title, message);
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askToSaveChanges(tr("Unsaved changes"),
                                        tr("\"%1\" has unsaved changes. Save them?").arg(m_document->displayName()))) {
    case DocumentPrompts::UnsavedChoice::Save: return save();
    case DocumentPrompts::UnsavedChoice::Discard: return true;
    case DocumentPrompts::UnsavedChoice::Cancel: break;
    }
    return false;
}

bool DocumentController::offerRecovery()
{
    if (!m_autosave)
        return false;
    const QList<RecoveryCopy> copies = Autosave::orphanedCopies(m_autosave->folder());
    if (copies.isEmpty())
        return false;
    const RecoveryCopy &copy = copies.first(); // the newest
    const QString name = copy.originalPath.isEmpty() ? tr("an unsaved document") : QFileInfo(copy.originalPath).fileName();
    const bool restore = m_prompts->askToRestore(
        tr("Restore unsaved changes?"),
        tr("Fine-Tuning ROI Studio did not close properly. A recovery copy of %1 from %2 is available.")
            .arg(name, QLocale().toString(copy.savedAt.toLocalTime(), QLocale::ShortFormat)));
    if (!restore) {
        Autosave::discardCopy(copy);
        return false;
    }
    Result<ScenarioDocument> recovered = Autosave::readCopy(copy);
    if (!recovered) {
        showError(tr("Cannot restore"), tr("The recovery copy could not be read:\n\n%1").arg(recovered.error()));
        return false;
    }
    m_document->reset(std::move(recovered).value(), copy.originalPath);
    setStamp(QString(), {}); // what the file was when the copy was made is not known
    m_document->markModified();
    Autosave::discardCopy(copy);
    m_autosave->writeNow(); // this instance now guards the restored changes
    Q_EMIT statusMessage(tr("Restored unsaved changes of %1").arg(name), 8000);
    return true;
}

void DocumentController::newDocument()
{
    if (!maybeSave())
        return;
    m_document->reset(Document::defaultDocument(), QString());
    setStamp(QString(), {});
}

void DocumentController::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = m_prompts->chooseFileToOpen(tr("Open Scenario Document"), dir, kFileFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentController::openAfterPrompt(const QString &path)
{
    return maybeSave() && openFile(path);
}

bool DocumentController::openFile(const QString &path)
{
    FileStamp stamp;
    Result<ScenarioDocument> loaded = loadDocumentFile(path, &stamp);
    if (!loaded) {
        showError(tr("Cannot open document"),
                  tr("\"%1\" was not opened:\n\n%2\n\nThe current document is unchanged.").arg(QFileInfo(path).fileName(), loaded.error()));
        return false;
    }
    // Read before the reset, which shows (and so records) the first scenario.
    const int last = QSettings().value(lastScenarioKey(QFileInfo(path).absoluteFilePath()), 0).toInt();
    m_document->reset(std::move(loaded).value(), QFileInfo(path).absoluteFilePath());
    if (last > 0 && last < m_document->scenarioCount())
        m_document->setCurrentIndex(last);
    setStamp(m_document->filePath(), stamp);
    addRecentFile(m_document->filePath());
    Q_EMIT statusMessage(tr("Opened %1").arg(m_document->displayName()), 5000);
    return true;
}

bool DocumentController::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return saveAs();
    if (path == m_stampPath && changedSince(path, m_stamp)) {
        const QString name = QFileInfo(path).fileName();
        switch (m_prompts->askAboutChangedFile(
            tr("File changed on disk"),
            tr("\"%1\" was changed by another program since it was opened or last saved here.\n\n"
               "Overwrite it with this version (the other version is kept as \"%2\"), save this version "
               "under another name, or reload the file from disk and drop the changes made here?")
                .arg(name, QFileInfo(backupPathFor(path)).fileName()))) {
        case DocumentPrompts::ChangedFileChoice::Overwrite: break;
        case DocumentPrompts::ChangedFileChoice::SaveAs: return saveAs();
        case DocumentPrompts::ChangedFileChoice::Reload: return openFile(path);
        case DocumentPrompts::ChangedFileChoice::Cancel: return false;
        }
    }
    return saveTo(path);
}

bool DocumentController::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("Scenarios.ftroi"));
    QString path = m_prompts->chooseFileToSave(tr("Save Scenario Document"), suggested, kFileFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ftroi");
    return saveTo(path);
}

bool DocumentController::saveTo(const QString &path)
{
    FileStamp stamp;
    const Result<void> saved = saveDocumentFile(m_document->data(), path, &stamp);
    if (!saved) {
        showError(tr("Cannot save document"), saved.error() + tr("\n\nYour changes are still open and unsaved."));
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    setStamp(m_document->filePath(), stamp);
    m_document->markSaved();
    addRecentFile(m_document->filePath());
    Q_EMIT statusMessage(tr("Saved %1").arg(m_document->displayName()), 5000);
    return true;
}

void DocumentController::setStamp(const QString &path, const FileStamp &stamp)
{
    m_stampPath = path;
    m_stamp = stamp;
}

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    Q_EMIT recentFilesChanged();
}

void DocumentController::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

} // namespace ftroi
