// The comparison panel: the scenario comparison table with a small toolbar to
// copy it (tab-separated, as shown) and export it as CSV (raw numbers, one
// row per scenario). Clicking a
// scenario's column header asks for that scenario to become the current one.
#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class QAction;
class QTableView;

namespace ftroi {

class ComparisonModel;
class Document;

class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(Document *document, QWidget *parent = nullptr);
    ~ComparisonView() override;

    ComparisonModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *exportCsvAction() const { return m_exportAction; }

    // The selected cells' rows and columns with their headers, or the whole
    // table when nothing is selected, as tab-separated text.
    QString selectionAsTsv() const;
    // The CSV that Export writes: one row per scenario, raw numbers, units in
    // the header (comparisonCsv(), the same as `ftroi-cli compare --csv`).
    QString csvText() const;

public Q_SLOTS:
    // Puts selectionAsTsv() on the clipboard.
    void copy();
    // Asks for a file name and writes csvText() there.
    void exportCsv();

Q_SIGNALS:
    // The user clicked the header of scenario `index`.
    void scenarioActivated(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    Document *m_document;
    ComparisonModel *m_model;
    QTableView *m_table;
    QAction *m_copyAction;
    QAction *m_exportAction;
    QString m_lastExportDir;
    QTimer m_fitColumns;
};

} // namespace ftroi
