// The chart registry's one table, with what an export computes for the
// analysis charts and the tabs that show them.
#include "ui/export/chartregistry.h"

#include "core/analysis/analysis.h"
#include "ui/analysis/sensitivityview.h"
#include "ui/analysis/twowayview.h"
#include "ui/analysis/uncertaintyview.h"
#include "ui/charts/breakdownchart.h"
#include "ui/charts/capacitychart.h"
#include "ui/charts/breakevenchart.h"
#include "ui/charts/cashflowchart.h"
#include "ui/charts/distributionchart.h"
#include "ui/charts/heatmapchart.h"
#include "ui/charts/servingleverschart.h"
#include "ui/charts/tornadochart.h"
#include "ui/data/heatmapdata.h"
#include "ui/data/uncertaintysnapshot.h"

#include <algorithm>

namespace ftroi {

namespace {

template <typename Chart> std::unique_ptr<ScenarioChartView> make()
{
    return std::make_unique<Chart>();
}

// The self-hosted line's P10 – P90 band: a Monte Carlo of at most kBandSamples samples.
void prepareCashFlow(ScenarioChartView &chart, const Scenario &s, const QString &)
{
    static_cast<CashFlowChart &>(chart).setBand(
        hasRanges(s) ? runUncertainty(s, 0, std::min(requestedSamples(s), kBandSamples), 0, {}).detail.band
                     : CashFlowBand{});
}

void prepareTornado(ScenarioChartView &chart, const Scenario &s, const QString &)
{
    auto &tornado = static_cast<TornadoChart &>(chart);
    tornado.setSensitivity(sensitivity(s, tornado.metric()));
}

void prepareHeatmap(ScenarioChartView &chart, const Scenario &s, const QString &currency)
{
    auto &heatmap = static_cast<HeatmapChart &>(chart);
    if (const std::optional<HeatmapSpec> spec = shownHeatmapSpec(s, heatmap.metric(), heatmap.xPath(), heatmap.yPath()))
        heatmap.setData(computeHeatmap(s, *spec), currency);
}

// The scenario's own samples and seed; nothing without ranges (the chart says so).
void prepareDistribution(ScenarioChartView &chart, const Scenario &s, const QString &)
{
    static_cast<DistributionChart &>(chart).setSnapshot(hasRanges(s) ? runUncertainty(s, 0, requestedSamples(s), 0, {})
                                                                     : UncertaintySnapshot{});
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
    // Kind, name, title, menu text, shortcut, group, needs ranges, chart, prepareExport, tab.
    // Ctrl+5 is the comparison table's, between the two groups (ChartsPanel).
    static const QList<ChartEntry> entries = {
        {ChartKind::BreakEven, QStringLiteral("break-even"), QStringLiteral("Break-even"),
         QStringLiteral("&Break-even Chart"), ctrl(Qt::Key_1), ChartGroup::Scenario, false, &make<BreakEvenChart>,
         nullptr, nullptr},
        {ChartKind::CashFlow, QStringLiteral("cashflow"), QStringLiteral("Cash flow"),
         QStringLiteral("&Cash-flow Chart"), ctrl(Qt::Key_2), ChartGroup::Scenario, false, &make<CashFlowChart>,
         &prepareCashFlow, nullptr},
        {ChartKind::Breakdown, QStringLiteral("breakdown"), QStringLiteral("Cost breakdown"),
         QStringLiteral("Cost B&reakdown"), ctrl(Qt::Key_3), ChartGroup::Scenario, false, &make<BreakdownChart>,
         nullptr, nullptr},
        {ChartKind::Levers, QStringLiteral("levers"), QStringLiteral("Serving levers"),
         QStringLiteral("Serving &Levers"), ctrl(Qt::Key_4), ChartGroup::Scenario, false, &make<ServingLeversChart>,
         nullptr, nullptr},
        {ChartKind::Capacity, QStringLiteral("capacity"), QStringLiteral("Capacity"),
         QStringLiteral("Ca&pacity Chart"), ctrl(Qt::Key_9), ChartGroup::Scenario, false, &make<CapacityChart>,
         nullptr, nullptr},
        {ChartKind::Tornado, QStringLiteral("tornado"), QStringLiteral("Sensitivity"), QStringLiteral("&Sensitivity"),
         ctrl(Qt::Key_6), ChartGroup::Analysis, false, &make<TornadoChart>, &prepareTornado, &sensitivityTab},
        {ChartKind::Heatmap, QStringLiteral("heatmap"), QStringLiteral("Two-way"), QStringLiteral("&Two-way Heatmap"),
         ctrl(Qt::Key_7), ChartGroup::Analysis, false, &make<HeatmapChart>, &prepareHeatmap, &twoWayTab},
        {ChartKind::Distribution, QStringLiteral("distribution"), QStringLiteral("Uncertainty"),
         QStringLiteral("&Uncertainty"), ctrl(Qt::Key_8), ChartGroup::Analysis, true, &make<DistributionChart>,
         &prepareDistribution, &uncertaintyTab},
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
