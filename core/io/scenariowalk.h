// The scenario schema walk: reads each part of a scenario document through
// ObjectReader (objectreader.h), in the order that decides which refusal a
// document with several faults gets. Instantiated by documentreader.cpp for
// both JSON views.
#pragma once

#include "core/io/benchmarkwalk.h"
#include "core/io/documentadditions.h"
#include "core/io/documentformat.h"
#include "core/io/fleetwalk.h"
#include "core/io/objectreader.h"
#include "core/model/importsource.h"
#include "core/model/inputpaths.h"
#include "core/model/rangerules.h"
#include "core/text/hugepages.h"

#include <QHash>
#include <QJsonArray>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ftroi::reader {

// The schema's entry for `path`, looked up once per call site (the walk runs
// for every scenario of a document: no hashing per value).
#define readerSpec(path)                                                                                               \
    ([]() -> const InputSpec & {                                                                                       \
        static const InputSpec &spec = inputSpec(path);                                                                \
        return spec;                                                                                                   \
    }())

constexpr const char *kMethods = "\"lora\", \"qlora\", \"full\"";
constexpr const char *kLevels = "\"high\", \"medium\", \"low\"";

template<typename R>
TrainingSpec readTraining(const R &r)
{
    TrainingSpec t;
    t.modelSizeB = r.input(readerSpec("project.training.model_size_b"));
    t.method = r.template code<Method>("method", methodFromCode, kMethods);
    t.examples = r.input(readerSpec("project.training.examples"));
    t.avgSeqLen = r.input(readerSpec("project.training.avg_seq_len"));
    t.epochs = r.input(readerSpec("project.training.epochs"));
    const QString gpu = r.sharedText("gpu");
    if (gpu.trimmed().isEmpty())
        r.refuse("gpu", QStringLiteral("must name a GPU (for example \"a10g\")"));
    setGpuFromCode(t, gpu);
    if (r.has("spot"))
        t.spot = r.boolean("spot");
    return t;
}

// Engineering hours by phase. JSON objects have no order; "engineering_phase_order"
// (an addition of this app) keeps the user's. Names it does not list follow alphabetically.
template<typename R>
QList<EngineeringPhase> readPhases(const R &p, bool required = true)
{
    using Node = typename R::Node;
    QList<EngineeringPhase> phases;
    if (!required && !p.has("engineering_hours"))
        return phases;
    const R hr = p.child("engineering_hours");
    // Keys never repeat (strictjson.h), so each phase is one member: found by name through a hash.
    QVarLengthArray<std::pair<QString, Node>, 8> hours; // document order
    QHash<QString, qsizetype> indexOf;
    hr.forEachMember([&](const QString &name, const Node &value) {
        indexOf.insert(name, hours.size());
        hours.append({name, value});
    });
    QVarLengthArray<qsizetype, 8> order; // indexes into `hours`
    QVarLengthArray<bool, 8> listed(hours.size(), false);
    if (p.has("engineering_phase_order")) {
        const Node names = p.required("engineering_phase_order");
        if (names.kind() != NodeKind::Array)
            p.refuse("engineering_phase_order", QStringLiteral("expected a list of phase names, found %1").arg(describe(names)));
        names.forEachElement([&](const Node &name) {
            if (name.kind() != NodeKind::String)
                return;
            const auto it = indexOf.constFind(name.sharedText());
            if (it != indexOf.constEnd() && !listed[*it]) {
                listed[*it] = true;
                order.append(*it);
            }
        });
    }
    const qsizetype listedCount = order.size();
    for (qsizetype i = 0; i < hours.size(); ++i)
        if (!listed[i])
            order.append(i);
    std::sort(order.begin() + listedCount, order.end(), // names not listed follow alphabetically
              [&](qsizetype a, qsizetype b) { return hours[a].first < hours[b].first; });
    phases.reserve(order.size());
    for (const qsizetype i : std::as_const(order))
        phases.append({hours[i].first, hr.checkedNumber(hours[i].first, hours[i].second, kNonNegativeDomain)});
    return phases;
}

