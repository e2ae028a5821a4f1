// ScenarioForm: grouped, validated inputs bound to the Document.
#include "scenarioform.h"

#include "catalog.h"
#include "costengine.h"
#include "document.h"
#include "format.h"
#include "numberfield.h"
#include "phasesmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
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

namespace {

constexpr NumberRange kNonNegative{0, false, 1e15};
constexpr NumberRange kPositive{0, true, 1e15};
constexpr NumberRange kFraction{0, false, 1};
constexpr NumberRange kPositiveFraction{0, true, 1};

QLabel *noteLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    return label;
}

void setCombo(QComboBox *combo, int index)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(index);
}

void setComboText(QComboBox *combo, const QString &text)
{
    const QSignalBlocker block(combo);
    combo->setCurrentText(text);
}

void setChecked(QAbstractButton *button, bool checked)
{
    const QSignalBlocker block(button);
    button->setChecked(checked);
}

void fillMethods(QComboBox *combo)
{
    combo->addItem(QStringLiteral("LoRA"), int(Method::Lora));
    combo->addItem(QStringLiteral("QLoRA"), int(Method::Qlora));
    combo->addItem(ScenarioForm::tr("Full fine-tuning"), int(Method::Full));
}

} // namespace

ScenarioForm::ScenarioForm(Document *document, QWidget *parent) : QScrollArea(parent), m_document(document)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildWorkload());
    layout->addWidget(buildApi());
    layout->addWidget(buildSelfHosted());
    layout->addWidget(buildQuality());
    layout->addWidget(buildProject());
    layout->addWidget(buildContext());
    layout->addStretch();
    setWidget(content);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(document, &Document::scenarioChanged, this, [this](int index) {
        if (index == m_document->currentIndex())
            refresh();
    });
    connect(document, &Document::currentIndexChanged, this, &ScenarioForm::refresh);
    refresh();
}

NumberField *ScenarioForm::field(const QString &key) const
{
    for (const Binding &b : m_bindings)
        if (b.key == key)
            return b.field;
    return nullptr;
}

NumberField *ScenarioForm::addNumber(QFormLayout *layout, const QString &key, const QString &label, const QString &unit,
                                     NumberRange range, int decimals, double scale, Getter get, Setter set)
{
    auto *field = new NumberField(range, decimals, scale);
    field->setObjectName(key);
    auto *row = new QWidget;
    auto *rowLayout = new QGridLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(field, 0, 0);
    auto *unitLabel = new QLabel(unit);
    unitLabel->setMinimumWidth(70);
    rowLayout->addWidget(unitLabel, 0, 1);
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    rowLayout->addWidget(error, 1, 0, 1, 2);
    layout->addRow(label, row);

    connect(field, &NumberField::inputRefused, error, [error, label](const QString &message) {
        error->setText(message.isEmpty() ? QString() : tr("%1 %2. Press Esc to restore.").arg(label, message));
        error->setVisible(!message.isEmpty());
    });
    connect(field, &NumberField::valueEdited, this, [this, label, set](double value) {
        edit(tr("Change %1").arg(label.toLower()), [&](Scenario &s) { set(s, value); });
    });
    m_bindings.append({key, field, std::move(get), std::move(set)});
    return field;
}

QComboBox *ScenarioForm::addLevelCombo(QFormLayout *layout, const QString &label)
{
    auto *combo = new QComboBox;
    combo->addItem(tr("High"), int(Level::High));
    combo->addItem(tr("Medium"), int(Level::Medium));
    combo->addItem(tr("Low"), int(Level::Low));
    layout->addRow(label, combo);
    return combo;
}

void ScenarioForm::edit(const QString &description, const std::function<void(Scenario &)> &change)
{
    m_document->editCurrentScenario(description, change);
}

