// The scenario comparison table: a column per scenario, a row per engine
// result, then a row per input that differs between the scenarios. The best
// value of each result row is highlighted. Reads the Document's cached results;
// a change to one scenario updates one column.
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace ftroi {

class Document;
struct ComparisonRow;

class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        RawValueRole = Qt::UserRole, // double; QString for text inputs; invalid for never / none
        IsBestValueRole,             // bool: the highlighted best value of a result row
        IsInputRowRole,              // bool: the row shows an input, not a result
    };

    explicit ComparisonModel(Document *document, QObject *parent = nullptr);
    ~ComparisonModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Result rows come first; the rest are the differing input rows.
    int resultRowCount() const;
    bool isInputRow(int row) const;

private:
    void onScenarioChanged(int index);
    void onCurrentIndexChanged(int index);
    void resetFromDocument();

    const ComparisonRow &rowAt(int row) const;
    QString scenarioName(int column) const;
    std::vector<int> differingInputRows() const;
    std::vector<std::vector<bool>> computeBest() const;

    QPointer<Document> m_document;
    int m_columnCount = 0;
    std::vector<int> m_inputRows;          // indices into ComparisonRows::inputs()
    std::vector<std::vector<bool>> m_best; // [column][result row]
    QStringList m_names;                   // header texts, to notice renames
    int m_current = -1;
};

} // namespace ftroi
