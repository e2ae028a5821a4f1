// The Model sheet's self-hosted block: evaluate()'s formulas (formulas.cpp,
// costline.cpp, fleetpricing.cpp, costengine.cpp) in spreadsheet functions,
// each branch an IF/MAX/CEILING over the inputs; choices that are not numbers
// (pricing model, fixed or auto fleet, precision) are settled when written.
#include "core/report/workbookmodel.h"

#include "core/model/inputschema.h"
#include "core/report/workbookinputs.h"
#include "core/text/format.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

const std::pair<const char *, const char *> kAliases[] = {
    {"rpd", "workload.requests_per_day"}, {"tin", "workload.input_tokens_per_request"},
    {"tout", "workload.output_tokens_per_request"}, {"ph", "workload.peak_hours_per_day"},
    {"pts", "workload.peak_traffic_share"}, {"g", "workload.monthly_growth"},
    {"ip", "api.input_price_per_1m"}, {"op", "api.output_price_per_1m"},
    {"cip", "api.cached_input_price_per_1m"}, {"cs", "api.cached_input_share"}, {"bs", "api.batch_share"},
    {"bd", "api.batch_discount"}, {"arr", "api.review_rate"}, {"aer", "api.error_rate"},
    {"aops", "api.ops_hours_per_month"}, {"size", "self_hosted.model_size_b"},
    {"icph", "self_hosted.instance_cost_per_hour"}, {"thr", "self_hosted.throughput_tokens_per_s"},
    {"fixed", "self_hosted.instances"}, {"tu", "self_hosted.target_utilization"},
    {"srr", "self_hosted.review_rate"}, {"ser", "self_hosted.error_rate"},
    {"stp", "self_hosted.storage_price_per_gb_month"}, {"minoff", "self_hosted.min_instances"},
    {"seng", "self_hosted.speedup.engine"}, {"squant", "self_hosted.speedup.quantization"},
    {"sspec", "self_hosted.speedup.speculative_decoding"}, {"sops", "self_hosted.ops_hours_per_month"},
    {"gpumem", "self_hosted.gpu_memory_gb"}, {"rc", "review_cost"}, {"cpe", "cost_per_error"},
    {"runs", "project.training_runs"}, {"cpr", "project.compute_cost_per_run"}, {"rate", "project.hourly_rate"},
    {"L", "project.lifetime_months"}, {"d", "project.discount_rate_annual"}, {"share", "routing.fine_tuned_share"},
    {"pdisc", "self_hosted.pricing.discount"}, {"upfront", "self_hosted.pricing.upfront_per_instance"},
    {"term", "self_hosted.pricing.term_months"}, {"overhead", "self_hosted.pricing.interruption_overhead"},
    {"sprice", "self_hosted.pricing.server_price"}, {"depr", "self_hosted.pricing.depreciation_months"},
    {"resid", "self_hosted.pricing.residual_value_share"}, {"kw", "self_hosted.pricing.power_kw"},
    {"pue", "self_hosted.pricing.pue"}, {"elec", "self_hosted.pricing.electricity_price_per_kwh"},
    {"coloc", "self_hosted.pricing.colocation_per_month"}, {"maint", "self_hosted.pricing.maintenance_share_annual"},
    {"coc", "self_hosted.pricing.cost_of_capital_annual"}, {"mip", "managed.input_price_per_1m"},
    {"mop", "managed.output_price_per_1m"}, {"mtp", "managed.training_price_per_1m_tokens"},
    {"mtt", "managed.training_tokens_per_run"}, {"mruns", "managed.training_runs"},
    {"mhph", "managed.hosting_cost_per_hour"}, {"mrr", "managed.review_rate"}, {"mer", "managed.error_rate"},
    {"mops", "managed.ops_hours_per_month"},
};

QString phaseSum(const QList<EngineeringPhase> &phases, const QString &prefix)
{
    if (phases.isEmpty())
        return QStringLiteral("0");
    QStringList names;
    for (const EngineeringPhase &p : phases)
        names << QStringLiteral("$") + nameFromPath(prefix + p.name);
    return QStringLiteral("SUM(%1)").arg(names.join(QLatin1Char(',')));
}

} // namespace

QString formulaNumber(double v)
{
    return QString::number(v, 'g', 17);
}

