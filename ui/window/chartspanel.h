// The tabs below the results: break-even, cash-flow, cost-breakdown and serving-levers charts
// of the current scenario, the comparison table of all scenarios, and the
// sensitivity (tornado), two-way (heatmap) and uncertainty (Monte Carlo) analyses. Only
// the visible chart is updated on a change; the others catch up when shown.
#pragma once

#include "ui/charts/chartexport.h"

#include <QTabWidget>

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
    ComparisonView *comparisonView() const { return m_comparison; }
    SensitivityView *sensitivityView() const { return m_sensitivity; }
    TwoWayView *twoWayView() const { return m_twoWay; }
    UncertaintyView *uncertaintyView() const { return m_uncertaintyView; }
    UncertaintyController *uncertainty() const { return m_uncertainty; }
    // The chart on the visible tab (break-even when the table is shown).
    ChartKind currentChartKind() const;
    // The document's file name as the charts' subtitles show it; empty while unsaved.
    QString documentName() const;

private:
    void updateVisibleChart();
    void updateDocumentName();

    Document *m_document;
    QList<ScenarioChartView *> m_charts; // in ChartKind order
    QList<bool> m_stale;
    ComparisonView *m_comparison;
    SensitivityView *m_sensitivity; // analysis tabs: they recompute while visible, by themselves
    TwoWayView *m_twoWay;
    UncertaintyController *m_uncertainty;
    UncertaintyView *m_uncertaintyView;
};

} // namespace ftroi
