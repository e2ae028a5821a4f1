// Strict reader for scenario documents. Every check names the JSON path of
// the offending value; the first failure refuses the whole document.
// Parsing is simdjson's (the DOM, one reused parser a thread); when simdjson
// refuses a text, Qt's parser reads it instead, so the messages about broken
// JSON stay Qt's. Both run the same validation through the JsonNode views.
// Keys the reader does not know are kept in `preserved` for re-saving.
#include "core/io/documentformat.h"

#include "core/io/documentadditions.h"
#include "core/text/hugepages.h"
#include "core/model/inputpaths.h"
#include "core/io/jsonnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ftroi {

namespace {

struct Refusal {
    QString message;
};

QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

template<typename Node>
QString describe(const Node &v)
{
    switch (v.kind()) {
    case NodeKind::Null: return QStringLiteral("null");
    case NodeKind::Bool: return v.boolean() ? QStringLiteral("true") : QStringLiteral("false");
    case NodeKind::Number: return QStringLiteral("the number ") + numberText(v.number());
    case NodeKind::String: {
        QString s = v.text();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("...");
        return QStringLiteral("the text \"%1\"").arg(s);
    }
    case NodeKind::Array: return QStringLiteral("a list");
    case NodeKind::Object: return QStringLiteral("an object");
    }
    return QStringLiteral("nothing");
}

enum class Range { NonNegative, Positive, Fraction, PositiveFraction, Any };

// Reads the members of one JSON object, refusing bad values with their path.
// Members are looked up by ASCII key (the last of duplicates wins, as in Qt);
// the ones never looked up are the unknown keys kept for re-saving.
template<typename NodeT>
class ObjectReader
{
public:
    using Node = NodeT;

    ObjectReader(const Node &object, QString path) : m_path(std::move(path)) { collect(object); }
    // A member object of `parent`: its path is only spelled out for a message.
    ObjectReader(const Node &object, const ObjectReader *parent, std::string_view key) : m_parent(parent), m_key(key)
    {
        collect(object);
    }
    // Item `index` of the root's list `key`: its path is only spelled out for a message.
    ObjectReader(const Node &object, std::string_view key, qsizetype index) : m_key(key), m_index(index) { collect(object); }

    QString path() const
    {
        if (m_parent)
            return m_parent->at(m_key);
        if (m_index >= 0)
            return QLatin1String(m_key.data(), qsizetype(m_key.size())) + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        return m_path;
    }
    QString at(const char *key) const { return at(QString::fromLatin1(key)); }
    QString at(std::string_view key) const { return at(QString::fromLatin1(key.data(), qsizetype(key.size()))); }
    QString at(const QString &key) const
    {
        const QString base = path();
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }

    template<typename K>
    [[noreturn]] void refuse(const K &key, const QString &why) const
    {
        throw Refusal{at(key) + QStringLiteral(": ") + why};
    }

    bool has(std::string_view key) const { return find(key) != nullptr; }

    Node required(std::string_view key) const
    {
        const Node *v = find(key);
        if (!v)
            refuse(key, QStringLiteral("required key is missing"));
        return *v;
    }

    template<typename K>
    double checkedNumber(const K &key, const Node &v, Range range) const
    {
        if (v.kind() != NodeKind::Number)
            refuse(key, QStringLiteral("expected a number, found %1").arg(describe(v)));
        const double d = v.number();
        if (!std::isfinite(d))
            refuse(key, QStringLiteral("is not a finite number"));
        switch (range) {
        case Range::NonNegative:
            if (d < 0)
                refuse(key, QStringLiteral("%1 must be >= 0").arg(numberText(d)));
            break;
        case Range::Positive:
            if (!(d > 0))
                refuse(key, QStringLiteral("%1 must be > 0").arg(numberText(d)));
            break;
        case Range::Fraction:
            if (d < 0 || d > 1)
                refuse(key, QStringLiteral("%1 is not in [0, 1]").arg(numberText(d)));
            break;
        case Range::PositiveFraction:
            if (!(d > 0) || d > 1)
                refuse(key, QStringLiteral("%1 is not in (0, 1]").arg(numberText(d)));
            break;
        case Range::Any:
            break;
        }
        if (d > kMaxInputValue)
            refuse(key, QStringLiteral("%1 is too large (at most %2)").arg(numberText(d), numberText(kMaxInputValue)));
        return d;
    }