// Format 2: peak hours, the share of traffic in them, growth.
template<typename R>
void readTrafficShape(const R &w, Workload &workload)
{
    workload.peakHoursPerDay = w.optionalInput(readerSpec("workload.peak_hours_per_day")).value_or(24);
    workload.peakTrafficShare = w.optionalInput(readerSpec("workload.peak_traffic_share")).value_or(1);
    const double h = workload.peakHoursPerDay;
    const double p = workload.peakTrafficShare;
    if (h == 24 && p != 1)
        w.refuse("peak_traffic_share",
                 QStringLiteral("%1 must be 1 when peak_hours_per_day is 24 (all traffic is in the peak)").arg(numberText(p)));
    if (p < h / 24)
        w.refuse("peak_traffic_share",
                 QStringLiteral("%1 is below peak_hours_per_day / 24 = %2: the peak hours would carry less than their share of the day")
                     .arg(numberText(p), numberText(h / 24)));
    workload.monthlyGrowth = w.optionalInput(readerSpec("workload.monthly_growth")).value_or(0);
}

// Format 2: autoscaling, precision and speedups of the self-hosted fleet.
// Returns the unknown keys of "speedup".
template<typename R>
QJsonObject readServingLevers(const R &h, SelfHosted &sh)
{
    sh.errorRate = h.optionalInput(readerSpec("self_hosted.error_rate")).value_or(0);
    if (h.has("autoscaling")) {
        sh.autoscaling = h.boolean("autoscaling");
        if (sh.autoscaling && sh.fixedInstances)
            h.refuse("autoscaling",
                     QStringLiteral("needs \"instances\": \"auto\" (a fixed fleet of %1 cannot scale)").arg(numberText(*sh.fixedInstances)));
    }
    sh.minInstances = h.optionalCount("min_instances").value_or(0);
    if (sh.minInstances > 1e6)
        h.refuse("min_instances", QStringLiteral("%1 is too large (at most 1000000)").arg(numberText(sh.minInstances)));
    if (h.has("precision"))
        sh.precision = h.template code<Precision>("precision", precisionFromCode, "\"bf16\", \"fp16\", \"int8\", \"int4\"");
    if (!h.has("speedup"))
        return {};
    const R x = h.child("speedup");
    sh.speedup.engine = x.optionalInput(readerSpec("self_hosted.speedup.engine")).value_or(1);
    sh.speedup.quantization = x.optionalInput(readerSpec("self_hosted.speedup.quantization")).value_or(1);
    sh.speedup.speculativeDecoding = x.optionalInput(readerSpec("self_hosted.speedup.speculative_decoding")).value_or(1);
    return x.unknown();
}

// Whether `r` has the format-3 key `key`; a document of an earlier version
// that holds one is refused (format 3, reading 9).
template<typename R>
bool hasFormat3Key(const R &r, std::string_view key, int version)
{
    if (!r.has(key))
        return false;
    if (version < 3)
        r.refuse(key, QStringLiteral("needs version 3 of the format (this document says version %1)").arg(version));
    return true;
}

// Format 3: `workload.source`, where imported numbers came from.
template<typename R>
ImportSource readImportSource(const R &r)
{
    ImportSource source;
    source.kind = r.text("kind");
    if (source.kind.trimmed().isEmpty())
        r.refuse("kind", QStringLiteral("must name the kind of file (for example \"openai_usage\")"));
    source.file = r.text("file");
    const auto date = [&r](std::string_view key) {
        const QString text = r.text(key);
        if (!isIsoDate(text))
            r.refuse(key, QStringLiteral("expected a date YYYY-MM-DD, found \"%1\"").arg(text.left(40)));
        return text;
    };
    source.from = date("from");
    source.to = date("to");
    source.importedAt = date("imported_at");
    if (source.to < source.from)
        r.refuse("to", QStringLiteral("%1 is before \"from\" (%2)").arg(source.to, source.from));
    return source;
}

