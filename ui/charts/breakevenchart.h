// The break-even chart: each path's WHOLE monthly cost (the API bill and its
// own reviews and errors; the self-hosted serving, storage, amortized project
// and its own reviews and errors; the managed path's likewise) against daily
// volume on a log axis, with today's volume and both break-evens marked.
// Whole costs are never negative, so the cost axis is logarithmic too (the API
// bill grows with volume and would squash the crossing against the bottom of
// a linear axis); a cost of exactly zero sits on the axis' floor, and only a
// chart with no cost above zero falls back to a linear 0..1 axis. Hovering a
// line shows the exact costs at that volume; hovering today's marker, today's.
// Updated on every slider step, so an update reuses its buffers, replaces
// each series' points in one call and only swaps the cost axis when the kind
// of axis changes.
#pragma once

#include "core/engine/curves.h"
#include "ui/charts/scenariochartview.h"

#include <QList>
#include <QPointF>

#include <vector>

class QAbstractAxis;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace ftroi {

class ChartCallout;
class LogAxisLabels;

class BreakEvenChart : public ScenarioChartView
{
    Q_OBJECT

public:
    static constexpr int kSamplePoints = 200;

    explicit BreakEvenChart(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;

    QLineSeries *apiSeries() const { return m_api; }
    QLineSeries *selfHostedSeries() const { return m_selfHosted; }
    QLineSeries *selfHostedOverCapacitySeries() const { return m_selfHostedOver; }
    // The managed path's monthly total; empty (and out of the legend) without a managed path.
    QLineSeries *managedSeries() const { return m_managed; }
    QScatterSeries *managedBreakEvenPoint() const { return m_managedBreakEven; }
    const ChartCallout *managedBreakEvenLabel() const { return m_managedBreakEvenLabel; }
    // Today's volume: a vertical line over the whole plot, and a point on each cost line.
    QLineSeries *todayLine() const { return m_todayLine; }
    QScatterSeries *todayPoints() const { return m_todayPoints; }
    QScatterSeries *breakEvenPoint() const { return m_breakEven; }
    QLogValueAxis *volumeAxis() const { return m_volumeAxis; }
    // The two cost axes: linear (shown when some plotted cost is <= 0) and log
    // (shown when every plotted cost is > 0). The series use the shown one only.
    QValueAxis *costAxis() const { return m_costAxis; }
    QLogValueAxis *logCostAxis() const { return m_logCostAxis; }
    bool isLogCostAxis() const { return m_logCost; }
    QAbstractAxis *activeCostAxis() const;
    // The range of the shown cost axis.
    double costMin() const;
    double costMax() const;
    // "Break-even 31.2 M tokens/day", or why there is none (also in the title).
    QString breakEvenText() const { return m_breakEvenText; }
    // The label at the top of today's line ("Today 50.0 M tokens/day"), empty when hidden.
    QString todayText() const;
    // The label beside the break-even point; hidden when there is no point.
    const ChartCallout *breakEvenLabel() const { return m_breakEvenLabel; }
    // The labels under the volume axis ("1 k", "10 M", ...).
    QStringList volumeLabels() const;
    // The labels beside the log cost axis ("$1,000", "$10 k", ...); none while it is linear.
    QStringList costLabels() const;
    // The hover tooltip at a volume: the whole monthly cost of each path there.
    QString hoverText(double tokensPerDay) const;
    // The tooltip at today's marker: today's whole costs as the engine reports them.
    QString todayHoverText() const;

private:
    double wholeApiCostAt(double tokensPerDay) const;
    void showHoverText(const QString &text);
    // Moves every series to the log or the linear cost axis and shows only that one.
    void setLogCostAxis(bool log);

    QLineSeries *m_api;
    QLineSeries *m_selfHosted;
    QLineSeries *m_selfHostedOver; // a fixed fleet's cost beyond its capacity (dotted)
    QLineSeries *m_managed;
    QLineSeries *m_todayLine;
    QScatterSeries *m_todayPoints;
    QScatterSeries *m_breakEven;
    QScatterSeries *m_managedBreakEven;
    QLogValueAxis *m_volumeAxis;
    QValueAxis *m_costAxis;
    QLogValueAxis *m_logCostAxis;
    LogAxisLabels *m_volumeLabels;
    LogAxisLabels *m_costLabels;
    bool m_logCost = false;
    ChartCallout *m_breakEvenLabel;
    ChartCallout *m_managedBreakEvenLabel;
    ChartCallout *m_todayLabel;
    bool m_todayInLegend = true;
    bool m_breakEvenInLegend = true;
    bool m_managedInLegend = true;
    bool m_selfHostedOverInLegend = true;
    bool m_managedBreakEvenInLegend = true;
    QString m_breakEvenText;
    QString m_currency;
    // What the tooltips compute from.
    CostLine m_line;
    ManagedCostLine m_managedLine;
    double m_apiQualityPerDailyToken = 0;
    bool m_hasManaged = false;
    double m_today = 0;
    double m_todayCosts[3] = {0, 0, 0}; // API, self-hosted, managed whole costs today
    QString m_tooltipCurrency;

    // Reused between updates.
    std::vector<CostCurvePoint> m_curve;
    QList<QPointF> m_apiPoints;
    QList<QPointF> m_selfHostedPoints;
    QList<QPointF> m_selfHostedOverPoints;
    QList<QPointF> m_managedPoints;
    QList<QPointF> m_managedBreakEvenBuffer;
    QList<QPointF> m_todayPointsBuffer;
    QList<QPointF> m_breakEvenBuffer;
    QList<QPointF> m_todayLineBuffer;
};

} // namespace ftroi
