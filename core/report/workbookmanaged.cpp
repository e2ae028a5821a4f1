// The Model sheet's managed block: managedpath.cpp's formulas over the named
// inputs, names `s{k}_managed_` + the managed object's result keys.
#include "core/report/workbookmodel.h"

#include "core/text/format.h"

namespace ftroi {

namespace {

// managedpath.cpp's margin of the break-even: monthly $ per token/day.
double managedMargin(const Scenario &s)
{
    const ManagedPath &m = *s.managed;
    const Workload &w = s.workload;
    const double perRequest = tokensPerRequest(w);
    if (!(perRequest > 0))
        return 0;
    const double share = fineTunedShare(s);
    const double api = kDaysPerMonth * requestMixPricePer1M(w, s.api) / 1e6;
    const double inference = kDaysPerMonth * mixPricePer1M(w, m.inputPricePer1M, m.outputPricePer1M) / 1e6 * share;
    const double quality = kDaysPerMonth * ((m.reviewRate.value_or(s.api.reviewRate) - s.api.reviewRate) * s.reviewCost
                                            + (m.errorRate.value_or(s.api.errorRate) - s.api.errorRate) * s.costPerError)
        / perRequest * share;
    return api - inference - quality - (1 - share) * api;
}

} // namespace

int writeManagedBlock(lxw_workbook *book, lxw_worksheet *sheet, const WorkbookFormats &formats, const Scenario &s,
                      const ScenarioResult &r, int scenario, int row, const QString &currency)
{
    if (!s.managed || !r.managed)
        return row;
    const ManagedResult &m = *r.managed;
    const InputTerms in(s);
    SheetWriter w(book, sheet, "Model", formats, scenario);
    w.skip(row);
    const QString c = currencySymbol(currency);
    const QString perMonth = c + QStringLiteral("/month");
    auto f = [&](const char *key, const char *label, const QString &formula, std::optional<double> cached,
                 const QString &unit, CellStyle style = CellStyle::Number, const QString &note = {}) {
        w.formula(QStringLiteral("managed_") + QString::fromLatin1(key), QString::fromLatin1(label),
                  QStringLiteral("=") + in(formula), cached, unit, style, note);
    };
    w.title(QStringLiteral("Scenario %1: %2 (managed path: %3)").arg(scenario).arg(s.name, s.managed->provider));
    w.header({QStringLiteral("Name"), QStringLiteral("Result"), QStringLiteral("Value"), QStringLiteral("Unit"),
              QStringLiteral("Note")});
    f("monthly_inference_cost", "Inference",
      QStringLiteral("{rpd}*$fine_tuned_share*{tin}*30*{mip}/1000000+{rpd}*$fine_tuned_share*{tout}*30*{mop}/1000000"),
      m.monthlyInferenceCost, perMonth);
    f("monthly_hosting_cost", "Hosting", QStringLiteral("{mhph}*720"), m.monthlyHostingCost, perMonth);
    f("own_quality_cost", "Reviews and errors of the routed requests",
      QStringLiteral("$routed_monthly_requests*{mrr}*{rc}+$routed_monthly_requests*{mer}*{cpe}"),
      m.monthlyQualityCost - r.monthlyRemainderQualityCost, perMonth);
    f("monthly_quality_cost_delta", "Quality cost delta",
      QStringLiteral("$managed_own_quality_cost-($routed_monthly_requests*{arr}*{rc}+$routed_monthly_requests*{aer}*{cpe})"),
      m.monthlyQualityCostDelta, perMonth);
    f("monthly_quality_cost", "Reviews and errors", QStringLiteral("$managed_own_quality_cost+$monthly_remainder_quality_cost"),
      m.monthlyQualityCost, perMonth);
    f("monthly_remainder_api_cost", "API bill of the requests left on the API",
      QStringLiteral("(1-$fine_tuned_share)*$monthly_api_cost"), m.monthlyRemainderApiCost, perMonth);
    f("monthly_ops_cost", "Operations", QStringLiteral("{mops}*{rate}+IF($fine_tuned_share<1,$api_monthly_ops_cost,0)"),
      m.monthlyOpsCost, perMonth);
    f("monthly_ops_cost_delta", "Operations delta", QStringLiteral("$managed_monthly_ops_cost-$api_monthly_ops_cost"),
      m.monthlyOpsCostDelta, perMonth);
    f("training_runs", "Training runs", QStringLiteral("{mruns}"), m.trainingRuns, QStringLiteral("runs"));
    f("training_cost", "Training", QStringLiteral("$managed_training_runs*{mtt}/1000000*{mtp}"), m.trainingCost, c);
    f("engineering_hours", "Engineering hours", QStringLiteral("{mphases}"), m.engineeringHours, QStringLiteral("hours"));
    f("engineering_cost", "Engineering cost", QStringLiteral("$managed_engineering_hours*{rate}"), m.engineeringCost, c);
    f("total_project_cost", "Project cost (month 0)", QStringLiteral("$managed_training_cost+$managed_engineering_cost"),
      m.totalProjectCost, c);
    f("monthly_amortized_project_cost", "Project cost amortized", QStringLiteral("$managed_total_project_cost/{L}"),
      m.monthlyAmortizedProjectCost, perMonth);
    f("operating_cost", "Operating cost (without the project)",
      QStringLiteral("$managed_monthly_inference_cost+$managed_monthly_hosting_cost+$managed_monthly_quality_cost_delta"
                     "+$managed_monthly_remainder_api_cost+$managed_monthly_ops_cost_delta"),
      m.monthlyTotal - m.monthlyAmortizedProjectCost, perMonth);
    f("monthly_total", "Monthly total", QStringLiteral("$managed_operating_cost+$managed_monthly_amortized_project_cost"),
      m.monthlyTotal, perMonth);
    f("monthly_savings", "Monthly savings", QStringLiteral("$monthly_api_cost-$managed_monthly_total"), m.monthlySavings, perMonth);
    f("monthly_savings_before_amortization", "Monthly savings before amortization",
      QStringLiteral("$monthly_api_cost-$managed_operating_cost"), m.monthlySavingsBeforeAmortization, perMonth);
    f("monthly_tco", "Managed path's whole monthly cost",
      QStringLiteral("$managed_monthly_inference_cost+$managed_monthly_hosting_cost+$managed_monthly_amortized_project_cost"
                     "+$managed_monthly_quality_cost+$managed_monthly_remainder_api_cost+$managed_monthly_ops_cost"),
      m.monthlyTco, perMonth);
    f("payback_months", "Payback",
      QStringLiteral("IF($managed_monthly_savings_before_amortization>0,$managed_total_project_cost/$managed_monthly_savings_before_amortization,\"never\")"),
      m.paybackMonths, QStringLiteral("months"));
    // The break-even: linear in the volume (same mix and split).
    f("margin_per_daily_token", "Margin per token/day",
      QStringLiteral("IF($tokens_per_request>0,30*$request_mix_price_per_1m/1000000-30*(({mip}*{tin}+{mop}*{tout})/$tokens_per_request)/1000000*$fine_tuned_share"
                     "-30*(({mrr}-{arr})*{rc}+({mer}-{aer})*{cpe})/$tokens_per_request*$fine_tuned_share"
                     "-(1-$fine_tuned_share)*(30*$request_mix_price_per_1m/1000000),0)"),
      managedMargin(s), perMonth + QStringLiteral(" per token/day"));
    f("fixed_monthly", "Fixed a month",
      QStringLiteral("$managed_monthly_hosting_cost+$managed_monthly_amortized_project_cost+$managed_monthly_ops_cost_delta"),
      m.monthlyHostingCost + m.monthlyAmortizedProjectCost + m.monthlyOpsCostDelta, perMonth);
    f("break_even_tokens_per_day", "Break-even",
      QStringLiteral("IF($tokens_per_request>0,IF(AND($managed_fixed_monthly<=0,$managed_margin_per_daily_token>=0),0,"
                     "IF(AND($managed_margin_per_daily_token>0,$managed_fixed_monthly/MAX($managed_margin_per_daily_token,1E-300)<=10000000000000),"
                     "$managed_fixed_monthly/MAX($managed_margin_per_daily_token,1E-300),\"never\")),\"never\")"),
      m.breakEvenTokensPerDay, QStringLiteral("tokens/day"));
    f("npv", "NPV", QStringLiteral("-$managed_total_project_cost+SUMPRODUCT($sched_weight,$sched_managed_savings,$sched_discount)"),
      m.lifetime.npv, c, CellStyle::Number, QStringLiteral("the Schedule sheet's months"));
    f("roi", "ROI",
      QStringLiteral("IF($managed_total_project_cost=0,\"never\",(SUMPRODUCT($sched_weight,$sched_managed_savings)-$managed_total_project_cost)/$managed_total_project_cost)"),
      m.lifetime.roi, QString(), CellStyle::Percent);
    f("payback_months_with_growth", "Payback with growth",
      QStringLiteral("IF($managed_total_project_cost=0,IF($managed_monthly_savings_before_amortization>0,0,\"never\"),"
                     "IF(SUM($sched_managed_crosses)=0,\"never\",INDEX($sched_managed_payback,MATCH(1,$sched_managed_crosses,0))))"),
      m.lifetime.paybackMonthsWithGrowth, QStringLiteral("months"));
    return w.row() + 1;
}

} // namespace ftroi
