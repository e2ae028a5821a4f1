// Row definitions of the comparison table: labels, units, tooltips, best-value
// rules and the formatting of each cell.
#include "ui/comparison/comparisonrows.h"

#include "core/model/inputschema.h"
#include "core/text/format.h"
#include "ui/data/inputlabels.h"
#include "core/catalog/pricenotes.h"
#include "core/engine/recommendation.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

namespace {

const QString kDash = QStringLiteral("\u2014");

QString pricingModelTitle(const Scenario &s)
{
    switch (s.selfHosted.pricing ? s.selfHosted.pricing->model : PricingModel::OnDemand) {
    case PricingModel::Reserved: return ComparisonRows::tr("reserved");
    case PricingModel::Spot: return ComparisonRows::tr("spot");
    case PricingModel::Owned: return ComparisonRows::tr("owned servers");
    case PricingModel::OnDemand: break;
    }
    return ComparisonRows::tr("on demand");
}

QVariant rawNumber(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

ComparisonCell money(double value, const ComparisonContext &c)
{
    return {formatMoney(c.locale, value, c.currency), rawNumber(value)};
}

// Money with as many decimals (2 to 5) as the value needs: prices such as
// $0.075 per 1M tokens must not read as $0.08.
ComparisonCell preciseMoney(double value, const ComparisonContext &c)
{
    int decimals = 2;
    if (std::isfinite(value)) {
        for (; decimals < 5; ++decimals) {
            const double scale = std::pow(10.0, decimals);
            if (std::abs(value - std::round(value * scale) / scale) <= 1e-9 * std::max(1.0, std::abs(value)))
                break;
        }
    }
    return {formatMoney(c.locale, value, c.currency, decimals), rawNumber(value)};
}

// A plain number with an optional unit suffix; a dash without the suffix when
// the value is not finite.
ComparisonCell number(double value, const ComparisonContext &c, int decimals = 2, const QString &suffix = QString())
{
    if (!std::isfinite(value))
        return {kDash, QVariant()};
    return {formatNumber(c.locale, value, decimals) + suffix, value};
}

// An input share as a percentage with up to two decimals ("2.5 %").
ComparisonCell percent(double fraction, const ComparisonContext &c)
{
    if (!std::isfinite(fraction))
        return {kDash, QVariant()};
    return {formatNumber(c.locale, fraction * 100, 2) + QStringLiteral(" %"), fraction};
}

ComparisonCell tokensPerDay(double tokens, const ComparisonContext &c)
{
    if (!std::isfinite(tokens))
        return {kDash, QVariant()};
    return {formatTokensPerDay(c.locale, tokens), tokens};
}

ComparisonCell optionalTokensPerDay(const std::optional<double> &tokens, const QString &none,
                                    const ComparisonContext &c)
{
    if (!tokens || !std::isfinite(*tokens))
        return {none, QVariant()};
    return tokensPerDay(*tokens, c);
}

// A computed price per unit: four decimals below 1 (e.g. $0.0530), else two.
ComparisonCell unitPrice(double value, const ComparisonContext &c)
{
    const int decimals = std::isfinite(value) && std::abs(value) < 1 ? 4 : 2;
    return {formatMoney(c.locale, value, c.currency, decimals), rawNumber(value)};
}

ComparisonCell optionalMoney(const std::optional<double> &value, const QString &none, const ComparisonContext &c)
{
    if (!value || !std::isfinite(*value))
        return {none, QVariant()};
    return {formatMoney(c.locale, *value, c.currency, 0), *value};
}

// A result ratio as a whole percentage ("783 %"); a dash when there is none.
ComparisonCell optionalRatio(const std::optional<double> &fraction, const ComparisonContext &c)
{
    if (!fraction || !std::isfinite(*fraction))
        return {kDash, QVariant()};
    return {formatPercent(c.locale, *fraction, 0), *fraction};
}

ComparisonCell text(const QString &value)
{
    return {value.isEmpty() ? kDash : value, value};
}

} // namespace

QString ComparisonRow::header(const QString &currency) const
{
    if (unit.isEmpty())
        return label;
    QString u = unit;
    u.replace(QLatin1Char('$'), currencySymbol(currency).trimmed());
    return label + QStringLiteral(" (") + u + QLatin1Char(')');
}

const std::vector<ComparisonRow> &ComparisonRows::results()
{
    using S = const Scenario &;
    using R = const ScenarioResult &;
    using C = const ComparisonContext &;
    static const std::vector<ComparisonRow> rows = {
        {tr("Current volume"), tr("tokens/day"),
         tr("Tokens a day today: requests/day \u00d7 (input + output tokens per request)."), BestValue::None, true,
         [](S, R r, C c) { return tokensPerDay(r.currentDailyTokens, c); }},
        {tr("Best path"), QString(),
         tr("The decision: the path with the largest NPV above zero over the lifetime; the API when none is."),
         BestValue::None, false,
         [](S, R r, C) {
             const std::optional<Path> best = r.decision.bestPath;
             return ComparisonCell{best ? pathTitle(*best) : tr("none (all excluded)"), bestPathCode(r.decision)};
         }},
        {tr("Monthly API cost"), tr("$/month"), tr("The API bill at today's volume."), BestValue::Lowest, true,
         [](S, R r, C c) { return money(r.monthlyApiCost, c); }},
        {tr("Self-hosted all-in"), tr("$/month"),
         tr("Serving + storage + amortized project + quality delta: everything self-hosting costs a month."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.monthlyFtTotal, c); }},
        {tr("Monthly savings"), tr("$/month"),
         tr("API cost \u2212 self-hosted all-in. Negative: self-hosting costs more than the API."), BestValue::Highest,
         true, [](S, R r, C c) { return money(r.monthlySavings, c); }},
        {tr("Serving"), tr("$/month"), tr("Instances \u00d7 price per hour \u00d7 24 \u00d7 30."), BestValue::Lowest,
         true, [](S, R r, C c) { return money(r.monthlyServingCost, c); }},
        {tr("Storage"), tr("$/month"), tr("Model weights: parameters (B) \u00d7 2 GB \u00d7 price per GB-month."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.monthlyStorageCost, c); }},
        {tr("Amortized project"), tr("$/month"), tr("Total project cost spread over the project lifetime."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.monthlyAmortizedProjectCost, c); }},
        {tr("Quality delta (reviews)"), tr("$/month"),
         tr("Extra human-review cost of the self-hosted model. Negative: it needs fewer reviews than the API."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.monthlyQualityCostDelta, c); }},
        {tr("Total project cost"), tr("$"), tr("Compute for the training runs + engineering."), BestValue::Lowest, true,
         [](S, R r, C c) { return money(r.totalProjectCost, c); }},
        {tr("Compute (training runs)"), tr("$"), tr("Training runs \u00d7 cost per run."), BestValue::Lowest, true,
         [](S, R r, C c) { return money(r.computeCost, c); }},
        {tr("Engineering"), tr("$"), tr("Engineering hours \u00d7 hourly rate."), BestValue::Lowest, true,
         [](S, R r, C c) { return money(r.engineeringCost, c); }},
        {tr("Paid as"), QString(),
         tr("How the serving fleet is paid for: on demand, reserved, spot or owned servers."), BestValue::None, false,
         [](S s, R, C) { return text(pricingModelTitle(s)); }},
        {tr("Capex"), tr("$"),
         tr("Capital expenditure: owned servers' price × fleet, or a reservation's upfront × fleet; "
            "0 on demand and on spot."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.capexUsd, c); }},
        {tr("Paid at the start (commitment)"), tr("$"),
         tr("A reservation's upfront and the months of its term beyond the lifetime, paid at month 0 and "
            "counted in the project cost."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.commitmentUpfront, c); }},
        {tr("Monthly opex (serving)"), tr("$/month"),
         tr("The serving cost less owned servers' capital: power, colocation, maintenance, or the instance hours."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.monthlyOpex, c); }},
        {tr("Operations (self-host)"), tr("$/month"),
         tr("Operations hours a month \u00d7 the hourly rate for the self-hosted path (with hybrid routing, the "
            "API's operations too)."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.selfHostedMonthlyOpsCost, c); }},
        {tr("Operations (API)"), tr("$/month"), tr("Operations hours a month \u00d7 the hourly rate for the API path."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.apiMonthlyOpsCost, c); }},
        {tr("Fine-tuned share"), tr("%"),
         tr("Hybrid routing: the share of requests the fine-tuned model serves; the rest stays on the API."),
         BestValue::None, true, [](S, R r, C c) { return percent(r.fineTunedShare, c); }},
        {tr("Remainder on the API"), tr("$/month"),
         tr("With hybrid routing: the API bill of the requests left on the API, inside the fine-tuned paths' costs."),
         BestValue::None, true, [](S, R r, C c) { return money(r.monthlyRemainderApiCost, c); }},
        {tr("Payback"), tr("months"),
         tr("Months until the savings (before amortization) repay the project. \"never\": self-hosting does "
            "not save money at today's volume."),
         BestValue::Lowest, true,
         [](S, R r, C c) {
             const bool valid = r.paybackMonths && std::isfinite(*r.paybackMonths);
             return ComparisonCell{formatMonths(c.locale, r.paybackMonths),
                                   valid ? QVariant(*r.paybackMonths) : QVariant()};
         }},
        {tr("API whole cost"), tr("$/month"), tr("The API bill + the API model's reviews and errors."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.apiMonthlyTco, c); }},
        {tr("Self-host whole cost"), tr("$/month"),
         tr("Serving + storage + amortized project + the self-hosted model's own reviews and errors."),
         BestValue::Lowest, true, [](S, R r, C c) { return money(r.selfHostedMonthlyTco, c); }},
        {tr("NPV (self-host)"), tr("$"),
         tr("Net present value of self-hosting over the lifetime: the project cost up front, then each month's "
            "savings before amortization, with growth and the discount rate."),
         BestValue::Highest, true, [](S, R r, C c) { return optionalMoney(r.lifetime.npv, tr("cannot be computed"), c); }},
        {tr("ROI (self-host)"), tr("%"),
         tr("Savings over the lifetime less the project cost, per unit of project cost (undiscounted)."),
         BestValue::Highest, true, [](S, R r, C c) { return optionalRatio(r.lifetime.roi, c); }},
        {tr("Managed whole cost"), tr("$/month"),
         tr("Inference + hosting + amortized project + the managed model's reviews and errors. \u2014: the "
            "scenario has no managed path."),
         BestValue::Lowest, true,
         [](S, R r, C c) { return r.managed ? money(r.managed->monthlyTco, c) : ComparisonCell{kDash, QVariant()}; }},
        {tr("Managed savings"), tr("$/month"), tr("API whole cost \u2212 managed whole cost."), BestValue::Highest, true,
         [](S, R r, C c) {
             return r.managed ? money(r.apiMonthlyTco - r.managed->monthlyTco, c) : ComparisonCell{kDash, QVariant()};
         }},
        {tr("Managed payback"), tr("months"),
         tr("Months until the managed path's savings repay its training and engineering, with growth. \"never\": "
            "not within 120 months."),
         BestValue::Lowest, true,
         [](S, R r, C c) {
             if (!r.managed)
                 return ComparisonCell{kDash, QVariant()};
             const std::optional<double> &p = r.managed->lifetime.paybackMonthsWithGrowth;
             return ComparisonCell{formatMonths(c.locale, p), p && std::isfinite(*p) ? QVariant(*p) : QVariant()};
         }},
        {tr("Managed NPV"), tr("$"), tr("Net present value of the managed path over the lifetime."), BestValue::Highest,
         true,
         [](S, R r, C c) {
             return r.managed ? optionalMoney(r.managed->lifetime.npv, tr("cannot be computed"), c)
                              : ComparisonCell{kDash, QVariant()};
         }},
        {tr("Managed ROI"), tr("%"), tr("The managed path's savings over the lifetime less its project cost, per unit "
                                       "of project cost."),
         BestValue::Highest, true,
         [](S, R r, C c) {
             return r.managed ? optionalRatio(r.managed->lifetime.roi, c) : ComparisonCell{kDash, QVariant()};
         }},
        {tr("Break-even (serving + storage)"), tr("tokens/day"),
         tr("The volume at which the API bill equals serving + storage. \"none\": the API price is zero."),
         BestValue::Lowest, true,
         [](S, R r, C c) { return optionalTokensPerDay(r.breakEvenTokensPerDay, tr("none"), c); }},
        {tr("Break-even (all-in)"), tr("tokens/day"),
         tr("The lowest volume at which self-hosting all-in costs no more than the API. \"never\": not up to "
            "10 T tokens/day."),
         BestValue::Lowest, true,
         [](S, R r, C c) { return optionalTokensPerDay(r.breakEvenAllInTokensPerDay, tr("never"), c); }},
        {tr("Instances"), QString(), tr("Serving instances: a fixed fleet, or sized automatically for the volume."),
         BestValue::None, true,
         [](S s, R r, C c) {
             ComparisonCell cell = number(r.instances, c, 0);
             if (cell.raw.isValid())
                 cell.text += s.selfHosted.fixedInstances ? tr(" (fixed)") : tr(" (auto)");
             return cell;
         }},
        {tr("Utilization"), tr("%"),
         tr("Today's volume against the fleet's full throughput. Above 100 %: over capacity."), BestValue::None, true,
         [](S, R r, C c) {
             ComparisonCell cell{formatPercent(c.locale, r.utilization), rawNumber(r.utilization)};
             if (cell.raw.isValid() && r.utilization > 1)
                 cell.text += tr(" (over capacity)");
             return cell;
         }},
        {tr("Self-hosted cost per 1M tokens"), tr("$/1M tokens"),
         tr("Serving cost per million tokens at today's volume. \"no traffic\": there is no volume."),
         BestValue::Lowest, true,
         [](S, R r, C c) {
             if (!r.servingCostPer1MTokens || !std::isfinite(*r.servingCostPer1MTokens))
                 return ComparisonCell{tr("no traffic"), QVariant()};
             return unitPrice(*r.servingCostPer1MTokens, c);
         }},
        {tr("Context score"), QString(),
         tr("The seed's fine-tune-or-API verdict from the decision factors, and its score (positive: fine-tune). "
            "\u2014: the scenario has no decision factors."),
         BestValue::None, false,
         [](S, R r, C) {
             if (!r.recommendation)
                 return ComparisonCell{kDash, QVariant()};
             return ComparisonCell{
                 tr("%1 (score %2)").arg(verdictTitle(r.recommendation->verdict)).arg(r.recommendation->score),
                 double(r.recommendation->score)};
         }},
        {tr("Prices"), QString(),
         tr("Where the prices came from: the preset, its publisher and the date its prices held. \u2014: "
            "typed in, not from a preset."),
         BestValue::None, false, [](S s, R, C) { return text(priceSourcesList(s)); }, true},
    };
    return rows;
}