template<typename R>
ManagedPath readManaged(const R &m, int version)
{
    ManagedPath path;
    path.provider = m.optionalSharedText("provider");
    path.trainingPricePer1MTokens = m.input(readerSpec("managed.training_price_per_1m_tokens"));
    path.trainingTokensPerRun = m.input(readerSpec("managed.training_tokens_per_run"));
    path.trainingRuns = m.optionalCount("training_runs");
    path.inputPricePer1M = m.input(readerSpec("managed.input_price_per_1m"));
    path.outputPricePer1M = m.input(readerSpec("managed.output_price_per_1m"));
    path.hostingCostPerHour = m.optionalInput(readerSpec("managed.hosting_cost_per_hour")).value_or(0);
    path.reviewRate = m.optionalInput(readerSpec("managed.review_rate"));
    path.errorRate = m.optionalInput(readerSpec("managed.error_rate"));
    path.engineeringHours = readPhases(m, false);
    if (hasFormat3Key(m, "ops_hours_per_month", version))
        path.opsHoursPerMonth = m.input(readerSpec("managed.ops_hours_per_month"));
    return path;
}

// Format 2: ranges on inputs for Monte Carlo and sensitivity, checked against
// the scenario they belong to (its inputs, their values and domains). Ranges
// are kept in the order of their paths, whatever the file's order.
template<typename R>
Uncertainty readUncertainty(const R &u, const Scenario &s)
{
    using Node = typename R::Node;
    Uncertainty out;
    if (u.has("samples")) {
        out.samples = u.optionalCount("samples").value_or(0);
        if (out.samples < 1 || out.samples > 1e7)
            u.refuse("samples", QStringLiteral("%1 is not in 1..10000000").arg(numberText(out.samples)));
        if (const QString fault = simulationBudgetFault(out.samples, s.project.lifetimeMonths); !fault.isEmpty())
            u.refuse("samples", fault);
    }
    if (u.has("seed"))
        out.seed = *u.optionalCount("seed");
    if (!u.has("ranges"))
        return out;
    const R rr = u.child("ranges");
    rr.forEachMember([&](const QString &inputPath, const Node &value) {
        const std::optional<InputHandle> handle = resolveInput(s, inputPath);
        if (!handle)
            rr.refuse(inputPath, QStringLiteral("names no numeric input of this scenario"));
        const R r(rr.objectNode(inputPath, value), rr.at(inputPath));
        InputRange range;
        range.path = inputPath;
        range.low = r.number("low", kAnyDomain);
        range.high = r.number("high", kAnyDomain);
        if (r.has("distribution"))
            range.distribution = r.template code<Distribution>("distribution", distributionFromCode,
                                                               "\"triangular\", \"uniform\"");
        if (range.low > range.high)
            r.refuse("low", QStringLiteral("%1 is above high (%2)").arg(numberText(range.low), numberText(range.high)));
        const InputDomain &domain = handle->domain;
        if (!domain.contains(range.low))
            r.refuse("low", QStringLiteral("%1 is outside the input's domain %2").arg(numberText(range.low), domain.text()));
        if (!domain.contains(range.high))
            r.refuse("high", QStringLiteral("%1 is outside the input's domain %2").arg(numberText(range.high), domain.text()));
        const double v = inputValue(s, *handle);
        if (range.distribution == Distribution::Triangular && (v < range.low || v > range.high))
            r.refuse("low", QStringLiteral("the triangular range %1..%2 does not contain the scenario's value %3 (its mode)")
                                .arg(numberText(range.low), numberText(range.high), numberText(v)));
        for (InputRange &existing : out.ranges) {
            if (existing.path == range.path) {
                existing = range; // the last of duplicates wins
                return;
            }
        }
        out.ranges.append(range);
    });
    std::sort(out.ranges.begin(), out.ranges.end(), [](const InputRange &a, const InputRange &b) { return a.path < b.path; });
    return out;
}

