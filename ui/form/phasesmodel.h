// Table model of the current scenario's engineering hours by project phase.
// Edits (rename a phase, change its hours, add, remove) go through the
// Document's undo stack; phase names must be unique and hours >= 0.
#pragma once

#include "core/model/scenario.h"

#include <QAbstractTableModel>

namespace ftroi {

class Document;

class PhasesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PhaseColumn, HoursColumn, CostColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit PhasesModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void addPhase();
    void removePhase(int row);
    void resetToSeedPhases();

Q_SIGNALS:
    // An edit was refused; the message says why.
    void editRefused(const QString &message);

private:
    void sync();

    Document *m_document;
    int m_rows = 0;
    QList<EngineeringPhase> m_shownPhases; // what the view shows, to skip unrelated changes
    double m_shownRate = -1;
};

} // namespace ftroi
