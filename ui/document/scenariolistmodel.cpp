// ScenarioListModel: scenario names with savings as a tooltip.
#include "ui/document/scenariolistmodel.h"

#include "ui/document/document.h"
#include "core/text/format.h"

namespace ftroi {

ScenarioListModel::ScenarioListModel(Document *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    rememberNames();
    connect(document, &Document::scenariosReset, this, [this] {
        beginResetModel();
        rememberNames();
        endResetModel();
    });
    // Tooltips are asked for when they show: an edit that keeps the name
    // (every slider step) leaves the list alone.
    connect(document, &Document::scenarioChanged, this, [this](int row) {
        if (row < m_names.size() && m_names.at(row) == m_document->scenario(row).name)
            return;
        rememberNames();
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::EditRole});
    });
}

void ScenarioListModel::rememberNames()
{
    m_names.clear();
    for (int row = 0; row < m_document->scenarioCount(); ++row)
        m_names.append(m_document->scenario(row).name);
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->scenarioCount();
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_document->scenarioCount())
        return {};
    const Scenario &s = m_document->scenario(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.name;
    case Qt::ToolTipRole: {
        const ScenarioResult &r = m_document->result(index.row());
        return tr("%1\nSavings %2 a month, payback %3").arg(s.name, formatMoney(QLocale(), r.monthlySavings, m_document->currency(), 0),
                                                         formatMonths(QLocale(), r.paybackMonths));
    }
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_document->scenarioCount())
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    Scenario s = m_document->scenario(index.row());
    if (s.name == name)
        return true;
    s.name = name;
    m_document->editScenario(index.row(), s, tr("Rename scenario to \"%1\"").arg(name));
    return true;
}

} // namespace ftroi