// The context: the seed's score (its five factors) and format 3's
// requires_self_hosting. A context with requires_self_hosting alone has no score.
template<typename R>
void readContext(const R &c, int version, Scenario &s)
{
    if (hasFormat3Key(c, "requires_self_hosting", version))
        s.requiresSelfHosting = c.boolean("requires_self_hosting");
    static constexpr std::string_view kScoreKeys[] = {"task_consistency", "latency_requirement_ms",
                                                      "quality_requirement", "team_ml_expertise",
                                                      "iteration_speed_priority"};
    const bool scored = !s.requiresSelfHosting
        || std::any_of(std::begin(kScoreKeys), std::end(kScoreKeys), [&](std::string_view k) { return c.has(k); });
    if (!scored)
        return;
    DecisionContext ctx;
    ctx.taskConsistency = c.template code<Level>("task_consistency", levelFromCode, kLevels);
    ctx.latencyRequirementMs = c.input(readerSpec("context.latency_requirement_ms"));
    ctx.qualityRequirement = c.template code<Level>("quality_requirement", levelFromCode, kLevels);
    ctx.teamMlExpertise = c.boolean("team_ml_expertise");
    ctx.iterationSpeedPriority = c.boolean("iteration_speed_priority");
    s.context = ctx;
}

template<typename R>
DecisionRules readDecisionRules(const R &d)
{
    DecisionRules rules;
    rules.closeCallNpvMargin = d.optionalInput(readerSpec("decision_rules.close_call_npv_margin"));
    rules.closeCallProbability = d.optionalInput(readerSpec("decision_rules.close_call_probability"));
    return rules;
}

