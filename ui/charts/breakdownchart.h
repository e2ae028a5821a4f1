// The cost breakdown chart: one stacked bar for the self-hosted monthly cost
// (serving, storage, amortized project, quality delta; a negative delta
// stacks below zero) beside one bar for the monthly API cost.
#pragma once

#include "scenariochartview.h"

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace ftroi {

class BreakdownChart : public ScenarioChartView
{
    Q_OBJECT

public:
    enum Category { SelfHostedBar = 0, ApiBar = 1 };

    explicit BreakdownChart(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;

    QStackedBarSeries *series() const { return m_series; }
    QBarSet *servingSet() const { return m_serving; }
    QBarSet *storageSet() const { return m_storage; }
    QBarSet *amortizedSet() const { return m_amortized; }
    QBarSet *qualitySet() const { return m_quality; }
    QBarSet *apiSet() const { return m_api; }
    QValueAxis *costAxis() const { return m_costAxis; }

private:
    QStackedBarSeries *m_series;
    QBarSet *m_serving;
    QBarSet *m_storage;
    QBarSet *m_amortized;
    QBarSet *m_quality;
    QBarSet *m_api;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_costAxis;
    QString m_currency;
};

} // namespace ftroi
