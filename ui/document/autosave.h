// Crash recovery. While the document has unsaved changes, a recovery copy is
// written at most once a minute to the application data folder. A clean exit
// (or saving) removes it. Each running instance holds a QLockFile for its own
// copy, so another instance never mistakes a live copy for a crashed one;
// at start-up, copies whose lock is free (their process died) are offered
// for restoring. A copy that cannot be written (a full disk) is reported
// through failureChanged() until a later write succeeds or the document is
// saved, so the window can show that the changes are unprotected.
#pragma once

#include "core/model/scenario.h"
#include "core/text/result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class QLockFile;

namespace ftroi {

class Document;

struct RecoveryCopy {
    QString recoveryPath;   // the recovery file itself
    QString originalPath;   // the document's file, empty if never saved
    QDateTime savedAt;
};

class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;

    // `folder` defaults to <AppDataLocation>/recovery.
    explicit Autosave(Document *document, const QString &folder = QString(), int intervalMs = kDefaultIntervalMs,
                      QObject *parent = nullptr);
    ~Autosave() override; // a clean exit: the recovery copy is removed

    QString recoveryPath() const { return m_recoveryPath; }
    QString folder() const { return m_folder; }
    // Writes the recovery copy now if there are unsaved changes.
    bool writeNow();
    // Why the last recovery copy could not be written; empty when it was.
    QString failure() const { return m_failure; }

    // Recovery copies left by instances that are no longer running.
    static QList<RecoveryCopy> orphanedCopies(const QString &folder = QString());
    // Reads a recovery copy (without its recovery metadata).
    static Result<ScenarioDocument> readCopy(const RecoveryCopy &copy);
    // Removes a recovery copy and its lock.
    static void discardCopy(const RecoveryCopy &copy);
    static QString defaultFolder();

Q_SIGNALS:
    // failure() changed: a write failed, or the changes are protected again.
    void failureChanged(const QString &failure);

private:
    void onModifiedChanged(bool modified);
    void removeCopy();
    void setFailure(const QString &failure);

    Document *m_document;
    QString m_folder;
    QString m_recoveryPath;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QString m_failure;
};

} // namespace ftroi
