// Input value types of one scenario and of a scenario document (formats 1 to 3).
// Plain values: the engine reads them, the document reader/writer fills and
// serialises them. Unknown JSON keys are kept in `preserved` for re-saving.
// Every format-2 field defaults to the value that reproduces format 1.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ftroi {

enum class Method { Lora, Qlora, Full };
enum class Level { Low, Medium, High };
// GPUs of the seed's training benchmark table; any other name is `Other`.
enum class GpuKind { A10G, A100_40G, A100_80G, H100, Other };
// Serving weights: bytes per parameter 2, 2, 1, 0.5.
enum class Precision { Bf16, Fp16, Int8, Int4 };
// Which training estimate prices the runs: the seed's benchmark table or FLOPs.
enum class TrainingEstimateKind { Seed, Flops };

// Where a preset's prices came from (`price_source` in the file): the catalog
// entry's name, its publisher and the date the prices held.
struct PriceSource {
    QString name;
    QString source;
    QString asOf;
};

// Format 3: where imported numbers came from (`workload.source`): the file's
// kind ("openai_usage", ...), its base name, the first and last day it covers
// and the day it was imported (dates "YYYY-MM-DD").
struct ImportSource {
    QString kind;
    QString file;
    QString from;
    QString to;
    QString importedAt;
    bool operator==(const ImportSource &o) const
    {
        return kind == o.kind && file == o.file && from == o.from && to == o.to && importedAt == o.importedAt;
    }
    bool operator!=(const ImportSource &o) const { return !(*this == o); }
};

struct Workload {
    double requestsPerDay = 0;
    double inputTokensPerRequest = 0;
    double outputTokensPerRequest = 0;
    double peakHoursPerDay = 24;   // H: hours carrying the peak traffic
    double peakTrafficShare = 1;   // p: share of the daily tokens in those hours
    double monthlyGrowth = 0;      // g: traffic grows by this fraction a month
    std::optional<ImportSource> source = std::nullopt; // format 3: set by a usage import, dropped by an edit of an imported value
};

struct ApiSide {
    QString model;
    double inputPricePer1M = 0;
    double outputPricePer1M = 0;
    double reviewRate = 0;
    double errorRate = 0;
    double cachedInputShare = 0;                  // input tokens billed at the cached price
    std::optional<double> cachedInputPricePer1M;  // nullopt: the input price
    double batchShare = 0;                        // requests sent through the batch API
    double batchDiscount = 0.5;
    std::optional<PriceSource> priceSource;
    std::optional<double> opsHoursPerMonth; // format 3: operations a month at project.hourly_rate; nullopt: 0
};

struct Speedup {
    double engine = 1;
    double quantization = 1;
    double speculativeDecoding = 1; // output tokens only
};

// Format 3: one measured load of one instance (`self_hosted.benchmark.points[]`):
// total tokens/s over all requests, latencies at the benchmark's percentile,
// the mean request shape of the load.
struct BenchmarkPoint {
    double concurrency = 1;
    double totalTokensPerS = 1;
    double ttftMs = 0;
    double tpotMs = 0;
    double inputTokens = 1;
    double outputTokens = 1;
    QJsonObject preserved; // the point's unknown keys
    bool operator==(const BenchmarkPoint &o) const
    {
        return concurrency == o.concurrency && totalTokensPerS == o.totalTokensPerS && ttftMs == o.ttftMs
            && tpotMs == o.tpotMs && inputTokens == o.inputTokens && outputTokens == o.outputTokens
            && preserved == o.preserved;
    }
};

inline constexpr double kDefaultBenchmarkPercentile = 95;

// Format 3: measured capacity (`self_hosted.benchmark`), points in the file's order.
struct Benchmark {
    std::optional<double> percentile; // 50, 90, 95 or 99; nullopt: 95
    QList<BenchmarkPoint> points;     // at least one, concurrencies distinct
    std::optional<ImportSource> source;
    double percentileOrDefault() const { return percentile.value_or(kDefaultBenchmarkPercentile); }
    bool operator==(const Benchmark &o) const
    {
        return percentile == o.percentile && points == o.points && source == o.source;
    }
};

