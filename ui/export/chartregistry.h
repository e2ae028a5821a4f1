// Every chart the app offers, in one table: its kind, the name the command
// line and file names use, its title, its View-menu text and shortcut, how to
// make the chart, what an export computes for it, and the tab that shows it in
// the window. The tab bar, the View menu, `ftroi --chart NAME|all` and chart
// export all read this table, so adding a chart is one entry here plus the
// chart class (docs/ARCHITECTURE.md, "How to add a chart").
#pragma once

#include "core/model/scenario.h"

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QWidget;

namespace ftroi {

class Document;
class ScenarioChartView;
class UncertaintyController;

// In table order, which is also the order of the tabs, the View menu and `--chart all`.
enum class ChartKind { BreakEven, CashFlow, Breakdown, Levers, Capacity, Tornado, Heatmap, Distribution };

// Where a chart's tab sits: before the comparison table (a chart of the
// current scenario's result) or after it (an analysis of the scenario).
enum class ChartGroup { Scenario, Analysis };

// What a tab factory may use: the open document and its live Monte Carlo.
struct ChartTabContext {
    Document *document;
    UncertaintyController *uncertainty;
};

// A chart's tab: the widget on the tab bar and the chart inside it.
struct ChartTab {
    QWidget *widget;
    ScenarioChartView *chart;
};

struct ChartEntry {
    ChartKind kind;
    QString name;          // "break-even": `--chart NAME` and exported file names
    QString title;         // "Break-even": the tab, the export dialog, status messages
    QString menuText;      // "&Break-even Chart": the View menu
    QKeySequence shortcut; // Ctrl+1: the View menu, the tab's tooltip
    ChartGroup group;
    // `--chart all` draws it only for scenarios with uncertainty ranges.
    bool needsRanges;
    // A new, empty chart of this kind.
    std::unique_ptr<ScenarioChartView> (*makeChart)();
    // Hands a new chart the analysis it shows for `scenario`, computed here
    // on the calling thread (export, the headless command line); setScenario()
    // follows. Null for a chart drawn from the scenario and its result alone.
    void (*prepareExport)(ScenarioChartView &chart, const Scenario &scenario, const QString &currency);
    // The tab that shows this kind in the window, which updates its chart by
    // itself. Null: the chart itself is the tab, and the charts panel updates
    // it from the current scenario while it is visible.
    ChartTab (*makeTab)(const ChartTabContext &context);
};

// Every entry, in ChartKind order.
const QList<ChartEntry> &chartEntries();
const ChartEntry &chartEntry(ChartKind kind);

// Every kind, in table order, and their names ("break-even", ...).
QList<ChartKind> chartKinds();
QStringList chartKindNames();
// The entry's name and title.
QString chartKindName(ChartKind kind);
QString chartKindTitle(ChartKind kind);
// The kind a name (any case) stands for.
std::optional<ChartKind> chartKindFromName(const QString &name);

// A new, empty chart view of that kind.
std::unique_ptr<ScenarioChartView> createChartView(ChartKind kind);

} // namespace ftroi
