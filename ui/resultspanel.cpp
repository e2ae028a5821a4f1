// ResultsPanel: KPIs, breakdown and recommendation of the current scenario.
#include "resultspanel.h"

#include "document.h"
#include "format.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ftroi {

ResultsPanel::ResultsPanel(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *kpis = new QGroupBox(tr("Monthly comparison"));
    auto *grid = new QGridLayout(kpis);
    addKpi(grid, 0, 0, tr("API bill"), ResultItem::ApiCost, true);
    addKpi(grid, 0, 1, tr("Self-hosted all-in"), ResultItem::SelfHostedTotal, true);
    addKpi(grid, 0, 2, tr("Monthly savings"), ResultItem::Savings, true);
    addKpi(grid, 0, 3, tr("Payback"), ResultItem::Payback, true);
    addKpi(grid, 2, 0, tr("Break-even (serving + storage)"), ResultItem::BreakEven, false);
    addKpi(grid, 2, 1, tr("Break-even (all-in)"), ResultItem::BreakEvenAllIn, false);
    addKpi(grid, 2, 2, tr("Instances"), ResultItem::Instances, false);
    addKpi(grid, 2, 3, tr("Utilization"), ResultItem::Utilization, false);
    addKpi(grid, 4, 0, tr("Serving"), ResultItem::ServingCost, false);
    addKpi(grid, 4, 1, tr("Storage"), ResultItem::StorageCost, false);
    addKpi(grid, 4, 2, tr("Amortized project"), ResultItem::AmortizedProject, false);
    addKpi(grid, 4, 3, tr("Quality delta (reviews)"), ResultItem::QualityDelta, false);
    addKpi(grid, 6, 0, tr("Project cost (one-time)"), ResultItem::ProjectCost, false);
    addKpi(grid, 6, 1, tr("Self-hosted per 1M tokens"), ResultItem::ServingPer1M, false);
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    grid->addWidget(m_warning, 6, 2, 2, 2);
    layout->addWidget(kpis);

    auto *rec = new QGroupBox(tr("Recommendation"));
    auto *recLayout = new QVBoxLayout(rec);
    m_verdict = new QLabel;
    m_verdict->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold;"));
    m_reasons = new QLabel;
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText); // plain text lays out far faster on every slider step
    recLayout->addWidget(m_verdict);
    recLayout->addWidget(m_reasons);
    layout->addWidget(rec);

    connect(document, &Document::scenarioChanged, this, [this](int index) {
        if (index == m_document->currentIndex())
            refresh();
    });
    connect(document, &Document::currentIndexChanged, this, &ResultsPanel::refresh);
    refresh();
}

QLabel *ResultsPanel::addKpi(QGridLayout *grid, int row, int column, const QString &title, ResultItem item, bool big)
{
    auto *caption = new QLabel(title);
    caption->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *value = new QLabel;
    value->setStyleSheet(big ? QStringLiteral("font-size: 16pt; font-weight: bold;") : QStringLiteral("font-size: 11pt;"));
    grid->addWidget(caption, row, column);
    grid->addWidget(value, row + 1, column);
    m_values.insert(item, value);
    return value;
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
    const ScenarioResult &r = m_document->result(index);
    const QString currency = m_document->currency();
    const QLocale l;
    auto perMonth = [&](double v) { return formatMoney(l, v, currency, 0) + tr(" /month"); };

    auto set = [&](ResultItem item, const QString &text) {
        QLabel *label = m_values.value(item);
        label->setText(text);
        label->setToolTip(explainResult(item, s, r, currency));
    };
    set(ResultItem::ApiCost, perMonth(r.monthlyApiCost));
    set(ResultItem::SelfHostedTotal, perMonth(r.monthlyFtTotal));
    set(ResultItem::Savings, perMonth(r.monthlySavings));
    m_values.value(ResultItem::Savings)->setStyleSheet(
        QStringLiteral("font-size: 16pt; font-weight: bold; color: %1;").arg(r.monthlySavings >= 0 ? QStringLiteral("#1b7f3b") : QStringLiteral("#b3261e")));
    set(ResultItem::Payback, formatMonths(l, r.paybackMonths));
    set(ResultItem::BreakEven, r.breakEvenTokensPerDay ? formatTokensPerDay(l, *r.breakEvenTokensPerDay)
                               : r.currentDailyTokens > 0 ? tr("none (API price 0)")
                                                          : tr("none (no traffic)"));
    set(ResultItem::BreakEvenAllIn, r.breakEvenAllInTokensPerDay ? formatTokensPerDay(l, *r.breakEvenAllInTokensPerDay) : tr("never"));
    set(ResultItem::Instances, formatNumber(l, r.instances, 0) + (s.selfHosted.fixedInstances ? tr(" (fixed)") : tr(" (auto)")));
    set(ResultItem::Utilization, formatPercent(l, r.utilization));
    set(ResultItem::ServingCost, perMonth(r.monthlyServingCost));
    set(ResultItem::StorageCost, perMonth(r.monthlyStorageCost));
    set(ResultItem::AmortizedProject, perMonth(r.monthlyAmortizedProjectCost));
    set(ResultItem::QualityDelta, perMonth(r.monthlyQualityCostDelta));
    set(ResultItem::ProjectCost, formatMoney(l, r.totalProjectCost, currency, 0));
    set(ResultItem::ServingPer1M, r.servingCostPer1MTokens ? formatMoney(l, *r.servingCostPer1MTokens, currency) : tr("no traffic"));

    QStringList warnings;
    if (r.utilization > 1)
        warnings << tr("Over capacity: %1 of what the fleet can serve. Add instances or raise throughput.")
                        .arg(formatPercent(l, r.utilization, 0));
    if (r.currentDailyTokens == 0)
        warnings << tr("No traffic: the volume is zero.");
    m_warning->setText(warnings.join(QLatin1Char('\n')));

    if (r.recommendation && s.context) {
        m_verdict->setText(tr("%1 (score %2)").arg(verdictTitle(r.recommendation->verdict)).arg(r.recommendation->score));
        QStringList lines;
        for (const QString &reason : recommendationReasons(*r.recommendation, *s.context, currency))
            lines << QStringLiteral("\u2022 ") + reason;
        m_reasons->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_verdict->setText(tr("No recommendation"));
        m_reasons->setText(tr("Turn on Context (decision factors) in the form to get one."));
    }
}

} // namespace ftroi
