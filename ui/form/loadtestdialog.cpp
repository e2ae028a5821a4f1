// The load-test import dialog and its undoable apply/remove (loadtestdialog.h).
#include "ui/form/loadtestdialog.h"

#include "core/engine/costengine.h"
#include "ui/data/capacitydata.h"
#include "ui/document/document.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ftroi {

namespace {

QTableWidgetItem *numberItem(const QLocale &l, double v, int decimals)
{
    auto *item = new QTableWidgetItem(l.toString(v, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

LoadTestDialog::LoadTestDialog(const LoadTestImport &import, const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel), m_points(new QTableWidget(int(import.points.size()), 6))
{
    setWindowTitle(tr("Import load test"));
    const QLocale l;
    Scenario measured = scenario;
    applyBenchmark(measured, benchmarkFromImport(import, QDate::currentDate()));
    const ScenarioResult r = evaluate(measured);
    const CapacityData d = capacityData(measured, r);
    const QString at = percentileName(import.percentile);
    QString text = tr("<b>%1</b> from %2: %3 measured load(s), latencies at %4.")
                       .arg(import.kind, import.files.join(QStringLiteral(", ")).toHtmlEscaped())
                       .arg(import.points.size())
                       .arg(at);
    if (!import.from.isEmpty())
        text += tr(" Run %1.").arg(import.from == import.to ? import.from : import.from + QStringLiteral(" – ") + import.to);
    text += QStringLiteral("<br>");
    text += d.feasible ? tr("Becomes <b>self_hosted.benchmark</b>: %1 tokens/s per instance at the SLO, in place of the "
                            "typed %2 tokens/s.")
                             .arg(l.toString(d.operatingThroughput, 'f', 0),
                                  l.toString(scenario.selfHosted.throughputTokensPerS, 'f', 0))
                       : tr("No measured load meets the scenario's SLO: the self-hosted path would be excluded.");
    if (scenario.selfHosted.speedup.engine != 1 || scenario.selfHosted.speedup.quantization != 1
        || scenario.selfHosted.speedup.speculativeDecoding != 1)
        text += QStringLiteral("<br>") + tr("The speed-up factors go back to 1: the load test measured them.");
    if (const QString warning = shapeWarningText(d); !warning.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#b3261e\">%1</span>").arg(warning.toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("The file cannot tell the latencies' spread between loads or the GPU it ran on; "
                                        "set the TTFT and TPOT objectives in the form.");
    m_summary->setText(text);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_points->setHorizontalHeaderLabels({tr("Concurrency"), tr("Tokens/s"), tr("%1 TTFT (ms)").arg(at),
                                         tr("%1 TPOT (ms)").arg(at), tr("Input tokens"), tr("Output tokens")});
    for (int row = 0; row < import.points.size(); ++row) {
        const BenchmarkPoint &p = import.points.at(row);
        m_points->setItem(row, 0, numberItem(l, p.concurrency, 0));
        m_points->setItem(row, 1, numberItem(l, p.totalTokensPerS, 0));
        m_points->setItem(row, 2, numberItem(l, p.ttftMs, 1));
        m_points->setItem(row, 3, numberItem(l, p.tpotMs, 2));
        m_points->setItem(row, 4, numberItem(l, p.inputTokens, 0));
        m_points->setItem(row, 5, numberItem(l, p.outputTokens, 0));
    }
    m_points->verticalHeader()->hide();
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_points->setMinimumWidth(620);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_points, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}

QString LoadTestDialog::summaryText() const
{
    return m_summary->text();
}

void applyLoadTest(Document *document, int index, const LoadTestImport &import, const QDate &today)
{
    Scenario changed = document->scenario(index);
    applyBenchmark(changed, benchmarkFromImport(import, today));
    document->editScenario(index, changed, QObject::tr("Import load test"));
}

void removeLoadTest(Document *document, int index)
{
    Scenario changed = document->scenario(index);
    if (!changed.selfHosted.benchmark)
        return;
    const ScenarioResult r = document->result(index);
    if (r.throughputAtSlo)
        changed.selfHosted.throughputTokensPerS = *r.throughputAtSlo;
    changed.selfHosted.throughputGiven = true;
    changed.selfHosted.benchmark.reset();
    changed.selfHosted.slo.reset();
    document->editScenario(index, changed, QObject::tr("Remove load test"));
}

void importLoadTestInteractively(Document *document, QWidget *parent)
{
    const int index = document->currentIndex();
    if (index < 0)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/loadTestFolder")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        parent, QObject::tr("Import load test"), folder,
        QObject::tr("Load-test results (*.json *.jsonl);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/loadTestFolder"), QFileInfo(files.first()).absolutePath());
    const Result<LoadTestImport> import = importLoadTests(files);
    if (!import) {
        QMessageBox::warning(parent, QObject::tr("Import load test"),
                             QObject::tr("Nothing was changed: %1").arg(import.error()));
        return;
    }
    LoadTestDialog dialog(*import, document->scenario(index), parent);
    if (dialog.exec() == QDialog::Accepted && index < document->scenarioCount())
        applyLoadTest(document, index, *import, QDate::currentDate());
}

} // namespace ftroi
