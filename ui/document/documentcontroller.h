// The file lifecycle of the open Document: new, open, save, save as, the
// unsaved-changes prompt, recent files and recovery from an autosave copy.
// It asks the user through DocumentPrompts and reports through signals, so
// it runs without widgets; the main window wires it to its menus, status bar
// and dialogs.
#pragma once

#include "core/text/safesave.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace ftroi {

class Autosave;
class Document;
class DocumentPrompts;

class DocumentController : public QObject
{
    Q_OBJECT

public:
    // `autosave` may be null (no recovery copies); `prompts` must outlive the controller.
    DocumentController(Document *document, Autosave *autosave, DocumentPrompts *prompts, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    Autosave *autosave() const { return m_autosave; }

    // File > New: a new document with one default scenario (asks first when there are unsaved changes).
    void newDocument();
    // File > Open…: asks about unsaved changes, then for the file.
    void openWithDialog();
    // Asks about unsaved changes, then opens `path` (a recent or dropped file).
    bool openAfterPrompt(const QString &path);
    // Opens `path`; on a refused file shows why and keeps the current document.
    bool openFile(const QString &path);
    // Saves to the document's file, or asks for one when it has none. When
    // another program changed the file since it was opened or saved here,
    // asks first: Overwrite, Save As, Reload or Cancel.
    bool save();
    // Asks for a file (".ftroi" added when the name has no suffix) and saves to it.
    bool saveAs();
    bool saveTo(const QString &path);
    // Asks Save / Discard / Cancel when there are unsaved changes; true to go on.
    bool maybeSave();
    // Offers to restore the newest recovery copy a crashed instance left;
    // true when one was restored.
    bool offerRecovery();

    // Opened and saved files, newest first (shared by every window through QSettings).
    QStringList recentFiles() const;
    void clearRecentFiles();

Q_SIGNALS:
    void recentFilesChanged();
    // A line for the status bar, shown for `timeoutMs`.
    void statusMessage(const QString &message, int timeoutMs);
    // An error is about to be shown to the user.
    void errorShown(const QString &message);

private:
    // The settings key of the scenario last shown in the file at `path`.
    static QString lastScenarioKey(const QString &path);
    void showError(const QString &title, const QString &message);
    void addRecentFile(const QString &path);
    // The file as this window last read or wrote it (size, time, hash).
    void setStamp(const QString &path, const FileStamp &stamp);

    Document *m_document;
    Autosave *m_autosave;
    DocumentPrompts *m_prompts;
    QString m_stampPath;
    FileStamp m_stamp;
};

} // namespace ftroi