namespace {

// The row of a schema input (core/model/inputschema.h): its label, unit and
// description from the schema, its value formatted for its unit.
ComparisonRow inputRow(std::string_view path)
{
    const InputSpec &spec = inputSpec(path);
    const QString key = QString::fromLatin1(spec.path.data(), qsizetype(spec.path.size()));
    const char *label = spec.tableLabel ? spec.tableLabel : spec.label;
    const auto cell = [&spec](const Scenario &s, const ScenarioResult &, const ComparisonContext &c) {
        const double value = spec.value(s);
        switch (spec.unit) {
        case InputUnit::Share: return percent(value, c);
        case InputUnit::PricePer1M:
        case InputUnit::MoneyPerHour:
        case InputUnit::MoneyPerGbMonth:
        case InputUnit::MoneyPerKwh:
        case InputUnit::MoneyPerMonth:
        case InputUnit::Money: return preciseMoney(value, c);
        case InputUnit::Months: return number(value, c, 1);
        default: return number(value, c);
        }
    };
    return {QCoreApplication::translate("Input", label), inputUnitTemplate(key),
            ComparisonRows::tr("Input: %1.").arg(QCoreApplication::translate("Input", spec.description)),
            BestValue::None, true, cell};
}

} // namespace

const std::vector<ComparisonRow> &ComparisonRows::inputs()
{
    using S = const Scenario &;
    using R = const ScenarioResult &;
    using C = const ComparisonContext &;
    static const std::vector<ComparisonRow> rows = {
        inputRow("workload.requests_per_day"),
        inputRow("workload.input_tokens_per_request"),
        inputRow("workload.output_tokens_per_request"),
        {tr("API model"), QString(), tr("Input: the API model compared against."), BestValue::None, false,
         [](S s, R, C) { return text(s.api.model); }},
        inputRow("api.input_price_per_1m"),
        inputRow("api.output_price_per_1m"),
        inputRow("api.review_rate"),
        inputRow("self_hosted.review_rate"),
        inputRow("review_cost"),
        inputRow("self_hosted.model_size_b"),
        {tr("Instance"), QString(), tr("Input: the serving instance type."), BestValue::None, false,
         [](S s, R, C) { return text(s.selfHosted.instance); }},
        inputRow("self_hosted.instance_cost_per_hour"),
        inputRow("self_hosted.throughput_tokens_per_s"),
        {tr("Fleet size"), tr("fixed N / auto"),
         tr("Input: a fixed number of instances, or \"auto\" to size the fleet for the volume."), BestValue::None, true,
         [](S s, R, C c) {
             if (!s.selfHosted.fixedInstances)
                 return ComparisonCell{tr("auto"), QVariant()};
             return number(*s.selfHosted.fixedInstances, c);
         }},
        inputRow("self_hosted.target_utilization"),
        inputRow("self_hosted.storage_price_per_gb_month"),
        inputRow("project.hourly_rate"),
        {tr("Engineering hours"), tr("h"), tr("Input: the hours of all project phases together."), BestValue::None,
         true, [](S, R r, C c) { return number(r.engineeringHours, c, 1); }},
        inputRow("project.training_runs"),
        {tr("Cost per run"), tr("$/run"),
         tr("Input: the compute cost of one training run, given or estimated from the training run description."),
         BestValue::None, true,
         [](S, R r, C c) {
             ComparisonCell cell = money(r.costPerRun, c);
             if (r.training)
                 cell.text += tr(" (estimated)");
             return cell;
         }},
        inputRow("project.lifetime_months"),
    };
    return rows;
}

} // namespace ftroi
