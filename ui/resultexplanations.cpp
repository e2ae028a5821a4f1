// Formula texts with substituted inputs for every displayed result.
#include "resultexplanations.h"

#include "format.h"

#include <QLocale>

namespace ftroi {

QString explainResult(ResultItem item, const Scenario &s, const ScenarioResult &r, const QString &currency)
{
    const QLocale l;
    auto n = [&l](double v, int decimals = 4) { return formatNumber(l, v, decimals); };
    auto m = [&](double v) { return formatMoney(l, v, currency); };
    const Workload &w = s.workload;
    const SelfHosted &sh = s.selfHosted;
    const QString fleet = sh.fixedInstances
        ? QObject::tr("%1 instance(s), fixed").arg(n(r.instances, 0))
        : QObject::tr("%1 instance(s) = max(1, ceil(%2 / (86,400 x %3 x %4)))")
              .arg(n(r.instances, 0), n(r.currentDailyTokens, 0), n(sh.throughputTokensPerS), n(sh.targetUtilization));

    switch (item) {
    case ResultItem::ApiCost:
        return QObject::tr("API = requests/day x tokens x 30 x price / 1M\n"
                           "= %1 x %2 x 30 x %3 / 1M + %1 x %4 x 30 x %5 / 1M\n= %6 a month")
            .arg(n(w.requestsPerDay), n(w.inputTokensPerRequest), n(s.api.inputPricePer1M), n(w.outputTokensPerRequest),
                 n(s.api.outputPricePer1M), m(r.monthlyApiCost));
    case ResultItem::ServingCost:
        return QObject::tr("Serving = instances x price/hour x 720 h\n= %1 x %2 x 720 = %3 a month\n%4")
            .arg(n(r.instances, 0), n(sh.instanceCostPerHour), m(r.monthlyServingCost), fleet);
    case ResultItem::StorageCost:
        return QObject::tr("Storage = model size x 2 GB x price/GB-month\n= %1 x 2 x %2 = %3 a month")
            .arg(n(sh.modelSizeB), n(sh.storagePricePerGbMonth), m(r.monthlyStorageCost));
    case ResultItem::AmortizedProject:
        return QObject::tr("Amortized project = project cost / lifetime\n= %1 / %2 months = %3 a month")
            .arg(m(r.totalProjectCost), n(s.project.lifetimeMonths), m(r.monthlyAmortizedProjectCost));
    case ResultItem::QualityDelta:
        return QObject::tr("Quality delta = requests/day x 30 x (self-hosted rate - API rate) x cost per review\n"
                           "= %1 x 30 x (%2 - %3) x %4 = %5 a month")
            .arg(n(w.requestsPerDay), n(sh.reviewRate), n(s.api.reviewRate), n(s.reviewCost), m(r.monthlyQualityCostDelta));
    case ResultItem::SelfHostedTotal:
        return QObject::tr("Self-hosted all-in = serving + storage + amortized project + quality delta\n"
                           "= %1 + %2 + %3 + %4 = %5 a month")
            .arg(m(r.monthlyServingCost), m(r.monthlyStorageCost), m(r.monthlyAmortizedProjectCost),
                 m(r.monthlyQualityCostDelta), m(r.monthlyFtTotal));
    case ResultItem::Savings:
        return QObject::tr("Savings = API - self-hosted all-in\n= %1 - %2 = %3 a month")
            .arg(m(r.monthlyApiCost), m(r.monthlyFtTotal), m(r.monthlySavings));
    case ResultItem::ProjectCost:
        return QObject::tr("Project = runs x cost per run + hours x rate\n= %1 x %2 + %3 h x %4 = %5")
            .arg(n(s.project.trainingRuns), m(r.costPerRun), n(r.engineeringHours), m(s.project.hourlyRate), m(r.totalProjectCost));
    case ResultItem::Payback:
        return QObject::tr("Payback = project cost / (API - (serving + storage + quality delta))\n= %1 / (%2 - (%3 + %4 + %5))\n= %1 / %6 = %7%8")
            .arg(m(r.totalProjectCost), m(r.monthlyApiCost), m(r.monthlyServingCost), m(r.monthlyStorageCost),
                 m(r.monthlyQualityCostDelta), m(r.monthlySavingsBeforeAmortization), formatMonths(l, r.paybackMonths),
                 r.paybackMonths ? QString() : QObject::tr("\n(never: the monthly savings before amortization are not positive)"));
    case ResultItem::BreakEven:
        return QObject::tr("Break-even = (serving + storage) / blended API price per token / 30\n= (%1 + %2) / (%3 / 1M) / 30 = %4\n"
                           "(this fleet, without project cost or reviews)")
            .arg(m(r.monthlyServingCost), m(r.monthlyStorageCost), n(r.blendedApiPricePer1M),
                 r.breakEvenTokensPerDay ? formatTokensPerDay(l, *r.breakEvenTokensPerDay)
                 : r.currentDailyTokens > 0 ? QObject::tr("none (the API price is zero)")
                                            : QObject::tr("none (no traffic: the blended price is taken from today's volume)"));
    case ResultItem::BreakEvenAllIn:
        return QObject::tr("All-in break-even: the lowest daily volume (same request mix) where\n"
                           "serving (with the fleet that volume needs) + storage + amortized project + quality delta <= API cost.\n= %1")
            .arg(r.breakEvenAllInTokensPerDay ? formatTokensPerDay(l, *r.breakEvenAllInTokensPerDay)
                                              : QObject::tr("never, up to 10 T tokens/day"));
    case ResultItem::Instances:
        return fleet;
    case ResultItem::Utilization:
        return QObject::tr("Utilization = tokens/day / (instances x throughput x 86,400 s)\n= %1 / (%2 x %3 x 86,400) = %4%5")
            .arg(n(r.currentDailyTokens, 0), n(r.instances, 0), n(sh.throughputTokensPerS), formatPercent(l, r.utilization),
                 r.utilization > 1 ? QObject::tr("\nOver capacity: the fleet cannot carry this volume.") : QString());
    case ResultItem::ServingPer1M:
        return QObject::tr("Serving per 1M tokens = serving / (tokens/day x 30) x 1M\n= %1 / (%2 x 30) x 1M = %3")
            .arg(m(r.monthlyServingCost), n(r.currentDailyTokens, 0),
                 r.servingCostPer1MTokens ? m(*r.servingCostPer1MTokens) : QObject::tr("none (no traffic)"));
    }
    return {};
}

} // namespace ftroi