QGroupBox *ScenarioForm::buildWorkload()
{
    auto *box = new QGroupBox(tr("Workload"));
    auto *f = new QFormLayout(box);
    addNumber(f, QStringLiteral("workload.requests_per_day"), tr("Requests"), tr("per day"), kNonNegative, 0, 1,
              [](const Scenario &s) { return s.workload.requestsPerDay; },
              [](Scenario &s, double v) { s.workload.requestsPerDay = v; });
    addNumber(f, QStringLiteral("workload.input_tokens_per_request"), tr("Input tokens"), tr("per request"), kNonNegative, 1, 1,
              [](const Scenario &s) { return s.workload.inputTokensPerRequest; },
              [](Scenario &s, double v) { s.workload.inputTokensPerRequest = v; });
    addNumber(f, QStringLiteral("workload.output_tokens_per_request"), tr("Output tokens"), tr("per request"), kNonNegative, 1, 1,
              [](const Scenario &s) { return s.workload.outputTokensPerRequest; },
              [](Scenario &s, double v) { s.workload.outputTokensPerRequest = v; });
    return box;
}

QGroupBox *ScenarioForm::buildApi()
{
    auto *box = new QGroupBox(tr("API"));
    auto *f = new QFormLayout(box);
    m_apiModel = new QComboBox;
    m_apiModel->setEditable(true);
    for (const ApiModelPreset &p : catalog().apiModels)
        m_apiModel->addItem(p.name);
    m_apiModel->setToolTip(tr("Choose a preset to fill both prices (as of 2024), or type your own model name."));
    f->addRow(tr("Model"), m_apiModel);
    connect(m_apiModel, &QComboBox::activated, this, [this](int i) { applyApiPreset(m_apiModel->itemText(i)); });
    connect(m_apiModel->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString name = m_apiModel->currentText().trimmed();
        if (m_document->currentIndex() >= 0 && name != m_document->scenario(m_document->currentIndex()).api.model)
            edit(tr("Rename API model"), [&](Scenario &s) { s.api.model = name; });
    });
    const QString perMillion = currencySymbol(m_document->currency()).trimmed() + tr(" / 1M tokens");
    addNumber(f, QStringLiteral("api.input_price_per_1m"), tr("Input price"), perMillion, kNonNegative, 4, 1,
              [](const Scenario &s) { return s.api.inputPricePer1M; },
              [](Scenario &s, double v) { s.api.inputPricePer1M = v; });
    addNumber(f, QStringLiteral("api.output_price_per_1m"), tr("Output price"), perMillion, kNonNegative, 4, 1,
              [](const Scenario &s) { return s.api.outputPricePer1M; },
              [](Scenario &s, double v) { s.api.outputPricePer1M = v; });
    return box;
}

