// The "Two-way" tab: a metric and two inputs above the heatmap. The 100 x 100
// grid is computed on the analysis runner's worker thread; a newer request
// (the next slider step) supersedes an older one, and only the newest result
// is shown. Clicking a cell sets both inputs as one undoable edit.
#pragma once

#include "ui/analysis/analysispage.h"

class QComboBox;
class QLabel;

namespace ftroi {

class AnalysisRunner;
class HeatmapChart;

class TwoWayView : public AnalysisPage
{
    Q_OBJECT

public:
    explicit TwoWayView(Document *document, QWidget *parent = nullptr);

    HeatmapChart *chart() const { return m_chart; }
    AnalysisRunner *runner() const { return m_runner; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *xBox() const { return m_x; }
    QComboBox *yBox() const { return m_y; }
    // Sets the current scenario's two inputs to a cell's values (one undo step).
    void applyCell(int ix, int iy);

protected:
    void refresh(int scenario) override;

private:
    void fillInputs(int scenario);
    void choiceChanged();

    QComboBox *m_metric;
    QComboBox *m_x;
    QComboBox *m_y;
    QLabel *m_status;
    HeatmapChart *m_chart;
    AnalysisRunner *m_runner;
    QStringList m_paths;
};

} // namespace ftroi