InputTerms::InputTerms(const Scenario &s)
{
    for (const auto &[alias, path] : kAliases) {
        const InputSpec *spec = findInputSpec(std::string_view(path));
        const bool present = spec && spec->isAvailable(s);
        const QString absent = QLatin1String(alias) == QLatin1String("share") ? QStringLiteral("1") : QStringLiteral("0");
        m_terms.insert(QString::fromLatin1(alias),
                       present ? QStringLiteral("$") + nameFromPath(QString::fromLatin1(path)) : absent);
    }
    m_terms.insert(QStringLiteral("phases"),
                   QStringLiteral("(") + phaseSum(s.project.engineeringHours, QStringLiteral("project.engineering_hours.")) + QStringLiteral(")"));
    if (s.managed)
        m_terms.insert(QStringLiteral("mphases"),
                       QStringLiteral("(") + phaseSum(s.managed->engineeringHours, QStringLiteral("managed.engineering_hours.")) + QStringLiteral(")"));
    m_terms.insert(QStringLiteral("bpp"), formulaNumber(bytesPerParameter(s.selfHosted.precision)));
}

QString InputTerms::operator()(const QString &formula) const
{
    static const QRegularExpression term(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = term.globalMatch(formula); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += formula.mid(last, m.capturedStart() - last);
        out += m_terms.value(m.captured(1), QStringLiteral("#UNKNOWN:") + m.captured(1));
        last = m.capturedEnd();
    }
    return out + formula.mid(last);
}

int workbookScheduleMonths(const Scenario &s)
{
    return std::max(240, int(std::ceil(s.project.lifetimeMonths)));
}

