// The scenario list with its actions: add, duplicate, rename, delete and
// reorder. Selection follows the Document's current scenario.
#pragma once

#include <QWidget>

class QAction;
class QListView;

namespace ftroi {

class Document;
class ScenarioListModel;

class ScenarioListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioListPanel(Document *document, QWidget *parent = nullptr);

    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }
    QListView *view() const { return m_view; }
    ScenarioListModel *model() const { return m_model; }

private:
    void syncSelection();
    void updateActions();

    Document *m_document;
    ScenarioListModel *m_model;
    QListView *m_view;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_up;
    QAction *m_down;
};

} // namespace ftroi
