// File > Import Usage…: picks a usage export, reads it on a worker thread
// (a progress dialog with Cancel; a month of per-request logs takes seconds),
// shows the summary (usageimportdialog.h) and, on Apply, writes it into the
// current scenario as one undo step. A refused file or a cancel changes nothing.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QProgressDialog;
class QWidget;

namespace ftroi {

class Document;
class UsageImportDialog;

class UsageImportAction : public QObject
{
    Q_OBJECT

public:
    UsageImportAction(QWidget *window, Document *document);

    QAction *action() const { return m_action; }
    bool isRunning() const { return m_running; }
    void chooseAndImport();
    // Reads `path` at `tzOffset` (seconds east of UTC) in the background, then shows the summary.
    void importFile(const QString &path, int tzOffset = 0);
    // The summary on screen (tests), or nullptr.
    UsageImportDialog *dialog() const;

Q_SIGNALS:
    // The summary is on screen (`dialog()`), or a refusal was shown (nullptr).
    void summaryShown();
    void statusMessage(const QString &message, int timeoutMs);

private:
    struct Job;
    void deliver(const std::shared_ptr<Job> &job);

    QWidget *m_window;
    Document *m_document;
    QAction *m_action;
    QPointer<QProgressDialog> m_progress;
    QPointer<UsageImportDialog> m_dialog;
    bool m_running = false;
};

} // namespace ftroi
