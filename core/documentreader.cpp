// Strict reader for scenario documents. Every check names the JSON path of
// the offending value; the first failure refuses the whole document.
#include "documentformat.h"

#include "inputpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace ftroi {

namespace {

struct Refusal {
    QString message;
};

QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QStringLiteral("the number ") + numberText(v.toDouble());
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("...");
        return QStringLiteral("the text \"%1\"").arg(s);
    }
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

enum class Range { NonNegative, Positive, Fraction, PositiveFraction, Any };

// Reads the members of one JSON object, refusing bad values with their path.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    [[noreturn]] void refuse(const QString &key, const QString &why) const
    {
        throw Refusal{at(key) + QStringLiteral(": ") + why};
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    QJsonValue required(const QString &key) const
    {
        const auto it = m_object.constFind(key); // one look-up: 20,000-scenario files are read in sweeps
        if (it == m_object.constEnd())
            refuse(key, QStringLiteral("required key is missing"));
        return *it;
    }

    double number(const QString &key, Range range) const
    {
        const QJsonValue v = required(key);
        if (!v.isDouble())
            refuse(key, QStringLiteral("expected a number, found %1").arg(describe(v)));
        const double d = v.toDouble();
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

    std::optional<double> optionalNumber(const QString &key, Range range) const
    {
        if (!has(key))
            return std::nullopt;
        return number(key, range);
    }

    // An optional number in [low, high] (or (low, high] when `lowOpen`).
    double numberIn(const QString &key, double low, double high, bool lowOpen, double fallback) const
    {
        if (!has(key))
            return fallback;
        const double d = number(key, Range::Any);
        if ((lowOpen ? !(d > low) : d < low) || d > high)
            refuse(key, QStringLiteral("%1 is not in %2%3, %4]")
                            .arg(numberText(d), lowOpen ? QStringLiteral("(") : QStringLiteral("["),
                                 numberText(low), numberText(high)));
        return d;
    }

    // An optional whole number >= 0.
    std::optional<double> optionalCount(const QString &key) const
    {
        if (!has(key))
            return std::nullopt;
        const double d = number(key, Range::NonNegative);
        if (d != std::floor(d))
            refuse(key, QStringLiteral("%1 is not a whole number").arg(numberText(d)));
        return d;
    }

    QString text(const QString &key) const
    {
        const QJsonValue v = required(key);
        if (!v.isString())
            refuse(key, QStringLiteral("expected text, found %1").arg(describe(v)));
        return v.toString();
    }

    QString optionalText(const QString &key) const { return has(key) ? text(key) : QString(); }

    bool boolean(const QString &key) const
    {
        const QJsonValue v = required(key);
        if (!v.isBool())
            refuse(key, QStringLiteral("expected true or false, found %1").arg(describe(v)));
        return v.toBool();
    }

    QJsonObject object(const QString &key) const
    {
        const QJsonValue v = required(key);
        if (!v.isObject())
            refuse(key, QStringLiteral("expected an object, found %1").arg(describe(v)));
        return v.toObject();
    }

    template<typename Enum>
    Enum code(const QString &key, std::optional<Enum> (*parse)(const QString &), const char *allowed) const
    {
        const QString t = text(key);
        const std::optional<Enum> value = parse(t);
        if (!value)
            refuse(key, QStringLiteral("\"%1\" is not one of %2").arg(t, QLatin1String(allowed)));
        return *value;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

constexpr const char *kMethods = "\"lora\", \"qlora\", \"full\"";
constexpr const char *kLevels = "\"high\", \"medium\", \"low\"";

TrainingSpec readTraining(const ObjectReader &r)
{
    TrainingSpec t;
    t.modelSizeB = r.number(QStringLiteral("model_size_b"), Range::Positive);
    t.method = r.code<Method>(QStringLiteral("method"), methodFromCode, kMethods);
    t.examples = r.number(QStringLiteral("examples"), Range::NonNegative);
    t.avgSeqLen = r.number(QStringLiteral("avg_seq_len"), Range::NonNegative);
    t.epochs = r.number(QStringLiteral("epochs"), Range::NonNegative);
    const QString gpu = r.text(QStringLiteral("gpu"));
    if (gpu.trimmed().isEmpty())
        r.refuse(QStringLiteral("gpu"), QStringLiteral("must name a GPU (for example \"a10g\")"));
    setGpuFromCode(t, gpu);
    if (r.has(QStringLiteral("spot")))
        t.spot = r.boolean(QStringLiteral("spot"));
    return t;
}

// Engineering hours by phase. JSON objects have no order; "engineering_phase_order"
// (an addition of this app) keeps the user's. Names it does not list follow alphabetically.
QList<EngineeringPhase> readPhases(const ObjectReader &p, bool required = true)
{
    const QString hoursKey = QStringLiteral("engineering_hours");
    QList<EngineeringPhase> phases;
    if (!required && !p.has(hoursKey))
        return phases;
    const QJsonObject hours = p.object(hoursKey);
    const ObjectReader hr(hours, p.at(hoursKey));
    QStringList order;
    if (p.has(QStringLiteral("engineering_phase_order"))) {
        const QJsonValue listed = p.required(QStringLiteral("engineering_phase_order"));
        if (!listed.isArray())
            p.refuse(QStringLiteral("engineering_phase_order"), QStringLiteral("expected a list of phase names, found %1").arg(describe(listed)));
        for (const QJsonValue &name : listed.toArray())
            if (name.isString() && hours.contains(name.toString()) && !order.contains(name.toString()))
                order << name.toString();
    }
    for (auto it = hours.begin(); it != hours.end(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    for (const QString &phase : std::as_const(order))
        phases.append({phase, hr.number(phase, Range::NonNegative)});
    return phases;
}

// Format 2: peak hours, the share of traffic in them, growth.
void readTrafficShape(const ObjectReader &w, Workload &workload)
{
    workload.peakHoursPerDay = w.numberIn(QStringLiteral("peak_hours_per_day"), 0, 24, true, 24);
    workload.peakTrafficShare = w.numberIn(QStringLiteral("peak_traffic_share"), 0, 1, true, 1);
    const double h = workload.peakHoursPerDay;
    const double p = workload.peakTrafficShare;
    if (h == 24 && p != 1)
        w.refuse(QStringLiteral("peak_traffic_share"),
                 QStringLiteral("%1 must be 1 when peak_hours_per_day is 24 (all traffic is in the peak)").arg(numberText(p)));
    if (p < h / 24)
        w.refuse(QStringLiteral("peak_traffic_share"),
                 QStringLiteral("%1 is below peak_hours_per_day / 24 = %2: the peak hours would carry less than their share of the day")
                     .arg(numberText(p), numberText(h / 24)));
    workload.monthlyGrowth = w.numberIn(QStringLiteral("monthly_growth"), -0.5, 10, false, 0);
}

// Format 2: autoscaling, precision and speedups of the self-hosted fleet.
void readServingLevers(const ObjectReader &h, SelfHosted &sh)
{
    sh.errorRate = h.optionalNumber(QStringLiteral("error_rate"), Range::Fraction).value_or(0);
    if (h.has(QStringLiteral("autoscaling"))) {
        sh.autoscaling = h.boolean(QStringLiteral("autoscaling"));
        if (sh.autoscaling && sh.fixedInstances)
            h.refuse(QStringLiteral("autoscaling"),
                     QStringLiteral("needs \"instances\": \"auto\" (a fixed fleet of %1 cannot scale)").arg(numberText(*sh.fixedInstances)));
    }
    sh.minInstances = h.optionalCount(QStringLiteral("min_instances")).value_or(0);
    if (sh.minInstances > 1e6)
        h.refuse(QStringLiteral("min_instances"), QStringLiteral("%1 is too large (at most 1000000)").arg(numberText(sh.minInstances)));
    if (h.has(QStringLiteral("precision")))
        sh.precision = h.code<Precision>(QStringLiteral("precision"), precisionFromCode, "\"bf16\", \"fp16\", \"int8\", \"int4\"");
    if (h.has(QStringLiteral("speedup"))) {
        const ObjectReader x(h.object(QStringLiteral("speedup")), h.at(QStringLiteral("speedup")));
        sh.speedup.engine = x.optionalNumber(QStringLiteral("engine"), Range::Positive).value_or(1);
        sh.speedup.quantization = x.optionalNumber(QStringLiteral("quantization"), Range::Positive).value_or(1);
        sh.speedup.speculativeDecoding = x.optionalNumber(QStringLiteral("speculative_decoding"), Range::Positive).value_or(1);
    }
}

ManagedPath readManaged(const ObjectReader &m)
{
    ManagedPath path;
    path.provider = m.optionalText(QStringLiteral("provider"));
    path.trainingPricePer1MTokens = m.number(QStringLiteral("training_price_per_1m_tokens"), Range::NonNegative);
    path.trainingTokensPerRun = m.number(QStringLiteral("training_tokens_per_run"), Range::NonNegative);
    path.trainingRuns = m.optionalCount(QStringLiteral("training_runs"));
    path.inputPricePer1M = m.number(QStringLiteral("input_price_per_1m"), Range::NonNegative);
    path.outputPricePer1M = m.number(QStringLiteral("output_price_per_1m"), Range::NonNegative);
    path.hostingCostPerHour = m.optionalNumber(QStringLiteral("hosting_cost_per_hour"), Range::NonNegative).value_or(0);
    path.reviewRate = m.optionalNumber(QStringLiteral("review_rate"), Range::Fraction);
    path.errorRate = m.optionalNumber(QStringLiteral("error_rate"), Range::Fraction);
    path.engineeringHours = readPhases(m, false);
    return path;
}

// Format 2: ranges on inputs for Monte Carlo and sensitivity, checked against
// the scenario they belong to (its inputs, their values and domains).
Uncertainty readUncertainty(const ObjectReader &u, const Scenario &s)
{
    Uncertainty out;
    if (u.has(QStringLiteral("samples"))) {
        out.samples = u.optionalCount(QStringLiteral("samples")).value_or(0);
        if (out.samples < 1 || out.samples > 1e7)
            u.refuse(QStringLiteral("samples"), QStringLiteral("%1 is not in 1..10000000").arg(numberText(out.samples)));
    }
    if (u.has(QStringLiteral("seed")))
        out.seed = *u.optionalCount(QStringLiteral("seed"));
    if (!u.has(QStringLiteral("ranges")))
        return out;
    const QJsonObject ranges = u.object(QStringLiteral("ranges"));
    const ObjectReader rr(ranges, u.at(QStringLiteral("ranges")));
    for (auto it = ranges.begin(); it != ranges.end(); ++it) {
        const QString inputPath = it.key();
        const std::optional<InputHandle> handle = resolveInput(s, inputPath);
        if (!handle)
            rr.refuse(inputPath, QStringLiteral("names no numeric input of this scenario"));
        const ObjectReader r(rr.object(inputPath), rr.at(inputPath));
        InputRange range;
        range.path = inputPath;
        range.low = r.number(QStringLiteral("low"), Range::Any);
        range.high = r.number(QStringLiteral("high"), Range::Any);
        if (r.has(QStringLiteral("distribution")))
            range.distribution = r.code<Distribution>(QStringLiteral("distribution"), distributionFromCode,
                                                      "\"triangular\", \"uniform\"");
        if (range.low > range.high)
            r.refuse(QStringLiteral("low"), QStringLiteral("%1 is above high (%2)").arg(numberText(range.low), numberText(range.high)));
        const InputDomain &domain = handle->domain;
        if (!domain.contains(range.low))
            r.refuse(QStringLiteral("low"), QStringLiteral("%1 is outside the input's domain %2").arg(numberText(range.low), domain.text()));
        if (!domain.contains(range.high))
            r.refuse(QStringLiteral("high"), QStringLiteral("%1 is outside the input's domain %2").arg(numberText(range.high), domain.text()));
        const double value = inputValue(s, *handle);
        if (range.distribution == Distribution::Triangular && (value < range.low || value > range.high))
            r.refuse(QStringLiteral("low"), QStringLiteral("the triangular range %1..%2 does not contain the scenario's value %3 (its mode)")
                                                .arg(numberText(range.low), numberText(range.high), numberText(value)));
        out.ranges.append(range);
    }
    return out;
}

Scenario readScenarioOrThrow(const QJsonObject &object, const QString &path)
{
    const ObjectReader r(object, path);
    Scenario s;
    s.preserved = object;
    s.name = r.text(QStringLiteral("name"));

    const ObjectReader w(r.object(QStringLiteral("workload")), r.at(QStringLiteral("workload")));
    s.workload.requestsPerDay = w.number(QStringLiteral("requests_per_day"), Range::NonNegative);
    s.workload.inputTokensPerRequest = w.number(QStringLiteral("input_tokens_per_request"), Range::NonNegative);
    s.workload.outputTokensPerRequest = w.number(QStringLiteral("output_tokens_per_request"), Range::NonNegative);
    readTrafficShape(w, s.workload);

    const ObjectReader a(r.object(QStringLiteral("api")), r.at(QStringLiteral("api")));
    s.api.model = a.optionalText(QStringLiteral("model"));
    s.api.inputPricePer1M = a.number(QStringLiteral("input_price_per_1m"), Range::NonNegative);
    s.api.outputPricePer1M = a.number(QStringLiteral("output_price_per_1m"), Range::NonNegative);
    s.api.reviewRate = a.number(QStringLiteral("review_rate"), Range::Fraction);
    s.api.errorRate = a.optionalNumber(QStringLiteral("error_rate"), Range::Fraction).value_or(0);
    s.api.cachedInputShare = a.optionalNumber(QStringLiteral("cached_input_share"), Range::Fraction).value_or(0);
    s.api.cachedInputPricePer1M = a.optionalNumber(QStringLiteral("cached_input_price_per_1m"), Range::NonNegative);
    s.api.batchShare = a.optionalNumber(QStringLiteral("batch_share"), Range::Fraction).value_or(0);
    s.api.batchDiscount = a.optionalNumber(QStringLiteral("batch_discount"), Range::Fraction).value_or(0.5);

    const ObjectReader h(r.object(QStringLiteral("self_hosted")), r.at(QStringLiteral("self_hosted")));
    SelfHosted &sh = s.selfHosted;
    sh.modelSizeB = h.number(QStringLiteral("model_size_b"), Range::NonNegative); // only sizes storage
    if (h.has(QStringLiteral("method")))
        sh.method = h.code<Method>(QStringLiteral("method"), methodFromCode, kMethods);
    sh.instance = h.optionalText(QStringLiteral("instance"));
    sh.instanceCostPerHour = h.number(QStringLiteral("instance_cost_per_hour"), Range::NonNegative);
    sh.throughputTokensPerS = h.number(QStringLiteral("throughput_tokens_per_s"), Range::Positive);
    const QJsonValue instances = h.required(QStringLiteral("instances"));
    if (instances.isString() && instances.toString() == QLatin1String("auto")) {
        sh.fixedInstances.reset();
    } else {
        const double n = instances.toDouble(-1);
        if (!instances.isDouble() || !(n >= 1) || n != std::floor(n) || n > 1e6)
            h.refuse(QStringLiteral("instances"),
                     QStringLiteral("expected a whole number from 1 to 1000000 or \"auto\", found %1").arg(describe(instances)));
        sh.fixedInstances = n;
    }
    sh.targetUtilization = h.number(QStringLiteral("target_utilization"), Range::PositiveFraction);
    sh.reviewRate = h.number(QStringLiteral("review_rate"), Range::Fraction);
    sh.storagePricePerGbMonth = h.number(QStringLiteral("storage_price_per_gb_month"), Range::NonNegative);
    readServingLevers(h, sh);

    s.reviewCost = r.number(QStringLiteral("review_cost"), Range::NonNegative);
    s.costPerError = r.optionalNumber(QStringLiteral("cost_per_error"), Range::NonNegative).value_or(0);

    const ObjectReader p(r.object(QStringLiteral("project")), r.at(QStringLiteral("project")));
    Project &pr = s.project;
    pr.trainingRuns = p.number(QStringLiteral("training_runs"), Range::NonNegative);
    if (p.has(QStringLiteral("training")))
        pr.training = readTraining(ObjectReader(p.object(QStringLiteral("training")), p.at(QStringLiteral("training"))));
    pr.computeCostPerRun = p.optionalNumber(QStringLiteral("compute_cost_per_run"), Range::NonNegative);
    if (!pr.computeCostPerRun && !pr.training)
        p.refuse(QStringLiteral("compute_cost_per_run"),
                 QStringLiteral("required key is missing (or give \"training\" to estimate it)"));
    pr.engineeringHours = readPhases(p);
    pr.hourlyRate = p.number(QStringLiteral("hourly_rate"), Range::NonNegative);
    pr.lifetimeMonths = p.number(QStringLiteral("lifetime_months"), Range::Positive);
    pr.discountRateAnnual = p.numberIn(QStringLiteral("discount_rate_annual"), 0, 1, false, 0);

    if (r.has(QStringLiteral("managed")))
        s.managed = readManaged(ObjectReader(r.object(QStringLiteral("managed")), r.at(QStringLiteral("managed"))));

    if (r.has(QStringLiteral("context"))) {
        const ObjectReader c(r.object(QStringLiteral("context")), r.at(QStringLiteral("context")));
        DecisionContext ctx;
        ctx.taskConsistency = c.code<Level>(QStringLiteral("task_consistency"), levelFromCode, kLevels);
        ctx.latencyRequirementMs = c.number(QStringLiteral("latency_requirement_ms"), Range::NonNegative);
        ctx.qualityRequirement = c.code<Level>(QStringLiteral("quality_requirement"), levelFromCode, kLevels);
        ctx.teamMlExpertise = c.boolean(QStringLiteral("team_ml_expertise"));
        ctx.iterationSpeedPriority = c.boolean(QStringLiteral("iteration_speed_priority"));
        s.context = ctx;
    }
    if (r.has(QStringLiteral("uncertainty")))
        s.uncertainty = readUncertainty(ObjectReader(r.object(QStringLiteral("uncertainty")), r.at(QStringLiteral("uncertainty"))), s);
    return s;
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

} // namespace

std::optional<Scenario> readScenario(const QJsonObject &object, const QString &path, QString *error)
{
    try {
        return readScenarioOrThrow(object, path);
    } catch (const Refusal &refusal) {
        if (error)
            *error = refusal.message;
        return std::nullopt;
    }
}

ReadResult readDocument(const QByteArray &json)
{
    ReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = parseErrorMessage(json, parseError);
        return result;
    }
    if (!doc.isObject()) {
        result.error = QStringLiteral("document: expected a JSON object with \"format\", \"version\" and \"scenarios\"");
        return result;
    }
    try {
        const QJsonObject root = doc.object();
        const ObjectReader r(root, QString());
        const QString format = r.text(QStringLiteral("format"));
        if (format != QLatin1String("ftroi"))
            r.refuse(QStringLiteral("format"), QStringLiteral("expected \"ftroi\", found \"%1\"").arg(format));
        const QJsonValue version = r.required(QStringLiteral("version"));
        const double v = version.toDouble(-1);
        if (!version.isDouble() || v != std::floor(v) || v < 1)
            r.refuse(QStringLiteral("version"), QStringLiteral("expected a whole number >= 1, found %1").arg(describe(version)));
        if (v > kFormatVersion)
            r.refuse(QStringLiteral("version"),
                     QStringLiteral("%1 is newer than this version of Fine-Tuning ROI Studio can read (format %2); "
                                    "open it with a newer version")
                         .arg(numberText(v))
                         .arg(kFormatVersion));

        ScenarioDocument document;
        document.preserved = root;
        if (r.has(QStringLiteral("currency"))) {
            document.currency = r.text(QStringLiteral("currency")).trimmed();
            if (document.currency.isEmpty() || document.currency.size() > 8)
                r.refuse(QStringLiteral("currency"), QStringLiteral("expected a currency code such as \"USD\""));
        }
        const QJsonValue scenarios = r.required(QStringLiteral("scenarios"));
        if (!scenarios.isArray())
            r.refuse(QStringLiteral("scenarios"), QStringLiteral("expected a list, found %1").arg(describe(scenarios)));
        const QJsonArray list = scenarios.toArray();
        if (list.isEmpty())
            r.refuse(QStringLiteral("scenarios"), QStringLiteral("the list is empty; a document holds at least one scenario"));
        document.scenarios.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("scenarios[%1]").arg(i);
            if (!list.at(i).isObject())
                throw Refusal{path + QStringLiteral(": expected an object, found ") + describe(list.at(i))};
            document.scenarios.append(readScenarioOrThrow(list.at(i).toObject(), path));
        }
        result.document = std::move(document);
    } catch (const Refusal &refusal) {
        result.error = refusal.message;
    }
    return result;
}

} // namespace ftroi
