// The app's DocumentPrompts: message boxes and file dialogs over the main
// window. The unsaved-changes box is named "unsavedChangesPrompt", the
// changed-on-disk box "changedFilePrompt", the recovery box "recoveryPrompt",
// so tests and scripts can find them.
#pragma once

#include "ui/document/documentprompts.h"

#include <QCoreApplication>

class QWidget;

namespace ftroi {

class DocumentDialogs : public DocumentPrompts
{
    Q_DECLARE_TR_FUNCTIONS(DocumentDialogs)

public:
    explicit DocumentDialogs(QWidget *parent) : m_parent(parent) {}

    UnsavedChoice askToSaveChanges(const QString &title, const QString &text) override;
    ChangedFileChoice askAboutChangedFile(const QString &title, const QString &text) override;
    bool askToRestore(const QString &title, const QString &text) override;
    QString chooseFileToOpen(const QString &caption, const QString &folder, const QString &filter) override;
    QString chooseFileToSave(const QString &caption, const QString &suggested, const QString &filter) override;
    void showError(const QString &title, const QString &message) override;

private:
    QWidget *m_parent;
};

} // namespace ftroi
