// File > Export Report… (Ctrl+Shift+E): the decision memo as a PDF for the
// current scenario or, when the document has several, for all of them; the
// file proposed as "<document>-memo.pdf" by the shared save dialog; the status bar
// says where it went, a message box why it could not be written.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QStatusBar;
class QWidget;

namespace ftroi {

class Document;

class ReportExportAction : public QObject
{
    Q_OBJECT

public:
    ReportExportAction(Document *document, QWidget *window, QStatusBar *statusBar);

    QAction *action() const { return m_action; }
    // Asks which scenarios and where, then writes the memo.
    void chooseAndExport();
    // Writes the memo of the current scenario, or of all, to `path`; false
    // (and the reason in the status bar and `error`) when it cannot.
    bool exportTo(const QString &path, bool allScenarios, QString *error = nullptr);

private:
    Document *m_document;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    QAction *m_action;
    QString m_lastFolder; // where the last memo went
};

} // namespace ftroi
