// ServingLeverRows: precision, autoscaling and speedups of the self-hosted fleet.
#include "ui/form/servingleverrows.h"

#include "core/engine/fleetpricing.h"
#include "ui/data/throughputcheck.h"
#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "ui/form/formhelpers.h"
#include "ui/widgets/numberfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

#include <cmath>

namespace ftroi {

using namespace form;

namespace {

// Suggestions from the seed's "Cutting Serving Costs in Production".
enum Suggestion { None, Engine, SpeculativeDecoding, Int4, Int8 };

const QString kSeed = QStringLiteral("Suggested from the seed article \"Cutting Serving Costs in Production\". "
                                     "Suggestions, not measurements: measure your own where you can.");

} // namespace

ServingLeverRows::ServingLeverRows(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent)
    : QObject(parent), m_document(document), m_binder(binder), m_precision(new QComboBox),
      m_autoscaling(new QCheckBox(tr("Scale down outside the peak hours"))), m_suggestions(new QComboBox)
{
    m_precision->setObjectName(QStringLiteral("precision"));
    m_precision->addItem(QStringLiteral("bf16"), int(Precision::Bf16));
    m_precision->addItem(QStringLiteral("fp16"), int(Precision::Fp16));
    m_precision->addItem(QStringLiteral("int8"), int(Precision::Int8));
    m_precision->addItem(QStringLiteral("int4"), int(Precision::Int4));
    m_precision->setToolTip(tr("Serving weights: 2, 2, 1 or 0.5 bytes per parameter (storage and the memory check). "
                               "Choosing one proposes its quantization speedup (int8 1.3x, int4 1.8x) unless you "
                               "typed your own."));
    layout->addRow(tr("Precision"), m_precision);
    // A precision proposes its quantization speed-up, unless the user set one of their own.
    connect(m_precision, &QComboBox::activated, this, [this](int i) {
        const auto precision = Precision(m_precision->itemData(i).toInt());
        m_document->editCurrentScenario(tr("Change precision"), [precision](Scenario &s) {
            if (s.selfHosted.speedup.quantization == suggestedQuantizationSpeedup(s.selfHosted.precision))
                s.selfHosted.speedup.quantization = suggestedQuantizationSpeedup(precision);
            s.selfHosted.precision = precision;
        });
    });

    m_autoscaling->setObjectName(QStringLiteral("autoscaling"));
    layout->addRow(tr("Autoscaling"), m_autoscaling);
    connect(m_autoscaling, &QCheckBox::toggled, this, [this](bool on) {
        m_document->editCurrentScenario(on ? tr("Turn autoscaling on") : tr("Turn autoscaling off"),
                                        [on](Scenario &s) { s.selfHosted.autoscaling = on; });
    });
    binder->addInput(layout, "self_hosted.min_instances");
    binder->field(QStringLiteral("self_hosted.min_instances"))
        ->setHelpText(tr("With autoscaling, the fleet never shrinks below this outside the peak hours (0: scale to zero)."));

    const QString times = tr("x throughput");
    NumberField *engine = binder->addInput(layout, "self_hosted.speedup.engine");
    engine->setHelpText(tr("Throughput factor of the inference engine over the measured figure. Seed: vLLM with "
                          "PagedAttention reaches 10-20x the throughput of naive HuggingFace generate(); the seed's own "
                          "5,000 tokens/s are already measured with vLLM."));
    NumberField *quantization = binder->addInput(layout, "self_hosted.speedup.quantization");
    quantization->setHelpText(tr("Throughput factor of the serving precision. Seed: int4 (GPTQ, AWQ) cuts serving cost "
                                "by about 40-50 %, i.e. about 1.8x; int8 about 1.3x is a suggestion."));
    NumberField *speculative = binder->addInput(layout, "self_hosted.speedup.speculative_decoding");
    speculative->setHelpText(tr("Factor on OUTPUT-token throughput only. Seed: 2-3x on generation-heavy workloads "
                               "(a small draft model proposes tokens, the main model verifies them)."));

    // Sized to a short text, not to its longest item: the form must fit its column.
    m_suggestions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_suggestions->setMinimumContentsLength(12);
    m_suggestions->setObjectName(QStringLiteral("speedupSuggestions"));
    m_suggestions->addItem(tr("Suggestions from the article…"));
    m_suggestions->addItem(tr("Engine: vLLM vs naive generate, 15x (only for a figure measured without vLLM)"));
    m_suggestions->addItem(tr("Speculative decoding: 2.5x on output (seed: 2-3x)"));
    m_suggestions->addItem(tr("int4 precision, quantization 1.8x (seed: 40-50 % cheaper)"));
    m_suggestions->addItem(tr("int8 precision, quantization 1.3x (suggestion)"));
    m_suggestions->setToolTip(kSeed);
    for (int i = 1; i < m_suggestions->count(); ++i)
        m_suggestions->setItemData(i, kSeed, Qt::ToolTipRole);
    layout->addRow(tr("Suggested speedups"), m_suggestions);
    connect(m_suggestions, &QComboBox::activated, this, &ServingLeverRows::applySuggestion);
}

void ServingLeverRows::applySuggestion(int index)
{
    form::setComboIndex(m_suggestions, 0);
    switch (index) {
    case Engine:
        m_document->editCurrentScenario(tr("Use the suggested engine speedup"),
                                        [](Scenario &s) { s.selfHosted.speedup.engine = 15; });
        break;
    case SpeculativeDecoding:
        m_document->editCurrentScenario(tr("Use the suggested speculative decoding speedup"),
                                        [](Scenario &s) { s.selfHosted.speedup.speculativeDecoding = 2.5; });
        break;
    case Int4:
        m_document->editCurrentScenario(tr("Use int4 with the suggested speedup"), [](Scenario &s) {
            s.selfHosted.precision = Precision::Int4;
            s.selfHosted.speedup.quantization = suggestedQuantizationSpeedup(Precision::Int4);
        });
        break;
    case Int8:
        m_document->editCurrentScenario(tr("Use int8 with the suggested speedup"), [](Scenario &s) {
            s.selfHosted.precision = Precision::Int8;
            s.selfHosted.speedup.quantization = suggestedQuantizationSpeedup(Precision::Int8);
        });
        break;
    default:
        break;
    }
}

void ServingLeverRows::refresh(const Scenario &s)
{
    setComboIndex(m_precision, m_precision->findData(int(s.selfHosted.precision)));
    const bool fixed = bool(s.selfHosted.fixedInstances);
    const bool everyHour = paidEveryHour(pricingModel(s.selfHosted));
    setChecked(m_autoscaling, s.selfHosted.autoscaling);
    m_autoscaling->setEnabled(!fixed && !everyHour);
    if (everyHour)
        m_autoscaling->setToolTip(tr("Reserved and owned instances are paid for every hour: scaling down saves nothing. "
                                     "Pay on demand or on spot to autoscale."));
    else if (fixed)
        m_autoscaling->setToolTip(tr("A fixed fleet cannot scale: size the fleet from the target utilization to use autoscaling."));
    else if (s.workload.peakHoursPerDay >= 24)
        m_autoscaling->setToolTip(tr("With a flat traffic shape (24 peak hours) there is no off-peak to scale down to."));
    else
        m_autoscaling->setToolTip(tr("The peak fleet serves the peak hours; outside them the fleet shrinks to what the "
                                     "off-peak rate needs, but not below the off-peak floor."));
    m_binder->field(QStringLiteral("self_hosted.min_instances"))->setEnabled(!fixed && !everyHour && s.selfHosted.autoscaling);
    // A load test measured the engine, precision and decoding: no speed-up on top of it.
    const bool measured = bool(s.selfHosted.benchmark);
    for (const char *key : {"self_hosted.speedup.engine", "self_hosted.speedup.quantization",
                            "self_hosted.speedup.speculative_decoding"})
        if (NumberField *f = m_binder->field(QLatin1String(key)))
            f->setEnabled(!measured);
    m_suggestions->setEnabled(!measured);
}

} // namespace ftroi
