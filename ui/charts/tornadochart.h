// The tornado chart: for each input, a bar from the metric at the input's low
// to the metric at its high, around the base value, largest swing on top;
// each bar end is labelled with the input value that produced it. The chart
// draws the sensitivity it is handed (core sensitivity(): the scenario's
// uncertainty ranges, else +-20 %); the caller computes it for metric().
#pragma once

#include "core/analysis/analysis.h"
#include "ui/charts/scenariochartview.h"

#include <vector>

class QCategoryAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ftroi {

class TornadoChart : public ScenarioChartView
{
    Q_OBJECT

public:
    explicit TornadoChart(QWidget *parent = nullptr);

    // The metric the chart's caller computes the sensitivity for (the tab's choice).
    void setMetric(Metric metric) { m_metric = metric; }
    Metric metric() const { return m_metric; }
    // The sensitivity to show, drawn with the next setScenario() (in its own metric).
    void setSensitivity(const Sensitivity &sensitivity) { m_sensitivity = sensitivity; }
    // Shows the last sensitivity handed in, under this scenario's heading.
    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;
    // The metric of `other` when it is a tornado chart.
    void copyChoicesFrom(const ScenarioChartView &other) override;

    const Sensitivity &sensitivity() const { return m_sensitivity; }
    // Row labels top to bottom (largest swing first).
    QStringList rowLabels() const;
    // The texts at the ends of row `row`'s bar: at the input's low and at its high.
    QString lowEndLabel(int row) const;
    QString highEndLabel(int row) const;
    // Where those texts are drawn, in chart coordinates.
    QRectF lowEndLabelRect(int row) const;
    QRectF highEndLabelRect(int row) const;
    // Whether an end's bar is hatched: the metric is "never" there.
    bool lowEndIsNever(int row) const;
    bool highEndIsNever(int row) const;
    double valueAxisMin() const;

private:
    struct Bar {
        QGraphicsRectItem *low;
        QGraphicsRectItem *high;
        QGraphicsSimpleTextItem *lowText;
        QGraphicsSimpleTextItem *highText;
    };
    void ensureBars(int count);
    void place();
    double shown(const std::optional<double> &value) const; // never -> the axis' far end

    Metric m_metric = Metric::MonthlySavings;
    QString m_currency;
    Sensitivity m_sensitivity;
    QStringList m_rowLabels;
    double m_neverAt = 0;
    QValueAxis *m_valueAxis;
    QCategoryAxis *m_rowAxis;
    QLineSeries *m_baseLine;
    QScatterSeries *m_lowKey;  // legend entries only
    QScatterSeries *m_highKey;
    QGraphicsSimpleTextItem *m_baseText;
    std::vector<Bar> m_bars;
};

} // namespace ftroi
