// The Schedule sheet: the month walk of lifetime.h as formulas, one block of
// rows per scenario. Its columns are named ranges (`s{k}_sched_weight`, ...)
// that the Model sheet's NPV, ROI and payback with growth sum over.
#include "core/report/workbookmodel.h"

#include "core/engine/schedule.h"

namespace ftroi {

namespace {

struct Column {
    const char *key;    // the schedule key, or a helper's name
    const char *header;
};

// The columns, in order; managed and pricing ones only when the scenario has them.
enum Col {
    Month, Factor, Weight, Discount, Tokens, Instances, OffPeak, Serving, ApiCost, SelfCost, SelfSavings, SelfCum,
    SelfBefore, SelfCrosses, SelfPayback, ManagedCost, ManagedSavings, ManagedCum, ManagedBefore, ManagedCrosses,
    ManagedPayback, Capex, Capital, Opex, ColumnCount
};

const Column kColumns[ColumnCount] = {
    {"month", "month"},
    {"volume_factor", "volume_factor (×)"},
    {"weight", "weight"},
    {"discount_factor", "discount_factor"},
    {"daily_tokens", "daily tokens (tokens/day)"},
    {"instances", "instances (peak)"},
    {"instances_off_peak", "instances (off-peak)"},
    {"serving", "serving ($/month)"},
    {"api_cost", "api_cost ($/month)"},
    {"self_hosted_cost", "self_hosted_cost ($/month)"},
    {"self_hosted_savings", "self_hosted_savings ($/month)"},
    {"self_hosted_cumulative_discounted", "self_hosted_cumulative_discounted ($)"},
    {"self_hosted_cumulative_before", "undiscounted cumulative before the month ($)"},
    {"self_hosted_crosses", "pays back in this month (1/0)"},
    {"self_hosted_payback", "payback if this month (months)"},
    {"managed_cost", "managed_cost ($/month)"},
    {"managed_savings", "managed_savings ($/month)"},
    {"managed_cumulative_discounted", "managed_cumulative_discounted ($)"},
    {"managed_cumulative_before", "managed: undiscounted cumulative before the month ($)"},
    {"managed_crosses", "managed: pays back in this month (1/0)"},
    {"managed_payback", "managed: payback if this month (months)"},
    {"capex_usd", "capex_usd ($)"},
    {"monthly_capital_cost", "monthly_capital_cost ($/month)"},
    {"monthly_opex", "monthly_opex ($/month)"},
};

} // namespace

int writeScheduleBlock(lxw_workbook *book, lxw_worksheet *sheet, const WorkbookFormats &formats, const Scenario &s,
                       const ScenarioResult &r, int scenario, int row)
{
    const InputTerms in(s);
    SheetWriter w(book, sheet, "Schedule", formats, scenario);
    w.skip(row);
    const int months = workbookScheduleMonths(s);
    w.title(QStringLiteral("Scenario %1: %2 — month by month (rows past the lifetime weigh 0; covers lifetimes up to %3 months)")
                .arg(scenario).arg(s.name).arg(months));
    const bool managed = bool(r.managed);
    const bool priced = bool(s.selfHosted.pricing);
    auto shown = [&](int c) {
        return (c < ManagedCost || (managed && c <= ManagedPayback) || (priced && c >= Capex));
    };
    for (int c = 0; c < ColumnCount; ++c)
        if (shown(c))
            worksheet_write_string(sheet, lxw_row_t(w.row()), lxw_col_t(c), kColumns[c].header, formats.header);
    w.skip();
    const int first = w.row();
    auto cell = [&](int c, int m) { return columnLetters(c) + QString::number(first + m); }; // m: 1-based month
    auto range = [&](int c, int count) {
        return absoluteCell(QStringLiteral("Schedule"), first, c) + QLatin1Char(':')
            + QStringLiteral("$%1$%2").arg(columnLetters(c)).arg(first + count);
    };
    auto define = [&](const char *name, int c, int count) {
        const QByteArray n = w.name(QString::fromLatin1(name)).toUtf8();
        const QByteArray ref = (QStringLiteral("=") + range(c, count)).toUtf8();
        workbook_define_name(book, n.constData(), ref.constData());
    };
    define("sched_weight", Weight, months);
    define("sched_discount", Discount, months);
    define("sched_savings", SelfSavings, months);
    define("sched_crosses", SelfCrosses, kMaxPaybackMonths);
    define("sched_payback", SelfPayback, kMaxPaybackMonths);
    if (managed) {
        define("sched_managed_savings", ManagedSavings, months);
        define("sched_managed_crosses", ManagedCrosses, kMaxPaybackMonths);
        define("sched_managed_payback", ManagedPayback, kMaxPaybackMonths);
    }

    // The engine's own walk gives the cached values (a partial schedule past an overflow caches 0).
    Scenario walked = s;
    walked.project.lifetimeMonths = months;
    const MonthlySchedule cache = monthlySchedule(walked, r);
    const CostLine line = costLine(s, r.monthlyAmortizedProjectCost);
    const QString fleet = s.selfHosted.fixedInstances
        ? QStringLiteral("$instances")
        : QStringLiteral("MAX(1,CEILING(TOKENS*$peak_factor/$capacity_per_instance,1))");
    double beforeSelf = -r.totalProjectCost;
    double beforeManaged = managed ? -r.managed->totalProjectCost : 0;
    for (int m = 1; m <= months; ++m) {
        const lxw_row_t at = lxw_row_t(first + m - 1);
        const ScheduleMonth v = size_t(m) <= cache.months.size() ? cache.months[size_t(m - 1)] : ScheduleMonth{};
        const ScheduleMonth real = size_t(m) <= cache.months.size() && m <= int(std::ceil(s.project.lifetimeMonths))
            ? v : ScheduleMonth{};
        auto put = [&](int c, const QString &formula, double cached) {
            const QByteArray text = (QStringLiteral("=") + w.expand(in(formula))).toUtf8();
            worksheet_write_formula_num(sheet, at, lxw_col_t(c), text.constData(), formats.formula, cached);
        };
        const QString f = cell(Factor, m);
        const QString prev = QString::number(first + m - 1);
        worksheet_write_number(sheet, at, Month, m, nullptr);
        put(Factor, m == 1 ? QStringLiteral("1") : QStringLiteral("B%1*(1+{g})").arg(prev), v.volumeFactor);
        const double weight = m < int(std::ceil(s.project.lifetimeMonths)) ? 1.0
            : m == int(std::ceil(s.project.lifetimeMonths)) ? s.project.lifetimeMonths - std::ceil(s.project.lifetimeMonths) + 1 : 0.0;
        put(Weight, QStringLiteral("IF(A%1<CEILING({L},1),1,IF(A%1=CEILING({L},1),{L}-CEILING({L},1)+1,0))").arg(first + m), weight);
        put(Discount, m == 1 ? QStringLiteral("1/(1+$monthly_discount_rate)") : QStringLiteral("D%1/(1+$monthly_discount_rate)").arg(prev),
            v.discountFactor);
        const double tokens = r.currentDailyTokens * v.volumeFactor;
        put(Tokens, QStringLiteral("$current_daily_tokens*%1").arg(f), tokens);
        put(Instances, QString(fleet).replace(QStringLiteral("TOKENS"), cell(Tokens, m)), line.instancesAt(tokens));
        put(OffPeak, QStringLiteral("IF($autoscaling_applies=1,IF($off_peak_factor>0,MAX({minoff},CEILING(%1*$off_peak_factor/$capacity_per_instance,1)),{minoff}),%2)")
                         .arg(cell(Tokens, m), cell(Instances, m)),
            line.offPeakInstancesAt(tokens));
        put(Serving, QStringLiteral("IF(%1=1,$monthly_serving_cost,IF($autoscaling_applies=1,$serving_peak_per_instance*%2+$serving_off_per_instance*%3,$instance_monthly_cost*%2))")
                         .arg(f, cell(Instances, m), cell(OffPeak, m)),
            v.volumeFactor == 1.0 ? r.monthlyServingCost : line.servingAt(tokens));
        put(ApiCost, QStringLiteral("IF(%1=1,$api_monthly_tco,($monthly_api_cost+$monthly_api_quality_cost)*%1+$api_monthly_ops_cost)").arg(f),
            v.apiCost);
        put(SelfCost, QStringLiteral("%1+($monthly_storage_cost+$self_hosted_monthly_ops_cost)+($self_hosted_quality_cost+$monthly_remainder_api_cost)*%2")
                          .arg(cell(Serving, m), f),
            v.selfHostedCost);
        put(SelfSavings, QStringLiteral("IF(%1=1,$monthly_savings_before_amortization,$monthly_api_cost*%1-(%2+$monthly_storage_cost+$monthly_quality_cost_delta*%1+$monthly_remainder_api_cost*%1+$monthly_ops_cost_delta))")
                             .arg(f, cell(Serving, m)),
            v.selfHostedSavings);
        put(SelfCum, (m == 1 ? QStringLiteral("-$total_project_cost") : cell(SelfCum, m - 1))
                         + QStringLiteral("+%1*%2*%3").arg(cell(Weight, m), cell(SelfSavings, m), cell(Discount, m)),
            real.month ? v.selfHostedCumulativeDiscounted : 0);
        put(SelfBefore, m == 1 ? QStringLiteral("-$total_project_cost") : QStringLiteral("%1+%2").arg(cell(SelfBefore, m - 1), cell(SelfSavings, m - 1)),
            beforeSelf);
        const bool crosses = v.selfHostedSavings > 0 && beforeSelf + v.selfHostedSavings >= 0;
        put(SelfCrosses, QStringLiteral("IF(AND(%1>0,%2+%1>=0),1,0)").arg(cell(SelfSavings, m), cell(SelfBefore, m)), crosses ? 1 : 0);
        put(SelfPayback, QStringLiteral("IF(%1=1,(%2-1)+(-%3)/%4,0)").arg(cell(SelfCrosses, m), cell(Month, m), cell(SelfBefore, m), cell(SelfSavings, m)),
            crosses ? (m - 1) + -beforeSelf / v.selfHostedSavings : 0);
        beforeSelf += v.selfHostedSavings;
        if (managed) {
            put(ManagedCost, QStringLiteral("($managed_monthly_inference_cost+$managed_monthly_quality_cost+$managed_monthly_remainder_api_cost)*%1"
                                            "+$managed_monthly_hosting_cost+$managed_monthly_ops_cost").arg(f),
                v.managedCost);
            put(ManagedSavings, QStringLiteral("IF(%1=1,$managed_monthly_savings_before_amortization,$monthly_api_cost*%1-(($managed_monthly_inference_cost"
                                               "+$managed_monthly_quality_cost_delta+$managed_monthly_remainder_api_cost)*%1+($managed_monthly_hosting_cost+$managed_monthly_ops_cost_delta)))").arg(f),
                v.managedSavings);
            put(ManagedCum, (m == 1 ? QStringLiteral("-$managed_total_project_cost") : cell(ManagedCum, m - 1))
                                + QStringLiteral("+%1*%2*%3").arg(cell(Weight, m), cell(ManagedSavings, m), cell(Discount, m)),
                real.month ? v.managedCumulativeDiscounted : 0);
            put(ManagedBefore, m == 1 ? QStringLiteral("-$managed_total_project_cost")
                                      : QStringLiteral("%1+%2").arg(cell(ManagedBefore, m - 1), cell(ManagedSavings, m - 1)),
                beforeManaged);
            const bool managedCrosses = v.managedSavings > 0 && beforeManaged + v.managedSavings >= 0;
            put(ManagedCrosses, QStringLiteral("IF(AND(%1>0,%2+%1>=0),1,0)").arg(cell(ManagedSavings, m), cell(ManagedBefore, m)),
                managedCrosses ? 1 : 0);
            put(ManagedPayback, QStringLiteral("IF(%1=1,(%2-1)+(-%3)/%4,0)").arg(cell(ManagedCrosses, m), cell(Month, m), cell(ManagedBefore, m),
                                                                                cell(ManagedSavings, m)),
                managedCrosses ? (m - 1) + -beforeManaged / v.managedSavings : 0);
            beforeManaged += v.managedSavings;
        }
        if (priced) {
            put(Capex, QStringLiteral("IF(%1=1,$capex_usd,$capex_usd/$instances*%2)").arg(f, cell(Instances, m)), v.capexUsd);
            put(Capital, QStringLiteral("IF(%1=1,$monthly_capital_cost,$capital_per_instance*%2)").arg(f, cell(Instances, m)),
                v.monthlyCapitalCost);
            put(Opex, QStringLiteral("%1-%2").arg(cell(Serving, m), cell(Capital, m)), v.monthlyOpex);
        }
    }
    return first + months + 1;
}

} // namespace ftroi
