// Writes scenario documents. Each object starts from what was read, so keys
// this version does not know survive a re-save; every known key is rewritten
// (or removed, when an optional value is absent).
#include "core/io/documentformat.h"

#include "core/io/documentadditions.h"
#include "core/io/numbertexts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ftroi {

namespace {

void setOrRemove(QJsonObject &o, const QString &key, const std::optional<double> &value)
{
    if (value)
        o.insert(key, *value);
    else
        o.remove(key);
}

QJsonObject trainingToJson(const TrainingSpec &t, QJsonObject o)
{
    o.insert(QStringLiteral("model_size_b"), t.modelSizeB);
    o.insert(QStringLiteral("method"), methodCode(t.method));
    o.insert(QStringLiteral("examples"), t.examples);
    o.insert(QStringLiteral("avg_seq_len"), t.avgSeqLen);
    o.insert(QStringLiteral("epochs"), t.epochs);
    o.insert(QStringLiteral("gpu"), gpuCode(t));
    o.insert(QStringLiteral("spot"), t.spot);
    putTrainingAdditions(o, t);
    return o;
}

QJsonObject child(const QJsonObject &parent, const QString &key)
{
    return parent.value(key).toObject();
}

// A format-2 key: written when it differs from its default or was in the file.
void putOptional(QJsonObject &o, const QString &key, double value, double defaultValue)
{
    if (value != defaultValue || o.contains(key))
        o.insert(key, value);
}

void putPhases(QJsonObject &o, const QList<EngineeringPhase> &phases)
{
    QJsonObject hours;
    QJsonArray order;
    for (const EngineeringPhase &phase : phases) {
        hours.insert(phase.name, phase.hours);
        order.append(phase.name);
    }
    o.insert(QStringLiteral("engineering_hours"), hours);
    o.insert(QStringLiteral("engineering_phase_order"), order);
}

QJsonObject managedToJson(const ManagedPath &m, QJsonObject o)
{
    o.insert(QStringLiteral("provider"), m.provider);
    o.insert(QStringLiteral("training_price_per_1m_tokens"), m.trainingPricePer1MTokens);
    o.insert(QStringLiteral("training_tokens_per_run"), m.trainingTokensPerRun);
    setOrRemove(o, QStringLiteral("training_runs"), m.trainingRuns);
    o.insert(QStringLiteral("input_price_per_1m"), m.inputPricePer1M);
    o.insert(QStringLiteral("output_price_per_1m"), m.outputPricePer1M);
    o.insert(QStringLiteral("hosting_cost_per_hour"), m.hostingCostPerHour);
    setOrRemove(o, QStringLiteral("review_rate"), m.reviewRate);
    setOrRemove(o, QStringLiteral("error_rate"), m.errorRate);
    putPhases(o, m.engineeringHours);
    putPriceSource(o, m.priceSource);
    setOrRemove(o, QStringLiteral("ops_hours_per_month"), m.opsHoursPerMonth);
    return o;
}

QJsonObject uncertaintyToJson(const Uncertainty &u, QJsonObject o)
{
    QJsonObject ranges;
    for (const InputRange &range : u.ranges) {
        QJsonObject r;
        r.insert(QStringLiteral("low"), range.low);
        r.insert(QStringLiteral("high"), range.high);
        r.insert(QStringLiteral("distribution"), distributionCode(range.distribution));
        ranges.insert(range.path, r);
    }
    o.insert(QStringLiteral("ranges"), ranges);
    o.insert(QStringLiteral("samples"), u.samples);
    o.insert(QStringLiteral("seed"), u.seed);
    return o;
}

// The keys of the pricing model, each as it was given; keys of other models
// that were read stay as unknown keys.
QJsonObject pricingToJson(const FleetPricing &p, QJsonObject o)
{
    o.insert(QStringLiteral("model"), pricingModelCode(p.model));
    const auto put = [&o](const char *key, const std::optional<double> &value) {
        setOrRemove(o, QLatin1String(key), value);
    };
    switch (p.model) {
    case PricingModel::OnDemand:
        break;
    case PricingModel::Reserved:
        put("discount", p.discount);
        put("upfront_per_instance", p.upfrontPerInstance);
        put("term_months", p.termMonths);
        break;
    case PricingModel::Spot:
        put("discount", p.discount);
        put("interruption_overhead", p.interruptionOverhead);
        break;
    case PricingModel::Owned:
        put("server_price", p.serverPrice);
        put("depreciation_months", p.depreciationMonths);
        put("residual_value_share", p.residualValueShare);
        put("power_kw", p.powerKw);
        put("pue", p.pue);
        put("electricity_price_per_kwh", p.electricityPricePerKwh);
        put("colocation_per_month", p.colocationPerMonth);
        put("maintenance_share_annual", p.maintenanceShareAnnual);
        put("cost_of_capital_annual", p.costOfCapitalAnnual);
        break;
    }
    return o;
}

QJsonObject importSourceToJson(const ImportSource &source, QJsonObject o)
{
    o.insert(QStringLiteral("kind"), source.kind);
    o.insert(QStringLiteral("file"), source.file);
    o.insert(QStringLiteral("from"), source.from);
    o.insert(QStringLiteral("to"), source.to);
    o.insert(QStringLiteral("imported_at"), source.importedAt);
    return o;
}

QJsonObject speedupToJson(const Speedup &x, QJsonObject o)
{
    putOptional(o, QStringLiteral("engine"), x.engine, 1);
    putOptional(o, QStringLiteral("quantization"), x.quantization, 1);
    putOptional(o, QStringLiteral("speculative_decoding"), x.speculativeDecoding, 1);
    return o;
}

// Each source key the source has; keys it lacks are left out.
QJsonObject sourceToJson(const ImportSource &src, QJsonObject o)
{
    const auto put = [&o](const char *key, const QString &value) {
        if (value.isEmpty())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), value);
    };
    put("kind", src.kind);
    put("file", src.file);
    put("from", src.from);
    put("to", src.to);
    put("imported_at", src.importedAt);
    return o;
}

