// The measured-capacity rows of the Self-hosted group (measuredcapacityrows.h).
#include "ui/form/measuredcapacityrows.h"

#include "ui/data/capacitydata.h"
#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "ui/form/formhelpers.h"
#include "ui/form/loadtestdialog.h"
#include "ui/widgets/numberfield.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ftroi {

MeasuredCapacityRows::MeasuredCapacityRows(Document *document, FieldBinder *binder, QFormLayout *layout, QWidget *parent)
    : QObject(parent), m_document(document), m_measured(form::noteLabel()), m_summary(form::noteLabel()),
      m_import(new QPushButton(tr("Import load test…"))), m_remove(new QPushButton(tr("Remove load test")))
{
    m_measured->setObjectName(QStringLiteral("measuredThroughputNote"));
    layout->addRow(QString(), m_measured);
    m_import->setObjectName(QStringLiteral("importLoadTest"));
    m_import->setToolTip(tr("Read vLLM (--save-result), GenAI-Perf or AIPerf results: each run one measured load"));
    m_remove->setObjectName(QStringLiteral("removeLoadTest"));
    auto *buttons = new QWidget;
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_import);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addRow(tr("Load test"), buttons);
    m_summary->setObjectName(QStringLiteral("loadTestSummary"));
    layout->addRow(QString(), m_summary);
    m_ttft = binder->addInput(layout, "self_hosted.slo.ttft_ms");
    m_tpot = binder->addInput(layout, "self_hosted.slo.tpot_ms");
    connect(m_import, &QPushButton::clicked, this, [this, parent] { importLoadTestInteractively(m_document, parent); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_document->currentIndex() >= 0)
            removeLoadTest(m_document, m_document->currentIndex());
    });
}

void MeasuredCapacityRows::refresh(const Scenario &s)
{
    const QLocale l;
    const bool measured = bool(s.selfHosted.benchmark);
    m_remove->setVisible(measured);
    m_ttft->setEnabled(measured);
    m_tpot->setEnabled(measured);
    if (!measured) {
        m_measured->hide();
        m_summary->setText(tr("none: the typed throughput sizes the fleet"));
        return;
    }
    const int index = m_document->currentIndex();
    const ScenarioResult &r = m_document->result(index);
    const Benchmark &b = *s.selfHosted.benchmark;
    const QString at = percentileName(b.percentileOrDefault());
    m_measured->setText(r.throughputAtSlo
                            ? tr("measured: %1 tok/s at the SLO").arg(l.toString(*r.throughputAtSlo, 'f', 0))
                            : tr("measured: no load meets the SLO (the typed throughput is only reported)"));
    m_measured->show();
    QString summary = tr("%n point(s), latencies at %1", nullptr, int(b.points.size())).arg(at);
    if (b.source) {
        if (!b.source->kind.isEmpty())
            summary = b.source->kind + QStringLiteral(", ") + summary;
        if (!b.source->importedAt.isEmpty())
            summary += tr(", imported %1").arg(b.source->importedAt);
    }
    if (r.benchmarkShapeMismatch)
        summary += tr("; its requests differ from the workload's by more than 25 %");
    m_summary->setText(summary);
    m_ttft->setToolTip(tr("Time to first token at %1, ms; empty: no objective").arg(at));
    m_tpot->setToolTip(tr("Time per output token at %1, ms; empty: no objective").arg(at));
}

} // namespace ftroi