    double number(std::string_view key, Range range) const { return checkedNumber(key, required(key), range); }

    std::optional<double> optionalNumber(std::string_view key, Range range) const
    {
        const Node *v = find(key);
        if (!v)
            return std::nullopt;
        return checkedNumber(key, *v, range);
    }

    // An optional number in [low, high] (or (low, high] when `lowOpen`).
    double numberIn(std::string_view key, double low, double high, bool lowOpen, double fallback) const
    {
        const Node *v = find(key);
        if (!v)
            return fallback;
        const double d = checkedNumber(key, *v, Range::Any);
        if ((lowOpen ? !(d > low) : d < low) || d > high)
            refuse(key, QStringLiteral("%1 is not in %2%3, %4]")
                            .arg(numberText(d), lowOpen ? QStringLiteral("(") : QStringLiteral("["),
                                 numberText(low), numberText(high)));
        return d;
    }

    // An optional whole number >= 0.
    std::optional<double> optionalCount(std::string_view key) const
    {
        const Node *v = find(key);
        if (!v)
            return std::nullopt;
        const double d = checkedNumber(key, *v, Range::NonNegative);
        if (d != std::floor(d))
            refuse(key, QStringLiteral("%1 is not a whole number").arg(numberText(d)));
        return d;
    }

    QString text(std::string_view key) const { return checkedText(key, required(key)).text(); }

    // Short texts that repeat from scenario to scenario (models, instances, codes).
    QString sharedText(std::string_view key) const { return checkedText(key, required(key)).sharedText(); }

    QString optionalSharedText(std::string_view key) const
    {
        const Node *v = find(key);
        return v ? checkedText(key, *v).sharedText() : QString();
    }

    bool boolean(std::string_view key) const
    {
        const Node v = required(key);
        if (v.kind() != NodeKind::Bool)
            refuse(key, QStringLiteral("expected true or false, found %1").arg(describe(v)));
        return v.boolean();
    }

    template<typename K>
    Node objectNode(const K &key, const Node &v) const
    {
        if (v.kind() != NodeKind::Object)
            refuse(key, QStringLiteral("expected an object, found %1").arg(describe(v)));
        return v;
    }

    Node object(std::string_view key) const { return objectNode(key, required(key)); }

    // The reader of the object member `key` (refused when it is not an object).
    ObjectReader child(std::string_view key) const { return ObjectReader(object(key), this, key); }

    template<typename Enum>
    Enum code(std::string_view key, std::optional<Enum> (*parse)(const QString &), const char *allowed) const
    {
        const QString t = sharedText(key);
        const std::optional<Enum> value = parse(t);
        if (!value)
            refuse(key, QStringLiteral("\"%1\" is not one of %2").arg(t, QLatin1String(allowed)));
        return *value;
    }

    // Every member, in document order, marked as known.
    template<typename F>
    void forEachMember(F f) const
    {
        for (const Member &m : m_members) {
            m.used = true;
            f(Node::keyText(m.key), m.value);
        }
    }

    // The members never looked up, plus the unknown keys of known child objects.
    QJsonObject unknown(std::initializer_list<std::pair<const char *, QJsonObject>> children = {}) const
    {
        QJsonObject o;
        for (const Member &m : m_members)
            if (!m.used)
                o.insert(Node::keyText(m.key), m.value.toQt());
        for (const auto &[key, unknownOfChild] : children)
            if (!unknownOfChild.isEmpty())
                o.insert(QLatin1String(key), unknownOfChild);
        return o;
    }

private:
    const Node &checkedText(std::string_view key, const Node &v) const
    {
        if (v.kind() != NodeKind::String)
            refuse(key, QStringLiteral("expected text, found %1").arg(describe(v)));
        return v;
    }

