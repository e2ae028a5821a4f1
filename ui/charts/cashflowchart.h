// The cash-flow chart: cumulative cash of both fine-tuning paths (self-host
// and, when the scenario has one, the managed fine-tune) month by month over
// the model's lifetime, with traffic growth: the project cost up front, then
// each month's operating savings. Each line is drawn red while it is below
// zero; payback and end of life are marked, the NPVs are in the title. The
// self-hosted line's P10 – P90 band is handed in (setBand), never computed here.
#pragma once

#include "core/engine/curves.h"
#include "core/analysis/montecarlo.h"
#include "ui/charts/scenariochartview.h"

#include <QList>
#include <QPointF>

#include <vector>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ftroi {

class ChartCallout;

class CashFlowChart : public ScenarioChartView
{
    Q_OBJECT

public:
    explicit CashFlowChart(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;

    // The P10 – P90 band of the self-hosted line, drawn with the next setScenario(): in
    // the app from the Monte Carlo that runs off the GUI thread, in an export from one the
    // export code ran. None (empty) by default.
    void setBand(const CashFlowBand &band) { m_bandData = band; }
    QAreaSeries *bandSeries() const { return m_band; }

    // The months shown: ceil(lifetime), at least 1.
    static double horizonMonths(const Scenario &scenario);
    // A tick step for the month axis: about 12 ticks at most, whole months or years.
    static double monthTickStep(double months);

    // Each path's line at or above zero, and below it (red). Empty for a path the scenario does not have.
    QLineSeries *selfHostedSeries() const { return m_selfHosted; }
    QLineSeries *selfHostedBelowSeries() const { return m_selfHostedBelow; }
    QLineSeries *managedSeries() const { return m_managed; }
    QLineSeries *managedBelowSeries() const { return m_managedBelow; }
    QLineSeries *zeroLine() const { return m_zero; }
    // Payback of each path that pays back within the horizon, on the zero line.
    QScatterSeries *paybackPoints() const { return m_payback; }
    // The end of the lifetime on each path's line.
    QScatterSeries *endOfLifePoints() const { return m_endOfLife; }
    QValueAxis *monthAxis() const { return m_monthAxis; }
    QValueAxis *moneyAxis() const { return m_moneyAxis; }
    // "Self-host: NPV $420 k, pays back in 3.0 months · Managed: ..." (the title's second line).
    QString summaryText() const { return m_summary; }
    // The hover tooltip at a month: each path's cumulative cash there
    // (between the monthly points, on the straight line the chart draws).
    QString hoverText(double month) const;
    const ChartCallout *selfHostedPaybackLabel() const { return m_selfHostedLabel; }
    const ChartCallout *managedPaybackLabel() const { return m_managedLabel; }

private:
    void showHoverText(const QString &text);
    // Fills one path's lines; returns its payback point, when within the horizon.
    std::optional<QPointF> showPath(const Scenario &s, const ScenarioResult &r, Path path, QLineSeries *above,
                                    QLineSeries *below, double &yMin, double &yMax);

    // Fills the band's series from m_bandData, widening [yMin, yMax] to hold it.
    void showBand(double &yMin, double &yMax);

    QLineSeries *m_selfHosted;
    QLineSeries *m_selfHostedBelow;
    bool m_bandInLegend = true;
    CashFlowBand m_bandData;
    QLineSeries *m_managed;
    QLineSeries *m_managedBelow;
    QLineSeries *m_bandLow;
    QLineSeries *m_bandHigh;
    QAreaSeries *m_band;
    QLineSeries *m_zero;
    QScatterSeries *m_payback;
    QScatterSeries *m_endOfLife;
    QValueAxis *m_monthAxis;
    QValueAxis *m_moneyAxis;
    ChartCallout *m_selfHostedLabel;
    ChartCallout *m_managedLabel;
    bool m_managedInLegend = true;
    bool m_belowInLegend = true;
    bool m_paybackInLegend = true;
    QString m_summary;

    // Reused between updates.
    std::vector<LifetimeCashPoint> m_cash;
    QList<QPointF> m_points;
    QList<QPointF> m_selfHostedCash; // each path's whole line, for the tooltips
    QList<QPointF> m_managedCash;
    QString m_hoverCurrency;
    QList<QPointF> m_above;
    QList<QPointF> m_below;
    QList<QPointF> m_zeroPoints;
    QList<QPointF> m_paybackPoints;
    QList<QPointF> m_endPoints;
};

} // namespace ftroi
