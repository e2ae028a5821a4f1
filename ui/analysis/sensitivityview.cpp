// SensitivityView: the metric combo and the tornado chart.
#include "ui/analysis/sensitivityview.h"

#include "core/analysis/analysis.h"
#include "ui/charts/tornadochart.h"
#include "ui/document/document.h"
#include "ui/data/metriclabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ftroi {

SensitivityView::SensitivityView(Document *document, QWidget *parent)
    : AnalysisPage(document, parent), m_metric(new QComboBox), m_chart(new TornadoChart)
{
    for (Metric metric : offeredMetrics())
        m_metric->addItem(metricLabel(metric), int(metric));
    m_metric->setToolTip(tr("The result each bar shows, from the input at its low to the input at its high"));
    auto *choices = new QHBoxLayout;
    auto *label = new QLabel(tr("&Metric:"));
    label->setBuddy(m_metric);
    choices->addWidget(label);
    choices->addWidget(m_metric);
    choices->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(choices);
    layout->addWidget(m_chart, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setMetric(Metric(m_metric->currentData().toInt()));
        invalidate();
    });
}

void SensitivityView::refresh(int scenario)
{
    const Scenario &s = document()->scenario(scenario);
    m_chart->setSensitivity(sensitivity(s, m_chart->metric()));
    m_chart->setScenario(s, document()->result(scenario), document()->currency());
}

} // namespace ftroi
