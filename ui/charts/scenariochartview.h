// The base of the scenario charts: a QChartView styled by chartstyle that
// shows one scenario's result, and can lay itself out and render off-screen
// (chart export, clipboard, the headless command line) without being shown.
#pragma once

#include "costengine.h"
#include "scenario.h"

#include <QChartView>
#include <QString>

class QPainter;

namespace ftroi {

class ScenarioChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ScenarioChartView(QWidget *parent = nullptr);

    // Updates the chart from one scenario and its evaluated result.
    virtual void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) = 0;

    // White (default) or transparent chart background.
    void setTransparentBackground(bool transparent);

    // Lays the chart out at `size` as if the view were shown at that size.
    // A view that was never shown has no geometry yet and would render a tiny plot.
    // Meant for off-screen views: it resizes the widget.
    void layoutForRendering(const QSizeF &size);
    // Paints the laid-out chart into `target` on `painter`, scaled to fit.
    void renderChart(QPainter *painter, const QRectF &target);

protected:
    // Sets the chart title only when it changes (a new title re-lays out the chart).
    void setTitleIfChanged(const QString &title);
};

} // namespace ftroi
