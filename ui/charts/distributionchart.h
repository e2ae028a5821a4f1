// The Uncertainty chart: a histogram of the self-hosted path's NPV (or its
// monthly savings) over the Monte Carlo samples, with P10, P50 and P90 marked
// and the side below zero (the project loses money) shaded. It shows the
// snapshot it is handed (setSnapshot): in the app the UncertaintyController's
// live one, in an export one the export code computed.
// Series are replaced in place; labels are graphics items placed from the
// axes' mapping, so a new snapshot never re-lays out the chart.
#pragma once

#include "ui/data/uncertaintysnapshot.h"
#include "ui/charts/scenariochartview.h"

class QAreaSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace ftroi {

enum class UncertaintyMetric { Npv, MonthlySavings };

class DistributionChart : public ScenarioChartView
{
    Q_OBJECT

public:
    explicit DistributionChart(QWidget *parent = nullptr);

    // The Monte Carlo of the scenario to show (empty: no ranges), drawn with the next setScenario().
    void setSnapshot(const UncertaintySnapshot &snapshot) { m_snapshot = snapshot; }
    // Shows the last snapshot handed in, under this scenario's heading.
    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;
    void copyChoicesFrom(const ScenarioChartView &other) override;

    void setMetric(UncertaintyMetric metric);
    UncertaintyMetric metric() const { return m_metric; }

    // For tests: the histogram's outline, the shaded loss side, the P10/P50/P90 lines and labels.
    QLineSeries *histogramSeries() const { return m_outline; }
    QAreaSeries *lossArea() const { return m_lossArea; }
    QLineSeries *markerSeries(int i) const { return m_markers[i]; }
    QString markerText(int i) const;
    QValueAxis *valueAxis() const { return m_x; }
    QValueAxis *shareAxis() const { return m_y; }
    // The key numbers under the title (percentiles, probability, samples); "" without ranges.
    QString summaryText() const { return m_summary; }

private:
    // Fills the series, axes, markers and heading from the snapshot and the metric.
    void redraw();
    void place();

    UncertaintyMetric m_metric = UncertaintyMetric::Npv;
    UncertaintySnapshot m_snapshot;
    Scenario m_scenario;
    ScenarioResult m_result;
    QString m_currency = QStringLiteral("USD");
    QString m_summary;

    QValueAxis *m_x;
    QValueAxis *m_y;
    QLineSeries *m_outline;
    QAreaSeries *m_area;
    QLineSeries *m_lossTop;
    QAreaSeries *m_lossArea;
    QLineSeries *m_markers[3];
    QGraphicsSimpleTextItem *m_markerText[3];
    QGraphicsSimpleTextItem *m_empty;
    double m_markerValue[3] = {0, 0, 0};
    bool m_markerShown[3] = {false, false, false};
};

} // namespace ftroi
