// PhasesModel: engineering phases of the current scenario.
#include "ui/form/phasesmodel.h"

#include "ui/document/document.h"
#include "core/text/format.h"

#include <QLocale>

#include <algorithm>

#include <cmath>

namespace ftroi {

PhasesModel::PhasesModel(Document *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::scenarioChanged, this, [this](int index) {
        if (index == m_document->currentIndex())
            sync();
    });
    connect(document, &Document::currentIndexChanged, this, &PhasesModel::sync);
    connect(document, &Document::scenariosReset, this, &PhasesModel::sync);
    sync();
}

void PhasesModel::sync()
{
    const int current = m_document->currentIndex();
    const Project empty;
    const Project &project = current >= 0 ? m_document->scenario(current).project : empty;
    const bool samePhases = project.engineeringHours.size() == m_shownPhases.size()
        && std::equal(m_shownPhases.cbegin(), m_shownPhases.cend(), project.engineeringHours.cbegin(),
                      [](const EngineeringPhase &a, const EngineeringPhase &b) { return a.name == b.name && a.hours == b.hours; });
    if (samePhases && project.hourlyRate == m_shownRate)
        return; // a change elsewhere in the scenario (a slider step): nothing to show
    m_shownPhases = project.engineeringHours;
    m_shownRate = project.hourlyRate;
    const int rows = int(project.engineeringHours.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int PhasesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_document->currentIndex() < 0)
        return 0;
    return int(m_document->scenario(m_document->currentIndex()).project.engineeringHours.size());
}

int PhasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Scenario &s = m_document->scenario(m_document->currentIndex());
    const EngineeringPhase &phase = s.project.engineeringHours.at(index.row());
    const QLocale locale;
    switch (index.column()) {
    case PhaseColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return phase.name;
        break;
    case HoursColumn:
        if (role == Qt::DisplayRole)
            return formatNumber(locale, phase.hours, 1) + tr(" h");
        if (role == Qt::EditRole || role == RawValueRole)
            return phase.hours;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CostColumn:
        if (role == Qt::DisplayRole)
            return formatMoney(locale, phase.hours * s.project.hourlyRate, m_document->currency(), 0);
        if (role == RawValueRole)
            return phase.hours * s.project.hourlyRate;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant PhasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhaseColumn: return tr("Phase");
    case HoursColumn: return tr("Hours");
    case CostColumn: return tr("Cost");
    default: return {};
    }
}

Qt::ItemFlags PhasesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != CostColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PhasesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    const int current = m_document->currentIndex();
    Scenario s = m_document->scenario(current);
    EngineeringPhase &phase = s.project.engineeringHours[index.row()];
    if (index.column() == PhaseColumn) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            Q_EMIT editRefused(tr("A phase needs a name."));
            return false;
        }
        for (int i = 0; i < s.project.engineeringHours.size(); ++i) {
            if (i != index.row() && s.project.engineeringHours.at(i).name == name) {
                Q_EMIT editRefused(tr("There is already a phase called \"%1\".").arg(name));
                return false;
            }
        }
        if (name == phase.name)
            return true;
        phase.name = name;
        m_document->editScenario(current, s, tr("Rename phase"));
        return true;
    }
    if (index.column() == HoursColumn) {
        bool ok = false;
        double hours = value.toDouble(&ok);
        if (!ok)
            hours = QLocale().toDouble(value.toString().remove(QLatin1Char('h')).trimmed(), &ok);
        if (!ok || !std::isfinite(hours) || hours < 0 || hours > 1e6) {
            Q_EMIT editRefused(tr("Hours for \"%1\" must be a number from 0 to 1,000,000.").arg(phase.name));
            return false;
        }
        if (hours == phase.hours)
            return true;
        phase.hours = hours;
        m_document->editScenario(current, s, tr("Change hours of \"%1\"").arg(phase.name));
        return true;
    }
    return false;
}

void PhasesModel::addPhase()
{
    m_document->editCurrentScenario(tr("Add phase"), [](Scenario &s) {
        QList<EngineeringPhase> &phases = s.project.engineeringHours;
        QString name = tr("New phase");
        for (int n = 2; std::any_of(phases.cbegin(), phases.cend(), [&](const EngineeringPhase &p) { return p.name == name; }); ++n)
            name = tr("New phase %1").arg(n);
        phases.append({name, 0});
    });
}

void PhasesModel::removePhase(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const QString name = data(index(row, PhaseColumn)).toString();
    m_document->editCurrentScenario(tr("Remove phase \"%1\"").arg(name),
                                    [row](Scenario &s) { s.project.engineeringHours.removeAt(row); });
}

void PhasesModel::resetToSeedPhases()
{
    m_document->editCurrentScenario(tr("Use the standard project phases"),
                                    [](Scenario &s) { s.project.engineeringHours = Document::defaultEngineeringPhases(); });
}

} // namespace ftroi
