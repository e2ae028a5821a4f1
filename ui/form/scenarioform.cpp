// ScenarioForm: grouped, validated inputs bound to the Document.
#include "ui/form/scenarioform.h"
#include "ui/widgets/wheelguard.h"

#include "core/catalog/catalog.h"
#include "core/catalog/pricenotes.h"
#include "core/imports/usagereport.h"
#include "core/engine/costengine.h"
#include "ui/document/document.h"
#include "core/text/format.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/fieldbinder.h"
#include "ui/form/fleetpricingrows.h"
#include "ui/form/routingrow.h"
#include "ui/form/rangecontrols.h"
#include "ui/form/formhelpers.h"
#include "ui/form/managedgroup.h"
#include "ui/form/measuredcapacityrows.h"
#include "ui/form/projectgroup.h"
#include "ui/form/servingleverrows.h"
#include "ui/form/trafficshaperows.h"
#include "ui/form/volumerow.h"

#include <QCheckBox>
#include <QDate>

#include <algorithm>
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

using namespace form;

ScenarioForm::ScenarioForm(Document *document, QWidget *parent)
    : QScrollArea(parent), m_document(document), m_binder(new FieldBinder(document, this))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildWorkload());
    layout->addWidget(buildApi());
    layout->addWidget(buildSelfHosted());
    m_managed = new ManagedGroup(document, m_binder);
    layout->addWidget(m_managed);
    layout->addWidget(buildQuality());
    m_project = new ProjectGroup(document, m_binder);
    layout->addWidget(m_project);
    layout->addWidget(buildContext());
    layout->addWidget(buildDecisionRules());
    layout->addStretch();
    m_ranges = new RangeControls(document, m_binder, this);
    setWidget(content);
    WheelGuard::install(content);
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
    return m_binder->field(key);
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
    m_volume = new VolumeRow(m_document, m_binder, f, this);
    m_usageNote = noteLabel();
    m_usageNote->setObjectName(QStringLiteral("usageSourceNote"));
    m_usageNote->setToolTip(tr("Requests per day, tokens per request, traffic shape, growth and the cached and batch "
                               "shares came from this file (File > Import Usage…); editing one of them drops the note."));
    f->addRow(QString(), m_usageNote);
    m_binder->addInput(f, "workload.input_tokens_per_request");
    m_binder->addInput(f, "workload.output_tokens_per_request");
    m_binder->addInput(f, "workload.monthly_growth");
    m_traffic = new TrafficShapeRows(m_document, m_binder, f, this);
    m_routing = new RoutingRow(m_document, m_binder, f, this);
    return box;
}

QGroupBox *ScenarioForm::buildApi()
{
    auto *box = new QGroupBox(tr("API"));
    auto *f = new QFormLayout(box);
    m_apiModel = new QComboBox;
    m_apiModel->setEditable(true);
    fillPricePresets(m_apiModel, catalog().apiModels);
    m_apiModel->setToolTip(tr("Choose a preset to fill the prices (each shows its provider, price and date), or type your own model name."));
    f->addRow(tr("Model"), m_apiModel);
    connect(m_apiModel, &QComboBox::activated, this, [this](int i) { applyApiPreset(m_apiModel->itemData(i).toString()); });
    connect(m_apiModel->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString name = m_apiModel->currentText().trimmed();
        if (m_document->currentIndex() >= 0 && name != m_document->scenario(m_document->currentIndex()).api.model)
            edit(tr("Rename API model"), [&](Scenario &s) { s.api.model = name; });
    });
    m_apiPriceNote = noteLabel();
    m_apiPriceNote->setObjectName(QStringLiteral("apiPriceNote"));
    f->addRow(QString(), m_apiPriceNote);
    m_binder->addInput(f, "api.input_price_per_1m");
    m_binder->addInput(f, "api.output_price_per_1m");
    m_binder->addInput(f, "api.cached_input_share");
    m_binder->addInput(f, "api.cached_input_price_per_1m");
    m_binder->addInput(f, "api.batch_share");
    m_apiUsageNote = noteLabel();
    m_apiUsageNote->setObjectName(QStringLiteral("apiUsageSourceNote"));
    f->addRow(QString(), m_apiUsageNote);
    m_binder->addInput(f, "api.batch_discount");
    m_binder->addInput(f, "api.ops_hours_per_month");
    return box;
}

