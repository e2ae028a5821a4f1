// ReportExportAction: the decision memo from the File menu.
#include "ui/window/reportexportaction.h"

#include "ui/document/document.h"
#include "ui/export/reportexport.h"
#include "ui/widgets/savepath.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace ftroi {

ReportExportAction::ReportExportAction(Document *document, QWidget *window, QStatusBar *statusBar)
    : QObject(window), m_document(document), m_window(window), m_statusBar(statusBar),
      m_action(new QAction(tr("Export &Report (PDF)…"), this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setStatusTip(tr("A decision memo: the decision, each path's numbers, the charts, the assumptions "
                              "with their sources and the methodology, as a PDF."));
    connect(m_action, &QAction::triggered, this, &ReportExportAction::chooseAndExport);
}

void ReportExportAction::chooseAndExport()
{
    if (m_document->currentIndex() < 0)
        return;
    bool all = false;
    if (m_document->scenarioCount() > 1) {
        QMessageBox ask(QMessageBox::Question, tr("Export Report"),
                        tr("Write the memo for the current scenario or for all %1 scenarios?")
                            .arg(m_document->scenarioCount()),
                        QMessageBox::Cancel, m_window);
        QPushButton *current = ask.addButton(tr("This scenario"), QMessageBox::AcceptRole);
        QPushButton *every = ask.addButton(tr("All scenarios"), QMessageBox::AcceptRole);
        ask.setDefaultButton(current);
        ask.exec();
        if (ask.clickedButton() != current && ask.clickedButton() != every)
            return;
        all = ask.clickedButton() == every;
    }
    const QString base = QFileInfo(m_document->displayName()).completeBaseName();
    const QString path = askSavePath(m_window, tr("Export Report"),
                                     (base.isEmpty() ? tr("decision") : base) + QStringLiteral("-memo.pdf"),
                                     tr("PDF documents (*.pdf)"), QStringLiteral("pdf"), m_document->filePath(),
                                     m_lastFolder);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, all, &error))
        QMessageBox::warning(m_window, tr("Export Report"), error);
}

bool ReportExportAction::exportTo(const QString &path, bool allScenarios, QString *error)
{
    QList<int> scenarios;
    if (allScenarios) {
        for (int i = 0; i < m_document->scenarioCount(); ++i)
            scenarios.append(i);
    } else if (m_document->currentIndex() >= 0) {
        scenarios.append(m_document->currentIndex());
    }
    ReportOptions options;
    options.documentName = QFileInfo(m_document->filePath()).fileName();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString why;
    const bool ok = writeReport(m_document->data(), scenarios, path, &why, options);
    QApplication::restoreOverrideCursor();
    if (error)
        *error = why;
    m_statusBar->showMessage(ok ? tr("Exported the decision memo to %1").arg(QDir::toNativeSeparators(path)) : why,
                             10000);
    return ok;
}

} // namespace ftroi
