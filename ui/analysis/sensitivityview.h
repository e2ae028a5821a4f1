// The "Sensitivity" tab: a metric choice above the tornado chart of the
// current scenario. The tornado is cheap (a few dozen evaluations), so the
// view computes it inline (only while the tab is visible) and hands it to the
// chart.
#pragma once

#include "ui/analysis/analysispage.h"

class QComboBox;

namespace ftroi {

class TornadoChart;

class SensitivityView : public AnalysisPage
{
    Q_OBJECT

public:
    explicit SensitivityView(Document *document, QWidget *parent = nullptr);

    TornadoChart *chart() const { return m_chart; }
    QComboBox *metricBox() const { return m_metric; }

protected:
    void refresh(int scenario) override;

private:
    QComboBox *m_metric;
    TornadoChart *m_chart;
};

} // namespace ftroi