int writeModelBlock(lxw_workbook *book, lxw_worksheet *sheet, const WorkbookFormats &formats, const Scenario &s,
                    const ScenarioResult &r, int scenario, int row, const QString &currency)
{
    const InputTerms in(s);
    SheetWriter w(book, sheet, "Model", formats, scenario);
    w.skip(row);
    const QString c = currencySymbol(currency);
    const QString perMonth = c + QStringLiteral("/month");
    const QString tokensPerDay = QStringLiteral("tokens/day");
    const Workload &wl = s.workload;
    const SelfHosted &sh = s.selfHosted;
    const PricingModel model = pricingModel(sh);
    const CostLine line = costLine(s, r.monthlyAmortizedProjectCost);
    const TrafficShape shape = trafficShape(wl);
    auto f = [&](const char *key, const char *label, const QString &formula, std::optional<double> cached,
                 const QString &unit, CellStyle style = CellStyle::Number, const QString &note = {}) {
        w.formula(QString::fromLatin1(key), QString::fromLatin1(label), QStringLiteral("=") + in(formula), cached, unit,
                  style, note);
    };

    w.title(QStringLiteral("Scenario %1: %2 (self-hosted path)").arg(scenario).arg(s.name));
    w.header({QStringLiteral("Name"), QStringLiteral("Result"), QStringLiteral("Value"), QStringLiteral("Unit"),
              QStringLiteral("Note")});
    // Workload and the API bill (formulas.cpp).
    f("tokens_per_request", "Tokens per request", QStringLiteral("{tin}+{tout}"), tokensPerRequest(wl), QStringLiteral("tokens"));
    f("current_daily_tokens", "Daily tokens today", QStringLiteral("{rpd}*{tin}+{rpd}*{tout}"), r.currentDailyTokens, tokensPerDay);
    f("effective_input_price_per_1m", "Input price after caching",
      QStringLiteral("IF({cs}=0,{ip},(1-{cs})*{ip}+{cs}*{cip})"), effectiveInputPricePer1M(s.api), c + QStringLiteral(" per 1M tokens"));
    f("batch_factor", "Batch factor", QStringLiteral("IF({bs}=0,1,1-{bs}*{bd})"), s.api.batchShare == 0 ? 1 : batchFactor(s.api), QStringLiteral("×"));
    f("monthly_api_cost", "API bill",
      QStringLiteral("({rpd}*{tin}*30*$effective_input_price_per_1m/1000000+{rpd}*{tout}*30*{op}/1000000)*$batch_factor"),
      r.monthlyApiCost, perMonth);
    f("blended_api_price_per_1m", "Blended API price",
      QStringLiteral("IF($current_daily_tokens>0,($effective_input_price_per_1m*({rpd}*{tin})+{op}*({rpd}*{tout}))/$current_daily_tokens*$batch_factor,0)"),
      r.blendedApiPricePer1M, c + QStringLiteral(" per 1M tokens"));
    f("request_mix_price_per_1m", "API price of one request's mix",
      QStringLiteral("IF($tokens_per_request>0,($effective_input_price_per_1m*{tin}+{op}*{tout})/$tokens_per_request,0)*$batch_factor"),
      requestMixPricePer1M(wl, s.api), c + QStringLiteral(" per 1M tokens"));
    // Routing and quality.
    f("fine_tuned_share", "Share served by the fine-tuned model", QStringLiteral("{share}"), r.fineTunedShare, QString(), CellStyle::Percent);
    f("routed_daily_tokens", "Routed daily tokens", QStringLiteral("$current_daily_tokens*$fine_tuned_share"), r.routedDailyTokens, tokensPerDay);
    f("routed_monthly_requests", "Routed requests a month", QStringLiteral("{rpd}*$fine_tuned_share*30"),
      wl.requestsPerDay * r.fineTunedShare * kDaysPerMonth, QStringLiteral("requests/month"));
    f("remainder_monthly_requests", "Requests left on the API a month", QStringLiteral("{rpd}*(1-$fine_tuned_share)*30"),
      wl.requestsPerDay * (1 - r.fineTunedShare) * kDaysPerMonth, QStringLiteral("requests/month"));
    f("monthly_remainder_api_cost", "API bill of the requests left on the API", QStringLiteral("(1-$fine_tuned_share)*$monthly_api_cost"),
      r.monthlyRemainderApiCost, perMonth);
    f("monthly_remainder_quality_cost", "Their reviews and errors",
      QStringLiteral("$remainder_monthly_requests*{arr}*{rc}+$remainder_monthly_requests*{aer}*{cpe}"), r.monthlyRemainderQualityCost, perMonth);
    f("monthly_quality_cost_delta", "Quality cost delta",
      QStringLiteral("($routed_monthly_requests*{srr}*{rc}-$routed_monthly_requests*{arr}*{rc})"
                     "+IF({cpe}=0,0,$routed_monthly_requests*{ser}*{cpe}-$routed_monthly_requests*{aer}*{cpe})"),
      r.monthlyQualityCostDelta, perMonth);
    f("monthly_api_quality_cost", "API reviews and errors",
      QStringLiteral("{rpd}*30*{arr}*{rc}+{rpd}*30*{aer}*{cpe}"), r.monthlyApiQualityCost, perMonth);
    f("self_hosted_quality_cost", "Self-hosted reviews and errors",
      QStringLiteral("($routed_monthly_requests*{srr}*{rc}+$routed_monthly_requests*{ser}*{cpe})+$monthly_remainder_quality_cost"),
      r.selfHostedQualityCost, perMonth);

    // The project.
    if (s.project.computeCostPerRun)
        f("cost_per_run", "Compute cost per run", QStringLiteral("{cpr}"), r.costPerRun, c);
    else if (s.project.training)
        w.appValue(QStringLiteral("cost_per_run"), QStringLiteral("Compute cost per run"), r.costPerRun, c,
                   QStringLiteral("computed by the app (the training estimate of project.training)"));
    else
        f("cost_per_run", "Compute cost per run", QStringLiteral("0"), r.costPerRun, c);
    f("compute_cost", "Compute cost", QStringLiteral("{runs}*$cost_per_run"), r.computeCost, c);
    f("engineering_hours", "Engineering hours", QStringLiteral("{phases}"), r.engineeringHours, QStringLiteral("hours"));
    f("engineering_cost", "Engineering cost", QStringLiteral("$engineering_hours*{rate}"), r.engineeringCost, c);

    // The fleet (costline.cpp, fleetpricing.cpp).
    f("effective_throughput", "Effective throughput",
      QStringLiteral("IF(AND({sspec}<>1,$tokens_per_request>0),{thr}*{seng}*{squant}/({tin}/$tokens_per_request+({tout}/$tokens_per_request)/{sspec}),{thr}*{seng}*{squant})"),
      effectiveThroughput(wl, sh), QStringLiteral("tokens/s"));
    f("peak_factor", "Peak rate / daily average", QStringLiteral("IF({ph}>=24,1,{pts}*24/{ph})"), shape.peak, QStringLiteral("×"));
    f("off_peak_factor", "Off-peak rate / daily average", QStringLiteral("IF({ph}>=24,0,(1-{pts})*24/(24-{ph}))"), shape.offPeak, QStringLiteral("×"));
    f("capacity_per_instance", "Daily tokens one instance carries (of the total)",
      QStringLiteral("86400*$effective_throughput*{tu}/$fine_tuned_share"), line.capacityPerInstance, tokensPerDay);
    const QString hourly = QStringLiteral("{icph}");
    const double spot = spotFactor(sh);
    f("spot_factor", "Spot factor", model == PricingModel::Spot ? QStringLiteral("(1-{pdisc})*(1+{overhead})") : QStringLiteral("1"),
      spot, QStringLiteral("×"));
    if (model == PricingModel::Owned) {
        f("owned_monthly_rate", "Cost of capital a month", QStringLiteral("IF({coc}=0,0,EXP(LN(1+{coc})/12)-1)"),
          sh.pricing->costOfCapitalAnnual.value_or(s.project.discountRateAnnual) == 0
              ? 0.0 : std::expm1(std::log1p(sh.pricing->costOfCapitalAnnual.value_or(s.project.discountRateAnnual)) / 12),
          QString(), CellStyle::Percent);
        f("capital_per_instance", "Capital a month per server",
          QStringLiteral("IF($owned_monthly_rate>0,({sprice}-{resid}*{sprice}*EXP(-{depr}*LN(1+$owned_monthly_rate)))*$owned_monthly_rate"
                         "/(1-EXP(-{depr}*LN(1+$owned_monthly_rate))),({sprice}-{resid}*{sprice})/{depr})"),
          capitalPerInstance(s), perMonth);
        f("instance_monthly_cost", "One instance a month",
          QStringLiteral("$capital_per_instance+{kw}*{pue}*720*{elec}+{coloc}+{maint}/12*{sprice}"), instanceMonthlyCost(s), perMonth);
    } else {
        f("capital_per_instance", "Capital a month per server", QStringLiteral("0"), 0.0, perMonth);
        const QString cost = model == PricingModel::Reserved ? hourly + QStringLiteral("*(1-{pdisc})*720")
            : model == PricingModel::Spot ? hourly + QStringLiteral("*1*24*30*$spot_factor")
                                          : hourly + QStringLiteral("*1*24*30");
        f("instance_monthly_cost", "One instance a month", cost, instanceMonthlyCost(s), perMonth);
    }
    const bool mayAutoscale = sh.autoscaling && !sh.fixedInstances && !paidEveryHour(model);
    f("autoscaling_applies", "Autoscaling applies (1 yes, 0 no)", mayAutoscale ? QStringLiteral("IF({ph}<24,1,0)") : QStringLiteral("0"),
      line.autoscaling ? 1 : 0, QString());
    f("serving_peak_per_instance", "One instance in the peak hours", hourly + QStringLiteral("*30*{ph}*$spot_factor"),
      sh.instanceCostPerHour * kDaysPerMonth * shape.hours * spot, perMonth);
    f("serving_off_per_instance", "One instance outside them", hourly + QStringLiteral("*30*(24-{ph})*$spot_factor"),
      sh.instanceCostPerHour * kDaysPerMonth * (24 - shape.hours) * spot, perMonth);
    f("instances", "Instances (peak)",
      sh.fixedInstances ? QStringLiteral("{fixed}")
                        : QStringLiteral("MAX(1,CEILING($current_daily_tokens*$peak_factor/$capacity_per_instance,1))"),
      r.instances, QStringLiteral("instances"));
    f("instances_off_peak", "Instances off-peak",
      QStringLiteral("IF($autoscaling_applies=1,IF($off_peak_factor>0,MAX({minoff},CEILING($current_daily_tokens*$off_peak_factor/$capacity_per_instance,1)),{minoff}),$instances)"),
      r.instancesOffPeak, QStringLiteral("instances"));
    f("monthly_serving_cost", "Serving",
      model == PricingModel::OnDemand
          ? QStringLiteral("IF($autoscaling_applies=1,$serving_peak_per_instance*$instances+$serving_off_per_instance*$instances_off_peak,{icph}*$instances*24*30)")
          : QStringLiteral("IF($autoscaling_applies=1,$serving_peak_per_instance*$instances+$serving_off_per_instance*$instances_off_peak,$instance_monthly_cost*$instances)"),
      r.monthlyServingCost, perMonth);
    f("commitment_per_instance", "Commitment per instance at month 0",
      model == PricingModel::Reserved ? QStringLiteral("{upfront}+MAX(0,{term}-{L})*({icph}*(1-{pdisc})*720)") : QStringLiteral("0"),
      commitmentPerInstance(s), c);
    f("commitment_upfront", "Commitment at month 0", QStringLiteral("$commitment_per_instance*$instances"), r.commitmentUpfront, c);
    f("capex_usd", "Capital expenditure",
      model == PricingModel::Owned ? QStringLiteral("{sprice}*$instances")
      : model == PricingModel::Reserved ? QStringLiteral("{upfront}*$instances") : QStringLiteral("0*$instances"),
      r.capexUsd, c);
    f("monthly_capital_cost", "Capital a month", QStringLiteral("$capital_per_instance*$instances"), r.monthlyCapitalCost, perMonth);
    f("monthly_opex", "Serving less capital", QStringLiteral("$monthly_serving_cost-$monthly_capital_cost"), r.monthlyOpex, perMonth);
    f("utilization", "Utilization (average)",
      QStringLiteral("IF($instances_off_peak=$instances,$routed_daily_tokens/($instances*$effective_throughput*86400),"
                     "$routed_daily_tokens/($effective_throughput*3600*({ph}*$instances+(24-{ph})*$instances_off_peak)))"),
      r.utilization, QString(), CellStyle::Percent);
    f("peak_utilization", "Utilization in the peak",
      QStringLiteral("$routed_daily_tokens*$peak_factor/(86400*$effective_throughput*$instances)"), r.peakUtilization, QString(), CellStyle::Percent);
    f("over_capacity", "Over capacity (1 yes, 0 no)", QStringLiteral("IF($peak_utilization>1,1,0)"), r.overCapacity ? 1 : 0, QString());
    f("monthly_storage_cost", "Storage", QStringLiteral("{size}*{bpp}*{stp}"), r.monthlyStorageCost, perMonth);
    f("serving_cost_per_1m_tokens", "Serving cost per 1M tokens",
      QStringLiteral("IF($routed_daily_tokens>0,$monthly_serving_cost/($routed_daily_tokens*30)*1000000,\"never\")"),
      r.servingCostPer1MTokens, c + QStringLiteral(" per 1M tokens"));

    // Operations, totals and the decision numbers (costengine.cpp).
    f("api_monthly_ops_cost", "API operations", QStringLiteral("{aops}*{rate}"), r.apiMonthlyOpsCost, perMonth);
    f("self_hosted_monthly_ops_cost", "Self-hosted operations",
      QStringLiteral("{sops}*{rate}+IF($fine_tuned_share<1,$api_monthly_ops_cost,0)"), r.selfHostedMonthlyOpsCost, perMonth);
    f("monthly_ops_cost_delta", "Operations delta", QStringLiteral("$self_hosted_monthly_ops_cost-$api_monthly_ops_cost"),
      r.monthlyOpsCostDelta, perMonth);
    f("total_project_cost", "Project cost (month 0)", QStringLiteral("$compute_cost+$engineering_cost+$commitment_upfront"),
      r.totalProjectCost, c);
    f("monthly_amortized_project_cost", "Project cost amortized", QStringLiteral("$total_project_cost/{L}"),
      r.monthlyAmortizedProjectCost, perMonth);
    f("monthly_ft_total", "Self-hosted monthly total",
      QStringLiteral("$monthly_serving_cost+$monthly_storage_cost+$monthly_amortized_project_cost+$monthly_quality_cost_delta"
                     "+$monthly_remainder_api_cost+$monthly_ops_cost_delta"), r.monthlyFtTotal, perMonth);
    f("monthly_savings", "Monthly savings", QStringLiteral("$monthly_api_cost-$monthly_ft_total"), r.monthlySavings, perMonth);
    f("monthly_savings_before_amortization", "Monthly savings before amortization",
      QStringLiteral("$monthly_api_cost-($monthly_serving_cost+$monthly_storage_cost+$monthly_quality_cost_delta"
                     "+$monthly_remainder_api_cost+$monthly_ops_cost_delta)"), r.monthlySavingsBeforeAmortization, perMonth);
    f("payback_months", "Payback",
      QStringLiteral("IF($monthly_savings_before_amortization>0,$total_project_cost/$monthly_savings_before_amortization,\"never\")"),
      r.paybackMonths, QStringLiteral("months"));
    f("break_even_tokens_per_day", "Break-even (serving + storage)",
      QStringLiteral("IF($fine_tuned_share*$blended_api_price_per_1m/1000000>0,($monthly_serving_cost+$monthly_storage_cost)"
                     "/($fine_tuned_share*$blended_api_price_per_1m/1000000)/30,\"never\")"),
      r.breakEvenTokensPerDay, tokensPerDay);
    f("is_above_break_even", "Above the break-even (1 yes, 0 no)",
      QStringLiteral("IF($fine_tuned_share*$blended_api_price_per_1m/1000000>0,IF($current_daily_tokens>=$break_even_tokens_per_day,1,0),0)"),
      r.isAboveBreakEven ? 1 : 0, QString());
    w.appValue(QStringLiteral("break_even_all_in_tokens_per_day"), QStringLiteral("All-in break-even"),
               r.breakEvenAllInTokensPerDay, tokensPerDay,
               QStringLiteral("computed by the app (a search over fleet sizes, no spreadsheet formula)"));
    f("api_monthly_tco", "API path's whole monthly cost",
      QStringLiteral("$monthly_api_cost+$monthly_api_quality_cost+$api_monthly_ops_cost"), r.apiMonthlyTco, perMonth);
    f("self_hosted_monthly_tco", "Self-hosted path's whole monthly cost",
      QStringLiteral("$monthly_serving_cost+$monthly_storage_cost+$monthly_amortized_project_cost+$self_hosted_quality_cost"
                     "+$monthly_remainder_api_cost+$self_hosted_monthly_ops_cost"), r.selfHostedMonthlyTco, perMonth);
    if (r.memoryNeededGb) {
        f("memory_needed_gb", "Memory needed", QStringLiteral("{size}*{bpp}*1.2"), r.memoryNeededGb, QStringLiteral("GB"));
        f("fits_in_memory", "Fits in memory (1 yes, 0 no)", QStringLiteral("IF($memory_needed_gb<={gpumem},1,0)"),
          r.fitsInMemory.value_or(false) ? 1 : 0, QString());
    }

    // Lifetime: sums over the Schedule sheet's months.
    f("monthly_discount_rate", "Discount rate a month", QStringLiteral("IF({d}=0,0,POWER(1+{d},1/12)-1)"),
      monthlyDiscountRate(s.project.discountRateAnnual), QString(), CellStyle::Percent);
    f("npv", "NPV", QStringLiteral("-$total_project_cost+SUMPRODUCT($sched_weight,$sched_savings,$sched_discount)"),
      r.lifetime.npv, c, CellStyle::Number, QStringLiteral("the Schedule sheet's months"));
    f("roi", "ROI", QStringLiteral("IF($total_project_cost=0,\"never\",(SUMPRODUCT($sched_weight,$sched_savings)-$total_project_cost)/$total_project_cost)"),
      r.lifetime.roi, QString(), CellStyle::Percent);
    f("payback_months_with_growth", "Payback with growth",
      QStringLiteral("IF($total_project_cost=0,IF($monthly_savings_before_amortization>0,0,\"never\"),"
                     "IF(SUM($sched_crosses)=0,\"never\",INDEX($sched_payback,MATCH(1,$sched_crosses,0))))"),
      r.lifetime.paybackMonthsWithGrowth, QStringLiteral("months"), CellStyle::Number,
      QStringLiteral("the first month whose savings recover the project cost, within 120 months"));
    return w.row() + 1;
}

} // namespace ftroi
