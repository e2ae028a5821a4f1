// The scenarios chart (`--chart scenarios`, the comparison tab's chart): every
// scenario of the document side by side, a horizontal bar per fine-tuning path
// (self-host, and managed where a scenario has it) with its NPV or monthly
// savings, each bar's amount at its end, and each scenario's best path named
// at its bar ("(best)", or "(best: API)" at the self-host bar). For the deck slide that compares the options.
#pragma once

#include "core/analysis/analysis.h"
#include "ui/charts/scenariochartview.h"

#include <QList>
#include <QStringList>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QValueAxis;

namespace ftroi {

class ScenariosChart : public ScenarioChartView
{
    Q_OBJECT

public:
    explicit ScenariosChart(QWidget *parent = nullptr);

    // Shows every scenario of `document` with its result (same order); the
    // metric is Metric::Npv (default) or Metric::MonthlySavings.
    void setScenarios(const ScenarioDocument &document, const std::vector<ScenarioResult> &results, Metric metric);
    // One scenario alone is not what this chart shows: draws that scenario as a document of one.
    void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) override;

    QBarSet *selfHostedSet() const { return m_selfHosted; }
    QBarSet *managedSet() const { return m_managed; }
    QStringList categories() const;
    QStringList valueLabels() const; // the amounts at the bars' ends, self-host first then managed

private:
    void placeLabels();

    QHorizontalBarSeries *m_series;
    QBarSet *m_selfHosted;
    QBarSet *m_managed;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QList<QGraphicsSimpleTextItem *> m_labels; // one per bar of each set, a pool
    QString m_currency;
    QStringList m_selfSuffix;    // per category: " (best)", " (best: API)" or nothing
    QStringList m_managedSuffix;
    QList<bool> m_hasManaged;    // per category: whether the scenario has a managed path
};

} // namespace ftroi
