// File > Open Recent: one entry per recent file (its name, the full path as
// its tooltip) and Clear List, rebuilt whenever the controller's list changes;
// disabled while the list is empty.
#pragma once

#include <QMenu>

namespace ftroi {

class DocumentController;

class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(DocumentController *controller, QWidget *parent = nullptr);

private:
    void rebuild();

    DocumentController *m_controller;
};

} // namespace ftroi
