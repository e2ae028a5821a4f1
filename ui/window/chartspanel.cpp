// ChartsPanel: the chart registry's tabs and the comparison table, following the current scenario.
#include "ui/window/chartspanel.h"

#include "ui/charts/chartheading.h"

#include "ui/analysis/sensitivityview.h"
#include "ui/analysis/twowayview.h"
#include "ui/analysis/uncertaintycontroller.h"
#include "ui/analysis/uncertaintyview.h"
#include "ui/charts/breakevenchart.h"
#include "ui/charts/cashflowchart.h"
#include "ui/comparison/comparisonview.h"
#include "ui/document/document.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>

namespace ftroi {

ChartsPanel::ChartsPanel(Document *document, UncertaintyController *uncertainty, QWidget *parent)
    : QTabWidget(parent), m_document(document),
      m_uncertainty(uncertainty ? uncertainty : new UncertaintyController(document, this))
{
    for (const ChartEntry &entry : chartEntries()) {
        if (entry.group == ChartGroup::Analysis && !m_comparison)
            addComparisonTab();
        addChartTab(entry);
    }
    if (!m_comparison)
        addComparisonTab();
    // The cash flow's P10 – P90 band comes from the live Monte Carlo, never from the GUI thread.
    // The samples' shares may make (or unmake) a close call: every heading says so.
    connect(m_uncertainty, &UncertaintyController::updated, this, [this] {
        m_tabs[int(ChartKind::CashFlow)].stale = true;
        const QString decision = shownDecisionLine();
        if (decision != m_decisionLine)
            for (ChartTabState &tab : m_tabs)
                tab.stale = true;
        updateVisibleChart();
    });

    auto markAllStale = [this] {
        for (ChartTabState &tab : m_tabs)
            tab.stale = true;
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

void ChartsPanel::addPanelTab(QWidget *widget, const QString &title, const QString &menuText,
                              const QKeySequence &shortcut)
{
    const int index = addTab(widget, title);
    setTabToolTip(index, shortcut.toString(QKeySequence::NativeText));
    m_menu.append({widget, menuText, shortcut});
}

void ChartsPanel::addChartTab(const ChartEntry &entry)
{
    Q_ASSERT(m_tabs.size() == int(entry.kind));
    ChartTab tab{nullptr, nullptr};
    if (entry.makeTab) {
        tab = entry.makeTab({m_document, m_uncertainty});
    } else {
        tab.chart = entry.makeChart().release();
        tab.widget = tab.chart;
    }
    m_tabs.append({entry.kind, tab.widget, tab.chart, !entry.makeTab, true});
    addPanelTab(tab.widget, entry.title, entry.menuText, entry.shortcut);
}

void ChartsPanel::addComparisonTab()
{
    m_comparison = new ComparisonView(m_document);
    addPanelTab(m_comparison, tr("Compare scenarios"), tr("Co&mparison Table"), QKeySequence(Qt::CTRL | Qt::Key_5));
}

void ChartsPanel::addViewActions(QMenu *menu)
{
    for (const MenuItem &item : std::as_const(m_menu)) {
        QWidget *widget = item.widget;
        QAction *show = menu->addAction(item.text, this, [this, widget] { setCurrentWidget(widget); });
        show->setShortcut(item.shortcut);
    }
}

CashFlowChart *ChartsPanel::cashFlow() const
{
    return static_cast<CashFlowChart *>(chart(ChartKind::CashFlow));
}

BreakEvenChart *ChartsPanel::breakEvenChart() const
{
    return static_cast<BreakEvenChart *>(chart(ChartKind::BreakEven));
}

ScenarioChartView *ChartsPanel::chart(ChartKind kind) const
{
    return m_tabs[int(kind)].chart;
}

QWidget *ChartsPanel::chartTab(ChartKind kind) const
{
    return m_tabs[int(kind)].widget;
}

SensitivityView *ChartsPanel::sensitivityView() const
{
    return static_cast<SensitivityView *>(chartTab(ChartKind::Tornado));
}

TwoWayView *ChartsPanel::twoWayView() const
{
    return static_cast<TwoWayView *>(chartTab(ChartKind::Heatmap));
}

UncertaintyView *ChartsPanel::uncertaintyView() const
{
    return static_cast<UncertaintyView *>(chartTab(ChartKind::Distribution));
}

ChartKind ChartsPanel::currentChartKind() const
{
    for (const ChartTabState &tab : m_tabs)
        if (tab.widget == currentWidget())
            return tab.kind;
    return ChartKind::BreakEven;
}

QString ChartsPanel::documentName() const
{
    return m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).fileName();
}

void ChartsPanel::updateDocumentName()
{
    const QString name = documentName();
    for (const ChartTabState &tab : std::as_const(m_tabs))
        tab.chart->setDocumentName(name);
}

void ChartsPanel::updateVisibleChart()
{
    const int scenario = m_document->currentIndex();
    if (scenario < 0)
        return;
    for (ChartTabState &tab : m_tabs) {
        if (tab.widget != currentWidget() || !tab.fedByPanel || !tab.stale)
            continue;
        if (tab.kind == ChartKind::CashFlow) {
            const UncertaintySnapshot &snap = m_uncertainty->snapshot();
            cashFlow()->setBand(snap.scenario == scenario ? snap.detail.band : CashFlowBand{});
        }
        tab.chart->setScenario(m_document->scenario(scenario), shownResult(scenario), m_document->currency());
        tab.stale = false;
    }
    m_decisionLine = shownDecisionLine();
}

ScenarioResult ChartsPanel::shownResult(int index) const
{
    return withSnapshotShares(m_document->scenario(index), index, m_document->result(index), m_uncertainty->snapshot());
}

QString ChartsPanel::shownDecisionLine() const
{
    const int index = m_document->currentIndex();
    return index < 0 ? QString() : chartDecisionLine(shownResult(index), m_document->currency());
}

} // namespace ftroi
