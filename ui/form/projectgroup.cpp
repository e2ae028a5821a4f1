// The Project group of the input form: engineering hours by phase, hourly
// rate, training runs and their cost (given, or estimated from a described
// training run), model lifetime, the discount rate for NPV, and a summary of
// the one-time cost.
#include "ui/form/projectgroup.h"

#include "core/engine/costengine.h"
#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "core/text/format.h"
#include "ui/form/formhelpers.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/phasesmodel.h"
#include "core/report/trainingreport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace ftroi {

using namespace form;

ProjectGroup::ProjectGroup(Document *document, FieldBinder *binder, QWidget *parent)
    : QGroupBox(tr("Project (one-time)"), parent), m_document(document), m_binder(binder)
{
    auto *v = new QVBoxLayout(this);
    m_phases = new PhasesModel(m_document, this);
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("phasesTable"));
    table->setModel(m_phases);
    table->horizontalHeader()->setSectionResizeMode(PhasesModel::PhaseColumn, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setMinimumHeight(230);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->addWidget(new QLabel(tr("Engineering hours by phase")));
    v->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add phase"));
    auto *remove = new QPushButton(tr("Remove phase"));
    auto *standard = new QPushButton(tr("Standard phases"));
    standard->setToolTip(tr("Replace the phases with the eight standard project phases (mid-range hours)."));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(standard);
    buttons->addStretch();
    v->addLayout(buttons);
    m_hoursTotal = new QLabel;
    m_hoursTotal->setObjectName(QStringLiteral("engineeringHoursTotal"));
    v->addWidget(m_hoursTotal);
    m_phasesMessage = new QLabel;
    m_phasesMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_phasesMessage->hide();
    v->addWidget(m_phasesMessage);
    connect(add, &QPushButton::clicked, m_phases, &PhasesModel::addPhase);
    connect(remove, &QPushButton::clicked, this, [this, table] { m_phases->removePhase(table->currentIndex().row()); });
    connect(standard, &QPushButton::clicked, m_phases, &PhasesModel::resetToSeedPhases);
    connect(m_phases, &PhasesModel::editRefused, this, [this](const QString &message) {
        m_phasesMessage->setText(message);
        m_phasesMessage->show();
    });
    connect(m_phases, &QAbstractItemModel::dataChanged, m_phasesMessage, &QWidget::hide);

    auto *f = new QFormLayout;
    v->addLayout(f);
    m_binder->addInput(f, "project.hourly_rate");
    m_binder->addInput(f, "project.training_runs");
    m_givenRunCost = new QRadioButton(tr("Cost per run is known"));
    m_estimatedRunCost = new QRadioButton(tr("Estimate it from a training run"));
    f->addRow(tr("Run cost"), m_givenRunCost);
    f->addRow(QString(), m_estimatedRunCost);
    connect(m_estimatedRunCost, &QRadioButton::toggled, this, [this](bool estimate) {
        editCurrent(estimate ? tr("Estimate run cost") : tr("Enter run cost"), [&](Scenario &s) {
            if (estimate) {
                if (!s.project.training) {
                    TrainingSpec t;
                    t.modelSizeB = s.selfHosted.modelSizeB;
                    t.method = s.selfHosted.method;
                    t.examples = 50000;
                    t.avgSeqLen = 512;
                    t.epochs = 3;
                    s.project.training = t;
                }
                s.project.computeCostPerRun.reset();
            } else {
                s.project.computeCostPerRun = m_document->result(m_document->currentIndex()).costPerRun;
            }
        });
    });
    m_binder->addInput(f, "project.compute_cost_per_run",
                       [](const Scenario &s) { return costPerRun(s.project); }); // the estimate's when estimated
    v->addWidget(buildTraining());
    auto *lifetime = new QFormLayout;
    v->addLayout(lifetime);
    m_binder->addInput(lifetime, "project.lifetime_months");
    m_binder->addInput(lifetime, "project.discount_rate_annual");
    m_projectSummary = noteLabel();
    v->addWidget(m_projectSummary);
}