QGroupBox *ScenarioForm::buildSelfHosted()
{
    auto *box = new QGroupBox(tr("Self-hosted serving"));
    auto *f = new QFormLayout(box);
    addNumber(f, QStringLiteral("self_hosted.model_size_b"), tr("Model size"), tr("B parameters"), kPositive, 2, 1,
              [](const Scenario &s) { return s.selfHosted.modelSizeB; },
              [](Scenario &s, double v) { s.selfHosted.modelSizeB = v; });
    m_method = new QComboBox;
    fillMethods(m_method);
    f->addRow(tr("Method"), m_method);
    connect(m_method, &QComboBox::activated, this, [this](int i) {
        edit(tr("Change method"), [&](Scenario &s) { s.selfHosted.method = Method(m_method->itemData(i).toInt()); });
    });
    m_instance = new QComboBox;
    m_instance->setEditable(true);
    for (const InstancePreset &p : catalog().instances)
        m_instance->addItem(p.name);
    m_instance->setToolTip(tr("Choose a GPU preset to fill $/hour and, where the seed gives one, the throughput for this model size."));
    f->addRow(tr("GPU instance"), m_instance);
    connect(m_instance, &QComboBox::activated, this, [this](int i) { applyInstancePreset(m_instance->itemText(i)); });
    connect(m_instance->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString name = m_instance->currentText().trimmed();
        if (m_document->currentIndex() >= 0 && name != m_document->scenario(m_document->currentIndex()).selfHosted.instance)
            edit(tr("Rename instance"), [&](Scenario &s) { s.selfHosted.instance = name; });
    });
    m_presetNote = noteLabel();
    m_presetNote->hide();
    f->addRow(QString(), m_presetNote);
    const QString perHour = currencySymbol(m_document->currency()).trimmed() + tr(" / hour each");
    addNumber(f, QStringLiteral("self_hosted.instance_cost_per_hour"), tr("Instance price"), perHour, kNonNegative, 4, 1,
              [](const Scenario &s) { return s.selfHosted.instanceCostPerHour; },
              [](Scenario &s, double v) { s.selfHosted.instanceCostPerHour = v; });
    addNumber(f, QStringLiteral("self_hosted.throughput_tokens_per_s"), tr("Throughput"), tr("tokens/s each"), kPositive, 1, 1,
              [](const Scenario &s) { return s.selfHosted.throughputTokensPerS; },
              [](Scenario &s, double v) { s.selfHosted.throughputTokensPerS = v; });
    m_autoFleet = new QCheckBox(tr("Size the fleet from the target utilization"));
    f->addRow(tr("Fleet"), m_autoFleet);
    connect(m_autoFleet, &QCheckBox::toggled, this, [this](bool autoSized) {
        edit(autoSized ? tr("Size fleet automatically") : tr("Use a fixed fleet"), [&](Scenario &s) {
            if (autoSized)
                s.selfHosted.fixedInstances.reset();
            else
                s.selfHosted.fixedInstances = m_document->result(m_document->currentIndex()).instances;
        });
    });
    addNumber(f, QStringLiteral("self_hosted.instances"), tr("Instances"), tr("fixed"), NumberRange{1, false, 1e6}, 0, 1,
              [](const Scenario &s) { return s.selfHosted.fixedInstances.value_or(0); },
              [](Scenario &s, double v) { s.selfHosted.fixedInstances = std::round(v); });
    addNumber(f, QStringLiteral("self_hosted.storage_price_per_gb_month"), tr("Storage price"),
              currencySymbol(m_document->currency()).trimmed() + tr(" / GB-month"), kNonNegative, 4, 1,
              [](const Scenario &s) { return s.selfHosted.storagePricePerGbMonth; },
              [](Scenario &s, double v) { s.selfHosted.storagePricePerGbMonth = v; });
    return box;
}

QGroupBox *ScenarioForm::buildQuality()
{
    auto *box = new QGroupBox(tr("Quality (human review)"));
    auto *f = new QFormLayout(box);
    addNumber(f, QStringLiteral("api.review_rate"), tr("API review rate"), tr("% of requests"), kFraction, 3, 100,
              [](const Scenario &s) { return s.api.reviewRate; },
              [](Scenario &s, double v) { s.api.reviewRate = v; });
    addNumber(f, QStringLiteral("self_hosted.review_rate"), tr("Self-hosted review rate"), tr("% of requests"), kFraction, 3, 100,
              [](const Scenario &s) { return s.selfHosted.reviewRate; },
              [](Scenario &s, double v) { s.selfHosted.reviewRate = v; });
    addNumber(f, QStringLiteral("review_cost"), tr("Cost per review"), currencySymbol(m_document->currency()).trimmed(),
              kNonNegative, 2, 1, [](const Scenario &s) { return s.reviewCost; },
              [](Scenario &s, double v) { s.reviewCost = v; });
    return box;
}

