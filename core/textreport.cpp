// Plain-text tables with units, currency and "never".
#include "textreport.h"

#include "format.h"

#include <QStringList>

namespace ftroi {

namespace {

class Table
{
public:
    void row(const QString &label, const QString &value) { m_rows.append({label, value}); }
    void blank() { m_rows.append({QString(), QString()}); }

    QString text() const
    {
        qsizetype labelWidth = 0;
        qsizetype valueWidth = 0;
        for (const auto &[label, value] : m_rows) {
            labelWidth = std::max(labelWidth, label.size());
            valueWidth = std::max(valueWidth, value.size());
        }
        QString out;
        for (const auto &[label, value] : m_rows) {
            if (label.isEmpty())
                out += QLatin1Char('\n');
            else
                out += QStringLiteral("  %1  %2\n").arg(label, -int(labelWidth)).arg(value, int(valueWidth));
        }
        return out;
    }

private:
    QList<std::pair<QString, QString>> m_rows;
};

QString optionalTokens(const QLocale &l, const std::optional<double> &tokens, const QString &none)
{
    return tokens ? formatTokensPerDay(l, *tokens) : none;
}

} // namespace

QString scenarioReport(const Scenario &s, const ScenarioResult &r, const QString &currency,
                       const QLocale &l)
{
    auto money = [&](double v) { return formatMoney(l, v, currency); };
    auto perMonth = [&](double v) { return money(v) + QStringLiteral("/month"); };

    Table t;
    t.row(QStringLiteral("Current volume"), formatTokensPerDay(l, r.currentDailyTokens));
    t.row(QStringLiteral("API bill"), perMonth(r.monthlyApiCost));
    t.blank();
    t.row(QStringLiteral("Instances"), formatNumber(l, r.instances, 0)
              + (s.selfHosted.fixedInstances ? QStringLiteral(" (fixed)") : QStringLiteral(" (auto)")));
    t.row(QStringLiteral("Utilization"), formatPercent(l, r.utilization)
              + (r.utilization > 1 ? QStringLiteral("  OVER CAPACITY") : QString()));
    t.row(QStringLiteral("Serving"), perMonth(r.monthlyServingCost));
    t.row(QStringLiteral("Storage"), perMonth(r.monthlyStorageCost));
    t.row(QStringLiteral("Amortized project"), perMonth(r.monthlyAmortizedProjectCost));
    t.row(QStringLiteral("Quality delta (reviews)"), perMonth(r.monthlyQualityCostDelta));
    t.row(QStringLiteral("Self-hosted all-in"), perMonth(r.monthlyFtTotal));
    t.row(QStringLiteral("Monthly savings"), perMonth(r.monthlySavings));
    t.row(QStringLiteral("Serving cost per 1M tokens"),
          r.servingCostPer1MTokens ? money(*r.servingCostPer1MTokens) : QStringLiteral("no traffic"));
    t.blank();
    t.row(QStringLiteral("Compute (training runs)"), money(r.computeCost));
    t.row(QStringLiteral("Engineering"), money(r.engineeringCost)
              + QStringLiteral(" (%1 h)").arg(formatNumber(l, r.engineeringHours, 1)));
    t.row(QStringLiteral("Total project cost"), money(r.totalProjectCost));
    t.row(QStringLiteral("Payback"), formatMonths(l, r.paybackMonths));
    t.blank();
    t.row(QStringLiteral("Break-even (serving + storage)"),
          optionalTokens(l, r.breakEvenTokensPerDay,
                         r.currentDailyTokens > 0 ? QStringLiteral("none (API price is zero)") : QStringLiteral("none (no traffic)")));
    t.row(QStringLiteral("Above that break-even"), r.isAboveBreakEven ? QStringLiteral("yes") : QStringLiteral("no"));
    t.row(QStringLiteral("Break-even (all-in)"),
          optionalTokens(l, r.breakEvenAllInTokensPerDay, QStringLiteral("never (up to 10 T tokens/day)")));

    QString out = s.name + QLatin1Char('\n') + QString(s.name.size(), QLatin1Char('=')) + QLatin1Char('\n');
    out += t.text();
    if (r.training) {
        out += QStringLiteral("\n  Cost per run, estimated from a training run:\n");
        out += trainingReport(*r.training, l);
    }
    if (r.recommendation && s.context) {
        out += QStringLiteral("\n  Recommendation: %1 (score %2)\n")
                   .arg(verdictTitle(r.recommendation->verdict))
                   .arg(r.recommendation->score);
        for (const QString &reason : recommendationReasons(*r.recommendation, *s.context, currency))
            out += QStringLiteral("    - ") + reason + QLatin1Char('\n');
    }
    return out;
}

QString trainingReport(const TrainingEstimate &e, const QLocale &l)
{
    Table t;
    t.row(QStringLiteral("GPUs"), formatNumber(l, e.numGpus, 0));
    t.row(QStringLiteral("Throughput"), formatNumber(l, e.tokensPerSecond, 0) + QStringLiteral(" tokens/s")
              + (e.fromBenchmark ? QString() : QStringLiteral(" (fallback rule)")));
    t.row(QStringLiteral("Training tokens"), formatCompact(l, e.totalTokens) + QStringLiteral(" tokens"));
    t.row(QStringLiteral("Training time"), formatNumber(l, e.trainingHours, 2) + QStringLiteral(" h (incl. 15% overhead)"));
    t.row(QStringLiteral("Cost per hour"), formatMoney(l, e.costPerHour, QStringLiteral("USD"), 4));
    t.row(QStringLiteral("Cost per run"), formatMoney(l, e.totalCostUsd, QStringLiteral("USD")));
    return t.text();
}

} // namespace ftroi
