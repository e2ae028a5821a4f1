// ResultsPanel: the decision, the three path cards, the context score and
// the self-hosting details of the current scenario.
#include "ui/window/resultspanel.h"

#include "core/catalog/pricenotes.h"
#include "core/report/trainingreport.h"

#include "core/analysis/rangeddecision.h"
#include "ui/data/decisiontext.h"
#include "ui/data/fleetpaymenttext.h"
#include "ui/data/pathtext.h"
#include "ui/data/throughputcheck.h"
#include "ui/document/document.h"
#include "core/text/format.h"
#include "ui/analysis/uncertaintycontroller.h"
#include "ui/data/uncertaintytext.h"
#include "ui/window/pathcard.h"
#include "ui/widgets/valuetext.h"
#include "ui/widgets/wraplabel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ftroi {

namespace {

const QString kGreen = QStringLiteral("#1b7f3b");
const QString kRed = QStringLiteral("#b3261e");

QString perMonth(const QLocale &l, double v, const QString &currency)
{
    return formatMoney(l, v, currency, 0) + QObject::tr(" /month");
}

// Green for a gain, red for a loss, the default colour for none.
void colourBySign(QWidget *label, const std::optional<double> &value)
{
    // Only a new colour: setting a style sheet re-polishes the label even when it is the same.
    const QString sheet = value ? QStringLiteral("color: %1;").arg(*value >= 0 ? kGreen : kRed) : QString();
    if (label->styleSheet() != sheet)
        label->setStyleSheet(sheet);
}

} // namespace

ResultsPanel::ResultsPanel(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildDecision());
    layout->addWidget(buildContext());
    layout->addWidget(buildDetails());

    connect(document, &Document::currentScenarioChanged, this, &ResultsPanel::refresh);
    refresh();
}

void ResultsPanel::setUncertainty(UncertaintyController *controller)
{
    m_uncertainty = controller;
    connect(controller, &UncertaintyController::updated, this, &ResultsPanel::refreshUncertainty);
    refreshUncertainty();
}

void ResultsPanel::refreshUncertainty()
{
    const UncertaintySnapshot &snap = m_uncertainty->snapshot();
    const int current = m_document->currentIndex();
    const bool shown = !snap.isEmpty() && snap.scenario == current && current < m_document->scenarioCount()
        && hasRanges(m_document->scenario(current));
    m_probability->setVisible(shown);
    m_spread->setVisible(shown);
    if (!shown)
        return;
    const QLocale locale;
    const Scenario &s = m_document->scenario(snap.scenario);
    m_spread->setText(uncertaintySummary(locale, snap.result, snap.requested, snap.refined,
                                         int(s.uncertainty->ranges.size()), m_document->currency()));
    refresh(); // the decision takes the shares of the samples
}

ScenarioResult ResultsPanel::shownResult(int index) const
{
    const ScenarioResult &r = m_document->result(index);
    if (!m_uncertainty)
        return r;
    return withSnapshotShares(m_document->scenario(index), index, r, m_uncertainty->snapshot());
}

QString ResultsPanel::uncertaintyText() const
{
    if (m_probability->isHidden())
        return {};
    return m_probability->text() + QLatin1Char('\n') + m_spread->text();
}

