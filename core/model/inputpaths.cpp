// The table of numeric input paths: accessors and domains in one place.
#include "core/model/inputpaths.h"

#include <cmath>

namespace ftroi {

namespace {

enum Field {
    RequestsPerDay, InputTokens, OutputTokens, PeakHours, PeakShare, Growth,
    ApiInputPrice, ApiOutputPrice, ApiReviewRate, ApiErrorRate, CachedShare, CachedPrice, BatchShare, BatchDiscount,
    ModelSize, InstancePrice, Throughput, FixedInstances, TargetUtilization, SelfReviewRate, SelfErrorRate,
    StoragePrice, MinInstances, EngineSpeedup, QuantizationSpeedup, SpeculativeSpeedup,
    ReviewCost, CostPerError,
    TrainingRuns, CostPerRun, HourlyRate, Lifetime, DiscountRate, ProjectPhase,
    ManagedTrainingPrice, ManagedTrainingTokens, ManagedRuns, ManagedInputPrice, ManagedOutputPrice,
    ManagedHosting, ManagedReviewRate, ManagedErrorRate, ManagedPhase,
    LatencyMs,
};

constexpr double kMax = 1e15;
const InputDomain kNonNegative{0, kMax, false, false};
const InputDomain kPositive{0, kMax, true, false};
const InputDomain kFraction{0, 1, false, false};
const InputDomain kPositiveFraction{0, 1, true, false};
const InputDomain kCount{0, kMax, false, true};

struct Entry {
    const char *path;
    Field field;
    InputDomain domain;
};

const Entry kEntries[] = {
    {"workload.requests_per_day", RequestsPerDay, kNonNegative},
    {"workload.input_tokens_per_request", InputTokens, kNonNegative},
    {"workload.output_tokens_per_request", OutputTokens, kNonNegative},
    {"workload.peak_hours_per_day", PeakHours, {0, 24, true, false}},
    {"workload.peak_traffic_share", PeakShare, kPositiveFraction},
    {"workload.monthly_growth", Growth, {-0.5, 10, false, false}},
    {"api.input_price_per_1m", ApiInputPrice, kNonNegative},
    {"api.output_price_per_1m", ApiOutputPrice, kNonNegative},
    {"api.review_rate", ApiReviewRate, kFraction},
    {"api.error_rate", ApiErrorRate, kFraction},
    {"api.cached_input_share", CachedShare, kFraction},
    {"api.cached_input_price_per_1m", CachedPrice, kNonNegative},
    {"api.batch_share", BatchShare, kFraction},
    {"api.batch_discount", BatchDiscount, kFraction},
    {"self_hosted.model_size_b", ModelSize, kNonNegative},
    {"self_hosted.instance_cost_per_hour", InstancePrice, kNonNegative},
    {"self_hosted.throughput_tokens_per_s", Throughput, kPositive},
    {"self_hosted.instances", FixedInstances, {1, 1e6, false, true}},
    {"self_hosted.target_utilization", TargetUtilization, kPositiveFraction},
    {"self_hosted.review_rate", SelfReviewRate, kFraction},
    {"self_hosted.error_rate", SelfErrorRate, kFraction},
    {"self_hosted.storage_price_per_gb_month", StoragePrice, kNonNegative},
    {"self_hosted.min_instances", MinInstances, {0, 1e6, false, true}},
    {"self_hosted.speedup.engine", EngineSpeedup, kPositive},
    {"self_hosted.speedup.quantization", QuantizationSpeedup, kPositive},
    {"self_hosted.speedup.speculative_decoding", SpeculativeSpeedup, kPositive},
    {"review_cost", ReviewCost, kNonNegative},
    {"cost_per_error", CostPerError, kNonNegative},
    {"project.training_runs", TrainingRuns, kCount},
    {"project.compute_cost_per_run", CostPerRun, kNonNegative},
    {"project.hourly_rate", HourlyRate, kNonNegative},
    {"project.lifetime_months", Lifetime, kPositive},
    {"project.discount_rate_annual", DiscountRate, kFraction},
    {"managed.training_price_per_1m_tokens", ManagedTrainingPrice, kNonNegative},
    {"managed.training_tokens_per_run", ManagedTrainingTokens, kNonNegative},
    {"managed.training_runs", ManagedRuns, kCount},
    {"managed.input_price_per_1m", ManagedInputPrice, kNonNegative},
    {"managed.output_price_per_1m", ManagedOutputPrice, kNonNegative},
    {"managed.hosting_cost_per_hour", ManagedHosting, kNonNegative},
    {"managed.review_rate", ManagedReviewRate, kFraction},
    {"managed.error_rate", ManagedErrorRate, kFraction},
    {"context.latency_requirement_ms", LatencyMs, kNonNegative},
};

const QString kProjectPhases = QStringLiteral("project.engineering_hours.");
const QString kManagedPhases = QStringLiteral("managed.engineering_hours.");

// Whether the field exists in this scenario.
bool available(const Scenario &s, Field f)
{
    switch (f) {
    case FixedInstances: return bool(s.selfHosted.fixedInstances);
    case MinInstances: return !s.selfHosted.fixedInstances;
    case CostPerRun: return bool(s.project.computeCostPerRun);
    case LatencyMs: return bool(s.context);
    case ManagedTrainingPrice: case ManagedTrainingTokens: case ManagedRuns: case ManagedInputPrice:
    case ManagedOutputPrice: case ManagedHosting: case ManagedReviewRate: case ManagedErrorRate:
        return bool(s.managed);
    default: return true;
    }
}

double *fieldPointer(Scenario &s, Field f)
{
    switch (f) {
    case RequestsPerDay: return &s.workload.requestsPerDay;
    case InputTokens: return &s.workload.inputTokensPerRequest;
    case OutputTokens: return &s.workload.outputTokensPerRequest;
    case PeakHours: return &s.workload.peakHoursPerDay;
    case PeakShare: return &s.workload.peakTrafficShare;
    case Growth: return &s.workload.monthlyGrowth;
    case ApiInputPrice: return &s.api.inputPricePer1M;
    case ApiOutputPrice: return &s.api.outputPricePer1M;
    case ApiReviewRate: return &s.api.reviewRate;
    case ApiErrorRate: return &s.api.errorRate;
    case CachedShare: return &s.api.cachedInputShare;
    case BatchShare: return &s.api.batchShare;
    case BatchDiscount: return &s.api.batchDiscount;
    case ModelSize: return &s.selfHosted.modelSizeB;
    case InstancePrice: return &s.selfHosted.instanceCostPerHour;
    case Throughput: return &s.selfHosted.throughputTokensPerS;
    case TargetUtilization: return &s.selfHosted.targetUtilization;
    case SelfReviewRate: return &s.selfHosted.reviewRate;
    case SelfErrorRate: return &s.selfHosted.errorRate;
    case StoragePrice: return &s.selfHosted.storagePricePerGbMonth;
    case MinInstances: return &s.selfHosted.minInstances;
    case EngineSpeedup: return &s.selfHosted.speedup.engine;
    case QuantizationSpeedup: return &s.selfHosted.speedup.quantization;
    case SpeculativeSpeedup: return &s.selfHosted.speedup.speculativeDecoding;
    case ReviewCost: return &s.reviewCost;
    case CostPerError: return &s.costPerError;
    case TrainingRuns: return &s.project.trainingRuns;
    case HourlyRate: return &s.project.hourlyRate;
    case Lifetime: return &s.project.lifetimeMonths;
    case DiscountRate: return &s.project.discountRateAnnual;
    case ManagedTrainingPrice: return &s.managed->trainingPricePer1MTokens;
    case ManagedTrainingTokens: return &s.managed->trainingTokensPerRun;
    case ManagedInputPrice: return &s.managed->inputPricePer1M;
    case ManagedOutputPrice: return &s.managed->outputPricePer1M;
    case ManagedHosting: return &s.managed->hostingCostPerHour;
    case LatencyMs: return &s.context->latencyRequirementMs;
    default: return nullptr; // optional-with-default fields are handled by the callers
    }
}

} // namespace

double InputDomain::clamp(double v) const
{
    if (v > high)
        v = high;
    if (v < low || (lowOpen && v <= low))
        v = lowOpen ? std::nextafter(low, high) : low;
    return integer ? std::max(lowOpen ? low + 1 : low, std::round(v)) : v;
}

QString InputDomain::text() const
{
    const QString lo = QString::number(low, 'g', 15);
    if (high >= kMax)
        return (lowOpen ? QStringLiteral("> ") : QStringLiteral(">= ")) + lo;
    return QStringLiteral("%1%2, %3]").arg(lowOpen ? QStringLiteral("(") : QStringLiteral("["), lo,
                                           QString::number(high, 'g', 15));
}

QStringList numericInputPaths(const Scenario &s)
{
    QStringList paths;
    for (const Entry &e : kEntries) {
        if (!available(s, e.field))
            continue;
        paths << QString::fromLatin1(e.path);
        if (e.field == DiscountRate)
            for (const EngineeringPhase &p : s.project.engineeringHours)
                paths << kProjectPhases + p.name;
    }
    if (s.managed)
        for (const EngineeringPhase &p : s.managed->engineeringHours)
            paths << kManagedPhases + p.name;
    return paths;
}

std::optional<InputHandle> resolveInput(const Scenario &s, const QString &path)
{
    auto phaseIn = [&](const QList<EngineeringPhase> &phases, const QString &prefix, int field) -> std::optional<InputHandle> {
        const QString name = path.mid(prefix.size());
        for (int i = 0; i < phases.size(); ++i)
            if (phases.at(i).name == name)
                return InputHandle{field, i, kNonNegative};
        return std::nullopt;
    };
    if (path.startsWith(kProjectPhases))
        return phaseIn(s.project.engineeringHours, kProjectPhases, ProjectPhase);
    if (path.startsWith(kManagedPhases))
        return s.managed ? phaseIn(s.managed->engineeringHours, kManagedPhases, ManagedPhase) : std::nullopt;
    for (const Entry &e : kEntries)
        if (path == QLatin1String(e.path))
            return available(s, e.field) ? std::optional<InputHandle>(InputHandle{e.field, -1, e.domain}) : std::nullopt;
    return std::nullopt;
}

double inputValue(const Scenario &s, const InputHandle &h)
{
    switch (Field(h.field)) {
    case FixedInstances: return s.selfHosted.fixedInstances.value_or(0);
    case CachedPrice: return s.api.cachedInputPricePer1M.value_or(s.api.inputPricePer1M);
    case CostPerRun: return s.project.computeCostPerRun.value_or(0);
    case ProjectPhase: return s.project.engineeringHours.at(h.phase).hours;
    case ManagedPhase: return s.managed->engineeringHours.at(h.phase).hours;
    case ManagedRuns: return s.managed->trainingRuns.value_or(s.project.trainingRuns);
    case ManagedReviewRate: return s.managed->reviewRate.value_or(s.api.reviewRate);
    case ManagedErrorRate: return s.managed->errorRate.value_or(s.api.errorRate);
    default: return *fieldPointer(const_cast<Scenario &>(s), Field(h.field));
    }
}

void setInputValue(Scenario &s, const InputHandle &h, double value)
{
    switch (Field(h.field)) {
    case FixedInstances: s.selfHosted.fixedInstances = value; return;
    case CachedPrice: s.api.cachedInputPricePer1M = value; return;
    case CostPerRun: s.project.computeCostPerRun = value; return;
    case ProjectPhase: s.project.engineeringHours[h.phase].hours = value; return;
    case ManagedPhase: s.managed->engineeringHours[h.phase].hours = value; return;
    case ManagedRuns: s.managed->trainingRuns = value; return;
    case ManagedReviewRate: s.managed->reviewRate = value; return;
    case ManagedErrorRate: s.managed->errorRate = value; return;
    case PeakHours: // keep the traffic shape valid: the peak share covers at least its hours
        s.workload.peakHoursPerDay = value;
        s.workload.peakTrafficShare = value >= 24 ? 1 : std::max(s.workload.peakTrafficShare, value / 24);
        return;
    case PeakShare:
        s.workload.peakTrafficShare = s.workload.peakHoursPerDay >= 24 ? 1 : std::max(value, s.workload.peakHoursPerDay / 24);
        return;
    default: *fieldPointer(s, Field(h.field)) = value; return;
    }
}

QStringList defaultSensitivityInputs()
{
    return {QStringLiteral("workload.requests_per_day"), QStringLiteral("api.input_price_per_1m"),
            QStringLiteral("api.output_price_per_1m"), QStringLiteral("self_hosted.instance_cost_per_hour"),
            QStringLiteral("self_hosted.throughput_tokens_per_s"), QStringLiteral("self_hosted.target_utilization"),
            QStringLiteral("api.review_rate"), QStringLiteral("self_hosted.review_rate"), QStringLiteral("review_cost"),
            QStringLiteral("project.hourly_rate"), QStringLiteral("project.lifetime_months")};
}

} // namespace ftroi