// Fills `s` in place (the document's own element: no copy of a scenario).
template<typename R>
void readScenarioOrThrow(const typename R::Node &object, qsizetype index, int version, Scenario &s)
{
    const R r(object, "scenarios", index);
    s.name = r.text("name");

    const R w = r.child("workload");
    s.workload.requestsPerDay = w.input(readerSpec("workload.requests_per_day"));
    s.workload.inputTokensPerRequest = w.input(readerSpec("workload.input_tokens_per_request"));
    s.workload.outputTokensPerRequest = w.input(readerSpec("workload.output_tokens_per_request"));
    readTrafficShape(w, s.workload);
    QJsonObject sourceUnknown;
    if (hasFormat3Key(w, "source", version)) {
        const R source = w.child("source");
        s.workload.source = readImportSource(source);
        sourceUnknown = source.unknown();
    }

    const R a = r.child("api");
    s.api.model = a.optionalSharedText("model");
    s.api.inputPricePer1M = a.input(readerSpec("api.input_price_per_1m"));
    s.api.outputPricePer1M = a.input(readerSpec("api.output_price_per_1m"));
    s.api.reviewRate = a.input(readerSpec("api.review_rate"));
    s.api.errorRate = a.optionalInput(readerSpec("api.error_rate")).value_or(0);
    s.api.cachedInputShare = a.optionalInput(readerSpec("api.cached_input_share")).value_or(0);
    s.api.cachedInputPricePer1M = a.optionalInput(readerSpec("api.cached_input_price_per_1m"));
    s.api.batchShare = a.optionalInput(readerSpec("api.batch_share")).value_or(0);
    s.api.batchDiscount = a.optionalInput(readerSpec("api.batch_discount")).value_or(0.5);
    if (hasFormat3Key(a, "ops_hours_per_month", version))
        s.api.opsHoursPerMonth = a.input(readerSpec("api.ops_hours_per_month"));

    const R h = r.child("self_hosted");
    SelfHosted &sh = s.selfHosted;
    sh.modelSizeB = h.input(readerSpec("self_hosted.model_size_b")); // only sizes storage
    if (h.has("method"))
        sh.method = h.template code<Method>("method", methodFromCode, kMethods);
    sh.instance = h.optionalSharedText("instance");
    if (h.has("instance_cost_per_hour") || !pricedAsOwned(h, version)) // owned servers have no hourly price
        sh.instanceCostPerHour = h.input(readerSpec("self_hosted.instance_cost_per_hour"));
    const bool measured = hasFormat3Key(h, "benchmark", version); // the throughput may then be absent
    sh.throughputGiven = !measured || h.has("throughput_tokens_per_s");
    if (sh.throughputGiven)
        sh.throughputTokensPerS = h.input(readerSpec("self_hosted.throughput_tokens_per_s"));
    const typename R::Node instances = h.required("instances");
    if (instances.kind() == NodeKind::String && instances.textEquals("auto")) {
        sh.fixedInstances.reset();
    } else {
        const double n = instances.kind() == NodeKind::Number ? instances.number() : -1;
        if (instances.kind() != NodeKind::Number || !(n >= 1) || n != std::floor(n) || n > 1e6)
            h.refuse("instances",
                     QStringLiteral("expected a whole number from 1 to 1000000 or \"auto\", found %1").arg(describe(instances)));
        sh.fixedInstances = n;
    }
    sh.targetUtilization = h.input(readerSpec("self_hosted.target_utilization"));
    sh.reviewRate = h.input(readerSpec("self_hosted.review_rate"));
    sh.storagePricePerGbMonth = h.input(readerSpec("self_hosted.storage_price_per_gb_month"));
    const QJsonObject speedupUnknown = readServingLevers(h, sh);
    if (hasFormat3Key(h, "gpu_memory_gb", version))
        sh.gpuMemoryGb = h.input(readerSpec("self_hosted.gpu_memory_gb"));
    QJsonObject pricingUnknown;
    if (hasFormat3Key(h, "pricing", version)) {
        const R pricing = h.child("pricing");
        sh.pricing = readPricing(pricing, sh.autoscaling);
        pricingUnknown = pricing.unknown();
    }
    if (hasFormat3Key(h, "ops_hours_per_month", version))
        sh.opsHoursPerMonth = h.input(readerSpec("self_hosted.ops_hours_per_month"));
    QJsonObject benchmarkUnknown;
    if (measured) {
        sh.benchmark = readBenchmark(h.child("benchmark"), benchmarkUnknown);
        refuseSpeedupWithBenchmark(h, sh.speedup);
    }
    QJsonObject sloUnknown;
    if (hasFormat3Key(h, "slo", version)) {
        if (!measured)
            h.refuse("slo", QStringLiteral("needs \"benchmark\": latency objectives apply to measured loads"));
        const R slo = h.child("slo");
        sh.slo = readSlo(slo);
        sloUnknown = slo.unknown();
    }

    s.reviewCost = r.input(readerSpec("review_cost"));
    s.costPerError = r.optionalInput(readerSpec("cost_per_error")).value_or(0);

    const R p = r.child("project");
    Project &pr = s.project;
    pr.trainingRuns = p.input(readerSpec("project.training_runs"));
    QJsonObject trainingUnknown;
    if (p.has("training")) {
        const R t = p.child("training");
        pr.training = readTraining(t);
        trainingUnknown = t.unknown();
    }
    pr.computeCostPerRun = p.optionalInput(readerSpec("project.compute_cost_per_run"));
    if (!pr.computeCostPerRun && !pr.training)
        p.refuse("compute_cost_per_run",
                 QStringLiteral("required key is missing (or give \"training\" to estimate it)"));
    pr.engineeringHours = readPhases(p);
    pr.hourlyRate = p.input(readerSpec("project.hourly_rate"));
    pr.lifetimeMonths = p.input(readerSpec("project.lifetime_months"));
    pr.discountRateAnnual = p.optionalInput(readerSpec("project.discount_rate_annual")).value_or(0);

    QJsonObject managedUnknown;
    if (r.has("managed")) {
        const R m = r.child("managed");
        s.managed = readManaged(m, version);
        managedUnknown = m.unknown();
    }

    QJsonObject contextUnknown;
    if (r.has("context")) {
        const R c = r.child("context");
        readContext(c, version, s);
        contextUnknown = c.unknown();
    }
    QJsonObject rulesUnknown;
    if (hasFormat3Key(r, "decision_rules", version)) {
        const R d = r.child("decision_rules");
        s.decisionRules = readDecisionRules(d);
        rulesUnknown = d.unknown();
    }
    QJsonObject routingUnknown;
    if (hasFormat3Key(r, "routing", version)) {
        const R g = r.child("routing");
        s.routing = Routing{g.optionalInput(readerSpec("routing.fine_tuned_share"))};
        routingUnknown = g.unknown();
    }
    QJsonObject uncertaintyUnknown;
    if (r.has("uncertainty")) {
        const R u = r.child("uncertainty");
        s.uncertainty = readUncertainty(u, s);
        uncertaintyUnknown = u.unknown();
    }
    s.preserved = r.unknown({{"workload", w.unknown({{"source", sourceUnknown}})},
                             {"api", a.unknown()},
                             {"self_hosted", h.unknown({{"speedup", speedupUnknown},
                                                        {"pricing", pricingUnknown},
                                                        {"benchmark", benchmarkUnknown},
                                                        {"slo", sloUnknown}})},
                             {"project", p.unknown({{"training", trainingUnknown}})},
                             {"managed", managedUnknown},
                             {"context", contextUnknown},
                             {"decision_rules", rulesUnknown},
                             {"routing", routingUnknown},
                             {"uncertainty", uncertaintyUnknown}});
    // Additions read from the kept keys: price_source, project.training.estimate and mfu.
    if (!s.preserved.isEmpty()) {
        if (const QString why = readCatalogAdditions(s.preserved, r.path(), s); !why.isEmpty())
            throw Refusal{why};
    }
}