QGroupBox *ScenarioForm::buildSelfHosted()
{
    auto *box = new QGroupBox(tr("Self-hosted serving"));
    auto *f = new QFormLayout(box);
    m_binder->addInput(f, "self_hosted.model_size_b");
    m_method = new QComboBox;
    fillMethods(m_method);
    f->addRow(tr("Method"), m_method);
    connect(m_method, &QComboBox::activated, this, [this](int i) {
        edit(tr("Change method"), [&](Scenario &s) { s.selfHosted.method = Method(m_method->itemData(i).toInt()); });
    });
    m_instance = new QComboBox;
    m_instance->setObjectName(QStringLiteral("self_hosted.instance"));
    m_instance->setEditable(true);
    fillPricePresets(m_instance, catalog().instances);
    m_instance->setToolTip(tr("Choose a GPU preset to fill $/hour and, where the seed gives one, the throughput for this model size."));
    f->addRow(tr("GPU instance"), m_instance);
    connect(m_instance, &QComboBox::activated, this, [this](int i) { applyInstancePreset(m_instance->itemData(i).toString()); });
    connect(m_instance->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString name = m_instance->currentText().trimmed();
        if (m_document->currentIndex() >= 0 && name != m_document->scenario(m_document->currentIndex()).selfHosted.instance)
            edit(tr("Rename instance"), [&](Scenario &s) { s.selfHosted.instance = name; });
    });
    m_presetNote = noteLabel();
    m_presetNote->setObjectName(QStringLiteral("instancePresetNote"));
    m_presetNote->hide();
    f->addRow(QString(), m_presetNote);
    m_binder->addInput(f, "self_hosted.instance_cost_per_hour");
    m_instancePriceNote = noteLabel();
    m_instancePriceNote->setObjectName(QStringLiteral("instancePriceNote"));
    f->addRow(QString(), m_instancePriceNote);
    m_pricing = new FleetPricingRows(m_document, m_binder, f, this);
    m_binder->addInput(f, "self_hosted.throughput_tokens_per_s");
    m_capacity = new MeasuredCapacityRows(m_document, m_binder, f, this);
    m_binder->addInput(f, "self_hosted.gpu_memory_gb");
    m_autoFleet = new QCheckBox(tr("Size the fleet from the target utilization"));
    f->addRow(tr("Fleet"), m_autoFleet);
    connect(m_autoFleet, &QCheckBox::toggled, this, [this](bool autoSized) {
        edit(autoSized ? tr("Size fleet automatically") : tr("Use a fixed fleet"), [&](Scenario &s) {
            if (autoSized)
                s.selfHosted.fixedInstances.reset();
            else {
                s.selfHosted.fixedInstances = m_document->result(m_document->currentIndex()).instances;
                s.selfHosted.autoscaling = false; // a fixed fleet cannot scale
            }
        });
    });
    m_binder->addInput(f, "self_hosted.instances");
    m_binder->addInput(f, "self_hosted.target_utilization");
    m_binder->addInput(f, "self_hosted.storage_price_per_gb_month");
    m_levers = new ServingLeverRows(m_document, m_binder, f, this);
    m_binder->addInput(f, "self_hosted.ops_hours_per_month");
    return box;
}

QGroupBox *ScenarioForm::buildQuality()
{
    auto *box = new QGroupBox(tr("Quality (human review, errors)"));
    auto *f = new QFormLayout(box);
    m_binder->addInput(f, "api.review_rate");
    m_binder->addInput(f, "self_hosted.review_rate");
    m_binder->addInput(f, "review_cost");
    m_binder->addInput(f, "api.error_rate");
    m_binder->addInput(f, "self_hosted.error_rate");
    m_binder->addInput(f, "cost_per_error");
    return box;
}



// Format 3's decision rules and the compliance constraint: outside the context
// score's group, as they apply with or without a score.
QGroupBox *ScenarioForm::buildDecisionRules()
{
    auto *box = new QGroupBox(tr("Decision rules"));
    auto *f = new QFormLayout(box);
    m_requiresSelfHosting = new QCheckBox(tr("Compliance requires self-hosting"));
    m_requiresSelfHosting->setObjectName(QStringLiteral("context.requires_self_hosting"));
    m_requiresSelfHosting->setToolTip(tr("Data residency, compliance or an air gap: the API and the managed fine-tune "
                                         "are not allowed, and the decision says so."));
    f->addRow(QString(), m_requiresSelfHosting);
    connect(m_requiresSelfHosting, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("Require self-hosting") : tr("Allow the API and managed paths"), [&](Scenario &s) {
            if (on)
                s.requiresSelfHosting = true;
            else
                s.requiresSelfHosting.reset();
        });
    });
    m_binder->addInput(f, "decision_rules.close_call_npv_margin");
    m_binder->addInput(f, "decision_rules.close_call_probability");
    return box;
}

QGroupBox *ScenarioForm::buildContext()
{
    m_context = new QGroupBox(tr("Context (decision factors)"));
    m_context->setCheckable(true);
    m_context->setToolTip(tr("Without decision factors there is no recommendation."));
    auto *f = new QFormLayout(m_context);
    m_consistency = addLevelCombo(f, tr("Task consistency"));
    m_binder->addInput(f, "context.latency_requirement_ms");
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

void ScenarioForm::reloadPresets()
{
    fillPricePresets(m_apiModel, catalog().apiModels);
    fillPricePresets(m_instance, catalog().instances);
    m_managed->reloadPresets();
    refresh();
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
        s.api.cachedInputPricePer1M = preset->cachedInputPricePer1M;
        if (preset->batchDiscount)
            s.api.batchDiscount = *preset->batchDiscount;
        s.api.priceSource = priceSourceOf(*preset);
    });
}