    static quint64 bloomBit(quint64 print) { return quint64(1) << ((print * 0x9E3779B97F4A7C15ull) >> 58); }

    void collect(const Node &object)
    {
        object.forEachMember([this](const typename Node::Key &key, const Node &value) {
            const quint64 print = Node::print(key);
            if (m_bloom & bloomBit(print)) {
                for (const Member &m : std::as_const(m_members))
                    m_samePrints = m_samePrints || m.print == print;
            }
            m_bloom |= bloomBit(print);
            m_members.push_back({key, print, value, false});
        });
    }

    struct Member {
        typename Node::Key key;
        quint64 print;
        Node value;
        mutable bool used;
    };

    // The value of `ascii` (the last of duplicates; all of them become known), or null.
    const Node *find(std::string_view ascii) const
    {
        const quint64 print = keyPrint(ascii);
        if (!(m_bloom & bloomBit(print)))
            return nullptr;
        if (!m_samePrints) {
            // No two members share a print, so no key repeats: the first match is the
            // one. Keys are usually looked up in document order, so start after the last.
            const qsizetype n = m_members.size();
            for (qsizetype k = 0, i = m_next; k < n; ++k, i = i + 1 == n ? 0 : i + 1) {
                const Member &m = m_members[i];
                if (m.print == print && Node::keyEquals(m.key, ascii)) {
                    m.used = true;
                    m_next = i + 1 == n ? 0 : i + 1;
                    return &m.value;
                }
            }
            return nullptr;
        }
        const Member *found = nullptr;
        for (const Member &m : m_members) {
            if (m.print == print && Node::keyEquals(m.key, ascii)) {
                m.used = true;
                found = &m;
            }
        }
        return found ? &found->value : nullptr;
    }

