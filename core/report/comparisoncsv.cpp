// Columns of the comparison CSV: key, unit, and where the number comes from.
#include "core/report/comparisoncsv.h"

#include "core/text/csvtext.h"
#include "core/analysis/rangeddecision.h"
#include "core/engine/decision.h"
#include "core/catalog/pricenotes.h"

#include <algorithm>
#include <optional>

namespace ftroi {

namespace {

enum class Unit { None, Money };

struct Column {
    const char *key;
    Unit unit;
    std::optional<double> (*value)(const Scenario &, const ScenarioResult &);
};

using S = const Scenario &;
using R = const ScenarioResult &;
using Opt = std::optional<double>;

Opt managedValue(R r, double ManagedResult::*member)
{
    return r.managed ? Opt((*r.managed).*member) : std::nullopt;
}

Opt managedLifetime(R r, Opt LifetimeValue::*member)
{
    return r.managed ? (*r.managed).lifetime.*member : std::nullopt;
}

// Keys are the result keys of the scenario format; "managed." becomes "managed_".
const Column kColumns[] = {
    {"requests_per_day", Unit::None, [](S s, R) { return Opt(s.workload.requestsPerDay); }},
    {"current_daily_tokens", Unit::None, [](S, R r) { return Opt(r.currentDailyTokens); }},
    {"monthly_api_cost", Unit::Money, [](S, R r) { return Opt(r.monthlyApiCost); }},
    {"monthly_api_quality_cost", Unit::Money, [](S, R r) { return Opt(r.monthlyApiQualityCost); }},
    {"api_monthly_tco", Unit::Money, [](S, R r) { return Opt(r.apiMonthlyTco); }},
    {"instances", Unit::None, [](S, R r) { return Opt(r.instances); }},
    {"instances_off_peak", Unit::None, [](S, R r) { return Opt(r.instancesOffPeak); }},
    {"utilization_fraction", Unit::None, [](S, R r) { return Opt(r.utilization); }},
    {"peak_utilization_fraction", Unit::None, [](S, R r) { return Opt(r.peakUtilization); }},
    {"monthly_serving_cost", Unit::Money, [](S, R r) { return Opt(r.monthlyServingCost); }},
    {"monthly_storage_cost", Unit::Money, [](S, R r) { return Opt(r.monthlyStorageCost); }},
    {"monthly_amortized_project_cost", Unit::Money, [](S, R r) { return Opt(r.monthlyAmortizedProjectCost); }},
    {"monthly_quality_cost_delta", Unit::Money, [](S, R r) { return Opt(r.monthlyQualityCostDelta); }},
    {"monthly_ft_total", Unit::Money, [](S, R r) { return Opt(r.monthlyFtTotal); }},
    {"self_hosted_monthly_tco", Unit::Money, [](S, R r) { return Opt(r.selfHostedMonthlyTco); }},
    {"monthly_savings", Unit::Money, [](S, R r) { return Opt(r.monthlySavings); }},
    {"compute_cost", Unit::Money, [](S, R r) { return Opt(r.computeCost); }},
    {"engineering_hours", Unit::None, [](S, R r) { return Opt(r.engineeringHours); }},
    {"engineering_cost", Unit::Money, [](S, R r) { return Opt(r.engineeringCost); }},
    {"total_project_cost", Unit::Money, [](S, R r) { return Opt(r.totalProjectCost); }},
    {"payback_months", Unit::None, [](S, R r) { return r.paybackMonths; }},
    {"payback_months_with_growth", Unit::None, [](S, R r) { return r.lifetime.paybackMonthsWithGrowth; }},
    {"npv", Unit::Money, [](S, R r) { return r.lifetime.npv; }},
    {"roi_fraction", Unit::None, [](S, R r) { return r.lifetime.roi; }},
    {"break_even_tokens_per_day", Unit::None, [](S, R r) { return r.breakEvenTokensPerDay; }},
    {"break_even_all_in_tokens_per_day", Unit::None, [](S, R r) { return r.breakEvenAllInTokensPerDay; }},
    {"serving_cost_per_1m_tokens", Unit::Money, [](S, R r) { return r.servingCostPer1MTokens; }},
    {"managed_monthly_tco", Unit::Money, [](S, R r) { return managedValue(r, &ManagedResult::monthlyTco); }},
    {"managed_monthly_savings", Unit::Money, [](S, R r) { return managedValue(r, &ManagedResult::monthlySavings); }},
    {"managed_total_project_cost", Unit::Money,
     [](S, R r) { return managedValue(r, &ManagedResult::totalProjectCost); }},
    {"managed_payback_months_with_growth", Unit::None,
     [](S, R r) { return managedLifetime(r, &LifetimeValue::paybackMonthsWithGrowth); }},
    {"managed_npv", Unit::Money, [](S, R r) { return managedLifetime(r, &LifetimeValue::npv); }},
    {"managed_roi_fraction", Unit::None, [](S, R r) { return managedLifetime(r, &LifetimeValue::roi); }},
    {"recommendation_score", Unit::None,
     [](S, R r) { return r.recommendation ? Opt(r.recommendation->score) : std::nullopt; }},
};

// Format 3's fleet pricing, operations and routing: columns present when some
// scenario of the document holds those keys (a format-2 comparison keeps its columns).
const Column kFleetColumns[] = {
    {"capex", Unit::Money, [](S, R r) { return Opt(r.capexUsd); }},
    {"commitment_upfront", Unit::Money, [](S, R r) { return Opt(r.commitmentUpfront); }},
    {"monthly_capital_cost", Unit::Money, [](S, R r) { return Opt(r.monthlyCapitalCost); }},
    {"monthly_opex", Unit::Money, [](S, R r) { return Opt(r.monthlyOpex); }},
    {"api_monthly_ops_cost", Unit::Money, [](S, R r) { return Opt(r.apiMonthlyOpsCost); }},
    {"self_hosted_monthly_ops_cost", Unit::Money, [](S, R r) { return Opt(r.selfHostedMonthlyOpsCost); }},
    {"managed_monthly_ops_cost", Unit::Money, [](S, R r) { return managedValue(r, &ManagedResult::monthlyOpsCost); }},
    {"fine_tuned_share", Unit::None, [](S, R r) { return Opt(r.fineTunedShare); }},
    {"monthly_remainder_api_cost", Unit::Money, [](S, R r) { return Opt(r.monthlyRemainderApiCost); }},
};

bool anyUsesFleetCostKeys(const ScenarioDocument &document)
{
    return std::any_of(document.scenarios.cbegin(), document.scenarios.cend(), usesFleetCostKeys);
}

// "USD" -> "usd"; anything but letters and digits is dropped.
QString currencySuffix(const QString &currency)
{
    QString suffix;
    for (QChar c : currency.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            suffix += c;
    }
    return suffix.isEmpty() ? QStringLiteral("money") : suffix;
}

} // namespace

QStringList comparisonCsvHeader(const QString &currency, bool fleetColumns)
{
    const QString suffix = QLatin1Char('_') + currencySuffix(currency);
    QStringList header{QStringLiteral("name"), QStringLiteral("best_path")};
    for (const Column &column : kColumns)
        header.append(QLatin1String(column.key) + (column.unit == Unit::Money ? suffix : QString()));
    if (fleetColumns) {
        header.append(QStringLiteral("pricing_model"));
        for (const Column &column : kFleetColumns)
            header.append(QLatin1String(column.key) + (column.unit == Unit::Money ? suffix : QString()));
    }
    header.append(QStringLiteral("price_sources"));
    return header;
}

QList<QStringList> comparisonCells(const ScenarioDocument &document, const std::vector<ScenarioResult> &results)
{
    const bool fleetColumns = anyUsesFleetCostKeys(document);
    QList<QStringList> table{comparisonCsvHeader(document.currency, fleetColumns)};
    const qsizetype count = std::min(document.scenarios.size(), qsizetype(results.size()));
    for (qsizetype i = 0; i < count; ++i) {
        const Scenario &s = document.scenarios.at(i);
        const ScenarioResult &r = results.at(size_t(i));
        QStringList cells{s.name, bestPathCode(r.decision)};
        for (const Column &column : kColumns)
            cells.append(csvNumber(column.value(s, r)));
        if (fleetColumns) {
            cells.append(pricingModelCode(s.selfHosted.pricing ? s.selfHosted.pricing->model : PricingModel::OnDemand));
            for (const Column &column : kFleetColumns)
                cells.append(csvNumber(column.value(s, r)));
        }
        cells.append(priceSourcesList(s));
        table.append(cells);
    }
    return table;
}

QString comparisonCsv(const ScenarioDocument &document, const std::vector<ScenarioResult> &results)
{
    QString out;
    const QList<QStringList> table = comparisonCells(document, results);
    for (const QStringList &record : table) {
        QStringList fields;
        fields.reserve(record.size());
        for (const QString &cell : record)
            fields.append(csvField(cell));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

std::vector<ScenarioResult> evaluateAll(const ScenarioDocument &document)
{
    std::vector<ScenarioResult> results;
    results.reserve(document.scenarios.size());
    for (const Scenario &s : document.scenarios)
        results.push_back(evaluateWithShares(s));
    return results;
}

QString comparisonCsv(const ScenarioDocument &document)
{
    return comparisonCsv(document, evaluateAll(document));
}

} // namespace ftroi
