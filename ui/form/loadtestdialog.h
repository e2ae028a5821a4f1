// Self-hosted > Import load test…: picks load-test result files (several at
// once), reads them (core/io/loadtestimport.h) and shows what they give
// before anything changes: the kind, the percentile, every measured point,
// the throughput they put in place of the typed one and a warning when their
// requests are not the workload's shape. Apply sets the scenario's benchmark
// as one undo step; a refused file changes nothing and says why.
#pragma once

#include "core/io/loadtestimport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ftroi {

class Document;

class LoadTestDialog : public QDialog
{
    Q_OBJECT

public:
    LoadTestDialog(const LoadTestImport &import, const Scenario &scenario, QWidget *parent = nullptr);

    QTableWidget *pointsTable() const { return m_points; }
    QString summaryText() const;

private:
    QLabel *m_summary;
    QTableWidget *m_points;
};

// Applies `import` to scenario `index` of `document` as one undo step ("Import load test").
void applyLoadTest(Document *document, int index, const LoadTestImport &import, const QDate &today);
// Removes the benchmark and its SLO of scenario `index` as one undo step; the
// throughput field keeps the measured throughput at the SLO (or the typed one).
void removeLoadTest(Document *document, int index);
// The whole app flow for the current scenario: the file dialog, the summary, Apply.
void importLoadTestInteractively(Document *document, QWidget *parent);

} // namespace ftroi
