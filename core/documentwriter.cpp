// Writes scenario documents. Each object starts from what was read, so keys
// this version does not know survive a re-save; every known key is rewritten
// (or removed, when an optional value is absent).
#include "documentformat.h"

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
    return o;
}

QJsonObject child(const QJsonObject &parent, const QString &key)
{
    return parent.value(key).toObject();
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
    o.insert(QStringLiteral("workload"), w);

    QJsonObject a = child(o, QStringLiteral("api"));
    a.insert(QStringLiteral("model"), s.api.model);
    a.insert(QStringLiteral("input_price_per_1m"), s.api.inputPricePer1M);
    a.insert(QStringLiteral("output_price_per_1m"), s.api.outputPricePer1M);
    a.insert(QStringLiteral("review_rate"), s.api.reviewRate);
    o.insert(QStringLiteral("api"), a);

    const SelfHosted &sh = s.selfHosted;
    QJsonObject h = child(o, QStringLiteral("self_hosted"));
    h.insert(QStringLiteral("model_size_b"), sh.modelSizeB);
    h.insert(QStringLiteral("method"), methodCode(sh.method));
    h.insert(QStringLiteral("instance"), sh.instance);
    h.insert(QStringLiteral("instance_cost_per_hour"), sh.instanceCostPerHour);
    h.insert(QStringLiteral("throughput_tokens_per_s"), sh.throughputTokensPerS);
    if (sh.fixedInstances)
        h.insert(QStringLiteral("instances"), *sh.fixedInstances);
    else
        h.insert(QStringLiteral("instances"), QStringLiteral("auto"));
    h.insert(QStringLiteral("target_utilization"), sh.targetUtilization);
    h.insert(QStringLiteral("review_rate"), sh.reviewRate);
    h.insert(QStringLiteral("storage_price_per_gb_month"), sh.storagePricePerGbMonth);
    o.insert(QStringLiteral("self_hosted"), h);

    o.insert(QStringLiteral("review_cost"), s.reviewCost);

    const Project &pr = s.project;
    QJsonObject p = child(o, QStringLiteral("project"));
    p.insert(QStringLiteral("training_runs"), pr.trainingRuns);
    setOrRemove(p, QStringLiteral("compute_cost_per_run"), pr.computeCostPerRun);
    if (pr.training)
        p.insert(QStringLiteral("training"), trainingToJson(*pr.training, child(p, QStringLiteral("training"))));
    else
        p.remove(QStringLiteral("training"));
    QJsonObject hours;
    QJsonArray order;
    for (const EngineeringPhase &phase : pr.engineeringHours) {
        hours.insert(phase.name, phase.hours);
        order.append(phase.name);
    }
    p.insert(QStringLiteral("engineering_hours"), hours);
    p.insert(QStringLiteral("engineering_phase_order"), order);
    p.insert(QStringLiteral("hourly_rate"), pr.hourlyRate);
    p.insert(QStringLiteral("lifetime_months"), pr.lifetimeMonths);
    o.insert(QStringLiteral("project"), p);

    if (s.context) {
        const DecisionContext &c = *s.context;
        QJsonObject ctx = child(o, QStringLiteral("context"));
        ctx.insert(QStringLiteral("task_consistency"), levelCode(c.taskConsistency));
        ctx.insert(QStringLiteral("latency_requirement_ms"), c.latencyRequirementMs);
        ctx.insert(QStringLiteral("quality_requirement"), levelCode(c.qualityRequirement));
        ctx.insert(QStringLiteral("team_ml_expertise"), c.teamMlExpertise);
        ctx.insert(QStringLiteral("iteration_speed_priority"), c.iterationSpeedPriority);
        o.insert(QStringLiteral("context"), ctx);
    } else {
        o.remove(QStringLiteral("context"));
    }
    return o;
}

QJsonObject documentToJson(const ScenarioDocument &document)
{
    QJsonObject root = document.preserved;
    root.insert(QStringLiteral("format"), QStringLiteral("ftroi"));
    root.insert(QStringLiteral("version"), kFormatVersion);
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
    return QJsonDocument(documentToJson(document)).toJson(QJsonDocument::Indented);
}

} // namespace ftroi