void ScenarioForm::applyInstancePreset(const QString &name)
{
    const InstancePreset *preset = catalog().instance(name);
    if (!preset || m_document->currentIndex() < 0)
        return;
    const double size = m_document->scenario(m_document->currentIndex()).selfHosted.modelSizeB;
    const std::optional<CatalogEntry::ThroughputEstimate> throughput = catalog().servingThroughputEstimate(*preset, size);
    // The preset replaces every value it owns: the name, the price and its source,
    // and the throughput (never the previous GPU's figure).
    edit(tr("Use %1").arg(name), [&](Scenario &s) {
        s.selfHosted.instance = preset->name;
        s.selfHosted.instanceCostPerHour = preset->costPerHour;
        s.selfHosted.priceSource = priceSourceOf(*preset);
        if (throughput)
            s.selfHosted.throughputTokensPerS = throughput->tokensPerSecond;
        // The instance's memory, all its GPUs together, for the memory check.
        if (preset->gpuMemoryGb > 0)
            s.selfHosted.gpuMemoryGb = preset->gpuMemoryGb * std::max(1.0, preset->gpus);
    });
    const QLocale locale;
    QString note = preset->note;
    if (!throughput)
        note = tr("%1. No serving throughput for this GPU: enter your measured tokens/s.").arg(note);
    else if (!throughput->fromInstance.isEmpty())
        note = tr("%1. Throughput %2 tokens/s estimated from the %3's %4B figure by peak TFLOPS: measure it if you can.")
                   .arg(note, formatNumber(locale, throughput->tokensPerSecond, 0), throughput->fromInstance,
                        formatNumber(locale, throughput->fromSizeB, 2));
    else if (!throughput->exact)
        note = tr("%1. Throughput %2 tokens/s scaled from the %3B figure to %4B: measure it if you can.")
                   .arg(note, formatNumber(locale, throughput->tokensPerSecond, 0),
                        formatNumber(locale, throughput->fromSizeB, 2), formatNumber(locale, size, 2));
    m_presetNote->setText(note);
    m_presetNote->show();
    m_presetNoteFor = {preset->name, preset->costPerHour};
}

void ScenarioForm::showPriceNote(QLabel *note, const std::optional<PriceSource> &source)
{
    const QDate today = QDate::currentDate();
    note->setText(priceSourceNote(source, today));
    // Amber when the prices may be out of date or nobody recorded where they came from.
    const bool doubtful = !source || isStale(*source, today);
    note->setStyleSheet(doubtful ? QStringLiteral("color: #9a4a00;") : QStringLiteral("color: #5f6368;"));
}

void ScenarioForm::refresh()
{
    const int index = m_document->currentIndex();
    setEnabled(index >= 0);
    if (index < 0)
        return;
    const Scenario &s = m_document->scenario(index);
    const ScenarioResult &r = m_document->result(index);
    m_binder->showValues(s);

    setComboText(m_apiModel, s.api.model);
    showPriceNote(m_apiPriceNote, s.api.priceSource);
    showPriceNote(m_instancePriceNote, s.selfHosted.priceSource);
    const QString usage = s.workload.source ? usageSourceNote(*s.workload.source) : QString();
    m_usageNote->setText(tr("Volume, tokens, traffic shape, growth: %1").arg(usage));
    m_usageNote->setVisible(s.workload.source.has_value());
    m_apiUsageNote->setText(tr("Cached and batch shares: %1").arg(usage));
    m_apiUsageNote->setVisible(s.workload.source.has_value());
    setComboText(m_instance, s.selfHosted.instance);
    // The preset's hint describes that preset only: a renamed or repriced instance drops it.
    if (s.selfHosted.instance != m_presetNoteFor.first || s.selfHosted.instanceCostPerHour != m_presetNoteFor.second)
        m_presetNote->hide();
    selectMethod(m_method, s.selfHosted.method);
    setChecked(m_autoFleet, !s.selfHosted.fixedInstances);
    field(QStringLiteral("self_hosted.instances"))->setEnabled(bool(s.selfHosted.fixedInstances));
    if (!s.selfHosted.fixedInstances)
        field(QStringLiteral("self_hosted.instances"))->setText(QString());

    m_traffic->refresh(s);
    m_levers->refresh(s);
    m_pricing->refresh(s);
    m_routing->refresh(s, r);
    m_capacity->refresh(s);
    field(QStringLiteral("self_hosted.target_utilization"))->setHelpText(s.selfHosted.fixedInstances
        ? tr("No effect with a fixed fleet: it sizes the fleet only when the fleet is sized automatically.")
        : tr("The share of each instance's throughput the fleet is sized to use."));
    m_managed->refresh(s, r);
    m_project->refresh(s, r);

    {
        const QSignalBlocker block(m_context);
        m_context->setChecked(bool(s.context));
    }
    const DecisionContext c = s.context.value_or(DecisionContext{});
    setComboIndex(m_consistency, m_consistency->findData(int(c.taskConsistency)));
    setComboIndex(m_qualityRequirement, m_qualityRequirement->findData(int(c.qualityRequirement)));
    setChecked(m_expertise, c.teamMlExpertise);
    setChecked(m_iteration, c.iterationSpeedPriority);
    setChecked(m_requiresSelfHosting, s.requiresSelfHosting.value_or(false));
}

} // namespace ftroi