QJsonObject benchmarkToJson(const Benchmark &b, QJsonObject o)
{
    setOrRemove(o, QStringLiteral("percentile"), b.percentile);
    QJsonArray points;
    for (const BenchmarkPoint &p : b.points) {
        QJsonObject point = p.preserved;
        point.insert(QStringLiteral("concurrency"), p.concurrency);
        point.insert(QStringLiteral("total_tokens_per_s"), p.totalTokensPerS);
        point.insert(QStringLiteral("ttft_ms"), p.ttftMs);
        point.insert(QStringLiteral("tpot_ms"), p.tpotMs);
        point.insert(QStringLiteral("input_tokens"), p.inputTokens);
        point.insert(QStringLiteral("output_tokens"), p.outputTokens);
        points.append(point);
    }
    o.insert(QStringLiteral("points"), points);
    if (b.source)
        o.insert(QStringLiteral("source"), sourceToJson(*b.source, child(o, QStringLiteral("source"))));
    else
        o.remove(QStringLiteral("source"));
    return o;
}

// Measured capacity: the benchmark and its SLO (the throughput typed by hand
// is left out when the file had none).
void putMeasuredCapacity(QJsonObject &h, const SelfHosted &sh)
{
    if (!sh.throughputGiven && sh.benchmark)
        h.remove(QStringLiteral("throughput_tokens_per_s"));
    if (sh.benchmark)
        h.insert(QStringLiteral("benchmark"), benchmarkToJson(*sh.benchmark, child(h, QStringLiteral("benchmark"))));
    else
        h.remove(QStringLiteral("benchmark"));
    if (sh.slo && sh.benchmark) {
        QJsonObject slo = child(h, QStringLiteral("slo"));
        setOrRemove(slo, QStringLiteral("ttft_ms"), sh.slo->ttftMs);
        setOrRemove(slo, QStringLiteral("tpot_ms"), sh.slo->tpotMs);
        h.insert(QStringLiteral("slo"), slo);
    } else {
        h.remove(QStringLiteral("slo"));
    }
}

} // namespace

