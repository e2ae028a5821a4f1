// The tabs below the results, one per entry of the chart registry
// (ui/export/chartregistry.h) in its order, with the comparison table of all
// scenarios between the charts of the current scenario (break-even, cash
// flow, cost breakdown, serving levers) and its analyses (sensitivity,
// two-way, uncertainty). Only the visible chart is updated on a change; the
// others catch up when shown. The View menu gets one action per tab.
#pragma once

#include "core/engine/costengine.h"
#include "ui/export/chartregistry.h"

#include <QTabWidget>

class QMenu;

namespace ftroi {

class BreakEvenChart;
class CashFlowChart;
class ComparisonView;
class Document;
class ScenarioChartView;
class SensitivityView;
class TwoWayView;
class UncertaintyController;
class UncertaintyView;

class ChartsPanel : public QTabWidget
{
    Q_OBJECT

public:
    // `uncertainty` feeds the Uncertainty tab and the cash-flow band; without one the panel makes its own.
    explicit ChartsPanel(Document *document, UncertaintyController *uncertainty = nullptr, QWidget *parent = nullptr);

    BreakEvenChart *breakEvenChart() const;
    CashFlowChart *cashFlow() const;
    ScenarioChartView *chart(ChartKind kind) const;
    // The tab that shows `kind`: the chart itself, or the analysis view around it.
    QWidget *chartTab(ChartKind kind) const;
    ComparisonView *comparisonView() const { return m_comparison; }
    SensitivityView *sensitivityView() const;
    TwoWayView *twoWayView() const;
    UncertaintyView *uncertaintyView() const;
    UncertaintyController *uncertainty() const { return m_uncertainty; }
    // Scenario `index`'s result with the live samples' shares: the decision the
    // results panel shows, and what the charts and their exports are drawn from.
    ScenarioResult shownResult(int index) const;
    // The chart on the visible tab (break-even when the table is shown).
    ChartKind currentChartKind() const;
    // The document's file name as the charts' subtitles show it; empty while unsaved.
    QString documentName() const;
    // One action per tab, in tab order, that shows it: the registry's menu
    // text and shortcut ("Co&mparison Table", Ctrl+5 for the table).
    void addViewActions(QMenu *menu);

private:
    struct ChartTabState {
        ChartKind kind;
        QWidget *widget;
        ScenarioChartView *chart;
        bool fedByPanel; // the panel updates the chart (no analysis view of its own)
        bool stale;
    };
    struct MenuItem {
        QWidget *widget;
        QString text;
        QKeySequence shortcut;
    };
    void addPanelTab(QWidget *widget, const QString &title, const QString &menuText, const QKeySequence &shortcut);
    void addChartTab(const ChartEntry &entry);
    void addComparisonTab();
    void updateVisibleChart();
    QString shownDecisionLine() const;
    void updateDocumentName();

    Document *m_document;
    UncertaintyController *m_uncertainty;
    QString m_decisionLine; // the close call and exclusions the headings last showed
    QList<ChartTabState> m_tabs; // in ChartKind order
    QList<MenuItem> m_menu;      // in tab order
    ComparisonView *m_comparison = nullptr;
};

} // namespace ftroi