template<typename Node>
void readRootOrThrow(const Node &rootNode, ScenarioDocument &document)
{
    using R = ObjectReader<Node>;
    if (rootNode.kind() != NodeKind::Object)
        throw Refusal{QStringLiteral("document: expected a JSON object with \"format\", \"version\" and \"scenarios\"")};
    const R r(rootNode, QString());
    const QString format = r.text("format");
    if (format != QLatin1String("ftroi"))
        r.refuse("format", QStringLiteral("expected \"ftroi\", found \"%1\"").arg(format));
    const Node version = r.required("version");
    const double v = version.kind() == NodeKind::Number ? version.number() : -1;
    if (version.kind() != NodeKind::Number || v != std::floor(v) || v < 1)
        r.refuse("version", QStringLiteral("expected a whole number >= 1, found %1").arg(describe(version)));
    if (v > kFormatVersion)
        r.refuse("version",
                 QStringLiteral("%1 is newer than this version of Fine-Tuning ROI Studio can read (format %2); "
                                "open it with a newer version")
                     .arg(numberText(v))
                     .arg(kFormatVersion));

    if (r.has("currency")) {
        document.currency = r.text("currency");
        const bool isoCode = document.currency.size() == 3
                             && std::all_of(document.currency.begin(), document.currency.end(),
                                            [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
        if (!isoCode)
            r.refuse("currency", QStringLiteral("expected a currency code such as \"USD\"")); // three capital letters (ISO 4217)
    }
    const Node scenarios = r.required("scenarios");
    if (scenarios.kind() != NodeKind::Array)
        r.refuse("scenarios", QStringLiteral("expected a list, found %1").arg(describe(scenarios)));
    if (scenarios.size() == 0)
        r.refuse("scenarios", QStringLiteral("the list is empty; a document holds at least one scenario"));
    document.scenarios.reserve(scenarios.size());
    adviseHugePages(document.scenarios.constData(), size_t(scenarios.size()) * sizeof(Scenario));
    qsizetype i = 0;
    scenarios.forEachElement([&](const Node &item) {
        const qsizetype index = i++;
        if (item.kind() != NodeKind::Object)
            throw Refusal{QStringLiteral("scenarios[%1]: expected an object, found ").arg(index) + describe(item)};
        readScenarioOrThrow<R>(item, index, int(v), document.scenarios.emplaceBack());
    });
    document.preserved = r.unknown();
}
#undef readerSpec

} // namespace ftroi::reader