QJsonObject scenarioToJson(const Scenario &s)
{
    QJsonObject o = s.preserved;
    o.insert(QStringLiteral("name"), s.name);

    QJsonObject w = child(o, QStringLiteral("workload"));
    w.insert(QStringLiteral("requests_per_day"), s.workload.requestsPerDay);
    w.insert(QStringLiteral("input_tokens_per_request"), s.workload.inputTokensPerRequest);
    w.insert(QStringLiteral("output_tokens_per_request"), s.workload.outputTokensPerRequest);
    putOptional(w, QStringLiteral("peak_hours_per_day"), s.workload.peakHoursPerDay, 24);
    putOptional(w, QStringLiteral("peak_traffic_share"), s.workload.peakTrafficShare, 1);
    putOptional(w, QStringLiteral("monthly_growth"), s.workload.monthlyGrowth, 0);
    if (s.workload.source)
        w.insert(QStringLiteral("source"), importSourceToJson(*s.workload.source, child(w, QStringLiteral("source"))));
    else
        w.remove(QStringLiteral("source"));
    o.insert(QStringLiteral("workload"), w);

    QJsonObject a = child(o, QStringLiteral("api"));
    a.insert(QStringLiteral("model"), s.api.model);
    a.insert(QStringLiteral("input_price_per_1m"), s.api.inputPricePer1M);
    a.insert(QStringLiteral("output_price_per_1m"), s.api.outputPricePer1M);
    a.insert(QStringLiteral("review_rate"), s.api.reviewRate);
    putOptional(a, QStringLiteral("error_rate"), s.api.errorRate, 0);
    putOptional(a, QStringLiteral("cached_input_share"), s.api.cachedInputShare, 0);
    setOrRemove(a, QStringLiteral("cached_input_price_per_1m"), s.api.cachedInputPricePer1M);
    putOptional(a, QStringLiteral("batch_share"), s.api.batchShare, 0);
    putOptional(a, QStringLiteral("batch_discount"), s.api.batchDiscount, 0.5);
    setOrRemove(a, QStringLiteral("ops_hours_per_month"), s.api.opsHoursPerMonth);
    putPriceSource(a, s.api.priceSource);
    o.insert(QStringLiteral("api"), a);

    const SelfHosted &sh = s.selfHosted;
    QJsonObject h = child(o, QStringLiteral("self_hosted"));
    h.insert(QStringLiteral("model_size_b"), sh.modelSizeB);
    h.insert(QStringLiteral("method"), methodCode(sh.method));
    h.insert(QStringLiteral("instance"), sh.instance);
    // Owned servers have no hourly price: 0 is not written for them.
    if (sh.instanceCostPerHour != 0 || !sh.pricing || sh.pricing->model != PricingModel::Owned)
        h.insert(QStringLiteral("instance_cost_per_hour"), sh.instanceCostPerHour);
    else
        h.remove(QStringLiteral("instance_cost_per_hour"));
    h.insert(QStringLiteral("throughput_tokens_per_s"), sh.throughputTokensPerS);
    if (sh.fixedInstances)
        h.insert(QStringLiteral("instances"), *sh.fixedInstances);
    else
        h.insert(QStringLiteral("instances"), QStringLiteral("auto"));
    h.insert(QStringLiteral("target_utilization"), sh.targetUtilization);
    h.insert(QStringLiteral("review_rate"), sh.reviewRate);
    h.insert(QStringLiteral("storage_price_per_gb_month"), sh.storagePricePerGbMonth);
    putOptional(h, QStringLiteral("error_rate"), sh.errorRate, 0);
    if (sh.autoscaling || h.contains(QStringLiteral("autoscaling")))
        h.insert(QStringLiteral("autoscaling"), sh.autoscaling);
    putOptional(h, QStringLiteral("min_instances"), sh.minInstances, 0);
    if (sh.precision != Precision::Bf16 || h.contains(QStringLiteral("precision")))
        h.insert(QStringLiteral("precision"), precisionCode(sh.precision));
    const QJsonObject speedup = speedupToJson(sh.speedup, child(h, QStringLiteral("speedup")));
    if (speedup.isEmpty())
        h.remove(QStringLiteral("speedup"));
    else
        h.insert(QStringLiteral("speedup"), speedup);
    putPriceSource(h, sh.priceSource);
    setOrRemove(h, QStringLiteral("gpu_memory_gb"), sh.gpuMemoryGb);
    if (sh.pricing)
        h.insert(QStringLiteral("pricing"), pricingToJson(*sh.pricing, child(h, QStringLiteral("pricing"))));
    else
        h.remove(QStringLiteral("pricing"));
    setOrRemove(h, QStringLiteral("ops_hours_per_month"), sh.opsHoursPerMonth);
    putMeasuredCapacity(h, sh);
    o.insert(QStringLiteral("self_hosted"), h);

    o.insert(QStringLiteral("review_cost"), s.reviewCost);
    putOptional(o, QStringLiteral("cost_per_error"), s.costPerError, 0);

    const Project &pr = s.project;
    QJsonObject p = child(o, QStringLiteral("project"));
    p.insert(QStringLiteral("training_runs"), pr.trainingRuns);
    setOrRemove(p, QStringLiteral("compute_cost_per_run"), pr.computeCostPerRun);
    if (pr.training)
        p.insert(QStringLiteral("training"), trainingToJson(*pr.training, child(p, QStringLiteral("training"))));
    else
        p.remove(QStringLiteral("training"));
    putPhases(p, pr.engineeringHours);
    p.insert(QStringLiteral("hourly_rate"), pr.hourlyRate);
    p.insert(QStringLiteral("lifetime_months"), pr.lifetimeMonths);
    putOptional(p, QStringLiteral("discount_rate_annual"), pr.discountRateAnnual, 0);
    o.insert(QStringLiteral("project"), p);

    if (s.managed)
        o.insert(QStringLiteral("managed"), managedToJson(*s.managed, child(o, QStringLiteral("managed"))));
    else
        o.remove(QStringLiteral("managed"));
    if (s.uncertainty)
        o.insert(QStringLiteral("uncertainty"), uncertaintyToJson(*s.uncertainty, child(o, QStringLiteral("uncertainty"))));
    else
        o.remove(QStringLiteral("uncertainty"));

    if (s.context || s.requiresSelfHosting) {
        QJsonObject ctx = child(o, QStringLiteral("context"));
        if (s.context) {
            const DecisionContext &c = *s.context;
            ctx.insert(QStringLiteral("task_consistency"), levelCode(c.taskConsistency));
            ctx.insert(QStringLiteral("latency_requirement_ms"), c.latencyRequirementMs);
            ctx.insert(QStringLiteral("quality_requirement"), levelCode(c.qualityRequirement));
            ctx.insert(QStringLiteral("team_ml_expertise"), c.teamMlExpertise);
            ctx.insert(QStringLiteral("iteration_speed_priority"), c.iterationSpeedPriority);
        }
        if (s.requiresSelfHosting)
            ctx.insert(QStringLiteral("requires_self_hosting"), *s.requiresSelfHosting);
        o.insert(QStringLiteral("context"), ctx);
    } else {
        o.remove(QStringLiteral("context"));
    }
    if (s.decisionRules) {
        QJsonObject rules = child(o, QStringLiteral("decision_rules"));
        setOrRemove(rules, QStringLiteral("close_call_npv_margin"), s.decisionRules->closeCallNpvMargin);
        setOrRemove(rules, QStringLiteral("close_call_probability"), s.decisionRules->closeCallProbability);
        o.insert(QStringLiteral("decision_rules"), rules);
    } else {
        o.remove(QStringLiteral("decision_rules"));
    }
    if (s.routing) {
        QJsonObject routing = child(o, QStringLiteral("routing"));
        setOrRemove(routing, QStringLiteral("fine_tuned_share"), s.routing->fineTunedShare);
        o.insert(QStringLiteral("routing"), routing);
    } else {
        o.remove(QStringLiteral("routing"));
    }
    return o;
}

bool usesFormat3(const Scenario &s)
{
    return s.selfHosted.gpuMemoryGb || s.requiresSelfHosting || s.decisionRules || usesFleetCostKeys(s)
           || s.workload.source || s.selfHosted.benchmark;
}

int lowestVersion(const ScenarioDocument &document)
{
    for (const Scenario &s : document.scenarios)
        if (usesFormat3(s))
            return 3;
    return 2;
}

QJsonObject documentToJson(const ScenarioDocument &document)
{
    QJsonObject root = document.preserved;
    root.insert(QStringLiteral("format"), QStringLiteral("ftroi"));
    root.insert(QStringLiteral("version"), lowestVersion(document));
    if (document.currency == QLatin1String("USD") && !root.contains(QStringLiteral("currency")))
        root.remove(QStringLiteral("currency"));
    else
        root.insert(QStringLiteral("currency"), document.currency);
    QJsonArray scenarios;
    for (const Scenario &s : document.scenarios)
        scenarios.append(scenarioToJson(s));
    root.insert(QStringLiteral("scenarios"), scenarios);
    return root;
}

QByteArray writeDocument(const ScenarioDocument &document)
{
    return documentJsonText(documentToJson(document), QJsonDocument::Indented);
}

} // namespace ftroi
