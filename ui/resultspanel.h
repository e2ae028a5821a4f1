// The live results of the selected scenario: KPIs with units, the cost
// breakdown against the API bill, fleet and utilization (warning above
// 100%), and the recommendation with its reasons. Every value's tooltip
// shows its formula with the scenario's numbers.
#pragma once

#include "resultexplanations.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace ftroi {

class Document;

class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(Document *document, QWidget *parent = nullptr);

    // The label showing an item's value (tests).
    QLabel *valueLabel(ResultItem item) const { return m_values.value(item); }
    QString recommendationText() const;

private:
    void refresh();
    QLabel *addKpi(QGridLayout *grid, int row, int column, const QString &title, ResultItem item, bool big);

    Document *m_document;
    QMap<ResultItem, QLabel *> m_values;
    QLabel *m_warning;
    QLabel *m_verdict;
    QLabel *m_reasons;
};

} // namespace ftroi