// Format 3: latency objectives at the benchmark's percentile (`self_hosted.slo`).
struct Slo {
    std::optional<double> ttftMs;
    std::optional<double> tpotMs;
};

// Format 3: how the serving instances are paid for (`self_hosted.pricing`).
enum class PricingModel { OnDemand, Reserved, Spot, Owned };

// The defaults of the pricing keys.
inline constexpr double kDefaultReservedTermMonths = 12;
inline constexpr double kDefaultSpotInterruptionOverhead = 0.1;
inline constexpr double kDefaultDepreciationMonths = 36;
inline constexpr double kDefaultPue = 1.4;
inline constexpr double kDefaultMaintenanceShareAnnual = 0.1;

// Each value as written in the document (nullopt: the key is absent and its
// default applies, see core/engine/fleetpricing.h). Only the keys of `model`
// are read and written.
struct FleetPricing {
    PricingModel model = PricingModel::OnDemand;
    std::optional<double> discount;              // reserved, spot: [0, 1), required
    std::optional<double> upfrontPerInstance;    // reserved [0]
    std::optional<double> termMonths;            // reserved [12]
    std::optional<double> interruptionOverhead;  // spot [0.1]
    std::optional<double> serverPrice;           // owned, per instance, required
    std::optional<double> depreciationMonths;    // owned [36]
    std::optional<double> residualValueShare;    // owned [0]
    std::optional<double> powerKw;               // owned, per instance, required
    std::optional<double> pue;                   // owned [1.4]
    std::optional<double> electricityPricePerKwh; // owned, required
    std::optional<double> colocationPerMonth;    // owned, per instance [0]
    std::optional<double> maintenanceShareAnnual; // owned [0.1]
    std::optional<double> costOfCapitalAnnual;   // owned [project.discount_rate_annual]
};

struct SelfHosted {
    double modelSizeB = 7;
    Method method = Method::Lora;
    QString instance;
    double instanceCostPerHour = 0;
    double throughputTokensPerS = 1;
    bool throughputGiven = true;          // false: absent from the file (only with a benchmark)
    std::optional<double> fixedInstances; // nullopt = "auto" sizing
    double targetUtilization = 0.2;
    double reviewRate = 0;
    double storagePricePerGbMonth = 0.023;
    double errorRate = 0;
    bool autoscaling = false;   // needs auto sizing
    double minInstances = 0;    // the off-peak floor when autoscaling
    Precision precision = Precision::Bf16;
    Speedup speedup;
    std::optional<PriceSource> priceSource;
    std::optional<double> gpuMemoryGb; // format 3: memory of one instance (all its GPUs); nullopt: no check
    std::optional<FleetPricing> pricing; // format 3; nullopt: on demand
    std::optional<double> opsHoursPerMonth; // format 3; nullopt: 0
    std::optional<Benchmark> benchmark;     // format 3: measured capacity; replaces the throughput
    std::optional<Slo> slo;                 // format 3: needs a benchmark
};

// The seed's training-run description; its estimate can price each run.
struct TrainingSpec {
    double modelSizeB = 7;
    Method method = Method::Lora;
    double examples = 0;
    double avgSeqLen = 0;
    double epochs = 1;
    GpuKind gpu = GpuKind::A10G;
    QString otherGpu; // the name as written when gpu is Other
    bool spot = true;
    // Which estimate prices each run (`estimate`: "seed" or "flops"), and the
    // model FLOPs utilization the FLOPs estimate assumes (`mfu`), see trainingcheck.h.
    TrainingEstimateKind estimate = TrainingEstimateKind::Seed;
    double mfu = 0.4;
};

struct EngineeringPhase {
    QString name;
    double hours = 0;
};

struct Project {
    double trainingRuns = 0;
    std::optional<double> computeCostPerRun; // nullopt: use the training estimate
    std::optional<TrainingSpec> training;
    QList<EngineeringPhase> engineeringHours;
    double hourlyRate = 0;
    double lifetimeMonths = 1;
    double discountRateAnnual = 0;
};

