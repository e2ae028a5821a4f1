// List model of the document's scenarios (names), for the scenario list.
// Renaming through the view pushes an undoable edit.
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace ftroi {

class Document;

class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ScenarioListModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void rememberNames();

    Document *m_document;
    QStringList m_names; // as last shown: only a new name repaints the list

};

} // namespace ftroi
