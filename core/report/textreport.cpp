// Plain-text tables with units, currency and "never".
#include "core/report/textreport.h"

#include "core/text/format.h"
#include "core/catalog/pricenotes.h"
#include "core/report/decisionwords.h"
#include "core/report/trainingreport.h"

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

// "reserved: 30 % off, upfront $2,000.00 (commitment paid at month 0 $4,000.00)", "owned: capital …".
template<typename Money>
QString fleetPricingText(const Scenario &s, const ScenarioResult &r, const Money &money)
{
    const PricingModel model = pricingModel(s.selfHosted);
    QString text = pricingModelCode(model).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (model == PricingModel::Owned)
        text += QStringLiteral(": capital %1/month, running %2/month, servers %3")
                    .arg(money(r.monthlyCapitalCost), money(r.monthlyOpex), money(r.capexUsd));
    else if (model == PricingModel::Reserved)
        text += QStringLiteral(": paid every hour, %1 upfront").arg(money(r.commitmentUpfront));
    return text;
}

} // namespace

// "Self-host (largest NPV above 0 over 18 months)", and why when no path is above 0.
static QString bestPathReason(const ScenarioResult &r, const QString &lifetime)
{
    const std::optional<Path> best = r.decision.bestPath;
    if (!best)
        return QStringLiteral("none (every path is excluded)");
    if (pathNpv(r, *best).value_or(0) > 0)
        return QStringLiteral("%1 (largest NPV above 0 over %2)").arg(pathTitle(*best), lifetime);
    if (*best == Path::Api)
        return QStringLiteral("API (no %1fine-tuning path has an NPV above 0 over %2)")
            .arg(r.decision.isExcluded(Path::SelfHosted) || r.decision.isExcluded(Path::Managed) ? QStringLiteral("allowed ") : QString(),
                 lifetime);
    return QStringLiteral("%1 (the API is not allowed; no allowed path has an NPV above 0 over %2)").arg(pathTitle(*best), lifetime);
}

