// Tools > Monthly Schedule: the current scenario's month-by-month schedule
// (core/engine/schedule.h) in a table with units in the headers, following
// the document's current scenario and its edits; Copy puts it on the
// clipboard (tab-separated, as shown), Save CSV writes `ftroi-cli schedule
// --csv`'s file (the keys as header, raw numbers).
#pragma once

#include "core/engine/schedule.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ftroi {

class Document;

class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScheduleDialog(Document *document, QWidget *parent = nullptr);

    const QTableWidget *table() const { return m_table; }
    // The schedule shown (of the current scenario).
    const MonthlySchedule &schedule() const { return m_schedule; }
    // The tab-separated text Copy puts on the clipboard.
    QString copyText() const;

public Q_SLOTS:
    void copy();
    void saveCsv();

private:
    void refresh();

    Document *m_document;
    QLabel *m_caption;
    QTableWidget *m_table;
    MonthlySchedule m_schedule;
    QString m_lastFolder;
};

} // namespace ftroi
