// The cost breakdown chart: each path's WHOLE monthly cost (its TCO) as one
// stacked bar, side by side: the API (token bill, reviews and errors), the
// self-hosted model (serving, or an owned server's capital, power, colocation
// and maintenance; storage, amortized project, reviews and errors) and, when
// the scenario has one, the managed fine-tune (inference, hosting, amortized
// project, reviews and errors). Format 3 adds each path's operations and, with
// hybrid routing, the API bill of the requests left on the API. Every segment is a cost,
// never below zero. Each segment's amount is written beside its bar with a
// swatch of its colour, so a segment too thin to see (storage, often cents)
// is still there to read; the bar's total stands on top of it.
#pragma once

#include "ui/charts/scenariochartview.h"

#include <QList>
#include <QRectF>
#include <QStringList>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QStackedBarSeries;
class QValueAxis;

namespace ftroi {

class BreakdownChart : public ScenarioChartView
{
    Q_OBJECT

public:
    enum Category { ApiBar = 0, SelfHostedBar = 1, ManagedBar = 2 };

    explicit BreakdownChart(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;

    QStackedBarSeries *series() const { return m_series; }
    QBarSet *usageSet() const { return m_usage; }         // API tokens, managed inference
    QBarSet *servingSet() const { return m_serving; }     // self-hosted serving, managed hosting
    QBarSet *storageSet() const { return m_storage; }
    QBarSet *amortizedSet() const { return m_amortized; }
    QBarSet *qualitySet() const { return m_quality; }     // reviews and errors of each path
    QBarSet *capitalSet() const { return m_capital; }     // owned servers' level payment
    QBarSet *powerSet() const { return m_power; }
    QBarSet *colocationSet() const { return m_colocation; }
    QBarSet *maintenanceSet() const { return m_maintenance; }
    QBarSet *operationsSet() const { return m_operations; }
    // Every stacked set, bottom up.
    QList<QBarSet *> sets() const;
    QValueAxis *costAxis() const { return m_costAxis; }
    // The bars shown: 2 without a managed path, 3 with one.
    int barCount() const { return m_barCount; }

    // The amounts written beside the bars ("$0.37"), and where they are drawn
    // (chart coordinates), bar by bar from the bottom segment up; then the totals on top.
    QStringList segmentLabels() const;
    QList<QRectF> segmentLabelRects() const;
    QStringList totalLabels() const;

private:
    struct Label {
        QGraphicsRectItem *swatch;
        QGraphicsSimpleTextItem *text;
        int bar = 0;
        double from = 0; // the segment's bottom and top, in money
        double to = 0;
    };
    void placeLabels();

    QStackedBarSeries *m_series;
    QBarSet *m_usage;
    QBarSet *m_serving;
    QBarSet *m_capital;
    QBarSet *m_power;
    QBarSet *m_colocation;
    QBarSet *m_maintenance;
    QBarSet *m_storage;
    QBarSet *m_amortized;
    QBarSet *m_quality;
    QBarSet *m_operations;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_costAxis;
    QString m_currency;
    int m_barCount = 0;
    int m_labelsUsed = 0;
    QList<Label> m_labels;                     // a pool, owned by the chart
    QList<QGraphicsSimpleTextItem *> m_totals; // one per bar
    QList<double> m_totalValues;
};

} // namespace ftroi
