// What the file lifecycle asks the user, as an interface: the app answers
// with message boxes and file dialogs (ui/window/documentdialogs.h), a test
// with scripted answers. The DocumentController words every question; an
// implementation only shows it.
#pragma once

#include <QString>

namespace ftroi {

class DocumentPrompts
{
public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    enum class ChangedFileChoice { Overwrite, SaveAs, Reload, Cancel };

    virtual ~DocumentPrompts() = default;

    // Save, Discard or Cancel (Save is the default).
    virtual UnsavedChoice askToSaveChanges(const QString &title, const QString &text) = 0;
    // The file changed on disk since it was opened or saved: Overwrite, Save As,
    // Reload (drop the changes, read the file again) or Cancel (the default).
    virtual ChangedFileChoice askAboutChangedFile(const QString &title, const QString &text) = 0;
    // Restore or Discard (Restore is the default); true to restore.
    virtual bool askToRestore(const QString &title, const QString &text) = 0;
    // The file to open, starting in `folder`; empty when cancelled.
    virtual QString chooseFileToOpen(const QString &caption, const QString &folder, const QString &filter) = 0;
    // The file to save to, proposing `suggested`; empty when cancelled.
    virtual QString chooseFileToSave(const QString &caption, const QString &suggested, const QString &filter) = 0;
    // An error the user acknowledges.
    virtual void showError(const QString &title, const QString &message) = 0;
};

} // namespace ftroi
