// The chart registry's one table, with the tabs that show the analysis charts.
#include "ui/export/chartregistry.h"

#include "ui/analysis/sensitivityview.h"
#include "ui/analysis/twowayview.h"
#include "ui/analysis/uncertaintyview.h"
#include "ui/charts/breakdownchart.h"
#include "ui/charts/breakevenchart.h"
#include "ui/charts/cashflowchart.h"
#include "ui/charts/distributionchart.h"
#include "ui/charts/heatmapchart.h"
#include "ui/charts/servingleverschart.h"
#include "ui/charts/tornadochart.h"

namespace ftroi {

namespace {

template <typename Chart> std::unique_ptr<ScenarioChartView> make()
{
    return std::make_unique<Chart>();
}

ChartTab sensitivityTab(const ChartTabContext &context)
{
    auto *view = new SensitivityView(context.document);
    return {view, view->chart()};
}

ChartTab twoWayTab(const ChartTabContext &context)
{
    auto *view = new TwoWayView(context.document);
    return {view, view->chart()};
}

ChartTab uncertaintyTab(const ChartTabContext &context)
{
    auto *view = new UncertaintyView(context.document, context.uncertainty);
    return {view, view->chart()};
}

QKeySequence ctrl(Qt::Key key)
{
    return QKeySequence(Qt::CTRL | key);
}

} // namespace

const QList<ChartEntry> &chartEntries()
{
    // Kind, name, title, menu text, shortcut, group, needs ranges, chart, tab.
    // Ctrl+5 is the comparison table's, between the two groups (ChartsPanel).
    static const QList<ChartEntry> entries = {
        {ChartKind::BreakEven, QStringLiteral("break-even"), QStringLiteral("Break-even"),
         QStringLiteral("&Break-even Chart"), ctrl(Qt::Key_1), ChartGroup::Scenario, false, &make<BreakEvenChart>,
         nullptr},
        {ChartKind::CashFlow, QStringLiteral("cashflow"), QStringLiteral("Cash flow"),
         QStringLiteral("&Cash-flow Chart"), ctrl(Qt::Key_2), ChartGroup::Scenario, false, &make<CashFlowChart>,
         nullptr},
        {ChartKind::Breakdown, QStringLiteral("breakdown"), QStringLiteral("Cost breakdown"),
         QStringLiteral("Cost B&reakdown"), ctrl(Qt::Key_3), ChartGroup::Scenario, false, &make<BreakdownChart>,
         nullptr},
        {ChartKind::Levers, QStringLiteral("levers"), QStringLiteral("Serving levers"),
         QStringLiteral("Serving &Levers"), ctrl(Qt::Key_4), ChartGroup::Scenario, false, &make<ServingLeversChart>,
         nullptr},
        {ChartKind::Tornado, QStringLiteral("tornado"), QStringLiteral("Sensitivity"), QStringLiteral("&Sensitivity"),
         ctrl(Qt::Key_6), ChartGroup::Analysis, false, &make<TornadoChart>, &sensitivityTab},
        {ChartKind::Heatmap, QStringLiteral("heatmap"), QStringLiteral("Two-way"), QStringLiteral("&Two-way Heatmap"),
         ctrl(Qt::Key_7), ChartGroup::Analysis, false, &make<HeatmapChart>, &twoWayTab},
        {ChartKind::Distribution, QStringLiteral("distribution"), QStringLiteral("Uncertainty"),
         QStringLiteral("&Uncertainty"), ctrl(Qt::Key_8), ChartGroup::Analysis, true, &make<DistributionChart>,
         &uncertaintyTab},
    };
    return entries;
}

const ChartEntry &chartEntry(ChartKind kind)
{
    const QList<ChartEntry> &entries = chartEntries();
    Q_ASSERT(entries.at(int(kind)).kind == kind);
    return entries.at(int(kind));
}

QList<ChartKind> chartKinds()
{
    QList<ChartKind> kinds;
    for (const ChartEntry &entry : chartEntries())
        kinds.append(entry.kind);
    return kinds;
}

QStringList chartKindNames()
{
    QStringList names;
    for (const ChartEntry &entry : chartEntries())
        names.append(entry.name);
    return names;
}

QString chartKindName(ChartKind kind)
{
    return chartEntry(kind).name;
}

QString chartKindTitle(ChartKind kind)
{
    return chartEntry(kind).title;
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (const ChartEntry &entry : chartEntries()) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

std::unique_ptr<ScenarioChartView> createChartView(ChartKind kind)
{
    return chartEntry(kind).makeChart();
}

} // namespace ftroi
