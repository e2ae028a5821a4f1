// The monthly schedule dialog: a table of the current scenario's months.
#include "ui/window/scheduledialog.h"

#include "core/report/schedulereport.h"
#include "ui/comparison/tableexport.h"
#include "ui/document/document.h"
#include "ui/widgets/savepath.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ftroi {

ScheduleDialog::ScheduleDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_caption(new QLabel(this)), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Monthly Schedule"));
    m_caption->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    m_table->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("&Save CSV…"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("scheduleCopy"));
    saveButton->setObjectName(QStringLiteral("scheduleSaveCsv"));
    connect(copyButton, &QPushButton::clicked, this, &ScheduleDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &ScheduleDialog::saveCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 560);
    connect(m_document, &Document::currentScenarioChanged, this, &ScheduleDialog::refresh);
    refresh();
}

void ScheduleDialog::refresh()
{
    const int i = m_document->currentIndex();
    m_table->clear();
    m_schedule = MonthlySchedule();
    if (i < 0) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_caption->setText(tr("No scenario."));
        return;
    }
    const Scenario &s = m_document->scenario(i);
    m_schedule = monthlySchedule(s, m_document->result(i));
    const QString currency = m_document->currency();
    const QString fault = scheduleFault(s, m_schedule);
    m_caption->setText(tr("%1: month by month over the lifetime. Costs are each path's whole monthly cost "
                          "(the project cost is paid at month 0, so it is not in them); the cumulative column "
                          "starts at minus the project cost and ends at the NPV.%2")
                           .arg(s.name, fault.isEmpty() ? QString() : QStringLiteral(" ") + fault + QLatin1Char('.')));
    const std::vector<ScheduleColumn> columns = scheduleColumns(m_schedule);
    m_table->setColumnCount(int(columns.size()));
    m_table->setRowCount(int(m_schedule.months.size()));
    QStringList headers;
    for (const ScheduleColumn &c : columns)
        headers << scheduleHeader(c, currency).replace(QStringLiteral(" ("), QStringLiteral("\n("));
    m_table->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (int r = 0; r < int(m_schedule.months.size()); ++r)
        for (int c = 0; c < int(columns.size()); ++c) {
            auto *item = new QTableWidgetItem(scheduleCell(columns[size_t(c)], m_schedule.months[size_t(r)], currency, locale));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    m_table->resizeColumnsToContents();
}

QString ScheduleDialog::copyText() const
{
    const int i = m_document->currentIndex();
    return i < 0 ? QString() : scheduleTsv(m_schedule, m_document->currency(), QLocale());
}

void ScheduleDialog::copy()
{
    QApplication::clipboard()->setText(copyText());
}

void ScheduleDialog::saveCsv()
{
    const int i = m_document->currentIndex();
    if (i < 0)
        return;
    const QString base = QFileInfo(m_document->displayName()).completeBaseName();
    const QString path = askSavePath(this, tr("Save Schedule as CSV"),
                                     (base.isEmpty() ? tr("scenario") : base) + QStringLiteral("-schedule-%1.csv").arg(i + 1),
                                     tr("CSV files (*.csv);;All files (*)"), QStringLiteral("csv"),
                                     m_document->filePath(), m_lastFolder);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeTextFile(scheduleCsv(m_schedule), path, &error))
        QMessageBox::warning(this, tr("Save Failed"), error);
}

} // namespace ftroi