    QVarLengthArray<Member, 16> m_members; // no allocation for the usual handful of keys
    quint64 m_bloom = 0;       // bloomBit() of every member's print
    bool m_samePrints = false; // two members share a print (perhaps a repeated key)
    mutable qsizetype m_next = 0; // where the next look-up starts
    QString m_path;
    const ObjectReader *m_parent = nullptr;
    std::string_view m_key;
    qsizetype m_index = -1;
};

constexpr const char *kMethods = "\"lora\", \"qlora\", \"full\"";
constexpr const char *kLevels = "\"high\", \"medium\", \"low\"";

template<typename R>
TrainingSpec readTraining(const R &r)
{
    TrainingSpec t;
    t.modelSizeB = r.number("model_size_b", Range::Positive);
    t.method = r.template code<Method>("method", methodFromCode, kMethods);
    t.examples = r.number("examples", Range::NonNegative);
    t.avgSeqLen = r.number("avg_seq_len", Range::NonNegative);
    t.epochs = r.number("epochs", Range::NonNegative);
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
    QVarLengthArray<std::pair<QString, Node>, 8> hours; // document order, the last of duplicates wins
    hr.forEachMember([&](const QString &name, const Node &value) {
        for (auto &entry : hours) {
            if (entry.first == name) {
                entry.second = value;
                return;
            }
        }
        hours.append({name, value});
    });
    const auto hoursOf = [&](const QString &name) -> const Node * {
        for (const auto &entry : std::as_const(hours))
            if (entry.first == name)
                return &entry.second;
        return nullptr;
    };
    QVarLengthArray<QString, 8> order;
    const auto ordered = [&](const QString &name) { return std::find(order.begin(), order.end(), name) != order.end(); };
    if (p.has("engineering_phase_order")) {
        const Node listed = p.required("engineering_phase_order");
        if (listed.kind() != NodeKind::Array)
            p.refuse("engineering_phase_order", QStringLiteral("expected a list of phase names, found %1").arg(describe(listed)));
        listed.forEachElement([&](const Node &name) {
            if (name.kind() == NodeKind::String) {
                const QString text = name.sharedText();
                if (hoursOf(text) && !ordered(text))
                    order.append(text);
            }
        });
    }
    const qsizetype listedCount = order.size();
    for (const auto &entry : std::as_const(hours))
        if (std::find(order.begin(), order.begin() + listedCount, entry.first) == order.begin() + listedCount)
            order.append(entry.first);
    std::sort(order.begin() + listedCount, order.end()); // names not listed follow alphabetically
    phases.reserve(order.size());
    for (const QString &phase : std::as_const(order))
        phases.append({phase, hr.checkedNumber(phase, *hoursOf(phase), Range::NonNegative)});
    return phases;
}

// Format 2: peak hours, the share of traffic in them, growth.
template<typename R>
void readTrafficShape(const R &w, Workload &workload)
{
    workload.peakHoursPerDay = w.numberIn("peak_hours_per_day", 0, 24, true, 24);
    workload.peakTrafficShare = w.numberIn("peak_traffic_share", 0, 1, true, 1);
    const double h = workload.peakHoursPerDay;
    const double p = workload.peakTrafficShare;
    if (h == 24 && p != 1)
        w.refuse("peak_traffic_share",
                 QStringLiteral("%1 must be 1 when peak_hours_per_day is 24 (all traffic is in the peak)").arg(numberText(p)));
    if (p < h / 24)
        w.refuse("peak_traffic_share",
                 QStringLiteral("%1 is below peak_hours_per_day / 24 = %2: the peak hours would carry less than their share of the day")
                     .arg(numberText(p), numberText(h / 24)));
    workload.monthlyGrowth = w.numberIn("monthly_growth", -0.5, 10, false, 0);
}

// Format 2: autoscaling, precision and speedups of the self-hosted fleet.
// Returns the unknown keys of "speedup".
template<typename R>
QJsonObject readServingLevers(const R &h, SelfHosted &sh)
{
    sh.errorRate = h.optionalNumber("error_rate", Range::Fraction).value_or(0);
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
    sh.speedup.engine = x.optionalNumber("engine", Range::Positive).value_or(1);
    sh.speedup.quantization = x.optionalNumber("quantization", Range::Positive).value_or(1);
    sh.speedup.speculativeDecoding = x.optionalNumber("speculative_decoding", Range::Positive).value_or(1);
    return x.unknown();
}

template<typename R>
ManagedPath readManaged(const R &m)
{
    ManagedPath path;
    path.provider = m.optionalSharedText("provider");
    path.trainingPricePer1MTokens = m.number("training_price_per_1m_tokens", Range::NonNegative);
    path.trainingTokensPerRun = m.number("training_tokens_per_run", Range::NonNegative);
    path.trainingRuns = m.optionalCount("training_runs");
    path.inputPricePer1M = m.number("input_price_per_1m", Range::NonNegative);
    path.outputPricePer1M = m.number("output_price_per_1m", Range::NonNegative);
    path.hostingCostPerHour = m.optionalNumber("hosting_cost_per_hour", Range::NonNegative).value_or(0);
    path.reviewRate = m.optionalNumber("review_rate", Range::Fraction);
    path.errorRate = m.optionalNumber("error_rate", Range::Fraction);
    path.engineeringHours = readPhases(m, false);
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
        range.low = r.number("low", Range::Any);
        range.high = r.number("high", Range::Any);
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

// Fills `s` in place (the document's own element: no copy of a scenario).
template<typename R>
void readScenarioOrThrow(const typename R::Node &object, qsizetype index, Scenario &s)
{
    const R r(object, "scenarios", index);
    s.name = r.text("name");

    const R w = r.child("workload");
    s.workload.requestsPerDay = w.number("requests_per_day", Range::NonNegative);
    s.workload.inputTokensPerRequest = w.number("input_tokens_per_request", Range::NonNegative);
    s.workload.outputTokensPerRequest = w.number("output_tokens_per_request", Range::NonNegative);
    readTrafficShape(w, s.workload);

    const R a = r.child("api");
    s.api.model = a.optionalSharedText("model");
    s.api.inputPricePer1M = a.number("input_price_per_1m", Range::NonNegative);
    s.api.outputPricePer1M = a.number("output_price_per_1m", Range::NonNegative);
    s.api.reviewRate = a.number("review_rate", Range::Fraction);
    s.api.errorRate = a.optionalNumber("error_rate", Range::Fraction).value_or(0);
    s.api.cachedInputShare = a.optionalNumber("cached_input_share", Range::Fraction).value_or(0);
    s.api.cachedInputPricePer1M = a.optionalNumber("cached_input_price_per_1m", Range::NonNegative);
    s.api.batchShare = a.optionalNumber("batch_share", Range::Fraction).value_or(0);
    s.api.batchDiscount = a.optionalNumber("batch_discount", Range::Fraction).value_or(0.5);

    const R h = r.child("self_hosted");
    SelfHosted &sh = s.selfHosted;
    sh.modelSizeB = h.number("model_size_b", Range::NonNegative); // only sizes storage
    if (h.has("method"))
        sh.method = h.template code<Method>("method", methodFromCode, kMethods);
    sh.instance = h.optionalSharedText("instance");
    sh.instanceCostPerHour = h.number("instance_cost_per_hour", Range::NonNegative);
    sh.throughputTokensPerS = h.number("throughput_tokens_per_s", Range::Positive);
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
    sh.targetUtilization = h.number("target_utilization", Range::PositiveFraction);
    sh.reviewRate = h.number("review_rate", Range::Fraction);
    sh.storagePricePerGbMonth = h.number("storage_price_per_gb_month", Range::NonNegative);
    const QJsonObject speedupUnknown = readServingLevers(h, sh);

    s.reviewCost = r.number("review_cost", Range::NonNegative);
    s.costPerError = r.optionalNumber("cost_per_error", Range::NonNegative).value_or(0);

    const R p = r.child("project");
    Project &pr = s.project;
    pr.trainingRuns = p.number("training_runs", Range::NonNegative);
    QJsonObject trainingUnknown;
    if (p.has("training")) {
        const R t = p.child("training");
        pr.training = readTraining(t);
        trainingUnknown = t.unknown();
    }
    pr.computeCostPerRun = p.optionalNumber("compute_cost_per_run", Range::NonNegative);
    if (!pr.computeCostPerRun && !pr.training)
        p.refuse("compute_cost_per_run",
                 QStringLiteral("required key is missing (or give \"training\" to estimate it)"));
    pr.engineeringHours = readPhases(p);
    pr.hourlyRate = p.number("hourly_rate", Range::NonNegative);
    pr.lifetimeMonths = p.number("lifetime_months", Range::Positive);
    pr.discountRateAnnual = p.numberIn("discount_rate_annual", 0, 1, false, 0);

    QJsonObject managedUnknown;
    if (r.has("managed")) {
        const R m = r.child("managed");
        s.managed = readManaged(m);
        managedUnknown = m.unknown();
    }

    QJsonObject contextUnknown;
    if (r.has("context")) {
        const R c = r.child("context");
        DecisionContext ctx;
        ctx.taskConsistency = c.template code<Level>("task_consistency", levelFromCode, kLevels);
        ctx.latencyRequirementMs = c.number("latency_requirement_ms", Range::NonNegative);
        ctx.qualityRequirement = c.template code<Level>("quality_requirement", levelFromCode, kLevels);
        ctx.teamMlExpertise = c.boolean("team_ml_expertise");
        ctx.iterationSpeedPriority = c.boolean("iteration_speed_priority");
        s.context = ctx;
        contextUnknown = c.unknown();
    }
    QJsonObject uncertaintyUnknown;
    if (r.has("uncertainty")) {
        const R u = r.child("uncertainty");
        s.uncertainty = readUncertainty(u, s);
        uncertaintyUnknown = u.unknown();
    }
    s.preserved = r.unknown({{"workload", w.unknown()},
                             {"api", a.unknown()},
                             {"self_hosted", h.unknown({{"speedup", speedupUnknown}})},
                             {"project", p.unknown({{"training", trainingUnknown}})},
                             {"managed", managedUnknown},
                             {"context", contextUnknown},
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
        document.currency = r.text("currency").trimmed();
        if (document.currency.isEmpty() || document.currency.size() > 8)
            r.refuse("currency", QStringLiteral("expected a currency code such as \"USD\""));
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
        readScenarioOrThrow<R>(item, index, document.scenarios.emplaceBack());
    });
    document.preserved = r.unknown();
}

QString parseErrorMessage(const QByteArray &json, const QJsonParseError &error)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < error.offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("not a valid JSON document: %1 at line %2, column %3")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

template<typename Node>
ReadResult readRoot(const Node &root)
{
    ReadResult result;
    try {
        ScenarioDocument document;
        readRootOrThrow(root, document);
        result.document = std::move(document);
    } catch (const Refusal &refusal) {
        result.error = refusal.message;
    }
    return result;
}

// Qt's parser: for texts simdjson refuses, so that their messages stay the same.
ReadResult readWithQt(const QByteArray &json, const char *simdjsonError)
{
    ReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = parseErrorMessage(json, parseError);
        return result;
    }
    if (simdjsonError) {
        // Qt reads what simdjson refused (a number out of double's range, nesting
        // deeper than simdjson's limit): validate Qt's reading of it.
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue();
        return readRoot(QtNode(root));
    }
    return result;
}

} // namespace

