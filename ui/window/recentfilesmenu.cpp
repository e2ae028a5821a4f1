// RecentFilesMenu: the recent files as menu entries.
#include "ui/window/recentfilesmenu.h"

#include "ui/document/documentcontroller.h"

#include <QFileInfo>

namespace ftroi {

RecentFilesMenu::RecentFilesMenu(DocumentController *controller, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent), m_controller(controller)
{
    connect(controller, &DocumentController::recentFilesChanged, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_controller->recentFiles();
    for (const QString &path : files) {
        addAction(QFileInfo(path).fileName(), this, [this, path] { m_controller->openAfterPrompt(path); })
            ->setToolTip(path);
    }
    setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        addSeparator();
        addAction(tr("Clear List"), m_controller, &DocumentController::clearRecentFiles);
    }
}

} // namespace ftroi
