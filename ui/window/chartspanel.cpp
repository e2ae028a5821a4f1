// ChartsPanel: chart tabs that follow the current scenario.
#include "ui/window/chartspanel.h"

#include "ui/charts/breakdownchart.h"
#include "ui/charts/breakevenchart.h"
#include "ui/charts/cashflowchart.h"
#include "ui/charts/distributionchart.h"
#include "ui/charts/servingleverschart.h"
#include "ui/analysis/sensitivityview.h"
#include "ui/analysis/twowayview.h"
#include "ui/analysis/uncertaintycontroller.h"
#include "ui/analysis/uncertaintyview.h"
#include "ui/charts/heatmapchart.h"
#include "ui/charts/tornadochart.h"
#include "ui/comparison/comparisonview.h"
#include "ui/document/document.h"

#include <QFileInfo>

namespace ftroi {

ChartsPanel::ChartsPanel(Document *document, UncertaintyController *uncertainty, QWidget *parent)
    : QTabWidget(parent), m_document(document),
      m_uncertainty(uncertainty ? uncertainty : new UncertaintyController(document, this))
{
    m_charts = {new BreakEvenChart, new CashFlowChart, new BreakdownChart, new ServingLeversChart};
    m_stale = {true, true, true, true};
    addTab(m_charts[0], tr("Break-even"));
    addTab(m_charts[1], tr("Cash flow"));
    addTab(m_charts[2], tr("Cost breakdown"));
    addTab(m_charts[3], tr("Serving levers"));
    m_comparison = new ComparisonView(document);
    addTab(m_comparison, tr("Compare scenarios"));
    m_sensitivity = new SensitivityView(document);
    addTab(m_sensitivity, tr("Sensitivity"));
    m_twoWay = new TwoWayView(document);
    addTab(m_twoWay, tr("Two-way"));
    m_uncertaintyView = new UncertaintyView(document, m_uncertainty);
    addTab(m_uncertaintyView, tr("Uncertainty"));
    // The cash flow's P10 – P90 band comes from the live Monte Carlo, never from the GUI thread.
    cashFlow()->setLiveBand(true);
    connect(m_uncertainty, &UncertaintyController::updated, this, [this] {
        m_stale[int(ChartKind::CashFlow)] = true;
        updateVisibleChart();
    });
    for (int i = 0; i < count(); ++i)
        setTabToolTip(i, tr("Ctrl+%1").arg(i + 1));

    auto markAllStale = [this] {
        for (bool &stale : m_stale)
            stale = true;
        updateVisibleChart();
    };
    connect(document, &Document::currentScenarioChanged, this, markAllStale);
    connect(document, &Document::filePathChanged, this, [this, markAllStale] {
        updateDocumentName();
        markAllStale();
    });
    connect(this, &QTabWidget::currentChanged, this, &ChartsPanel::updateVisibleChart);
    connect(m_comparison, &ComparisonView::scenarioActivated, document, &Document::setCurrentIndex);
    updateDocumentName();
    updateVisibleChart();
}

CashFlowChart *ChartsPanel::cashFlow() const
{
    return static_cast<CashFlowChart *>(m_charts[int(ChartKind::CashFlow)]);
}

BreakEvenChart *ChartsPanel::breakEvenChart() const
{
    return static_cast<BreakEvenChart *>(m_charts[0]);
}

ScenarioChartView *ChartsPanel::chart(ChartKind kind) const
{
    if (kind == ChartKind::Tornado)
        return m_sensitivity->chart();
    if (kind == ChartKind::Heatmap)
        return m_twoWay->chart();
    if (kind == ChartKind::Distribution)
        return m_uncertaintyView->chart();
    return m_charts[int(kind)];
}

ChartKind ChartsPanel::currentChartKind() const
{
    if (currentWidget() == m_sensitivity)
        return ChartKind::Tornado;
    if (currentWidget() == m_twoWay)
        return ChartKind::Heatmap;
    if (currentWidget() == m_uncertaintyView)
        return ChartKind::Distribution;
    const int i = currentIndex();
    return i >= 0 && i < m_charts.size() ? ChartKind(i) : ChartKind::BreakEven;
}

QString ChartsPanel::documentName() const
{
    return m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).fileName();
}

void ChartsPanel::updateDocumentName()
{
    const QString name = documentName();
    for (ChartKind kind : chartKinds())
        chart(kind)->setDocumentName(name);
}

void ChartsPanel::updateVisibleChart()
{
    const int tab = currentIndex();
    const int scenario = m_document->currentIndex();
    if (tab < 0 || tab >= m_charts.size() || scenario < 0 || !m_stale[tab])
        return;
    if (tab == int(ChartKind::CashFlow)) {
        const UncertaintySnapshot &snap = m_uncertainty->snapshot();
        cashFlow()->setBand(snap.scenario == scenario ? snap.detail.band : CashFlowBand{});
    }
    m_charts[tab]->setScenario(m_document->scenario(scenario), m_document->result(scenario), m_document->currency());
    m_stale[tab] = false;
}

} // namespace ftroi
