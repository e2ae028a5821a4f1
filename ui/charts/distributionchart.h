// The Uncertainty chart: a histogram of the self-hosted path's NPV (or its
// monthly savings) over the Monte Carlo samples, with P10, P50 and P90 marked
// and the side below zero (the project loses money) shaded. In the app it
// shows the live snapshot of the UncertaintyController; off-screen (export,
// headless --chart distribution) setScenario() runs the simulation itself.
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

    // Runs the scenario's Monte Carlo (its samples and seed) and shows it.
    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;
    // Shows a computed snapshot of `scenario` (the app's live path).
    void setSnapshot(const UncertaintySnapshot &snapshot, const Scenario &scenario, const ScenarioResult &result,
                     const QString &currency);
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
