// AnalysisPage: recompute while visible, otherwise remember that the page is stale.
#include "ui/analysis/analysispage.h"

#include "ui/document/document.h"

namespace ftroi {

AnalysisPage::AnalysisPage(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    connect(document, &Document::currentScenarioChanged, this, &AnalysisPage::invalidate);
}

void AnalysisPage::invalidate()
{
    m_stale = true;
    if (isVisible())
        refreshIfStale();
}

void AnalysisPage::refreshIfStale()
{
    const int scenario = m_document->currentIndex();
    if (!m_stale || scenario < 0 || scenario >= m_document->scenarioCount())
        return;
    m_stale = false;
    refresh(scenario);
}

void AnalysisPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfStale();
}

} // namespace ftroi