QWidget *ResultsPanel::buildDecision()
{
    auto *box = new QGroupBox(tr("Decision"));
    box->setObjectName(QStringLiteral("decisionBox"));
    m_decisionBox = box;
    auto *v = new QVBoxLayout(box);
    m_headline = new ValueText;
    m_headline->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("decisionHeadline"));
    m_headline->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold;"));
    m_disagreement = new ValueText;
    m_disagreement->setWordWrap(true);
    m_disagreement->setStyleSheet(QStringLiteral("color: #9a4a00; font-weight: bold;"));
    m_probability = new ValueText;
    m_probability->setObjectName(QStringLiteral("paybackProbability"));
    m_probability->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_probability->setToolTip(tr("The share of Monte Carlo samples, drawn from the ranges set on inputs "
                                 "(right-click a field > Set range…), in which self-hosting pays back its "
                                 "project cost before the end of the model's lifetime."));
    m_spread = new ValueText;
    m_spread->setWordWrap(true);
    m_spread->setObjectName(QStringLiteral("uncertaintySpread"));
    m_spread->setToolTip(tr("P10 – P90: 8 of 10 samples fall between these values; 1 in 10 is below the first."));
    m_probability->hide();
    m_spread->hide();
    m_closeCall = new ValueText;
    m_closeCall->setWordWrap(true);
    m_closeCall->setObjectName(QStringLiteral("closeCall"));
    m_closeCall->setStyleSheet(QStringLiteral("color: #9a4a00; font-weight: bold;"));
    m_closeCall->setToolTip(tr("The best path leads the runner-up by less than the close-call margin of the larger "
                               "NPV or project cost, or (with ranges) is best in fewer samples than the close-call "
                               "probability. Both rules are in the form's Context group."));
    m_closeCall->hide();
    m_decisionNotes = new ValueText;
    m_decisionNotes->setWordWrap(true);
    m_decisionNotes->setObjectName(QStringLiteral("decisionNotes"));
    m_decisionNotes->hide();
    v->addWidget(m_headline);
    v->addWidget(m_closeCall);
    v->addWidget(m_decisionNotes);
    v->addWidget(m_disagreement);
    v->addWidget(m_probability);
    v->addWidget(m_spread);

    auto *row = new QHBoxLayout;
    auto makeCard = [&](Path path, const QString &id, const QString &title) {
        auto *card = new PathCard(id, title);
        m_cards.insert(path, card);
        row->addWidget(card, 1);
        return card;
    };
    PathCard *api = makeCard(Path::Api, QStringLiteral("api"), tr("API (today)"));
    m_values.insert(ResultItem::ApiMonthlyTco, api->totalLabel());
    m_values.insert(ResultItem::ApiCost, api->addRow(tr("API bill")));
    m_values.insert(ResultItem::ApiQualityCost, api->addRow(tr("Reviews, errors")));
    api->addFootnote(tr("The baseline: the other paths' savings, NPV and ROI are against it."));

    PathCard *managed = makeCard(Path::Managed, QStringLiteral("managed"), pathTitle(Path::Managed));
    m_values.insert(ResultItem::ManagedMonthlyTco, managed->totalLabel());
    m_values.insert(ResultItem::ManagedSavings, managed->addRow(tr("Saves, all-in")));
    m_values.insert(ResultItem::ManagedPayback, managed->addRow(tr("Payback")));
    m_values.insert(ResultItem::ManagedNpv, managed->addRow(tr("NPV")));
    m_values.insert(ResultItem::ManagedRoi, managed->addRow(tr("ROI")));
    m_managedPaybackBasis = managed->addBasisLine();

    PathCard *self = makeCard(Path::SelfHosted, QStringLiteral("self_hosted"), pathTitle(Path::SelfHosted));
    m_values.insert(ResultItem::SelfHostedMonthlyTco, self->totalLabel());
    m_values.insert(ResultItem::Savings, self->addRow(tr("Saves, all-in")));
    m_values.insert(ResultItem::Payback, self->addRow(tr("Payback")));
    m_values.insert(ResultItem::SelfHostedNpv, self->addRow(tr("NPV")));
    m_values.insert(ResultItem::SelfHostedRoi, self->addRow(tr("ROI")));
    m_selfPaybackBasis = self->addBasisLine();
    m_selfFleetPayment = self->addBasisLine();
    m_selfFleetPayment->setObjectName(QStringLiteral("fleetPayment"));

    v->addLayout(row);

    return box;
}

// The seed's context score under the decision: one bold line, its reasons in a paragraph.
QWidget *ResultsPanel::buildContext()
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(9, 0, 9, 0);
    m_verdict = new ValueText;
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("contextScore"));
    m_verdict->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_reasons = new ValueText;
    m_reasons->setWordWrap(true);
    m_reasons->setStyleSheet(QStringLiteral("color: #3c4043;"));
    v->addWidget(m_verdict);
    v->addWidget(m_reasons);
    return box;
}

QWidget *ResultsPanel::buildDetails()
{
    auto *box = new QGroupBox(tr("Self-hosting in detail"));
    auto *grid = new QGridLayout(box);
    grid->setVerticalSpacing(1);
    addKpi(grid, 0, 0, tr("Break-even (serving + storage)"), ResultItem::BreakEven);
    addKpi(grid, 0, 1, tr("Break-even (all-in)"), ResultItem::BreakEvenAllIn);
    addKpi(grid, 0, 2, tr("Instances"), ResultItem::Instances);
    addKpi(grid, 0, 3, tr("Utilization"), ResultItem::Utilization);
    addKpi(grid, 0, 4, tr("Per 1M tokens"), ResultItem::ServingPer1M);
    addKpi(grid, 2, 0, tr("Serving"), ResultItem::ServingCost);
    addKpi(grid, 2, 1, tr("Storage"), ResultItem::StorageCost);
    addKpi(grid, 2, 2, tr("Amortized project"), ResultItem::AmortizedProject);
    addKpi(grid, 2, 3, tr("Quality delta"), ResultItem::QualityDelta);
    addKpi(grid, 2, 4, tr("Project (one-time)"), ResultItem::ProjectCost);
    for (int column = 0; column < 5; ++column)
        grid->setColumnStretch(column, 1);
    m_warning = new WrapLabel;
    m_warning->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(kRed));
    m_warning->hide();
    grid->addWidget(m_warning, 4, 0, 1, 5);
    m_sources = new WrapLabel;
    m_sources->setObjectName(QStringLiteral("priceSources"));
    m_sources->hide();
    grid->addWidget(m_sources, 5, 0, 1, 5);
    return box;
}