QString scenarioReport(const Scenario &s, const ScenarioResult &r, const QString &currency,
                       const QLocale &l)
{
    auto money = [&](double v) { return formatMoney(l, v, currency); };
    auto perMonth = [&](double v) { return money(v) + QStringLiteral("/month"); };

    auto optionalMoney = [&](const std::optional<double> &v, const QString &none) { return v ? money(*v) : none; };
    auto ratio = [&](const std::optional<double> &v) { return v ? formatPercent(l, *v) : QStringLiteral("n/a"); };
    const QString lifetime = formatNumber(l, s.project.lifetimeMonths, 2) + QStringLiteral(" months");

    Table t;
    t.row(QStringLiteral("Current volume"), formatTokensPerDay(l, r.currentDailyTokens));
    t.row(QStringLiteral("API bill"), perMonth(r.monthlyApiCost));
    t.row(QStringLiteral("API reviews and errors"), perMonth(r.monthlyApiQualityCost));
    // A scenario without fleet pricing, operations or routing keeps its report line for line.
    const bool fleetCosts = usesFleetCostKeys(s);
    if (fleetCosts)
        t.row(QStringLiteral("API operations"), perMonth(r.apiMonthlyOpsCost));
    t.row(QStringLiteral("API whole cost"), perMonth(r.apiMonthlyTco));
    if (fleetCosts && r.fineTunedShare < 1)
        t.row(QStringLiteral("Fine-tuned share"), formatPercent(l, r.fineTunedShare)
                  + QStringLiteral(" of requests (%1)").arg(formatTokensPerDay(l, r.routedDailyTokens)));
    t.blank();
    if (s.selfHosted.benchmark) {
        // Measured capacity: the throughput at the SLO and c*, or why there is none.
        t.row(QStringLiteral("Measured capacity"),
              r.throughputAtSlo ? formatNumber(l, *r.throughputAtSlo, 0)
                      + QStringLiteral(" tokens/s at the SLO (at %1 concurrent requests)").arg(formatNumber(l, *r.sloConcurrency, 1))
                                : QStringLiteral("no measured load meets the SLO"));
        if (r.benchmarkShapeMismatch)
            t.row(QString(), QStringLiteral("the load test's requests differ from the workload's by more than 25 %"));
    }
    QString fleet = formatNumber(l, r.instances, 0)
        + (s.selfHosted.fixedInstances ? QStringLiteral(" (fixed)") : QStringLiteral(" (auto)"));
    if (r.instancesOffPeak != r.instances)
        fleet += QStringLiteral(" at peak, %1 off-peak").arg(formatNumber(l, r.instancesOffPeak, 0));
    t.row(QStringLiteral("Instances"), fleet);
    t.row(QStringLiteral("Utilization"), formatPercent(l, r.utilization)
              + QStringLiteral(" (peak %1)").arg(formatPercent(l, r.peakUtilization))
              + (r.overCapacity ? QStringLiteral("  OVER CAPACITY AT PEAK") : QString()));
    t.row(QStringLiteral("Serving"), perMonth(r.monthlyServingCost));
    if (fleetCosts)
        t.row(QStringLiteral("Fleet pricing"), fleetPricingText(s, r, money));
    t.row(QStringLiteral("Storage"), perMonth(r.monthlyStorageCost));
    t.row(QStringLiteral("Amortized project"), perMonth(r.monthlyAmortizedProjectCost));
    t.row(QStringLiteral("Reviews and errors"), perMonth(r.selfHostedQualityCost));
    if (fleetCosts) {
        if (r.fineTunedShare < 1)
            t.row(QStringLiteral("Remainder's API bill"), perMonth(r.monthlyRemainderApiCost));
        t.row(QStringLiteral("Operations"), perMonth(r.selfHostedMonthlyOpsCost));
    }
    t.row(QStringLiteral("Self-hosted whole cost"), perMonth(r.selfHostedMonthlyTco));
    t.row(QStringLiteral("Quality delta vs API"), perMonth(r.monthlyQualityCostDelta));
    t.row(QStringLiteral("Monthly savings"), perMonth(r.monthlySavings));
    t.row(QStringLiteral("Serving cost per 1M tokens"),
          r.servingCostPer1MTokens ? money(*r.servingCostPer1MTokens) : QStringLiteral("no traffic"));
    t.blank();
    t.row(QStringLiteral("Compute (training runs)"), money(r.computeCost));
    t.row(QStringLiteral("Engineering"), money(r.engineeringCost)
              + QStringLiteral(" (%1 h)").arg(formatNumber(l, r.engineeringHours, 1)));
    if (fleetCosts && r.commitmentUpfront != 0)
        t.row(QStringLiteral("Reservation paid upfront"), money(r.commitmentUpfront));
    t.row(QStringLiteral("Total project cost"), money(r.totalProjectCost));
    t.row(QStringLiteral("Payback"), formatMonths(l, r.paybackMonths));
    t.row(QStringLiteral("Payback with growth"), formatMonths(l, r.lifetime.paybackMonthsWithGrowth));
    t.row(QStringLiteral("NPV over ") + lifetime, optionalMoney(r.lifetime.npv, QStringLiteral("cannot be computed (growth overflows)")));
    t.row(QStringLiteral("ROI"), ratio(r.lifetime.roi));
    t.blank();
    t.row(s.selfHosted.fixedInstances ? QStringLiteral("Break-even (all-in, fixed fleet of %1)").arg(formatNumber(l, r.instances, 0))
                                      : QStringLiteral("Break-even (all-in, fleet sized to volume)"),
          optionalTokens(l, r.breakEvenAllInTokensPerDay, QStringLiteral("never (up to 10 T tokens/day)")));
    t.row(QStringLiteral("Break-even (serving + storage, today's fleet)"),
          optionalTokens(l, r.breakEvenTokensPerDay,
                         r.currentDailyTokens > 0 ? QStringLiteral("none (API price is zero)") : QStringLiteral("none (no traffic)")));
    t.row(QStringLiteral("Volume vs serving + storage break-even"),
          !r.breakEvenTokensPerDay ? QStringLiteral("n/a")
          : r.isAboveBreakEven     ? (r.monthlySavings >= 0 ? QStringLiteral("above")
                                                            : QStringLiteral("above, but the whole cost still loses money"))
                                   : QStringLiteral("below"));

    if (r.managed && s.managed) {
        const ManagedResult &m = *r.managed;
        t.blank();
        t.row(QStringLiteral("Managed fine-tune") + (s.managed->provider.isEmpty() ? QString() : QStringLiteral(" (") + s.managed->provider + QLatin1Char(')')),
              QString());
        t.row(QStringLiteral("  Inference"), perMonth(m.monthlyInferenceCost));
        t.row(QStringLiteral("  Hosting"), perMonth(m.monthlyHostingCost));
        t.row(QStringLiteral("  Amortized project"), perMonth(m.monthlyAmortizedProjectCost));
        t.row(QStringLiteral("  Reviews and errors"), perMonth(m.monthlyQualityCost));
        if (fleetCosts) {
            if (r.fineTunedShare < 1)
                t.row(QStringLiteral("  Remainder's API bill"), perMonth(m.monthlyRemainderApiCost));
            t.row(QStringLiteral("  Operations"), perMonth(m.monthlyOpsCost));
        }
        t.row(QStringLiteral("  Whole cost"), perMonth(m.monthlyTco));
        t.row(QStringLiteral("  Monthly savings"), perMonth(m.monthlySavings));
        t.row(QStringLiteral("  Project (training + engineering)"), money(m.totalProjectCost));
        t.row(QStringLiteral("  Payback"), formatMonths(l, m.paybackMonths));
        t.row(QStringLiteral("  NPV over ") + lifetime, optionalMoney(m.lifetime.npv, QStringLiteral("cannot be computed")));
        t.row(QStringLiteral("  ROI"), ratio(m.lifetime.roi));
        t.row(QStringLiteral("  Break-even"), optionalTokens(l, m.breakEvenTokensPerDay, QStringLiteral("never")));
    }

    QString out = s.name + QLatin1Char('\n') + QString(s.name.size(), QLatin1Char('=')) + QLatin1Char('\n');
    out += QStringLiteral("  Best path: ") + bestPathReason(r, lifetime) + QLatin1Char('\n');
    if (const QString closeCall = closeCallText(r, currency); !closeCall.isEmpty())
        out += QStringLiteral("  ") + closeCall + QLatin1Char('\n');
    for (const QString &exclusion : exclusionTexts(r))
        out += QStringLiteral("  ") + exclusion + QLatin1Char('\n');
    if (const QString shares = sampleSharesText(r.decision, l); !shares.isEmpty())
        out += QStringLiteral("  ") + shares + QLatin1Char('\n');
    out += QLatin1Char('\n');
    out += t.text();
    if (r.training) {
        out += QStringLiteral("\n  Cost per run, estimated from a training run:\n");
        out += trainingReport(*r.training, l);
        if (r.trainingCheck) {
            out += QStringLiteral("\n  FLOPs-based cross-check (%1 prices the runs):\n")
                       .arg(r.trainingCheck->used == TrainingEstimateKind::Flops ? QStringLiteral("this one") : QStringLiteral("the seed's"));
            out += trainingCheckReport(*r.trainingCheck, l);
            const QString warning = trainingDisagreementText(*r.trainingCheck, l, currency);
            if (!warning.isEmpty())
                out += QStringLiteral("  Warning: ") + warning + QLatin1Char('\n');
        }
    }
    if (const QString prices = priceSourcesText(s); !prices.isEmpty())
        out += QStringLiteral("\n  ") + prices + QLatin1Char('\n');
    if (r.recommendation && s.context) {
        out += QStringLiteral("\n  Context score: %1 (score %2)%3\n")
                   .arg(verdictTitle(r.recommendation->verdict))
                   .arg(r.recommendation->score)
                   .arg(r.decision.agrees && !*r.decision.agrees
                            ? QStringLiteral(" - disagrees with the numbers, which favour: ") + pathTitle(*r.decision.bestPath)
                            : QString());
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
