// ManagedGroup: the managed fine-tuning path's inputs, bound to the Document.
#include "ui/form/managedgroup.h"

#include "core/catalog/catalog.h"
#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "core/text/format.h"
#include "ui/form/formhelpers.h"
#include "ui/form/managedpresets.h"
#include "ui/widgets/numberfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ftroi {

using namespace form;

namespace {

double totalHours(const ManagedPath &m)
{
    double hours = 0;
    for (const EngineeringPhase &phase : m.engineeringHours)
        hours += phase.hours;
    return hours;
}

// One total for the phases: a single phase takes it; several keep their shares.
void setTotalHours(ManagedPath &m, double total)
{
    const double before = totalHours(m);
    if (m.engineeringHours.size() <= 1 || before <= 0) {
        const QString name = m.engineeringHours.isEmpty() ? QStringLiteral("setup") : m.engineeringHours.first().name;
        m.engineeringHours = {{name, total}};
        return;
    }
    for (EngineeringPhase &phase : m.engineeringHours)
        phase.hours *= total / before;
}

} // namespace

ManagedGroup::ManagedGroup(Document *document, FieldBinder *binder, QWidget *parent)
    : QGroupBox(tr("Managed fine-tuning"), parent), m_document(document), m_binder(binder)
{
    setObjectName(QStringLiteral("managedGroup"));
    setCheckable(true);
    setToolTip(tr("A provider trains and serves the fine-tuned model at its own prices: the middle path "
                  "between the API and self-hosting."));
    auto *f = new QFormLayout(this);

    m_provider = new QComboBox;
    m_provider->setEditable(true);
    fillPricePresets(m_provider, catalog().managed);
    m_provider->setToolTip(tr("Choose a provider to fill its training and inference prices (each shows its price "
                              "and date), or type your own."));
    f->addRow(tr("Provider"), m_provider);
    connect(m_provider, &QComboBox::activated, this, [this](int i) { applyPreset(m_provider->itemData(i).toString()); });
    connect(m_provider->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString name = m_provider->currentText().trimmed();
        const int index = m_document->currentIndex();
        if (index < 0 || !m_document->scenario(index).managed || name == m_document->scenario(index).managed->provider)
            return;
        editManaged(tr("Rename provider"), [&](ManagedPath &m) { m.provider = name; });
    });
    m_presetNote = noteLabel();
    f->addRow(QString(), m_presetNote);

    auto managed = [](const Scenario &s) { return s.managed.value_or(ManagedPath{}); };
    // Edits come only while the group is on; a path is made should one arrive without.
    auto path = [](Scenario &s) -> ManagedPath & {
        if (!s.managed)
            s.managed = defaultManagedPath(s);
        return *s.managed;
    };
    const QString money = currencySymbol(m_document->currency()).trimmed();
    const QString perMillion = money + tr(" / 1M tokens");
    m_binder->addNumber(f, QStringLiteral("managed.training_price_per_1m_tokens"), tr("Training price"),
                        money + tr(" / 1M training tokens"), kNonNegative, 4, 1,
                        [managed](const Scenario &s) { return managed(s).trainingPricePer1MTokens; },
                        [path](Scenario &s, double v) {
                            path(s).trainingPricePer1MTokens = v;
                            path(s).priceSource.reset(); // no longer the preset's
                        });
    m_binder->addNumber(f, QStringLiteral("managed.training_tokens_per_run"), tr("Training tokens"), tr("per run"),
                        kNonNegative, 0, 1, [managed](const Scenario &s) { return managed(s).trainingTokensPerRun; },
                        [path](Scenario &s, double v) { path(s).trainingTokensPerRun = v; });
    m_binder->addOptionalNumber(f, QStringLiteral("managed.training_runs"), tr("Training runs"), tr("runs"),
                                kNonNegative, 0, 1, tr("as the project"),
                                [managed](const Scenario &s) { return managed(s).trainingRuns; },
                                [path](Scenario &s, std::optional<double> v) {
                                    path(s).trainingRuns = v ? std::optional<double>(std::round(*v)) : std::nullopt;
                                });
    m_binder->addNumber(f, QStringLiteral("managed.input_price_per_1m"), tr("Input price"), perMillion, kNonNegative, 4, 1,
                        [managed](const Scenario &s) { return managed(s).inputPricePer1M; },
                        [path](Scenario &s, double v) {
                            path(s).inputPricePer1M = v;
                            path(s).priceSource.reset(); // no longer the preset's
                        });
    m_binder->addNumber(f, QStringLiteral("managed.output_price_per_1m"), tr("Output price"), perMillion, kNonNegative, 4, 1,
                        [managed](const Scenario &s) { return managed(s).outputPricePer1M; },
                        [path](Scenario &s, double v) {
                            path(s).outputPricePer1M = v;
                            path(s).priceSource.reset(); // no longer the preset's
                        });
    m_binder->addNumber(f, QStringLiteral("managed.hosting_cost_per_hour"), tr("Hosting"), money + tr(" / hour"),
                        kNonNegative, 4, 1, [managed](const Scenario &s) { return managed(s).hostingCostPerHour; },
                        [path](Scenario &s, double v) {
                            path(s).hostingCostPerHour = v;
                            path(s).priceSource.reset(); // no longer the preset's
                        });
    m_binder->addOptionalNumber(f, QStringLiteral("managed.review_rate"), tr("Review rate"), tr("% of requests"),
                                kFraction, 3, 100, tr("as the API"),
                                [managed](const Scenario &s) { return managed(s).reviewRate; },
                                [path](Scenario &s, std::optional<double> v) { path(s).reviewRate = v; });
    m_binder->addNumber(f, QStringLiteral("managed.engineering_hours"), tr("Engineering"), tr("hours in all"),
                        kNonNegative, 1, 1, [managed](const Scenario &s) { return totalHours(managed(s)); },
                        [path](Scenario &s, double v) { setTotalHours(path(s), v); });
    m_summary = noteLabel();
    f->addRow(QString(), m_summary);

    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        m_document->editCurrentScenario(on ? tr("Add managed fine-tuning") : tr("Remove managed fine-tuning"),
                                        [on](Scenario &s) {
                                            if (on)
                                                s.managed = defaultManagedPath(s);
                                            else
                                                s.managed.reset();
                                        });
    });
}

