// Formula texts with substituted inputs for every displayed result.
#include "ui/window/resultexplanations.h"

#include "core/engine/costengine.h"
#include "core/text/format.h"
#include "ui/window/methodologydialog.h"

#include <QLocale>

namespace ftroi {

QString glossaryAnchor(ResultItem item)
{
    switch (item) {
    case ResultItem::ApiCost: return QStringLiteral("api-cost");
    case ResultItem::ServingCost: return QStringLiteral("serving-cost");
    case ResultItem::StorageCost: return QStringLiteral("storage-cost");
    case ResultItem::AmortizedProject: return QStringLiteral("amortized-project");
    case ResultItem::QualityDelta: return QStringLiteral("quality-delta");
    case ResultItem::SelfHostedTotal: return QStringLiteral("self-hosted-total");
    case ResultItem::Savings: return QStringLiteral("savings");
    case ResultItem::ProjectCost: return QStringLiteral("project-cost");
    case ResultItem::Payback: return QStringLiteral("payback");
    case ResultItem::BreakEven: return QStringLiteral("break-even-serving");
    case ResultItem::BreakEvenAllIn: return QStringLiteral("break-even-all-in");
    case ResultItem::Instances: return QStringLiteral("fleet");
    case ResultItem::Utilization: return QStringLiteral("utilization");
    case ResultItem::ServingPer1M: return QStringLiteral("serving-per-1m");
    case ResultItem::ApiMonthlyTco: return QStringLiteral("api-tco");
    case ResultItem::ApiQualityCost: return QStringLiteral("quality-cost");
    case ResultItem::SelfHostedMonthlyTco: return QStringLiteral("self-hosted-tco");
    case ResultItem::SelfHostedNpv:
    case ResultItem::ManagedNpv: return QStringLiteral("npv");
    case ResultItem::SelfHostedRoi:
    case ResultItem::ManagedRoi: return QStringLiteral("roi");
    case ResultItem::ManagedMonthlyTco: return QStringLiteral("managed-tco");
    case ResultItem::ManagedSavings: return QStringLiteral("managed-savings");
    case ResultItem::ManagedPayback: return QStringLiteral("managed-payback");
    }
    return QString();
}

QList<ResultItem> allResultItems()
{
    QList<ResultItem> items;
    for (int i = int(ResultItem::ApiCost); i <= int(ResultItem::ManagedRoi); ++i)
        items.append(ResultItem(i));
    return items;
}

namespace {

QString formulaText(ResultItem item, const Scenario &s, const ScenarioResult &r, const QString &currency);

} // namespace

QString explainResult(ResultItem item, const Scenario &s, const ScenarioResult &r, const QString &currency)
{
    const QString formula = formulaText(item, s, r, currency);
    const QString entry = MethodologyDialog::entryTitle(glossaryAnchor(item));
    return formula + QObject::tr("\n\nMore in Help > Methodology (F1): %1").arg(entry);
}

namespace {

QString formulaText(ResultItem item, const Scenario &s, const ScenarioResult &r, const QString &currency)
{
    const QLocale l;
    auto n = [&l](double v, int decimals = 4) { return formatNumber(l, v, decimals); };
    auto m = [&](double v) { return formatMoney(l, v, currency); };
    const Workload &w = s.workload;
    const SelfHosted &sh = s.selfHosted;
    // The fleet is sized for the peak-hour rate with the effective throughput (speedups included).
    const double thrEff = effectiveThroughput(w, sh);
    const double peakFactor = w.peakHoursPerDay < 24 ? w.peakTrafficShare * 24 / w.peakHoursPerDay : 1;
    QString fleet = sh.fixedInstances
        ? QObject::tr("%1 instance(s), fixed").arg(n(r.instances, 0))
        : QObject::tr("%1 instance(s) at the peak = max(1, ceil(%2 x %3 / (86,400 x %4 x %5)))\n"
                      "(tokens/day x peak factor p x 24 / H, effective throughput with the speedups, target)")
              .arg(n(r.instances, 0), n(r.currentDailyTokens, 0), n(peakFactor), n(thrEff), n(sh.targetUtilization));
    if (r.instancesOffPeak != r.instances)
        fleet += QObject::tr("\n%1 instance(s) in the other %2 hours (autoscaling, floor %3)")
                     .arg(n(r.instancesOffPeak, 0), n(24 - w.peakHoursPerDay, 2), n(sh.minInstances, 0));

    const double g = w.monthlyGrowth;
    const QString lifetime = QObject::tr("%1 months").arg(n(s.project.lifetimeMonths, 1));
    auto qualityFormula = [&](double reviewRate, double errorRate, double cost) {
        return QObject::tr("Reviews and errors = requests/day x 30 x (review rate x cost per review + error rate x cost per error)\n"
                           "= %1 x 30 x (%2 x %3 + %4 x %5) = %6 a month")
            .arg(n(w.requestsPerDay), n(reviewRate), n(s.reviewCost), n(errorRate), n(s.costPerError), m(cost));
    };
    auto growthPayback = [&](const LifetimeValue &v) {
        if (g == 0)
            return QString();
        return QObject::tr("\nWith the volume growing %1 a month, month by month: %2")
            .arg(formatPercent(l, g), v.paybackMonthsWithGrowth ? formatMonths(l, v.paybackMonthsWithGrowth)
                                                                 : QObject::tr("not within 120 months"));
    };
    auto npvFormula = [&](double projectCost, double monthlySavings, const LifetimeValue &v) {
        const QString value = v.npv ? m(*v.npv) : QObject::tr("cannot be computed (the growth overflows)");
        if (g == 0 && s.project.discountRateAnnual == 0)
            return QObject::tr("NPV = -project cost + monthly savings before amortization x lifetime\n= -%1 + %2 x %3 = %4")
                .arg(m(projectCost), m(monthlySavings), lifetime, value);
        return QObject::tr("NPV = -project cost + each month's savings before amortization, discounted at %1 a year,\n"
                           "with the volume growing %2 a month (the fleet re-sized), over %3\n= -%4 + ... = %5")
            .arg(formatPercent(l, s.project.discountRateAnnual), formatPercent(l, g), lifetime, m(projectCost), value);
    };
    auto roiFormula = [&](double projectCost, const LifetimeValue &v) {
        if (!v.roi)
            return QObject::tr("ROI = (savings over the lifetime - project cost) / project cost\n= none (%1)")
                .arg(projectCost == 0 ? QObject::tr("the project costs nothing") : QObject::tr("cannot be computed"));
        return QObject::tr("ROI = (savings over the lifetime - project cost) / project cost, undiscounted\n"
                           "= %1 over %2")
            .arg(formatPercent(l, *v.roi, 0), lifetime);
    };

    switch (item) {
    case ResultItem::ApiCost: {
        const ApiSide &api = s.api;
        if (api.cachedInputShare == 0 && api.batchShare == 0)
            return QObject::tr("API = requests/day x tokens x 30 x price / 1M\n"
                               "= %1 x %2 x 30 x %3 / 1M + %1 x %4 x 30 x %5 / 1M\n= %6 a month")
                .arg(n(w.requestsPerDay), n(w.inputTokensPerRequest), n(api.inputPricePer1M), n(w.outputTokensPerRequest),
                     n(api.outputPricePer1M), m(r.monthlyApiCost));
        // Prompt caching lowers the input price; the batch API discounts a share of the requests.
        return QObject::tr("API = requests/day x 30 x (input tokens x input price after caching + output tokens x output price) / 1M\n"
                           "    x (1 - batch share x batch discount)\n"
                           "input price after caching = (1 - %1) x %2 + %1 x %3 = %4\n"
                           "= %5 x 30 x (%6 x %4 + %7 x %8) / 1M x (1 - %9 x %10)\n= %11 a month")
            .arg(n(api.cachedInputShare), n(api.inputPricePer1M),
                 n(api.cachedInputPricePer1M.value_or(api.inputPricePer1M)), n(effectiveInputPricePer1M(api)),
                 n(w.requestsPerDay), n(w.inputTokensPerRequest), n(w.outputTokensPerRequest), n(api.outputPricePer1M),
                 n(api.batchShare))
            .arg(n(api.batchDiscount), m(r.monthlyApiCost));
    }
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
        return QObject::tr("Savings = API whole cost - self-host whole cost\n= %1 - %2 = %3 a month\n"
                           "(the same as API bill - self-hosted all-in: %4 - %5)")
            .arg(m(r.apiMonthlyTco), m(r.selfHostedMonthlyTco), m(r.monthlySavings), m(r.monthlyApiCost),
                 m(r.monthlyFtTotal));
    case ResultItem::ProjectCost:
        return QObject::tr("Project = runs x cost per run + hours x rate\n= %1 x %2 + %3 h x %4 = %5")
            .arg(n(s.project.trainingRuns), m(r.costPerRun), n(r.engineeringHours), m(s.project.hourlyRate), m(r.totalProjectCost));
    case ResultItem::Payback:
        return QObject::tr("Payback = project cost / (API - (serving + storage + quality delta))\n= %1 / (%2 - (%3 + %4 + %5))\n= %1 / %6 = %7%8")
            .arg(m(r.totalProjectCost), m(r.monthlyApiCost), m(r.monthlyServingCost), m(r.monthlyStorageCost),
                 m(r.monthlyQualityCostDelta), m(r.monthlySavingsBeforeAmortization), formatMonths(l, r.paybackMonths),
                 r.paybackMonths ? QString() : QObject::tr("\n(never: the monthly savings before amortization are not positive)"))
            + growthPayback(r.lifetime);
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
        return QObject::tr("Utilization = tokens/day / (effective throughput x 3,600 s x instance-hours a day) = %1\n"
                           "Peak utilization = tokens/day x %2 / (86,400 x %3 x %4) = %5%6")
            .arg(formatPercent(l, r.utilization), n(peakFactor), n(thrEff), n(r.instances, 0), formatPercent(l, r.peakUtilization),
                 r.overCapacity ? QObject::tr("\nOver capacity: the fleet cannot carry the peak.") : QString());
    case ResultItem::ApiMonthlyTco:
        return QObject::tr("API whole cost = API bill + reviews and errors of the API model\n= %1 + %2 = %3 a month")
            .arg(m(r.monthlyApiCost), m(r.monthlyApiQualityCost), m(r.apiMonthlyTco));
    case ResultItem::ApiQualityCost:
        return qualityFormula(s.api.reviewRate, s.api.errorRate, r.monthlyApiQualityCost);
    case ResultItem::SelfHostedMonthlyTco:
        return QObject::tr("Self-host whole cost = serving + storage + amortized project + its reviews and errors\n"
                           "= %1 + %2 + %3 + %4 = %5 a month\n%6")
            .arg(m(r.monthlyServingCost), m(r.monthlyStorageCost), m(r.monthlyAmortizedProjectCost),
                 m(r.selfHostedQualityCost), m(r.selfHostedMonthlyTco),
                 qualityFormula(sh.reviewRate, sh.errorRate, r.selfHostedQualityCost));
    case ResultItem::SelfHostedNpv:
        return npvFormula(r.totalProjectCost, r.monthlySavingsBeforeAmortization, r.lifetime);
    case ResultItem::SelfHostedRoi:
        return roiFormula(r.totalProjectCost, r.lifetime);
    case ResultItem::ManagedMonthlyTco:
        if (!r.managed || !s.managed)
            return QObject::tr("No managed path: turn on Managed fine-tuning in the form.");
        return QObject::tr("Managed whole cost = inference + hosting + amortized project + its reviews and errors\n"
                           "= %1 + %2 + %3 + %4 = %5 a month\n"
                           "Inference = requests/day x 30 x (%6 input tokens x %7 + %8 output tokens x %9) / 1M\n"
                           "Project = %10 runs x %11 tokens x %12 / 1M + %13 h x %14 = %15\n%16")
            .arg(m(r.managed->monthlyInferenceCost), m(r.managed->monthlyHostingCost),
                 m(r.managed->monthlyAmortizedProjectCost), m(r.managed->monthlyQualityCost), m(r.managed->monthlyTco),
                 n(w.inputTokensPerRequest), m(s.managed->inputPricePer1M), n(w.outputTokensPerRequest),
                 m(s.managed->outputPricePer1M))
            .arg(n(r.managed->trainingRuns, 0), n(s.managed->trainingTokensPerRun, 0),
                 m(s.managed->trainingPricePer1MTokens), n(r.managed->engineeringHours), m(s.project.hourlyRate),
                 m(r.managed->totalProjectCost),
                 r.managed->breakEvenTokensPerDay
                     ? QObject::tr("Break-even with the API: %1").arg(formatTokensPerDay(l, *r.managed->breakEvenTokensPerDay))
                     : QObject::tr("No break-even with the API up to 10 T tokens/day"));
    case ResultItem::ManagedSavings:
        if (!r.managed)
            return {};
        return QObject::tr("Savings = API whole cost - managed whole cost\n= %1 - %2 = %3 a month")
            .arg(m(r.apiMonthlyTco), m(r.managed->monthlyTco), m(r.apiMonthlyTco - r.managed->monthlyTco));
    case ResultItem::ManagedPayback:
        if (!r.managed)
            return {};
        return QObject::tr("Payback = project cost / (API - (inference + hosting + quality delta))\n"
                           "= %1 / (%2 - (%3 + %4 + %5)) = %6")
                   .arg(m(r.managed->totalProjectCost), m(r.monthlyApiCost), m(r.managed->monthlyInferenceCost),
                        m(r.managed->monthlyHostingCost), m(r.managed->monthlyQualityCostDelta),
                        formatMonths(l, r.managed->paybackMonths))
            + growthPayback(r.managed->lifetime);
    case ResultItem::ManagedNpv:
        if (!r.managed)
            return {};
        return npvFormula(r.managed->totalProjectCost, r.managed->monthlySavingsBeforeAmortization, r.managed->lifetime);
    case ResultItem::ManagedRoi:
        if (!r.managed)
            return {};
        return roiFormula(r.managed->totalProjectCost, r.managed->lifetime);
    case ResultItem::ServingPer1M:
        return QObject::tr("Serving per 1M tokens = serving / (tokens/day x 30) x 1M\n= %1 / (%2 x 30) x 1M = %3")
            .arg(m(r.monthlyServingCost), n(r.currentDailyTokens, 0),
                 r.servingCostPer1MTokens ? m(*r.servingCostPer1MTokens) : QObject::tr("none (no traffic)"));
    }
    return {};
}

} // namespace

} // namespace ftroi
