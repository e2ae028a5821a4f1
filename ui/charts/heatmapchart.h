// The two-way chart: a metric over two inputs as a 100 x 100 heatmap drawn
// as the plot's background (one image, scaled without smoothing), a colour
// bar with values beside it, the break-even contour as a line and today's
// point. Hovering a cell shows its inputs and value; clicking one emits
// cellClicked(). Cells where a fixed fleet is over capacity at the peak are
// hatched, with a legend entry. The grid is handed in (setData): the app computes it on a
// worker thread, an export on the calling thread.
#pragma once

#include "ui/data/heatmapdata.h"
#include "ui/charts/scenariochartview.h"

#include <vector>

class QGraphicsPathItem;
class QGraphicsPixmapItem;
class QGraphicsSimpleTextItem;
class QAbstractSeries;
class QAreaSeries;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace ftroi {

class LogAxisLabels;

class HeatmapChart : public ScenarioChartView
{
    Q_OBJECT

public:
    explicit HeatmapChart(QWidget *parent = nullptr);

    // The metric and the two inputs the caller computes the grid for (the tab's choice; default axes).
    void setChoice(Metric metric, const QString &xPath, const QString &yPath);
    // The scenario's subtitle over the grid last handed in.
    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;
    // The metric and the two inputs of `other` when it is a heatmap chart.
    void copyChoicesFrom(const ScenarioChartView &other) override;
    // Shows computed data (from any thread's computeHeatmap, delivered on this one).
    void setData(HeatmapData data, const QString &currency);

    const HeatmapData &data() const { return m_data; }
    Metric metric() const { return m_metric; }
    QString xPath() const { return m_xPath; }
    QString yPath() const { return m_yPath; }
    // The cell under `viewPos` (view coordinates), or false outside the plot.
    bool cellAt(const QPoint &viewPos, int *ix, int *iy) const;
    // The centre of a cell in view coordinates.
    QPoint cellCentre(int ix, int iy) const;
    // The text of a cell's tooltip.
    QString cellText(int ix, int iy) const;
    // The drawn contour, in chart coordinates.
    QPainterPath contourPath() const;
    // The hatched over-capacity region, in chart coordinates (empty when no cell is over capacity).
    QPainterPath overCapacityPath() const;

Q_SIGNALS:
    void cellClicked(int ix, int iy);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void place();
    void updateAxes();
    void updateColorBar();
    QPointF cellToChart(double fx, double fy) const;
    QPainterPath overCapacityCells() const;
    QList<QAbstractSeries *> keySeries() const;

    Metric m_metric = Metric::MonthlySavings;
    QString m_xPath;
    QString m_yPath;
    QString m_currency;
    HeatmapData m_data;
    double m_xScale = 1; // display units per input unit (100 for shares)
    double m_yScale = 1;

    QValueAxis *m_xLinear;
    QLogValueAxis *m_xLog;
    QValueAxis *m_yLinear;
    QLogValueAxis *m_yLog;
    LogAxisLabels *m_xLogLabels;
    LogAxisLabels *m_yLogLabels;
    QScatterSeries *m_today;
    QLineSeries *m_frontierKey; // no points: the contour's legend entry
    QAreaSeries *m_overCapacityKey; // no points: the hatching's legend entry
    bool m_overCapacityInLegend = true;
    QGraphicsPixmapItem *m_image;
    QGraphicsPathItem *m_contour;
    QGraphicsPathItem *m_overCapacity; // hatched over the cells where a fixed fleet cannot carry the peak
    QGraphicsPixmapItem *m_colorBar;
    QGraphicsSimpleTextItem *m_colorBarTitle;
    std::vector<QGraphicsSimpleTextItem *> m_colorBarLabels;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace ftroi