ValueText *ResultsPanel::addKpi(QGridLayout *grid, int row, int column, const QString &title, ResultItem item)
{
    auto *caption = new QLabel(title);
    caption->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *value = new ValueText;
    grid->addWidget(caption, row, column);
    grid->addWidget(value, row + 1, column);
    m_values.insert(item, value);
    return value;
}

QString ResultsPanel::headlineText() const
{
    return m_headline->text();
}

QString ResultsPanel::disagreementText() const
{
    return m_disagreement->isHidden() ? QString() : m_disagreement->text();
}

int ResultsPanel::decisionHeightForWidth(int width) const
{
    const int margins = layout()->contentsMargins().top() + layout()->spacing();
    return margins + (m_decisionBox->hasHeightForWidth() ? m_decisionBox->heightForWidth(width) : m_decisionBox->sizeHint().height());
}

QString ResultsPanel::closeCallText() const
{
    return m_closeCall->isHidden() ? QString() : m_closeCall->text();
}

QString ResultsPanel::decisionNotesText() const
{
    return m_decisionNotes->isHidden() ? QString() : m_decisionNotes->text();
}

QString ResultsPanel::recommendationText() const
{
    return m_verdict->text();
}

void ResultsPanel::refresh()
{
    const int index = m_document->currentIndex();
    if (index < 0)
        return;
    const Scenario &s = m_document->scenario(index);
    const ScenarioResult r = shownResult(index);
    const QString currency = m_document->currency();
    const QLocale l;
    auto money = [&](double v) { return perMonth(l, v, currency); };
    auto set = [&](ResultItem item, const QString &text) {
        ValueText *label = m_values.value(item);
        label->setText(text);
        label->setToolTip(explainResult(item, s, r, currency));
    };

    QString sources = priceSourcesText(s);
    if (r.trainingCheck)
        if (const QString training = trainingDisagreementText(*r.trainingCheck, l, currency); !training.isEmpty())
            sources += (sources.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Training estimate: ") + training;
    m_sources->setText(sources);
    m_sources->setVisible(!sources.isEmpty());

    // The decision and the three paths.
    const DecisionText decision = decisionText(s, r, currency, l);
    m_decisionBox->setTitle(tr("Decision over the model's lifetime (%1 months)").arg(formatNumber(l, s.project.lifetimeMonths, 1)));
    m_headline->setText(decision.headline);
    m_disagreement->setText(decision.disagreement);
    m_disagreement->setVisible(!decision.disagreement.isEmpty());
    m_closeCall->setText(decision.closeCall);
    m_closeCall->setVisible(!decision.closeCall.isEmpty());
    // Under the headline: what keeps a path out, and a throughput that is hard to believe.
    const QString notes = QStringList{decision.exclusions, throughputWarning(s, l)}.join(QLatin1Char('\n')).trimmed();
    m_decisionNotes->setText(notes);
    m_decisionNotes->setVisible(!notes.isEmpty());
    if (!m_probability->isHidden() && m_uncertainty) {
        const QString probability = paybackProbabilityText(l, m_uncertainty->snapshot().result);
        m_probability->setText(decision.shares.isEmpty() ? probability : decision.shares + QStringLiteral(" \u00b7 ") + probability);
    }
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        it.value()->setExcluded(exclusionText(r.decision.exclusion(it.key()), r.decision.peakUtilization));
        it.value()->setBest(it.key() == r.decision.bestPath);
    }

    set(ResultItem::ApiMonthlyTco, money(r.apiMonthlyTco));
    set(ResultItem::ApiCost, money(r.monthlyApiCost));
    set(ResultItem::ApiQualityCost, money(r.monthlyApiQualityCost));

    set(ResultItem::SelfHostedMonthlyTco, money(r.selfHostedMonthlyTco));
    set(ResultItem::Savings, money(r.monthlySavings));
    colourBySign(m_values.value(ResultItem::Savings), r.monthlySavings);
    set(ResultItem::Payback, paybackText(l, r.lifetime, r.paybackMonths));
    set(ResultItem::SelfHostedNpv, r.lifetime.npv ? formatMoney(l, *r.lifetime.npv, currency, 0) : tr("cannot be computed"));
    colourBySign(m_values.value(ResultItem::SelfHostedNpv), r.lifetime.npv);
    set(ResultItem::SelfHostedRoi, roiText(l, r.lifetime, r.totalProjectCost));
    m_selfPaybackBasis->setText(paybackBasis(l, r.totalProjectCost, r.monthlySavingsBeforeAmortization, currency));
    const QString fleetPayment = fleetPaymentText(s, r, currency, l);
    m_selfFleetPayment->setText(fleetPayment);
    m_selfFleetPayment->setVisible(!fleetPayment.isEmpty());

    PathCard *managed = m_cards.value(Path::Managed);
    if (r.managed) {
        const ManagedResult &m = *r.managed;
        const double savings = r.apiMonthlyTco - m.monthlyTco;
        managed->setNote(QString());
        set(ResultItem::ManagedMonthlyTco, money(m.monthlyTco));
        set(ResultItem::ManagedSavings, money(savings));
        colourBySign(m_values.value(ResultItem::ManagedSavings), savings);
        set(ResultItem::ManagedPayback, paybackText(l, m.lifetime, m.paybackMonths));
        set(ResultItem::ManagedNpv, m.lifetime.npv ? formatMoney(l, *m.lifetime.npv, currency, 0) : tr("cannot be computed"));
        colourBySign(m_values.value(ResultItem::ManagedNpv), m.lifetime.npv);
        set(ResultItem::ManagedRoi, roiText(l, m.lifetime, m.totalProjectCost));
        m_managedPaybackBasis->setText(paybackBasis(l, m.totalProjectCost, m.monthlySavingsBeforeAmortization, currency));
    } else {
        managed->setNote(tr("Enable Managed fine-tuning in the form to compare a provider's fine-tuned model."));
        set(ResultItem::ManagedMonthlyTco, tr("not modelled"));
    }

    // The seed's context score.
    m_verdict->setText(decision.context);
    if (r.recommendation && s.context) {
        m_reasons->setText(recommendationReasons(*r.recommendation, *s.context, currency).join(QStringLiteral("  \u00b7  ")));
        m_reasons->show();
    } else {
        m_reasons->setText(QString());
        m_reasons->hide();
    }

    // Self-hosting details.
    set(ResultItem::BreakEven, r.breakEvenTokensPerDay ? formatTokensPerDay(l, *r.breakEvenTokensPerDay)
                               : r.currentDailyTokens > 0 ? tr("none (API price 0)")
                                                          : tr("none (no traffic)"));
    set(ResultItem::BreakEvenAllIn, r.breakEvenAllInTokensPerDay ? formatTokensPerDay(l, *r.breakEvenAllInTokensPerDay) : tr("never"));
    if (r.instancesOffPeak != r.instances)
        set(ResultItem::Instances, tr("%1 at peak, %2 off-peak").arg(formatNumber(l, r.instances, 0), formatNumber(l, r.instancesOffPeak, 0)));
    else
        set(ResultItem::Instances, formatNumber(l, r.instances, 0) + (s.selfHosted.fixedInstances ? tr(" (fixed)") : tr(" (auto)")));
    set(ResultItem::Utilization, s.workload.peakHoursPerDay < 24 ? tr("%1, peak %2").arg(formatPercent(l, r.utilization, 0),
                                                                                       formatPercent(l, r.peakUtilization, 0))
                                                                 : formatPercent(l, r.utilization));
    set(ResultItem::ServingCost, money(r.monthlyServingCost));
    set(ResultItem::StorageCost, money(r.monthlyStorageCost));
    set(ResultItem::AmortizedProject, money(r.monthlyAmortizedProjectCost));
    set(ResultItem::QualityDelta, money(r.monthlyQualityCostDelta));
    set(ResultItem::ProjectCost, formatMoney(l, r.totalProjectCost, currency, 0));
    set(ResultItem::ServingPer1M, r.servingCostPer1MTokens ? formatMoney(l, *r.servingCostPer1MTokens, currency) : tr("no traffic"));

    QStringList warnings;
    if (r.overCapacity)
        warnings << tr("Over capacity at the peak: %1 of what the fleet can serve in the peak hours. Add instances or raise throughput.")
                        .arg(formatPercent(l, r.peakUtilization, 0));
    if (r.currentDailyTokens == 0)
        warnings << tr("No traffic: the volume is zero.");
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    Q_EMIT contentChanged();
}

} // namespace ftroi
