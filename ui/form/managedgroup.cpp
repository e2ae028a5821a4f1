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

    m_binder->addInput(f, "managed.training_price_per_1m_tokens");
    m_binder->addInput(f, "managed.training_tokens_per_run");
    m_binder->addInput(f, "managed.training_runs");
    m_binder->addInput(f, "managed.input_price_per_1m");
    m_binder->addInput(f, "managed.output_price_per_1m");
    m_binder->addInput(f, "managed.hosting_cost_per_hour");
    m_binder->addInput(f, "managed.review_rate");
    m_binder->addInput(f, "managed.engineering_hours");
    m_binder->addInput(f, "managed.ops_hours_per_month");
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
