// The Import Prices flow: the file dialog, the import and the merge into the
// user catalog on a pool thread, the catalog swapped in and the report shown
// on the GUI thread.
#include "ui/window/priceimportaction.h"

#include "core/catalog/catalog.h"
#include "core/catalog/priceimport.h"
#include "core/catalog/usercatalog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QThreadPool>

#include <memory>

namespace ftroi {

struct PriceImportAction::Outcome {
    QString path;
    ImportResult import;
    QString saveError;             // the merge or the write failed
    UserCatalogChange change;
    UserCatalog merged;            // the user catalog read back, to swap in on the GUI thread
};

PriceImportAction::PriceImportAction(QWidget *window, QStatusBar *statusBar)
    : QObject(window), m_window(window), m_statusBar(statusBar), m_action(new QAction(tr("Import &Prices…"), this)),
      m_busy(new QProgressBar)
{
    m_busy->setRange(0, 0); // busy, without a percentage
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_statusBar->addPermanentWidget(m_busy);
    connect(m_action, &QAction::triggered, this, &PriceImportAction::chooseAndImport);
}

void PriceImportAction::chooseAndImport()
{
    if (m_running)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Prices"), QString(),
                                                      tr("Price lists (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PriceImportAction::importFile(const QString &path)
{
    if (m_running)
        return;
    m_running = true;
    m_action->setEnabled(false);
    m_busy->show();
    m_statusBar->showMessage(tr("Importing prices from %1…").arg(QFileInfo(path).fileName()));
    QPointer<PriceImportAction> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        auto outcome = std::make_shared<Outcome>();
        outcome->path = path;
        outcome->import = importPriceFile(path);
        if (outcome->import.error.isEmpty() && !outcome->import.entries.isEmpty()) {
            const Result<UserCatalogChange> change = addToUserCatalog(userCatalogPath(), outcome->import.entries);
            if (change) {
                outcome->change = *change;
                outcome->merged = loadUserCatalog(userCatalogPath());
            } else {
                outcome->saveError = change.error();
            }
        }
        QMetaObject::invokeMethod(
            self.data(), [self, outcome] {
                if (self)
                    self->deliver(*outcome);
            },
            Qt::QueuedConnection);
    });
}

void PriceImportAction::deliver(const Outcome &outcome)
{
    m_running = false;
    m_action->setEnabled(true);
    m_busy->hide();
    m_statusBar->clearMessage();
    const ImportResult &result = outcome.import;
    const QString file = QDir::toNativeSeparators(outcome.path);
    QString skipped;
    if (result.skipped > 0)
        skipped = tr("\n\nSkipped %1 entries, for example:\n- %2").arg(result.skipped).arg(result.reasons.join(QStringLiteral("\n- ")));
    if (!result.error.isEmpty() || result.entries.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Prices"),
                             tr("Nothing was imported from %1: %2. The price catalog is unchanged.")
                                     .arg(file, result.error.isEmpty() ? tr("no usable entries") : result.error)
                                 + skipped);
        Q_EMIT finished(false);
        return;
    }
    if (!outcome.saveError.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Prices"),
                             tr("The prices could not be saved: %1. The price catalog is unchanged.").arg(outcome.saveError));
        Q_EMIT finished(false);
        return;
    }
    const QString message = reloadCatalog(outcome.merged);
    QStringList notes = catalogChangeNotes(outcome.change);
    if (!message.isEmpty())
        notes << message;
    m_statusBar->showMessage(tr("Imported %1 price entries from %2").arg(result.entries.size()).arg(QFileInfo(outcome.path).fileName()), 8000);
    Q_EMIT finished(true);
    QMessageBox::information(m_window, tr("Import Prices"),
                             tr("Imported %1 entries (%2), dated %3: %4 new, %5 replaced. They are listed with the presets "
                                "and replace bundled entries of the same name.")
                                     .arg(result.entries.size())
                                     .arg(result.format, result.entries.first().asOf)
                                     .arg(outcome.change.added)
                                     .arg(outcome.change.replaced)
                                 + skipped + (notes.isEmpty() ? QString() : QStringLiteral("\n\n") + notes.join(QStringLiteral("\n"))));
}

} // namespace ftroi