// The managed fine-tuning path: the provider trains and hosts the model.
// Prices are those of the fine-tuned model at the provider.
struct ManagedPath {
    QString provider;
    double trainingPricePer1MTokens = 0;
    double trainingTokensPerRun = 0;
    std::optional<double> trainingRuns; // nullopt: project.training_runs
    double inputPricePer1M = 0;
    double outputPricePer1M = 0;
    double hostingCostPerHour = 0;
    std::optional<double> reviewRate;   // nullopt: the API's
    std::optional<double> errorRate;    // nullopt: the API's
    QList<EngineeringPhase> engineeringHours;
    std::optional<PriceSource> priceSource;
    std::optional<double> opsHoursPerMonth; // format 3; nullopt: 0
};

enum class Distribution { Triangular, Uniform };

// A range on one numeric input, named by its dotted path in the scenario.
struct InputRange {
    QString path;
    double low = 0;
    double high = 0;
    Distribution distribution = Distribution::Triangular;
};

struct Uncertainty {
    QList<InputRange> ranges;
    double samples = 10000;
    double seed = 1;
};

// The seed's decision factors; without them there is no recommendation.
struct DecisionContext {
    Level taskConsistency = Level::Medium;
    double latencyRequirementMs = 1000;
    Level qualityRequirement = Level::Medium;
    bool teamMlExpertise = true;
    bool iterationSpeedPriority = false;
};

// Format 3: when a best path is a close call (see decision.h).
inline constexpr double kDefaultCloseCallNpvMargin = 0.1;
inline constexpr double kDefaultCloseCallProbability = 0.7;
struct DecisionRules {
    std::optional<double> closeCallNpvMargin;   // nullopt: kDefaultCloseCallNpvMargin
    std::optional<double> closeCallProbability; // nullopt: kDefaultCloseCallProbability
};

// Format 3: the share of requests the fine-tuned model serves (`routing`);
// the rest stays on the API.
struct Routing {
    std::optional<double> fineTunedShare; // nullopt: 1
};

struct Scenario {
    QString name;
    Workload workload;
    ApiSide api;
    SelfHosted selfHosted;
    double reviewCost = 0;
    double costPerError = 0;
    Project project;
    std::optional<DecisionContext> context;    // the seed's score (context's five factors)
    std::optional<bool> requiresSelfHosting;   // format 3: context.requires_self_hosting
    std::optional<DecisionRules> decisionRules; // format 3
    std::optional<Routing> routing;             // format 3
    std::optional<ManagedPath> managed;
    std::optional<Uncertainty> uncertainty;
    QJsonObject preserved; // the scenario object as read, unknown keys included
};

struct ScenarioDocument {
    QString currency = QStringLiteral("USD");
    QList<Scenario> scenarios;
    QJsonObject preserved; // the root object as read, unknown keys included
};

// Text codes used by the file format.
QString methodCode(Method method);
std::optional<Method> methodFromCode(const QString &code);
QString levelCode(Level level);
std::optional<Level> levelFromCode(const QString &code);
QString gpuCode(const TrainingSpec &spec);
QString precisionCode(Precision precision);
std::optional<Precision> precisionFromCode(const QString &code);
// GB of weights per billion parameters of a precision (inline: every sample reads it).
inline double bytesPerParameter(Precision precision)
{
    switch (precision) {
    case Precision::Bf16:
    case Precision::Fp16: return 2;
    case Precision::Int8: return 1;
    case Precision::Int4: return 0.5;
    }
    return 2;
}
QString distributionCode(Distribution distribution);
std::optional<Distribution> distributionFromCode(const QString &code);
// Whether the scenario holds format 3's fleet pricing, an operations key or
// routing (results then carry their keys; format-2 results stay as they were).
bool usesFleetCostKeys(const Scenario &s);
QString pricingModelCode(PricingModel model); // "on_demand", "reserved", "spot", "owned"
std::optional<PricingModel> pricingModelFromCode(const QString &code);
void setGpuFromCode(TrainingSpec &spec, const QString &code);
// Training GPUs as people write them: "a10g" <-> "NVIDIA A10G", "a100_40g" <->
// "A100 40 GB". Other names pass through unchanged.
QStringList knownGpuNames();
QString gpuDisplayName(const QString &code);
QString gpuCodeFromName(const QString &nameOrCode);

} // namespace ftroi
