// JSON serialisation of engine results.
#include "resultjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace ftroi {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? number(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject trainingEstimateToJson(const TrainingEstimate &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("num_gpus"), number(e.numGpus));
    o.insert(QStringLiteral("tokens_per_second"), number(e.tokensPerSecond));
    o.insert(QStringLiteral("total_tokens"), number(e.totalTokens));
    o.insert(QStringLiteral("training_hours"), number(e.trainingHours));
    o.insert(QStringLiteral("cost_per_hour"), number(e.costPerHour));
    o.insert(QStringLiteral("total_cost_usd"), number(e.totalCostUsd));
    return o;
}

QJsonObject resultToJson(const Scenario &s, const ScenarioResult &r, const QString &currency)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("currency"), currency);
    o.insert(QStringLiteral("current_daily_tokens"), number(r.currentDailyTokens));
    o.insert(QStringLiteral("monthly_api_cost"), number(r.monthlyApiCost));
    o.insert(QStringLiteral("blended_api_price_per_1m"), number(r.blendedApiPricePer1M));
    o.insert(QStringLiteral("instances"), number(r.instances));
    o.insert(QStringLiteral("utilization"), number(r.utilization));
    o.insert(QStringLiteral("over_capacity"), r.utilization > 1);
    o.insert(QStringLiteral("monthly_serving_cost"), number(r.monthlyServingCost));
    o.insert(QStringLiteral("monthly_storage_cost"), number(r.monthlyStorageCost));
    o.insert(QStringLiteral("monthly_quality_cost_delta"), number(r.monthlyQualityCostDelta));
    o.insert(QStringLiteral("engineering_hours"), number(r.engineeringHours));
    o.insert(QStringLiteral("cost_per_run"), number(r.costPerRun));
    o.insert(QStringLiteral("compute_cost"), number(r.computeCost));
    o.insert(QStringLiteral("engineering_cost"), number(r.engineeringCost));
    o.insert(QStringLiteral("total_project_cost"), number(r.totalProjectCost));
    o.insert(QStringLiteral("monthly_amortized_project_cost"), number(r.monthlyAmortizedProjectCost));
    o.insert(QStringLiteral("monthly_ft_total"), number(r.monthlyFtTotal));
    o.insert(QStringLiteral("monthly_savings"), number(r.monthlySavings));
    o.insert(QStringLiteral("payback_months"), optionalNumber(r.paybackMonths));
    o.insert(QStringLiteral("break_even_tokens_per_day"), optionalNumber(r.breakEvenTokensPerDay));
    o.insert(QStringLiteral("is_above_break_even"), r.isAboveBreakEven);
    o.insert(QStringLiteral("break_even_all_in_tokens_per_day"), optionalNumber(r.breakEvenAllInTokensPerDay));
    o.insert(QStringLiteral("serving_cost_per_1m_tokens"), optionalNumber(r.servingCostPer1MTokens));
    if (r.recommendation && s.context) {
        QJsonObject rec;
        rec.insert(QStringLiteral("score"), r.recommendation->score);
        rec.insert(QStringLiteral("verdict"), verdictCode(r.recommendation->verdict));
        rec.insert(QStringLiteral("reasons"),
                   QJsonArray::fromStringList(recommendationReasons(*r.recommendation, *s.context, currency)));
        o.insert(QStringLiteral("recommendation"), rec);
    }
    if (r.training)
        o.insert(QStringLiteral("training"), trainingEstimateToJson(*r.training));
    return o;
}

QByteArray evaluateDocumentToJson(const ScenarioDocument &document, bool indented)
{
    QJsonArray results;
    for (const Scenario &s : document.scenarios)
        results.append(resultToJson(s, evaluate(s), document.currency));
    return QJsonDocument(results).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace ftroi