void ManagedGroup::editManaged(const QString &description, const std::function<void(ManagedPath &)> &change)
{
    m_document->editCurrentScenario(description, [&](Scenario &s) {
        if (!s.managed)
            s.managed = defaultManagedPath(s);
        change(*s.managed);
    });
}

void ManagedGroup::applyPreset(const QString &provider)
{
    const ManagedPreset *preset = managedPreset(provider);
    if (!preset)
        return;
    editManaged(tr("Use %1").arg(provider), [&](ManagedPath &m) { applyManagedPreset(*preset, m); });
}

void ManagedGroup::reloadPresets()
{
    fillPricePresets(m_provider, catalog().managed);
}

void ManagedGroup::refresh(const Scenario &s, const ScenarioResult &r)
{
    {
        const QSignalBlocker block(this);
        setChecked(bool(s.managed));
    }
    const QString currency = m_document->currency();
    const QLocale l;
    m_binder->field(QStringLiteral("managed.training_runs"))
        ->setPlaceholderText(tr("as the project (%1)").arg(formatNumber(l, s.project.trainingRuns, 0)));
    m_binder->field(QStringLiteral("managed.review_rate"))
        ->setPlaceholderText(tr("as the API (%1)").arg(formatNumber(l, s.api.reviewRate * 100, 3)));
    if (!s.managed || !r.managed) {
        setComboText(m_provider, QString());
        m_presetNote->setText(tr("Off: only the API and self-hosting are compared. Turn it on to add the "
                                 "provider's fine-tuning as a third path."));
        m_summary->clear();
        m_summary->hide();
        return;
    }
    const ManagedPath &m = *s.managed;
    const ManagedResult &mr = *r.managed;
    setComboText(m_provider, m.provider);
    const ManagedPreset *preset = managedPreset(m.provider);
    m_presetNote->setText(preset ? preset->note : QString());
    m_presetNote->setVisible(preset);
    m_summary->setText(tr("%1 runs x %2 tokens x %3 / 1M = %4 training; %5 h x %6 = %7 engineering; "
                          "total %8, %9/month over %10 months.")
                           .arg(formatNumber(l, mr.trainingRuns, 0), formatCompact(l, m.trainingTokensPerRun),
                                formatMoney(l, m.trainingPricePer1MTokens, currency),
                                formatMoney(l, mr.trainingCost, currency, 0), formatNumber(l, mr.engineeringHours, 1),
                                formatMoney(l, s.project.hourlyRate, currency),
                                formatMoney(l, mr.engineeringCost, currency, 0),
                                formatMoney(l, mr.totalProjectCost, currency, 0))
                           .arg(formatMoney(l, mr.monthlyAmortizedProjectCost, currency, 0),
                                formatNumber(l, s.project.lifetimeMonths, 1)));
    m_summary->show();
}

} // namespace ftroi
