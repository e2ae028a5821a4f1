// Input value types of one scenario and of a scenario document (format 1).
// Plain values: the engine reads them, the document reader/writer fills and
// serialises them. Unknown JSON keys are kept in `preserved` for re-saving.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ftroi {

enum class Method { Lora, Qlora, Full };
enum class Level { Low, Medium, High };
// GPUs of the seed's training benchmark table; any other name is `Other`.
enum class GpuKind { A10G, A100_40G, A100_80G, H100, Other };

struct Workload {
    double requestsPerDay = 0;
    double inputTokensPerRequest = 0;
    double outputTokensPerRequest = 0;
};

struct ApiSide {
    QString model;
    double inputPricePer1M = 0;
    double outputPricePer1M = 0;
    double reviewRate = 0;
};

struct SelfHosted {
    double modelSizeB = 7;
    Method method = Method::Lora;
    QString instance;
    double instanceCostPerHour = 0;
    double throughputTokensPerS = 1;
    std::optional<double> fixedInstances; // nullopt = "auto" sizing
    double targetUtilization = 0.2;
    double reviewRate = 0;
    double storagePricePerGbMonth = 0.023;
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
};

// The seed's decision factors; without them there is no recommendation.
struct DecisionContext {
    Level taskConsistency = Level::Medium;
    double latencyRequirementMs = 1000;
    Level qualityRequirement = Level::Medium;
    bool teamMlExpertise = true;
    bool iterationSpeedPriority = false;
};

struct Scenario {
    QString name;
    Workload workload;
    ApiSide api;
    SelfHosted selfHosted;
    double reviewCost = 0;
    Project project;
    std::optional<DecisionContext> context;
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
void setGpuFromCode(TrainingSpec &spec, const QString &code);

} // namespace ftroi
