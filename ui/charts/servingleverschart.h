// The serving-levers waterfall: the monthly serving cost with no levers, one
// bar per lever the scenario uses (traffic shape, autoscaling, engine,
// quantization, speculative decoding; red where it adds cost, green where it
// saves), and today's serving cost, each bar labelled with its dollars a month.
// Floating bars are a stacked series over an invisible base; an update
// replaces the values and categories in place.
#pragma once

#include "ui/charts/scenariochartview.h"
#include "core/engine/servinglevers.h"

#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QStackedBarSeries;
class QValueAxis;

namespace ftroi {

class ServingLeversChart : public ScenarioChartView
{
    Q_OBJECT

public:
    explicit ServingLeversChart(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;

    const ServingLevers &levers() const { return m_levers; }
    QStackedBarSeries *series() const { return m_series; }
    QBarSet *baseSet() const { return m_base; }
    QBarSet *totalSet() const { return m_total; }
    QBarSet *increaseSet() const { return m_increase; }
    QBarSet *decreaseSet() const { return m_decrease; }
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    QValueAxis *costAxis() const { return m_costAxis; }
    // The amount written over each bar ("$3,708", "-$1,854"), in bar order.
    QStringList barLabels() const;

private:
    void placeLabels();

    ServingLevers m_levers;
    QStackedBarSeries *m_series;
    QBarSet *m_base;
    QBarSet *m_total;
    QBarSet *m_increase;
    QBarSet *m_decrease;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_costAxis;
    QList<QGraphicsSimpleTextItem *> m_labels; // owned by the chart
    QList<double> m_tops;                      // where each label sits, in cost units
    QString m_currency;
};

} // namespace ftroi
