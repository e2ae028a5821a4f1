// DocumentPrompts answered from a script, with a record of every question
// ("kind|title|text"), for the tests of the file lifecycle.
#pragma once

#include "ui/document/documentprompts.h"

#include <QString>
#include <QStringList>

namespace testsupport {

using ftroi::DocumentPrompts;

// Answers from a script, and a record of every question.
struct ScriptedPrompts : DocumentPrompts {
    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    ChangedFileChoice changedAnswer = ChangedFileChoice::Cancel;
    bool restoreAnswer = false;
    QString openAnswer;
    QString saveAnswer;
    QStringList asked; // "kind|title|text"

    UnsavedChoice askToSaveChanges(const QString &title, const QString &text) override
    {
        asked << QStringLiteral("unsaved|%1|%2").arg(title, text);
        return unsavedAnswer;
    }
    ChangedFileChoice askAboutChangedFile(const QString &title, const QString &text) override
    {
        asked << QStringLiteral("changed|%1|%2").arg(title, text);
        return changedAnswer;
    }
    bool askToRestore(const QString &title, const QString &text) override
    {
        asked << QStringLiteral("restore|%1|%2").arg(title, text);
        return restoreAnswer;
    }
    QString chooseFileToOpen(const QString &caption, const QString &folder, const QString &filter) override
    {
        asked << QStringLiteral("open|%1|%2|%3").arg(caption, folder, filter);
        return openAnswer;
    }
    QString chooseFileToSave(const QString &caption, const QString &suggested, const QString &filter) override
    {
        asked << QStringLiteral("save|%1|%2|%3").arg(caption, suggested, filter);
        return saveAnswer;
    }
    void showError(const QString &title, const QString &message) override
    {
        asked << QStringLiteral("error|%1|%2").arg(title, message);
    }
};

} // namespace testsupport
