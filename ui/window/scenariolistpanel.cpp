// ScenarioListPanel: list view plus scenario actions with shortcuts.
#include "ui/window/scenariolistpanel.h"

#include "ui/document/document.h"
#include "ui/document/scenariolistmodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QListView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ftroi {

ScenarioListPanel::ScenarioListPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ScenarioListModel(document, this))
{
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("scenarioList"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setMinimumHeight(90);

    auto makeAction = [this](const QString &text, const QKeySequence &shortcut, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setToolTip(tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        return action;
    };
    m_add = makeAction(tr("Add"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Add a scenario with default values"));
    m_duplicate = makeAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), tr("Duplicate the selected scenario"));
    m_rename = makeAction(tr("Rename"), QKeySequence(Qt::Key_F2), tr("Rename the selected scenario"));
    m_delete = makeAction(tr("Delete"), QKeySequence(Qt::CTRL | Qt::Key_Delete), tr("Delete the selected scenario"));
    m_up = makeAction(tr("Up"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up), tr("Move the scenario up"));
    m_down = makeAction(tr("Down"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down), tr("Move the scenario down"));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_add, m_duplicate, m_rename, m_delete, m_up, m_down});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);

    connect(m_add, &QAction::triggered, this, [this] {
        Scenario s = Document::defaultScenario();
        s.name = tr("Scenario %1").arg(m_document->scenarioCount() + 1);
        m_document->insertScenario(m_document->scenarioCount(), s, tr("Add scenario"));
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const int i = m_document->currentIndex();
        if (i < 0)
            return;
        Scenario s = m_document->scenario(i);
        s.name = tr("%1 (copy)").arg(s.name);
        m_document->insertScenario(i + 1, s, tr("Duplicate scenario"));
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        m_view->setFocus();
        m_view->edit(m_model->index(m_document->currentIndex()));
    });
    connect(m_delete, &QAction::triggered, this, [this] { m_document->removeScenario(m_document->currentIndex()); });
    connect(m_up, &QAction::triggered, this, [this] {
        m_document->moveScenario(m_document->currentIndex(), m_document->currentIndex() - 1);
    });
    connect(m_down, &QAction::triggered, this, [this] {
        m_document->moveScenario(m_document->currentIndex(), m_document->currentIndex() + 1);
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_document->setCurrentIndex(current.row());
    });
    connect(document, &Document::currentIndexChanged, this, &ScenarioListPanel::syncSelection);
    connect(document, &Document::scenariosReset, this, &ScenarioListPanel::syncSelection);
    syncSelection();
}

void ScenarioListPanel::syncSelection()
{
    const QModelIndex wanted = m_model->index(m_document->currentIndex());
    if (m_view->currentIndex() != wanted)
        m_view->selectionModel()->setCurrentIndex(wanted, QItemSelectionModel::ClearAndSelect);
    updateActions();
}

void ScenarioListPanel::updateActions()
{
    const int i = m_document->currentIndex();
    const int n = m_document->scenarioCount();
    m_duplicate->setEnabled(i >= 0);
    m_rename->setEnabled(i >= 0);
    m_delete->setEnabled(i >= 0 && n > 1);
    m_delete->setToolTip(n > 1 ? tr("Delete the selected scenario") : tr("A document keeps at least one scenario"));
    m_up->setEnabled(i > 0);
    m_down->setEnabled(i >= 0 && i < n - 1);
}

} // namespace ftroi
