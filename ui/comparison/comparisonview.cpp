// ComparisonView: table, toolbar, clipboard copy and CSV export.
#include "ui/comparison/comparisonview.h"

#include "ui/widgets/savepath.h"

#include "core/report/comparisoncsv.h"
#include "ui/comparison/comparisonmodel.h"
#include "ui/document/document.h"
#include "ui/comparison/tableexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ftroi {

ComparisonView::ComparisonView(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ComparisonModel(document, this)),
      m_table(new QTableView(this)), m_copyAction(new QAction(tr("Copy"), this)),
      m_exportAction(new QAction(tr("Export CSV\u2026"), this))
{
    m_copyAction->setToolTip(tr("Copy the table, or the selected cells, for a spreadsheet (%1)")
                                 .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_exportAction->setToolTip(tr("Save every scenario's results as a CSV file for a spreadsheet: one row per scenario, "
                                      "raw numbers, units in the column names"));
    connect(m_copyAction, &QAction::triggered, this, &ComparisonView::copy);
    connect(m_exportAction, &QAction::triggered, this, &ComparisonView::exportCsv);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_copyAction);
    toolBar->addAction(m_exportAction);

    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Columns fit their contents, but only while the table is on screen and at
    // most a few times a second: measuring every cell on each slider step
    // (ResizeToContents) would cost more than the rest of the update.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setHighlightSections(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_fitColumns.setSingleShot(true);
    m_fitColumns.setInterval(150);
    connect(&m_fitColumns, &QTimer::timeout, m_table, &QTableView::resizeColumnsToContents);
    auto scheduleFit = [this] {
        if (isVisible() && !m_fitColumns.isActive())
            m_fitColumns.start();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, scheduleFit);
    connect(m_model, &QAbstractItemModel::dataChanged, this, scheduleFit);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, scheduleFit);
    m_table->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &ComparisonView::scenarioActivated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_table);
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_table->resizeColumnsToContents();
}

QString ComparisonView::selectionAsTsv() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex &index : selected) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
        if (!columns.contains(index.column()))
            columns.append(index.column());
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());
    return tableToTsv(*m_model, rows, columns);
}

QString ComparisonView::csvText() const
{
    if (!m_document)
        return QString();
    std::vector<ScenarioResult> results;
    results.reserve(size_t(m_document->scenarioCount()));
    for (int i = 0; i < m_document->scenarioCount(); ++i)
        results.push_back(m_document->result(i));
    return comparisonCsv(m_document->data(), results);
}

void ComparisonView::copy()
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

void ComparisonView::exportCsv()
{
    QString baseName = m_document ? QFileInfo(m_document->displayName()).completeBaseName() : QString();
    if (baseName.isEmpty())
        baseName = tr("comparison");
    const QString path = askSavePath(this, tr("Export Comparison as CSV"), baseName + QStringLiteral("-comparison.csv"),
                                     tr("CSV files (*.csv);;All files (*)"), QStringLiteral("csv"),
                                     m_document ? m_document->filePath() : QString(), m_lastExportDir);
    if (path.isEmpty())
        return;

    QString error;
    if (!writeTextFile(csvText(), path, &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
}

// Ctrl+C in the table copies the table instead of the current cell only, and
// wins over window-wide Copy shortcuts while the table has focus.
bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (keyEvent->matches(QKeySequence::Copy)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                copy();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ftroi