QWidget *ProjectGroup::buildTraining()
{
    m_training = new QGroupBox(tr("Training run"));
    auto *f = new QFormLayout(m_training);
    auto training = [](Scenario &s) -> TrainingSpec & {
        if (!s.project.training)
            s.project.training = TrainingSpec{};
        return *s.project.training;
    };
    m_binder->addInput(f, "project.training.model_size_b");
    m_trainingMethod = new QComboBox;
    fillMethods(m_trainingMethod);
    f->addRow(tr("Method"), m_trainingMethod);
    connect(m_trainingMethod, &QComboBox::activated, this, [this, training](int i) {
        editCurrent(tr("Change training method"), [&](Scenario &s) { training(s).method = Method(m_trainingMethod->itemData(i).toInt()); });
    });
    m_binder->addInput(f, "project.training.examples");
    m_binder->addInput(f, "project.training.avg_seq_len");
    m_binder->addInput(f, "project.training.epochs");
    m_trainingGpu = new QComboBox;
    m_trainingGpu->setObjectName(QStringLiteral("project.training.gpu"));
    m_trainingGpu->setEditable(true);
    m_trainingGpu->addItems(knownGpuNames());
    m_trainingGpu->setToolTip(tr("The GPU the runs are priced on: choose one, or type another name."));
    f->addRow(tr("GPU"), m_trainingGpu);
    auto applyGpu = [this, training] {
        const QString gpu = gpuCodeFromName(m_trainingGpu->currentText());
        if (gpu.isEmpty() || m_document->currentIndex() < 0)
            return;
        const Scenario &current = m_document->scenario(m_document->currentIndex());
        if (current.project.training && gpuCode(*current.project.training) == gpu)
            return;
        editCurrent(tr("Change training GPU"), [&](Scenario &s) { setGpuFromCode(training(s), gpu); });
    };
    connect(m_trainingGpu, &QComboBox::activated, this, applyGpu);
    connect(m_trainingGpu->lineEdit(), &QLineEdit::editingFinished, this, applyGpu);
    m_trainingSpot = new QCheckBox(tr("Spot instances (65% off on-demand)"));
    f->addRow(QString(), m_trainingSpot);
    connect(m_trainingSpot, &QCheckBox::toggled, this, [this, training](bool spot) {
        editCurrent(tr("Change spot pricing"), [&](Scenario &s) { training(s).spot = spot; });
    });
    m_trainingEstimate = new QComboBox;
    m_trainingEstimate->setObjectName(QStringLiteral("project.training.estimate"));
    m_trainingEstimate->addItem(tr("the seed's benchmark table"), int(TrainingEstimateKind::Seed));
    m_trainingEstimate->addItem(tr("FLOPs (6\u00b7N\u00b7tokens at MFU)"), int(TrainingEstimateKind::Flops));
    m_trainingEstimate->setToolTip(tr("Which estimate prices each run. FLOPs: 6 FLOPs per parameter and token for full "
                                      "fine-tuning (4 for LoRA and QLoRA) at the GPU's peak bf16 throughput times the MFU, "
                                      "plus 15% overhead, at the catalog's price per GPU-hour."));
    m_trainingEstimate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_trainingEstimate->setMinimumContentsLength(12);
    f->addRow(tr("Price runs by"), m_trainingEstimate);
    connect(m_trainingEstimate, &QComboBox::activated, this, [this, training](int i) {
        const auto kind = TrainingEstimateKind(m_trainingEstimate->itemData(i).toInt());
        editCurrent(tr("Change training estimate"), [&](Scenario &s) { training(s).estimate = kind; });
    });
    NumberField *mfu = m_binder->addInput(f, "project.training.mfu");
    mfu->setHelpText(tr("Model FLOPs utilization: the share of the GPU's peak the training reaches. Default 0.4: "
                        "well-tuned large runs reach 40-50% (PaLM 46.2%, Chowdhery et al. 2022, table 3); small "
                        "fine-tuning jobs often reach less."));
    m_trainingSummary = noteLabel();
    f->addRow(QString(), m_trainingSummary);
    m_trainingCheck = new QLabel;
    m_trainingCheck->setObjectName(QStringLiteral("trainingCheck"));
    m_trainingCheck->setWordWrap(true);
    m_trainingCheck->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_trainingCheck->hide();
    f->addRow(QString(), m_trainingCheck);
    return m_training;
}

void ProjectGroup::editCurrent(const QString &description, const std::function<void(Scenario &)> &change)
{
    m_document->editCurrentScenario(description, change);
}

