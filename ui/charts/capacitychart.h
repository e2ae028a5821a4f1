// The Capacity chart: a load test's measured throughput against concurrency
// (left axis), its TTFT and TPOT at the benchmark's percentile on a second,
// logarithmic axis (right) with the SLO lines, the operating point c* where
// the first objective is crossed and the instances it implies at today's
// peak, and a warning when the test's requests are not the workload's shape.
// Without a benchmark it says how to get one instead of drawing empty axes.
#pragma once

#include "ui/charts/scenariochartview.h"
#include "ui/data/capacitydata.h"

#include <QStringList>

class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace ftroi {

class LogAxisLabels;

class CapacityChart : public ScenarioChartView
{
    Q_OBJECT

public:
    explicit CapacityChart(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;

    const CapacityData &data() const { return m_data; }
    QLineSeries *throughputSeries() const { return m_throughput; }
    QLineSeries *ttftSeries() const { return m_ttft; }
    QLineSeries *tpotSeries() const { return m_tpot; }
    QLineSeries *sloTtftSeries() const { return m_sloTtft; }
    QLineSeries *sloTpotSeries() const { return m_sloTpot; }
    QScatterSeries *operatingSeries() const { return m_operating; }
    QValueAxis *concurrencyAxis() const { return m_concurrencyAxis; }
    QValueAxis *throughputAxis() const { return m_throughputAxis; }
    QLogValueAxis *latencyAxis() const { return m_latencyAxis; }
    // The centred message (no load test, or no load meeting the SLO); empty when hidden.
    QString messageText() const;
    // The shape warning over the plot; empty when hidden.
    QString warningText() const;
    // The latency axis' labels as drawn (at powers of ten).
    QStringList latencyLabels() const;
    // The label beside the operating point; empty when hidden.
    QString operatingLabel() const;

private:
    void placeItems();
    void setAxesShown(bool shown);

    CapacityData m_data;
    QLineSeries *m_throughput;
    QLineSeries *m_ttft;
    QLineSeries *m_tpot;
    QLineSeries *m_sloTtft;
    QLineSeries *m_sloTpot;
    QLineSeries *m_operatingLine;
    QScatterSeries *m_operating;
    QValueAxis *m_concurrencyAxis;
    QValueAxis *m_throughputAxis;
    QLogValueAxis *m_latencyAxis;
    LogAxisLabels *m_latencyLabels;
    QGraphicsSimpleTextItem *m_message;
    QGraphicsTextItem *m_warning;
    QGraphicsSimpleTextItem *m_operatingText;
};

} // namespace ftroi
