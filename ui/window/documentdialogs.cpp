// DocumentDialogs: the file lifecycle's questions as QMessageBox and QFileDialog.
#include "ui/window/documentdialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ftroi {

DocumentPrompts::UnsavedChoice DocumentDialogs::askToSaveChanges(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    m_parent);
    box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return UnsavedChoice::Save;
    case QMessageBox::Discard: return UnsavedChoice::Discard;
    default: return UnsavedChoice::Cancel;
    }
}

DocumentPrompts::ChangedFileChoice DocumentDialogs::askAboutChangedFile(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("changedFilePrompt"));
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::ResetRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == overwrite)
        return ChangedFileChoice::Overwrite;
    if (box.clickedButton() == saveAs)
        return ChangedFileChoice::SaveAs;
    if (box.clickedButton() == reload)
        return ChangedFileChoice::Reload;
    return ChangedFileChoice::Cancel;
}

bool DocumentDialogs::askToRestore(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

QString DocumentDialogs::chooseFileToOpen(const QString &caption, const QString &folder, const QString &filter)
{
    return QFileDialog::getOpenFileName(m_parent, caption, folder, filter);
}

QString DocumentDialogs::chooseFileToSave(const QString &caption, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, caption, suggested, filter);
}

void DocumentDialogs::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_parent);
    box.exec();
}

} // namespace ftroi
