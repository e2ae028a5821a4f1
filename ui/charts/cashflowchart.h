// The cash-flow chart: cumulative net savings month by month (the project
// cost up front, then the monthly savings before amortization), with the
// zero line and the payback month marked.
#pragma once

#include "curves.h"
#include "scenariochartview.h"

#include <QList>
#include <QPointF>

#include <vector>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ftroi {

class ChartCallout;

class CashFlowChart : public ScenarioChartView
{
    Q_OBJECT

public:
    static constexpr int kMinMonths = 24;
    static constexpr int kMaxMonths = 120;

    explicit CashFlowChart(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;

    // The months shown: max(24, ceil(payback) + 6), at most 120.
    static int horizonMonths(const ScenarioResult &result);

    QLineSeries *savingsSeries() const { return m_savings; }
    QLineSeries *zeroLine() const { return m_zero; }
    QScatterSeries *paybackPoint() const { return m_payback; }
    QValueAxis *monthAxis() const { return m_monthAxis; }
    QValueAxis *moneyAxis() const { return m_moneyAxis; }
    // "Pays back in 5.6 months" or "Does not pay back within 24 months".
    QString paybackText() const { return m_paybackText; }
    // The label beside the payback point; hidden when it does not pay back.
    const ChartCallout *paybackLabel() const { return m_paybackLabel; }

private:
    QLineSeries *m_savings;
    QLineSeries *m_zero;
    QScatterSeries *m_payback;
    QValueAxis *m_monthAxis;
    QValueAxis *m_moneyAxis;
    ChartCallout *m_paybackLabel;
    bool m_paybackInLegend = true;
    QString m_paybackText;
    QString m_currency;

    // Reused between updates.
    std::vector<CashFlowPoint> m_cash;
    QList<QPointF> m_points;
    QList<QPointF> m_zeroPoints;
    QList<QPointF> m_paybackPoints;
};

} // namespace ftroi