QByteArray readDocumentBytes(QIODevice &device)
{
    constexpr qsizetype kPadding = qsizetype(simdjson::SIMDJSON_PADDING);
    QByteArray bytes;
    const qint64 expected = device.isSequential() ? 0 : device.size() - device.pos();
    if (expected > 0 && expected < qint64(std::numeric_limits<qsizetype>::max() / 2)) {
        bytes.reserve(qsizetype(expected) + kPadding);
        adviseHugePages(bytes.constData(), size_t(expected));
        bytes.resize(qsizetype(expected));
        bytes.resize(qsizetype(std::max<qint64>(0, device.read(bytes.data(), expected))));
    }
    bytes += device.readAll(); // a sequential device, or what a growing file gained
    bytes.reserve(bytes.size() + kPadding); // nothing to do when read above
    return bytes;
}

ReadResult readDocument(const QByteArray &json)
{
    // One parser a thread: its buffers are reused from document to document.
    thread_local simdjson::dom::parser parser;
    // Bytes with simdjson's padding after them (readDocumentBytes) are parsed in
    // place; others are copied into the parser's padded buffer first.
    // data_ptr() only reads here: it is not const in Qt 6.4 but does not detach.
    const bool padded = const_cast<QByteArray &>(json).data_ptr().freeSpaceAtEnd() >= qsizetype(simdjson::SIMDJSON_PADDING);
    const size_t size = size_t(json.size());
    if (parser.capacity() < size && size <= parser.max_capacity() && parser.allocate(size) == simdjson::SUCCESS
        && parser.doc.allocate(size) == simdjson::SUCCESS) {
        // The tape holds 8 bytes per value, the strings about as much as the text.
        adviseHugePages(parser.doc.tape.get(), 8 * size);
        adviseHugePages(parser.doc.string_buf.get(), size);
    }
    simdjson::dom::element root;
    const simdjson::error_code error = parser.parse(json.constData(), size_t(json.size()), !padded).get(root);
    if (error)
        return readWithQt(json, simdjson::error_message(error));
    return readRoot(SimdNode(root));
}

} // namespace ftroi
