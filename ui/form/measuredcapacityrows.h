// The Self-hosted group's measured capacity: under the throughput field,
// "measured: N tok/s at the SLO" while a load test is present (the typed
// figure is then only its fallback); the load test's summary with Import load
// test… and Remove load test; and the SLO row (TTFT and TPOT objectives at
// the benchmark's percentile, enabled with a benchmark).
#pragma once

#include "core/model/scenario.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ftroi {

class Document;
class FieldBinder;
class NumberField;

class MeasuredCapacityRows : public QObject
{
    Q_OBJECT

public:
    MeasuredCapacityRows(Document *document, FieldBinder *binder, QFormLayout *layout, QWidget *parent);

    void refresh(const Scenario &s);
    QLabel *measuredNote() const { return m_measured; }
    QLabel *loadTestSummary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *removeButton() const { return m_remove; }

private:
    Document *m_document;
    QLabel *m_measured;
    QLabel *m_summary;
    QPushButton *m_import;
    QPushButton *m_remove;
    NumberField *m_ttft;
    NumberField *m_tpot;
};

} // namespace ftroi