void ProjectGroup::refresh(const Scenario &s, const ScenarioResult &r)
{
    const bool estimated = !s.project.computeCostPerRun && s.project.training;
    {
        // Both at once: auto-exclusive radio buttons signal each other.
        const QSignalBlocker blockGiven(m_givenRunCost);
        const QSignalBlocker blockEstimated(m_estimatedRunCost);
        m_givenRunCost->setChecked(!estimated);
        m_estimatedRunCost->setChecked(estimated);
    }
    NumberField *runCost = m_binder->field(QStringLiteral("project.compute_cost_per_run"));
    runCost->setReadOnly(estimated); // the estimate's figure, readable, not greyed out
    runCost->setHelpText(estimated ? tr("Computed from the training run below; choose \"Cost per run is known\" to type one.")
                                   : tr("The compute cost of one training run."));
    m_training->setVisible(estimated);
    const QLocale locale;
    if (estimated) {
        const TrainingSpec &t = *s.project.training;
        selectMethod(m_trainingMethod, t.method);
        setComboText(m_trainingGpu, gpuDisplayName(gpuCode(t)));
        form::setChecked(m_trainingSpot, t.spot);
        setComboIndex(m_trainingEstimate, m_trainingEstimate->findData(int(t.estimate)));
        // The cost per run the estimate gives, read-only.
        runCost->setValue(r.costPerRun);
        const TrainingCheck *check = r.trainingCheck ? &*r.trainingCheck : nullptr;
        if (check && check->used == TrainingEstimateKind::Flops && check->flops) {
            const FlopsEstimate &e = *check->flops;
            m_trainingSummary->setText(tr("FLOPs: %1 h on %2 GPU(s) at MFU %3, %4 per GPU-hour: %5 per run")
                                           .arg(formatNumber(locale, e.trainingHours, 1), formatNumber(locale, e.numGpus, 0),
                                                formatNumber(locale, e.mfu, 2),
                                                formatMoney(locale, e.costPerGpuHour, m_document->currency()),
                                                formatMoney(locale, e.costUsd, m_document->currency())));
        } else if (r.training) {
            const TrainingEstimate &e = *r.training;
            m_trainingSummary->setText(tr("Seed's table: %1 h on %2 GPU(s) at %3 tokens/s, %4/hour: %5 per run%6%7")
                                           .arg(formatNumber(locale, e.trainingHours, 1), formatNumber(locale, e.numGpus, 0),
                                                formatNumber(locale, e.tokensPerSecond, 0),
                                                formatMoney(locale, e.costPerHour, m_document->currency()),
                                                formatMoney(locale, e.totalCostUsd, m_document->currency()),
                                                e.fromBenchmark ? QString() : tr(" (no benchmark for this setup: fallback rule)"),
                                                t.estimate == TrainingEstimateKind::Flops && check && !check->flops
                                                    ? tr(". No FLOPs figures for this GPU in the catalog, so the seed's table prices the runs.")
                                                    : QString()));
        }
        const QString disagreement = check ? trainingDisagreementText(*check, locale, m_document->currency()) : QString();
        m_trainingCheck->setText(disagreement);
        m_trainingCheck->setVisible(!disagreement.isEmpty());
    }
    m_hoursTotal->setText(tr("<b>Total: %1 h</b> \u00d7 %2 = %3")
                              .arg(formatNumber(locale, r.engineeringHours, 1),
                                   formatMoney(locale, s.project.hourlyRate, m_document->currency()),
                                   formatMoney(locale, r.engineeringCost, m_document->currency(), 0)));
    m_projectSummary->setText(tr("%1 h of engineering = %2; %3 runs x %4 = %5 compute; total %6, %7/month over %8 months.")
                                  .arg(formatNumber(locale, r.engineeringHours, 1),
                                       formatMoney(locale, r.engineeringCost, m_document->currency(), 0),
                                       formatNumber(locale, s.project.trainingRuns, 0),
                                       formatMoney(locale, r.costPerRun, m_document->currency()),
                                       formatMoney(locale, r.computeCost, m_document->currency(), 0),
                                       formatMoney(locale, r.totalProjectCost, m_document->currency(), 0),
                                       formatMoney(locale, r.monthlyAmortizedProjectCost, m_document->currency(), 0),
                                       formatNumber(locale, s.project.lifetimeMonths, 1)));
}

} // namespace ftroi
