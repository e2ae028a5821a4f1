// JSON serialisation of engine results through the streaming JsonWriter.
#include "core/report/resultjson.h"

#include "core/analysis/rangeddecision.h"
#include "core/io/documentformat.h"
#include "core/text/jsonwriter.h"
#include "core/report/trainingreport.h"

namespace ftroi {

void writeTrainingEstimate(JsonWriter &out, const TrainingEstimate &e)
{
    writeTrainingEstimate(out, e, nullptr);
}

void writeTrainingEstimate(JsonWriter &out, const TrainingEstimate &e, const TrainingCheck *check)
{
    out.beginObject();
    out.member("num_gpus", e.numGpus);
    out.member("tokens_per_second", e.tokensPerSecond);
    out.member("total_tokens", e.totalTokens);
    out.member("training_hours", e.trainingHours);
    out.member("cost_per_hour", e.costPerHour);
    out.member("total_cost_usd", e.totalCostUsd);
    if (check)
        writeTrainingCheckMembers(out, *check);
    out.endObject();
}

namespace {

void writeLifetime(JsonWriter &out, const LifetimeValue &v)
{
    out.member("npv", v.npv);
    out.member("roi", v.roi);
    out.member("payback_months_with_growth", v.paybackMonthsWithGrowth);
}

// A number of the self-hosted fleet, null when its economics are unknown (no
// measured load meets the SLO and no throughput was typed: reading 6).
template<typename T>
void fleetMember(JsonWriter &out, const ScenarioResult &r, const char *name, const T &v)
{
    if (r.selfHostedEconomicsKnown) {
        out.member(name, v);
    } else {
        out.key(name);
        out.null();
    }
}

// Format 3: measured capacity, in the results of every scenario that uses format 3.
void writeMeasuredCapacity(JsonWriter &out, const ScenarioResult &r)
{
    out.member("throughput_at_slo", r.throughputAtSlo);
    out.member("slo_concurrency", r.sloConcurrency);
    out.member("benchmark_shape_mismatch", r.benchmarkShapeMismatch);
}

void writeManaged(JsonWriter &out, const ManagedPath &m, const ManagedResult &r, bool fleetCosts)
{
    out.key("managed");
    out.beginObject();
    out.member("provider", m.provider);
    out.member("monthly_inference_cost", r.monthlyInferenceCost);
    out.member("monthly_hosting_cost", r.monthlyHostingCost);
    out.member("monthly_quality_cost_delta", r.monthlyQualityCostDelta);
    out.member("monthly_quality_cost", r.monthlyQualityCost);
    out.member("training_runs", r.trainingRuns);
    out.member("training_cost", r.trainingCost);
    out.member("engineering_hours", r.engineeringHours);
    out.member("engineering_cost", r.engineeringCost);
    out.member("total_project_cost", r.totalProjectCost);
    out.member("monthly_amortized_project_cost", r.monthlyAmortizedProjectCost);
    out.member("monthly_total", r.monthlyTotal);
    out.member("monthly_savings", r.monthlySavings);
    out.member("monthly_tco", r.monthlyTco);
    if (fleetCosts) {
        out.member("monthly_ops_cost", r.monthlyOpsCost);
        out.member("monthly_remainder_api_cost", r.monthlyRemainderApiCost);
    }
    out.member("payback_months", r.paybackMonths);
    out.member("break_even_tokens_per_day", r.breakEvenTokensPerDay);
    writeLifetime(out, r.lifetime);
    out.endObject();
}

void writePriceSource(JsonWriter &out, const char *part, const std::optional<PriceSource> &p)
{
    if (!p)
        return;
    out.key(part);
    out.beginObject();
    out.member("name", p->name);
    if (!p->source.isEmpty())
        out.member("source", p->source);
    out.member("as_of", p->asOf);
    out.endObject();
}

// `price_sources`: the price_source each part records, only when one does.
void writePriceSources(JsonWriter &out, const Scenario &s)
{
    const std::optional<PriceSource> managed = s.managed ? s.managed->priceSource : std::nullopt;
    if (!s.api.priceSource && !s.selfHosted.priceSource && !managed)
        return;
    out.key("price_sources");
    out.beginObject();
    writePriceSource(out, "api", s.api.priceSource);
    writePriceSource(out, "self_hosted", s.selfHosted.priceSource);
    writePriceSource(out, "managed", managed);
    out.endObject();
}

// Format 3: the fleet's pricing, each path's operations and the routing split.
void writeFleetAndOperations(JsonWriter &out, const Scenario &s, const ScenarioResult &r)
{
    out.member("pricing_model", pricingModelCode(pricingModel(s.selfHosted)));
    fleetMember(out, r, "commitment_upfront", r.commitmentUpfront);
    fleetMember(out, r, "capex_usd", r.capexUsd);
    fleetMember(out, r, "monthly_capital_cost", r.monthlyCapitalCost);
    fleetMember(out, r, "monthly_opex", r.monthlyOpex);
    out.member("api_monthly_ops_cost", r.apiMonthlyOpsCost);
    out.member("self_hosted_monthly_ops_cost", r.selfHostedMonthlyOpsCost);
    out.member("fine_tuned_share", r.fineTunedShare);
    out.member("routed_daily_tokens", r.routedDailyTokens);
    out.member("monthly_remainder_api_cost", r.monthlyRemainderApiCost);
    out.member("monthly_remainder_quality_cost", r.monthlyRemainderQualityCost);
}

void writeOptionalPath(JsonWriter &out, const char *key, const std::optional<Path> &path)
{
    out.key(key);
    if (path)
        out.value(pathCode(*path));
    else
        out.null();
}

} // namespace

void writeDecision(JsonWriter &out, const Decision &d)
{
    out.key("decision");
    out.beginObject();
    writeOptionalPath(out, "best_path", d.bestPath);
    writeOptionalPath(out, "runner_up", d.runnerUp);
    out.member("npv_margin", d.npvMargin);
    out.member("close_call", d.closeCall);
    out.key("excluded");
    out.beginObject();
    for (const Path p : {Path::Api, Path::Managed, Path::SelfHosted})
        if (d.isExcluded(p))
            out.member(pathKey(p), exclusionText(d.exclusion(p), d.peakUtilization));
    out.endObject();
    out.key("context_verdict");
    if (d.contextVerdict)
        out.value(verdictCode(*d.contextVerdict));
    else
        out.null();
    out.key("agrees");
    if (d.agrees)
        out.value(*d.agrees);
    else
        out.null();
    if (d.bestPathShares) {
        out.key("best_path_shares");
        out.beginObject();
        for (const Path p : {Path::Api, Path::Managed, Path::SelfHosted})
            out.member(pathKey(p), (*d.bestPathShares)[size_t(p)]);
        out.endObject();
    }
    out.endObject();
}

void writeResult(JsonWriter &out, const Scenario &s, const ScenarioResult &r, const QString &currency)
{
    out.beginObject();
    out.member("name", s.name);
    out.member("currency", currency);
    out.member("current_daily_tokens", r.currentDailyTokens);
    out.member("monthly_api_cost", r.monthlyApiCost);
    out.member("blended_api_price_per_1m", r.blendedApiPricePer1M);
    fleetMember(out, r, "instances", r.instances);
    fleetMember(out, r, "instances_off_peak", r.instancesOffPeak);
    fleetMember(out, r, "utilization", r.utilization);
    fleetMember(out, r, "peak_utilization", r.peakUtilization);
    fleetMember(out, r, "over_capacity", r.overCapacity);
    fleetMember(out, r, "monthly_serving_cost", r.monthlyServingCost);
    out.member("monthly_storage_cost", r.monthlyStorageCost);
    out.member("monthly_quality_cost_delta", r.monthlyQualityCostDelta);
    out.member("engineering_hours", r.engineeringHours);
    out.member("cost_per_run", r.costPerRun);
    out.member("compute_cost", r.computeCost);
    out.member("engineering_cost", r.engineeringCost);
    out.member("total_project_cost", r.totalProjectCost);
    out.member("monthly_amortized_project_cost", r.monthlyAmortizedProjectCost);
    fleetMember(out, r, "monthly_ft_total", r.monthlyFtTotal);
    fleetMember(out, r, "monthly_savings", r.monthlySavings);
    fleetMember(out, r, "payback_months", r.paybackMonths);
    fleetMember(out, r, "break_even_tokens_per_day", r.breakEvenTokensPerDay);
    fleetMember(out, r, "is_above_break_even", r.isAboveBreakEven);
    fleetMember(out, r, "break_even_all_in_tokens_per_day", r.breakEvenAllInTokensPerDay);
    fleetMember(out, r, "serving_cost_per_1m_tokens", r.servingCostPer1MTokens);
    out.member("monthly_api_quality_cost", r.monthlyApiQualityCost);
    out.member("api_monthly_tco", r.apiMonthlyTco);
    out.member("self_hosted_quality_cost", r.selfHostedQualityCost);
    fleetMember(out, r, "self_hosted_monthly_tco", r.selfHostedMonthlyTco);
    // A scenario without fleet pricing, operations or routing keeps its result object byte for byte.
    const bool fleetCosts = usesFleetCostKeys(s);
    if (fleetCosts)
        writeFleetAndOperations(out, s, r);
    writeLifetime(out, r.selfHostedEconomicsKnown ? r.lifetime : LifetimeValue{});
    if (usesFormat3(s))
        writeMeasuredCapacity(out, r);
    if (r.memoryNeededGb) {
        out.member("memory_needed_gb", *r.memoryNeededGb);
        out.member("fits_in_memory", r.fitsInMemory.value_or(false));
    }
    if (r.managed)
        writeManaged(out, *s.managed, *r.managed, fleetCosts);
    writeDecision(out, r.decision);
    if (r.recommendation && s.context) {
        out.key("recommendation");
        out.beginObject();
        out.member("score", r.recommendation->score);
        out.member("verdict", verdictCode(r.recommendation->verdict));
        out.key("reasons");
        out.beginArray();
        for (const QString &reason : recommendationReasons(*r.recommendation, *s.context, currency))
            out.value(reason);
        out.endArray();
        out.endObject();
    }
    writePriceSources(out, s);
    if (r.training) {
        out.key("training");
        writeTrainingEstimate(out, *r.training, r.trainingCheck ? &*r.trainingCheck : nullptr);
    }
    out.endObject();
}

QByteArray trainingEstimateJson(const TrainingEstimate &estimate)
{
    JsonWriter out(256);
    writeTrainingEstimate(out, estimate);
    return out.bytes();
}

QByteArray evaluateDocumentToJson(const ScenarioDocument &document)
{
    JsonWriter out(qsizetype(document.scenarios.size()) * 2000 + 16);
    out.beginArray();
    for (const Scenario &s : document.scenarios)
        writeResult(out, s, evaluateWithShares(s), document.currency);
    out.endArray();
    return out.bytes();
}

} // namespace ftroi
