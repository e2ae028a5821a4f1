// The Import Usage flow (see usageimportaction.h): the file is read on a pool
// thread that reports its progress through atomics the GUI polls, and stops
// between blocks when Cancel is pressed.
#include "ui/window/usageimportaction.h"

#include "ui/document/document.h"
#include "ui/window/usageimportdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace ftroi {

struct UsageImportAction::Job {
    QString path;
    int tzOffset = 0;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    std::optional<Result<usage::UsageData>> result;
};

UsageImportAction::UsageImportAction(QWidget *window, Document *document)
    : QObject(window), m_window(window), m_document(document), m_action(new QAction(tr("Import &Usage…"), this))
{
    m_action->setToolTip(tr("Set the workload from an API usage export (OpenAI Usage API, LiteLLM, Helicone or a CSV)"));
    connect(m_action, &QAction::triggered, this, &UsageImportAction::chooseAndImport);
}

UsageImportDialog *UsageImportAction::dialog() const
{
    return m_dialog.data();
}

void UsageImportAction::chooseAndImport()
{
    if (m_running)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Usage"), QString(),
                                                      tr("Usage exports (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void UsageImportAction::importFile(const QString &path, int tzOffset)
{
    if (m_running)
        return;
    m_running = true;
    m_action->setEnabled(false);
    auto job = std::make_shared<Job>();
    job->path = path;
    job->tzOffset = tzOffset;
    m_progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowTitle(tr("Import Usage"));
    m_progress->setMinimumDuration(300); // a small file never shows it
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [job] { job->cancel = true; });
    auto *poll = new QTimer(m_progress);
    connect(poll, &QTimer::timeout, this, [this, job] {
        const qint64 total = job->total;
        if (m_progress && total > 0)
            m_progress->setValue(int(std::min<qint64>(1000, job->done * 1000 / total)));
    });
    poll->start(50);
    QPointer<UsageImportAction> self(this);
    QThreadPool::globalInstance()->start([self, job] {
        job->result = readUsageFile(job->path, job->tzOffset, [job](qint64 done, qint64 total) {
            job->done = done;
            job->total = total;
            return !job->cancel;
        });
        QMetaObject::invokeMethod(
            self.data(), [self, job] {
                if (self)
                    self->deliver(job);
            },
            Qt::QueuedConnection);
    });
}

void UsageImportAction::deliver(const std::shared_ptr<Job> &job)
{
    m_running = false;
    m_action->setEnabled(true);
    if (m_progress)
        m_progress->deleteLater();
    const QString name = QFileInfo(job->path).fileName();
    if (job->cancel) {
        Q_EMIT statusMessage(tr("Import of %1 cancelled; nothing changed.").arg(name), 8000);
        return;
    }
    if (!*job->result) {
        QMessageBox::warning(m_window, tr("Import Usage"), tr("%1\n\nNothing was changed.").arg(job->result->error()));
        Q_EMIT summaryShown();
        return;
    }
    const int index = m_document->currentIndex();
    if (index < 0)
        return;
    auto data = std::make_shared<const usage::UsageData>(std::move(*job->result).value());
    auto *dialog = new UsageImportDialog(data, job->path, m_document->scenario(index), m_document->currency(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &UsageImportDialog::tzChosen, this, [this, dialog, path = job->path](int offset) {
        dialog->close();
        importFile(path, offset);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, index, name] {
        const Result<Scenario> applied = dialog->appliedScenario();
        if (!applied || index >= m_document->scenarioCount())
            return;
        m_document->importIntoScenario(index, applied.value(), tr("Import usage from %1").arg(name));
        Q_EMIT statusMessage(tr("Workload set from %1 (Undo takes it back).").arg(name), 8000);
    });
    dialog->open();
    Q_EMIT summaryShown();
}

} // namespace ftroi
