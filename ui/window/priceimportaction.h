// File > Import Prices…: picks a LiteLLM price JSON or a SkyPilot vms.csv,
// imports it into the user catalog on a worker thread (the window stays
// responsive: the status bar shows a busy bar and the action waits), then
// says what was taken, what was not and which bundled presets it replaced.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QProgressBar;
class QStatusBar;
class QWidget;

namespace ftroi {

class PriceImportAction : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs; `statusBar` shows the progress.
    PriceImportAction(QWidget *window, QStatusBar *statusBar);

    // The File menu's action (disabled while an import runs).
    QAction *action() const { return m_action; }
    bool isRunning() const { return m_running; }
    // Asks for a file, then imports it.
    void chooseAndImport();
    // Imports `path` in the background; the result is shown when it is done.
    void importFile(const QString &path);

Q_SIGNALS:
    // An import is over; `changed` when the catalog changed (the presets should be refilled).
    void finished(bool changed);

private:
    struct Outcome;
    void deliver(const Outcome &outcome);

    QWidget *m_window;
    QStatusBar *m_statusBar;
    QAction *m_action;
    QProgressBar *m_busy;
    bool m_running = false;
};

} // namespace ftroi