QGroupBox *ScenarioForm::buildProject()
{
    auto *box = new QGroupBox(tr("Project (one-time)"));
    auto *v = new QVBoxLayout(box);
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
    const QString money = currencySymbol(m_document->currency()).trimmed();
    addNumber(f, QStringLiteral("project.hourly_rate"), tr("Hourly rate"), money + tr(" / hour"), kNonNegative, 2, 1,
              [](const Scenario &s) { return s.project.hourlyRate; },
              [](Scenario &s, double v) { s.project.hourlyRate = v; });
    addNumber(f, QStringLiteral("project.training_runs"), tr("Training runs"), tr("runs"), kNonNegative, 0, 1,
              [](const Scenario &s) { return s.project.trainingRuns; },
              [](Scenario &s, double v) { s.project.trainingRuns = v; });
    m_givenRunCost = new QRadioButton(tr("Cost per run is known"));
    m_estimatedRunCost = new QRadioButton(tr("Estimate it from a training run"));
    f->addRow(tr("Run cost"), m_givenRunCost);
    f->addRow(QString(), m_estimatedRunCost);
    connect(m_estimatedRunCost, &QRadioButton::toggled, this, [this](bool estimate) {
        edit(estimate ? tr("Estimate run cost") : tr("Enter run cost"), [&](Scenario &s) {
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
    addNumber(f, QStringLiteral("project.compute_cost_per_run"), tr("Cost per run"), money, kNonNegative, 2, 1,
              [](const Scenario &s) { return s.project.computeCostPerRun.value_or(0); },
              [](Scenario &s, double v) { s.project.computeCostPerRun = v; });
    v->addWidget(buildTraining());
    auto *lifetime = new QFormLayout;
    v->addLayout(lifetime);
    addNumber(lifetime, QStringLiteral("project.lifetime_months"), tr("Model lifetime"), tr("months (amortization)"),
              kPositive, 1, 1, [](const Scenario &s) { return s.project.lifetimeMonths; },
              [](Scenario &s, double v) { s.project.lifetimeMonths = v; });
    m_projectSummary = noteLabel();
    v->addWidget(m_projectSummary);
    return box;
}

QWidget *ScenarioForm::buildTraining()
{
    m_training = new QGroupBox(tr("Training run"));
    auto *f = new QFormLayout(m_training);
    auto training = [](Scenario &s) -> TrainingSpec & {
        if (!s.project.training)
            s.project.training = TrainingSpec{};
        return *s.project.training;
    };
    auto spec = [](const Scenario &s) { return s.project.training.value_or(TrainingSpec{}); };
    addNumber(f, QStringLiteral("project.training.model_size_b"), tr("Model size"), tr("B parameters"), kPositive, 2, 1,
              [spec](const Scenario &s) { return spec(s).modelSizeB; },
              [training](Scenario &s, double v) { training(s).modelSizeB = v; });
    m_trainingMethod = new QComboBox;
    fillMethods(m_trainingMethod);
    f->addRow(tr("Method"), m_trainingMethod);
    connect(m_trainingMethod, &QComboBox::activated, this, [this, training](int i) {
        edit(tr("Change training method"), [&](Scenario &s) { training(s).method = Method(m_trainingMethod->itemData(i).toInt()); });
    });
    addNumber(f, QStringLiteral("project.training.examples"), tr("Examples"), tr("examples"), kNonNegative, 0, 1,
              [spec](const Scenario &s) { return spec(s).examples; },
              [training](Scenario &s, double v) { training(s).examples = v; });
    addNumber(f, QStringLiteral("project.training.avg_seq_len"), tr("Sequence length"), tr("tokens (average)"), kNonNegative, 0, 1,
              [spec](const Scenario &s) { return spec(s).avgSeqLen; },
              [training](Scenario &s, double v) { training(s).avgSeqLen = v; });
    addNumber(f, QStringLiteral("project.training.epochs"), tr("Epochs"), tr("epochs"), kNonNegative, 2, 1,
              [spec](const Scenario &s) { return spec(s).epochs; },
              [training](Scenario &s, double v) { training(s).epochs = v; });
    m_trainingGpu = new QComboBox;
    m_trainingGpu->setEditable(true);
    m_trainingGpu->addItems({QStringLiteral("a10g"), QStringLiteral("a100_40g"), QStringLiteral("a100_80g"), QStringLiteral("h100")});
    f->addRow(tr("GPU"), m_trainingGpu);
    auto applyGpu = [this, training] {
        const QString gpu = m_trainingGpu->currentText().trimmed();
        if (gpu.isEmpty() || m_document->currentIndex() < 0)
            return;
        const Scenario &current = m_document->scenario(m_document->currentIndex());
        if (current.project.training && gpuCode(*current.project.training) == gpu)
            return;
        edit(tr("Change training GPU"), [&](Scenario &s) { setGpuFromCode(training(s), gpu); });
    };
    connect(m_trainingGpu, &QComboBox::activated, this, applyGpu);
    connect(m_trainingGpu->lineEdit(), &QLineEdit::editingFinished, this, applyGpu);
    m_trainingSpot = new QCheckBox(tr("Spot instances (65% off on-demand)"));
    f->addRow(QString(), m_trainingSpot);
    connect(m_trainingSpot, &QCheckBox::toggled, this, [this, training](bool spot) {
        edit(tr("Change spot pricing"), [&](Scenario &s) { training(s).spot = spot; });
    });
    m_trainingSummary = noteLabel();
    f->addRow(QString(), m_trainingSummary);
    return m_training;
}

QGroupBox *ScenarioForm::buildContext()
{
    m_context = new QGroupBox(tr("Context (decision factors)"));
    m_context->setCheckable(true);
    m_context->setToolTip(tr("Without decision factors there is no recommendation."));
    auto *f = new QFormLayout(m_context);
    m_consistency = addLevelCombo(f, tr("Task consistency"));
    addNumber(f, QStringLiteral("context.latency_requirement_ms"), tr("Latency requirement"), tr("ms"), kNonNegative, 0, 1,
              [](const Scenario &s) { return s.context.value_or(DecisionContext{}).latencyRequirementMs; },
              [](Scenario &s, double v) {
                  if (!s.context)
                      s.context = DecisionContext{};
                  s.context->latencyRequirementMs = v;
              });
    m_qualityRequirement = addLevelCombo(f, tr("Quality requirement"));
    m_expertise = new QCheckBox(tr("The team has ML expertise"));
    m_iteration = new QCheckBox(tr("Fast iteration is a priority"));
    f->addRow(QString(), m_expertise);
    f->addRow(QString(), m_iteration);

    auto changeContext = [this](const QString &what, const std::function<void(DecisionContext &)> &change) {
        edit(what, [&](Scenario &s) {
            if (!s.context)
                s.context = DecisionContext{};
            change(*s.context);
        });
    };
    connect(m_context, &QGroupBox::toggled, this, [this](bool on) {
        edit(on ? tr("Add decision factors") : tr("Remove decision factors"), [&](Scenario &s) {
            if (on)
                s.context = DecisionContext{};
            else
                s.context.reset();
        });
    });
    connect(m_consistency, &QComboBox::activated, this, [this, changeContext](int i) {
        changeContext(tr("Change task consistency"), [&](DecisionContext &c) { c.taskConsistency = Level(m_consistency->itemData(i).toInt()); });
    });
    connect(m_qualityRequirement, &QComboBox::activated, this, [this, changeContext](int i) {
        changeContext(tr("Change quality requirement"),
                      [&](DecisionContext &c) { c.qualityRequirement = Level(m_qualityRequirement->itemData(i).toInt()); });
    });
    connect(m_expertise, &QCheckBox::toggled, this, [changeContext](bool on) {
        changeContext(tr("Change ML expertise"), [&](DecisionContext &c) { c.teamMlExpertise = on; });
    });
    connect(m_iteration, &QCheckBox::toggled, this, [changeContext](bool on) {
        changeContext(tr("Change iteration priority"), [&](DecisionContext &c) { c.iterationSpeedPriority = on; });
    });
    return m_context;
}

void ScenarioForm::applyApiPreset(const QString &name)
{
    const ApiModelPreset *preset = catalog().apiModel(name);
    if (!preset)
        return;
    edit(tr("Use %1 prices").arg(name), [&](Scenario &s) {
        s.api.model = preset->name;
        s.api.inputPricePer1M = preset->inputPricePer1M;
        s.api.outputPricePer1M = preset->outputPricePer1M;
    });
}

void ScenarioForm::applyInstancePreset(const QString &name)
{
    const InstancePreset *preset = catalog().instance(name);
    if (!preset || m_document->currentIndex() < 0)
        return;
    const double size = m_document->scenario(m_document->currentIndex()).selfHosted.modelSizeB;
    const std::optional<double> throughput = preset->throughputFor(size);
    edit(tr("Use %1").arg(name), [&](Scenario &s) {
        s.selfHosted.instance = preset->name;
        s.selfHosted.instanceCostPerHour = preset->costPerHour;
        if (throughput)
            s.selfHosted.throughputTokensPerS = *throughput;
    });
    m_presetNote->setText(throughput ? preset->note
                                     : tr("%1. No serving throughput for a %2B model: enter your measured tokens/s.")
                                           .arg(preset->note, formatNumber(QLocale(), size, 2)));
    m_presetNote->show();
}

void ScenarioForm::refresh()
{
    const int index = m_document->currentIndex();
    setEnabled(index >= 0);
    if (index < 0)
        return;
    const Scenario &s = m_document->scenario(index);
    const ScenarioResult &r = m_document->result(index);
    for (const Binding &b : m_bindings)
        b.field->setValue(b.get(s));

    setComboText(m_apiModel, s.api.model);
    setComboText(m_instance, s.selfHosted.instance);
    setCombo(m_method, m_method->findData(int(s.selfHosted.method)));
    setChecked(m_autoFleet, !s.selfHosted.fixedInstances);
    field(QStringLiteral("self_hosted.instances"))->setEnabled(bool(s.selfHosted.fixedInstances));
    if (!s.selfHosted.fixedInstances)
        field(QStringLiteral("self_hosted.instances"))->setText(QString());

    const bool estimated = !s.project.computeCostPerRun && s.project.training;
    {
        // Both at once: auto-exclusive radio buttons signal each other.
        const QSignalBlocker blockGiven(m_givenRunCost);
        const QSignalBlocker blockEstimated(m_estimatedRunCost);
        m_givenRunCost->setChecked(!estimated);
        m_estimatedRunCost->setChecked(estimated);
    }
    field(QStringLiteral("project.compute_cost_per_run"))->setEnabled(!estimated);
    m_training->setVisible(estimated);
    const QLocale locale;
    if (estimated) {
        const TrainingSpec &t = *s.project.training;
        setCombo(m_trainingMethod, m_trainingMethod->findData(int(t.method)));
        setComboText(m_trainingGpu, gpuCode(t));
        setChecked(m_trainingSpot, t.spot);
        if (r.training) {
            const TrainingEstimate &e = *r.training;
            m_trainingSummary->setText(tr("%1 h on %2 GPU(s) at %3 tokens/s, %4/hour: %5 per run%6")
                                           .arg(formatNumber(locale, e.trainingHours, 1), formatNumber(locale, e.numGpus, 0),
                                                formatNumber(locale, e.tokensPerSecond, 0),
                                                formatMoney(locale, e.costPerHour, m_document->currency()),
                                                formatMoney(locale, e.totalCostUsd, m_document->currency()),
                                                e.fromBenchmark ? QString() : tr(" (no benchmark for this setup: fallback rule)")));
        }
    }
    m_projectSummary->setText(tr("%1 h of engineering = %2; %3 runs x %4 = %5 compute; total %6, %7/month over %8 months.")
                                  .arg(formatNumber(locale, r.engineeringHours, 1),
                                       formatMoney(locale, r.engineeringCost, m_document->currency(), 0),
                                       formatNumber(locale, s.project.trainingRuns, 0),
                                       formatMoney(locale, r.costPerRun, m_document->currency()),
                                       formatMoney(locale, r.computeCost, m_document->currency(), 0),
                                       formatMoney(locale, r.totalProjectCost, m_document->currency(), 0),
                                       formatMoney(locale, r.monthlyAmortizedProjectCost, m_document->currency(), 0),
                                       formatNumber(locale, s.project.lifetimeMonths, 1)));

    {
        const QSignalBlocker block(m_context);
        m_context->setChecked(bool(s.context));
    }
    const DecisionContext c = s.context.value_or(DecisionContext{});
    setCombo(m_consistency, m_consistency->findData(int(c.taskConsistency)));
    setCombo(m_qualityRequirement, m_qualityRequirement->findData(int(c.qualityRequirement)));
    setChecked(m_expertise, c.teamMlExpertise);
    setChecked(m_iteration, c.iterationSpeedPriority);
}

} // namespace ftroi
