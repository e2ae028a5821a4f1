// The table of numeric inputs: one entry per input (see inputschema.h).
#include "core/model/inputschema.h"

#include "core/model/importsource.h"
#include "core/model/inputschematable.h"
#include "core/model/managedhours.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_map>
#include <vector>

namespace ftroi {

namespace {

bool hasManaged(const Scenario &s) { return bool(s.managed); }
bool hasFixedFleet(const Scenario &s) { return bool(s.selfHosted.fixedInstances); }
bool hasAutoFleet(const Scenario &s) { return !s.selfHosted.fixedInstances; }
bool hasGivenRunCost(const Scenario &s) { return bool(s.project.computeCostPerRun); }
bool hasContext(const Scenario &s) { return bool(s.context); }

// Keeps the traffic shape valid: the peak share covers at least its hours.
void setPeakHours(Scenario &s, double value)
{
    s.workload.peakHoursPerDay = value;
    s.workload.peakTrafficShare = value >= 24 ? 1 : std::max(s.workload.peakTrafficShare, value / 24);
}

void setPeakShare(Scenario &s, double value)
{
    s.workload.peakTrafficShare = s.workload.peakHoursPerDay >= 24 ? 1 : std::max(value, s.workload.peakHoursPerDay / 24);
}

constexpr InputDomain kPeakHoursDomain{0, 24, true, false, 1e-3};
// A lifetime up to 50 years: the month walks of NPV, growth and Monte Carlo stay bounded.
constexpr InputDomain kLifetimeDomain{0, kMaxInputValue, true, false, 1e-3, 600};
constexpr InputDomain kGrowthDomain{-0.5, 10, false, false};
constexpr InputDomain kFleetDomain{1, 1e6, false, true};
constexpr InputDomain kFloorDomain{0, 1e6, false, true};

using U = InputUnit;
constexpr unsigned kApiPrice = kDropsApiPriceSource;
constexpr unsigned kInstancePrice = kDropsInstancePriceSource;
constexpr unsigned kManagedPrice = kDropsManagedPriceSource;

// path, domain, unit,
//   label, form label, form unit, table label, description,
//   decimals, display scale, empty means, flags, sensitivity order,
//   available, value, set value, stored, set stored
const InputSpec kSpecs[] = {
    // Workload
    {"workload.requests_per_day", kNonNegativeDomain, U::Requests,
     QT_TRANSLATE_NOOP("Input", "Daily requests"), QT_TRANSLATE_NOOP("Input", "Volume"), "requests/day",
     QT_TRANSLATE_NOOP("Input", "Requests per day"), QT_TRANSLATE_NOOP("Input", "the request volume today"),
     0, 1, nullptr, 0, 1, nullptr, FTROI_MEMBER(workload.requestsPerDay)},
    {"workload.input_tokens_per_request", kNonNegativeDomain, U::Tokens,
     QT_TRANSLATE_NOOP("Input", "Input tokens per request"), QT_TRANSLATE_NOOP("Input", "Input tokens"),
     QT_TRANSLATE_NOOP("Input", "per request"), nullptr, QT_TRANSLATE_NOOP("Input", "prompt tokens of an average request"),
     1, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(workload.inputTokensPerRequest)},
    {"workload.output_tokens_per_request", kNonNegativeDomain, U::Tokens,
     QT_TRANSLATE_NOOP("Input", "Output tokens per request"), QT_TRANSLATE_NOOP("Input", "Output tokens"),
     QT_TRANSLATE_NOOP("Input", "per request"), nullptr,
     QT_TRANSLATE_NOOP("Input", "completion tokens of an average request"),
     1, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(workload.outputTokensPerRequest)},
    {"workload.peak_hours_per_day", kPeakHoursDomain, U::Hours,
     QT_TRANSLATE_NOOP("Input", "Peak hours per day"), QT_TRANSLATE_NOOP("Input", "Peak hours"),
     QT_TRANSLATE_NOOP("Input", "hours a day"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the hours of the day that carry the peak traffic"),
     2, 1, nullptr, 0, 0, nullptr,
     [](const Scenario &s) -> double { return s.workload.peakHoursPerDay; }, setPeakHours, nullptr, nullptr},
    {"workload.peak_traffic_share", kPositiveFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Peak traffic share"), QT_TRANSLATE_NOOP("Input", "Peak traffic share"),
     QT_TRANSLATE_NOOP("Input", "% of tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the share of the day's tokens that arrive in the peak hours"),
     3, 100, nullptr, 0, 0, nullptr,
     [](const Scenario &s) -> double { return s.workload.peakTrafficShare; }, setPeakShare, nullptr, nullptr},
    {"workload.monthly_growth", kGrowthDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Monthly traffic growth"), QT_TRANSLATE_NOOP("Input", "Growth"),
     QT_TRANSLATE_NOOP("Input", "% per month"), nullptr, QT_TRANSLATE_NOOP("Input", "how much the traffic grows each month"),
     2, 100, nullptr, 0, 0, nullptr, FTROI_MEMBER(workload.monthlyGrowth)},

    // API
    {"api.input_price_per_1m", kNonNegativeDomain, U::PricePer1M,
     QT_TRANSLATE_NOOP("Input", "API input price"), QT_TRANSLATE_NOOP("Input", "Input price"),
     QT_TRANSLATE_NOOP("Input", "$ / 1M tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the API price of a million input tokens"),
     4, 1, nullptr, kApiPrice, 2, nullptr, FTROI_MEMBER(api.inputPricePer1M)},
    {"api.output_price_per_1m", kNonNegativeDomain, U::PricePer1M,
     QT_TRANSLATE_NOOP("Input", "API output price"), QT_TRANSLATE_NOOP("Input", "Output price"),
     QT_TRANSLATE_NOOP("Input", "$ / 1M tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the API price of a million output tokens"),
     4, 1, nullptr, kApiPrice, 3, nullptr, FTROI_MEMBER(api.outputPricePer1M)},
    {"api.review_rate", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "API review rate"), QT_TRANSLATE_NOOP("Input", "API review rate"),
     QT_TRANSLATE_NOOP("Input", "% of requests"), nullptr,
     QT_TRANSLATE_NOOP("Input", "share of API answers that need a human review"),
     3, 100, nullptr, 0, 7, nullptr, FTROI_MEMBER(api.reviewRate)},
    {"api.error_rate", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "API error rate"), QT_TRANSLATE_NOOP("Input", "API error rate"),
     QT_TRANSLATE_NOOP("Input", "% of requests"), nullptr,
     QT_TRANSLATE_NOOP("Input", "share of API answers that cause a downstream error"),
     3, 100, nullptr, 0, 0, nullptr, FTROI_MEMBER(api.errorRate)},
    {"api.cached_input_share", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Cached input share"), QT_TRANSLATE_NOOP("Input", "Cached input"),
     QT_TRANSLATE_NOOP("Input", "% of input tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "share of input tokens billed at the cached-input price"),
     3, 100, nullptr, 0, 0, nullptr, FTROI_MEMBER(api.cachedInputShare)},
    {"api.cached_input_price_per_1m", kNonNegativeDomain, U::PricePer1M,
     QT_TRANSLATE_NOOP("Input", "Cached input price"), QT_TRANSLATE_NOOP("Input", "Cached input price"),
     QT_TRANSLATE_NOOP("Input", "$ / 1M tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the API price of a million cached input tokens"),
     4, 1, QT_TRANSLATE_NOOP("Input", "as the input price"), kApiPrice, 0, nullptr,
     FTROI_OPTIONAL(api.cachedInputPricePer1M, s.api.inputPricePer1M)},
    {"api.batch_share", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Batch share"), QT_TRANSLATE_NOOP("Input", "Batch API"),
     QT_TRANSLATE_NOOP("Input", "% of requests"), nullptr,
     QT_TRANSLATE_NOOP("Input", "share of requests sent through the batch API"),
     3, 100, nullptr, 0, 0, nullptr, FTROI_MEMBER(api.batchShare)},
    {"api.batch_discount", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Batch discount"), QT_TRANSLATE_NOOP("Input", "Batch discount"),
     QT_TRANSLATE_NOOP("Input", "% off"), nullptr, QT_TRANSLATE_NOOP("Input", "the batch API's discount"),
     3, 100, nullptr, 0, 0, nullptr, FTROI_MEMBER(api.batchDiscount)},

    // Self-hosted serving
    {"self_hosted.model_size_b", kNonNegativeDomain, U::Billions,
     QT_TRANSLATE_NOOP("Input", "Model size"), QT_TRANSLATE_NOOP("Input", "Model size"),
     QT_TRANSLATE_NOOP("Input", "B parameters"), nullptr,
     QT_TRANSLATE_NOOP("Input", "parameters of the self-hosted model, in billions"),
     2, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(selfHosted.modelSizeB)},
    {"self_hosted.instance_cost_per_hour", kNonNegativeDomain, U::MoneyPerHour,
     QT_TRANSLATE_NOOP("Input", "Instance price"), QT_TRANSLATE_NOOP("Input", "Instance price"),
     QT_TRANSLATE_NOOP("Input", "$ / hour each"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the price of one serving instance per hour"),
     4, 1, nullptr, kInstancePrice, 4, nullptr, FTROI_MEMBER(selfHosted.instanceCostPerHour)},
    {"self_hosted.throughput_tokens_per_s", kPositiveDomain, U::TokensPerSecond,
     QT_TRANSLATE_NOOP("Input", "Throughput per instance"), QT_TRANSLATE_NOOP("Input", "Throughput"),
     QT_TRANSLATE_NOOP("Input", "tokens/s each"), QT_TRANSLATE_NOOP("Input", "Throughput"),
     QT_TRANSLATE_NOOP("Input", "tokens one instance serves per second"),
     1, 1, nullptr, 0, 5, nullptr,
     [](const Scenario &s) -> double { return s.selfHosted.throughputTokensPerS; },
     [](Scenario &s, double v) {
         s.selfHosted.throughputTokensPerS = v;
         s.selfHosted.throughputGiven = true; // a typed throughput is written even beside a benchmark
     },
     nullptr, nullptr},
    {"self_hosted.instances", kFleetDomain, U::Instances,
     QT_TRANSLATE_NOOP("Input", "Fixed fleet"), QT_TRANSLATE_NOOP("Input", "Instances"), QT_TRANSLATE_NOOP("Input", "fixed"),
     nullptr, QT_TRANSLATE_NOOP("Input", "a fixed number of serving instances"),
     0, 1, nullptr, 0, 0, hasFixedFleet,
     [](const Scenario &s) -> double { return s.selfHosted.fixedInstances.value_or(0); },
     [](Scenario &s, double v) { s.selfHosted.fixedInstances = v; }, nullptr, nullptr},
    {"self_hosted.target_utilization", kPositiveFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Target utilization"), QT_TRANSLATE_NOOP("Input", "Target utilization"),
     QT_TRANSLATE_NOOP("Input", "% of throughput"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the utilization the automatic fleet sizing aims for"),
     1, 100, nullptr, 0, 6, nullptr, FTROI_MEMBER(selfHosted.targetUtilization)},
    {"self_hosted.review_rate", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Self-hosted review rate"), QT_TRANSLATE_NOOP("Input", "Self-hosted review rate"),
     QT_TRANSLATE_NOOP("Input", "% of requests"), nullptr,
     QT_TRANSLATE_NOOP("Input", "share of self-hosted answers that need a human review"),
     3, 100, nullptr, 0, 8, nullptr, FTROI_MEMBER(selfHosted.reviewRate)},
    {"self_hosted.error_rate", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Self-hosted error rate"), QT_TRANSLATE_NOOP("Input", "Self-hosted error rate"),
     QT_TRANSLATE_NOOP("Input", "% of requests"), nullptr,
     QT_TRANSLATE_NOOP("Input", "share of self-hosted answers that cause a downstream error"),
     3, 100, nullptr, 0, 0, nullptr, FTROI_MEMBER(selfHosted.errorRate)},
    {"self_hosted.storage_price_per_gb_month", kNonNegativeDomain, U::MoneyPerGbMonth,
     QT_TRANSLATE_NOOP("Input", "Storage price"), QT_TRANSLATE_NOOP("Input", "Storage price"),
     QT_TRANSLATE_NOOP("Input", "$ / GB-month"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the price of storing one GB of weights for a month"),
     4, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(selfHosted.storagePricePerGbMonth)},
    {"self_hosted.min_instances", kFloorDomain, U::Instances,
     QT_TRANSLATE_NOOP("Input", "Minimum instances"), QT_TRANSLATE_NOOP("Input", "Off-peak floor"),
     QT_TRANSLATE_NOOP("Input", "instances"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the fewest instances outside the peak hours with autoscaling"),
     0, 1, nullptr, 0, 0, hasAutoFleet, FTROI_MEMBER(selfHosted.minInstances)},
    {"self_hosted.speedup.engine", kPositiveDomain, U::Factor,
     QT_TRANSLATE_NOOP("Input", "Engine speed-up"), QT_TRANSLATE_NOOP("Input", "Engine speedup"),
     QT_TRANSLATE_NOOP("Input", "x throughput"), nullptr,
     QT_TRANSLATE_NOOP("Input", "throughput factor of the inference engine"),
     4, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(selfHosted.speedup.engine)},
    {"self_hosted.speedup.quantization", kPositiveDomain, U::Factor,
     QT_TRANSLATE_NOOP("Input", "Quantization speed-up"), QT_TRANSLATE_NOOP("Input", "Quantization speedup"),
     QT_TRANSLATE_NOOP("Input", "x throughput"), nullptr,
     QT_TRANSLATE_NOOP("Input", "throughput factor of the serving precision"),
     4, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(selfHosted.speedup.quantization)},
    {"self_hosted.speedup.speculative_decoding", kPositiveDomain, U::Factor,
     QT_TRANSLATE_NOOP("Input", "Speculative decoding speed-up"), QT_TRANSLATE_NOOP("Input", "Speculative decoding"),
     QT_TRANSLATE_NOOP("Input", "x output tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "factor on output-token throughput only"),
     4, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(selfHosted.speedup.speculativeDecoding)},

    // Quality
    {"review_cost", kNonNegativeDomain, U::Money,
     QT_TRANSLATE_NOOP("Input", "Cost per review"), QT_TRANSLATE_NOOP("Input", "Cost per review"), "$",
     QT_TRANSLATE_NOOP("Input", "Review cost"), QT_TRANSLATE_NOOP("Input", "the cost of one human review"),
     2, 1, nullptr, 0, 9, nullptr, FTROI_MEMBER(reviewCost)},
    {"cost_per_error", kNonNegativeDomain, U::Money,
     QT_TRANSLATE_NOOP("Input", "Cost per error"), QT_TRANSLATE_NOOP("Input", "Cost per error"), "$", nullptr,
     QT_TRANSLATE_NOOP("Input", "the cost of one downstream error"),
     2, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(costPerError)},

    // Project
    {"project.training_runs", kCountDomain, U::Runs,
     QT_TRANSLATE_NOOP("Input", "Training runs"), QT_TRANSLATE_NOOP("Input", "Training runs"),
     QT_TRANSLATE_NOOP("Input", "runs"), nullptr, QT_TRANSLATE_NOOP("Input", "how many training runs the project needs"),
     0, 1, nullptr, 0, 0, nullptr, FTROI_MEMBER(project.trainingRuns)},
    {"project.compute_cost_per_run", kNonNegativeDomain, U::Money,
     QT_TRANSLATE_NOOP("Input", "Compute cost per run"), QT_TRANSLATE_NOOP("Input", "Cost per run"), "$",
     QT_TRANSLATE_NOOP("Input", "Cost per run"), QT_TRANSLATE_NOOP("Input", "the compute cost of one training run"),
     2, 1, nullptr, 0, 0, hasGivenRunCost,
     [](const Scenario &s) -> double { return s.project.computeCostPerRun.value_or(0); },
     [](Scenario &s, double v) { s.project.computeCostPerRun = v; }, nullptr, nullptr},
    {"project.hourly_rate", kNonNegativeDomain, U::MoneyPerHour,
     QT_TRANSLATE_NOOP("Input", "Engineering hourly rate"), QT_TRANSLATE_NOOP("Input", "Hourly rate"),
     QT_TRANSLATE_NOOP("Input", "$ / hour"), nullptr, QT_TRANSLATE_NOOP("Input", "the cost of one engineering hour"),
     2, 1, nullptr, 0, 10, nullptr, FTROI_MEMBER(project.hourlyRate)},
    {"project.lifetime_months", kLifetimeDomain, U::Months,
     QT_TRANSLATE_NOOP("Input", "Model lifetime"), QT_TRANSLATE_NOOP("Input", "Model lifetime"),
     QT_TRANSLATE_NOOP("Input", "months (amortization)"), QT_TRANSLATE_NOOP("Input", "Lifetime"),
     QT_TRANSLATE_NOOP("Input", "the months over which the project cost is amortized"),
     1, 1, nullptr, 0, 11, nullptr, FTROI_MEMBER(project.lifetimeMonths)},
    {"project.discount_rate_annual", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Discount rate (annual)"), QT_TRANSLATE_NOOP("Input", "Discount rate"),
     QT_TRANSLATE_NOOP("Input", "% per year (NPV)"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the yearly rate that discounts future savings in the NPV"),
     2, 100, nullptr, 0, 0, nullptr, FTROI_MEMBER(project.discountRateAnnual)},

    // Managed fine-tuning
    {"managed.training_price_per_1m_tokens", kNonNegativeDomain, U::PricePer1M,
     QT_TRANSLATE_NOOP("Input", "Managed training price"), QT_TRANSLATE_NOOP("Input", "Training price"),
     QT_TRANSLATE_NOOP("Input", "$ / 1M training tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the provider's price of a million training tokens"),
     4, 1, nullptr, kManagedPrice, 0, hasManaged, FTROI_MANAGED(trainingPricePer1MTokens)},
    {"managed.training_tokens_per_run", kNonNegativeDomain, U::Tokens,
     QT_TRANSLATE_NOOP("Input", "Managed training tokens per run"), QT_TRANSLATE_NOOP("Input", "Training tokens"),
     QT_TRANSLATE_NOOP("Input", "per run"), nullptr, QT_TRANSLATE_NOOP("Input", "tokens one managed training run trains on"),
     0, 1, nullptr, 0, 0, hasManaged, FTROI_MANAGED(trainingTokensPerRun)},
    {"managed.training_runs", kCountDomain, U::Runs,
     QT_TRANSLATE_NOOP("Input", "Managed training runs"), QT_TRANSLATE_NOOP("Input", "Training runs"),
     QT_TRANSLATE_NOOP("Input", "runs"), nullptr, QT_TRANSLATE_NOOP("Input", "how many managed training runs are needed"),
     0, 1, QT_TRANSLATE_NOOP("Input", "as the project"), 0, 0, hasManaged,
     FTROI_MANAGED_OPTIONAL(trainingRuns, s.project.trainingRuns)},
    {"managed.input_price_per_1m", kNonNegativeDomain, U::PricePer1M,
     QT_TRANSLATE_NOOP("Input", "Managed input price"), QT_TRANSLATE_NOOP("Input", "Input price"),
     QT_TRANSLATE_NOOP("Input", "$ / 1M tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the fine-tuned model's price of a million input tokens"),
     4, 1, nullptr, kManagedPrice, 0, hasManaged, FTROI_MANAGED(inputPricePer1M)},
    {"managed.output_price_per_1m", kNonNegativeDomain, U::PricePer1M,
     QT_TRANSLATE_NOOP("Input", "Managed output price"), QT_TRANSLATE_NOOP("Input", "Output price"),
     QT_TRANSLATE_NOOP("Input", "$ / 1M tokens"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the fine-tuned model's price of a million output tokens"),
     4, 1, nullptr, kManagedPrice, 0, hasManaged, FTROI_MANAGED(outputPricePer1M)},
    {"managed.hosting_cost_per_hour", kNonNegativeDomain, U::MoneyPerHour,
     QT_TRANSLATE_NOOP("Input", "Managed hosting price"), QT_TRANSLATE_NOOP("Input", "Hosting"),
     QT_TRANSLATE_NOOP("Input", "$ / hour"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the provider's hourly price of hosting the fine-tuned model"),
     4, 1, nullptr, kManagedPrice, 0, hasManaged, FTROI_MANAGED(hostingCostPerHour)},
    {"managed.review_rate", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Managed review rate"), QT_TRANSLATE_NOOP("Input", "Review rate"),
     QT_TRANSLATE_NOOP("Input", "% of requests"), nullptr,
     QT_TRANSLATE_NOOP("Input", "share of the managed model's answers that need a human review"),
     3, 100, QT_TRANSLATE_NOOP("Input", "as the API"), 0, 0, hasManaged,
     FTROI_MANAGED_OPTIONAL(reviewRate, s.api.reviewRate)},
    {"managed.error_rate", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Managed error rate"), QT_TRANSLATE_NOOP("Input", "Error rate"),
     QT_TRANSLATE_NOOP("Input", "% of requests"), nullptr,
     QT_TRANSLATE_NOOP("Input", "share of the managed model's answers that cause a downstream error"),
     3, 100, QT_TRANSLATE_NOOP("Input", "as the API"), 0, 0, hasManaged,
     FTROI_MANAGED_OPTIONAL(errorRate, s.api.errorRate)},

    // Context
    {"context.latency_requirement_ms", kNonNegativeDomain, U::Ms,
     QT_TRANSLATE_NOOP("Input", "Latency requirement"), QT_TRANSLATE_NOOP("Input", "Latency requirement"), "ms", nullptr,
     QT_TRANSLATE_NOOP("Input", "the response time the use case needs"),
     0, 1, nullptr, 0, 0, hasContext,
     [](const Scenario &s) -> double { return s.context.value_or(DecisionContext{}).latencyRequirementMs; },
     [](Scenario &s, double v) {
         if (!s.context)
             s.context = DecisionContext{};
         s.context->latencyRequirementMs = v;
     },
     nullptr, nullptr},

    // Inputs of the form only (the analyses do not vary them)
    {"project.training.model_size_b", kPositiveDomain, U::Billions,
     QT_TRANSLATE_NOOP("Input", "Trained model size"), QT_TRANSLATE_NOOP("Input", "Model size"),
     QT_TRANSLATE_NOOP("Input", "B parameters"), nullptr, QT_TRANSLATE_NOOP("Input", "parameters of the trained model"),
     2, 1, nullptr, kFormOnly, 0, nullptr, FTROI_TRAINING(modelSizeB)},
    {"project.training.examples", kNonNegativeDomain, U::Plain,
     QT_TRANSLATE_NOOP("Input", "Training examples"), QT_TRANSLATE_NOOP("Input", "Examples"),
     QT_TRANSLATE_NOOP("Input", "examples"), nullptr, QT_TRANSLATE_NOOP("Input", "examples in the training set"),
     0, 1, nullptr, kFormOnly, 0, nullptr, FTROI_TRAINING(examples)},
    {"project.training.avg_seq_len", kNonNegativeDomain, U::Tokens,
     QT_TRANSLATE_NOOP("Input", "Training sequence length"), QT_TRANSLATE_NOOP("Input", "Sequence length"),
     QT_TRANSLATE_NOOP("Input", "tokens (average)"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the average tokens of one training example"),
     0, 1, nullptr, kFormOnly, 0, nullptr, FTROI_TRAINING(avgSeqLen)},
    {"project.training.epochs", kNonNegativeDomain, U::Plain,
     QT_TRANSLATE_NOOP("Input", "Training epochs"), QT_TRANSLATE_NOOP("Input", "Epochs"), QT_TRANSLATE_NOOP("Input", "epochs"),
     nullptr, QT_TRANSLATE_NOOP("Input", "passes over the training set"),
     2, 1, nullptr, kFormOnly, 0, nullptr, FTROI_TRAINING(epochs)},
    {"project.training.mfu", kPositiveFractionDomain, U::Plain,
     QT_TRANSLATE_NOOP("Input", "Model FLOPs utilization"), QT_TRANSLATE_NOOP("Input", "MFU"),
     QT_TRANSLATE_NOOP("Input", "of peak, 0-1"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the share of the GPU's peak the training reaches"),
     2, 1, nullptr, kFormOnly, 0, nullptr, FTROI_TRAINING(mfu)},
    {"managed.engineering_hours", kNonNegativeDomain, U::Hours,
     QT_TRANSLATE_NOOP("Input", "Managed engineering hours"), QT_TRANSLATE_NOOP("Input", "Engineering"),
     QT_TRANSLATE_NOOP("Input", "hours in all"), nullptr,
     QT_TRANSLATE_NOOP("Input", "engineering hours of the managed path, all phases"),
     1, 1, nullptr, kFormOnly, 0, hasManaged,
     [](const Scenario &s) -> double { return s.managed ? totalManagedHours(*s.managed) : 0; },
     [](Scenario &s, double v) {
         if (s.managed)
             setTotalManagedHours(*s.managed, v);
     },
     nullptr, nullptr},
};

// Every input: the table above, then the format-3 inputs (format3inputs.cpp).
const std::vector<InputSpec> &allSpecs()
{
    static const std::vector<InputSpec> all = [] {
        std::vector<InputSpec> specs(std::begin(kSpecs), std::end(kSpecs));
        specs.insert(specs.end(), format3InputsBegin(), format3InputsEnd());
        return specs;
    }();
    return all;
}

} // namespace

const InputSpec *inputSpecsBegin() { return allSpecs().data(); }
const InputSpec *inputSpecsEnd() { return allSpecs().data() + allSpecs().size(); }

const InputSpec *findInputSpec(std::string_view path)
{
    // Built once; the reader looks up every input of every scenario.
    static const std::unordered_map<std::string_view, const InputSpec *> byPath = [] {
        std::unordered_map<std::string_view, const InputSpec *> map;
        for (const InputSpec &spec : allSpecs())
            map.emplace(spec.path, &spec);
        return map;
    }();
    const auto it = byPath.find(path);
    return it == byPath.end() ? nullptr : it->second;
}

const InputSpec *findInputSpec(const QString &path)
{
    if (path.size() > 80)
        return nullptr;
    char ascii[81];
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t c = path.at(i).unicode();
        if (c == 0 || c > 0x7f)
            return nullptr;
        ascii[i] = char(c);
    }
    return findInputSpec(std::string_view(ascii, size_t(path.size())));
}

void noteInputEdited(const InputSpec &spec, Scenario &s)
{
    if (spec.flags & kDropsApiPriceSource)
        s.api.priceSource.reset();
    if (spec.flags & kDropsInstancePriceSource)
        s.selfHosted.priceSource.reset();
    if ((spec.flags & kDropsManagedPriceSource) && s.managed)
        s.managed->priceSource.reset();
    if (isUsageImportedPath(spec.path))
        s.workload.source.reset();
}

const InputSpec &inputSpec(std::string_view path)
{
    const InputSpec *spec = findInputSpec(path);
    Q_ASSERT_X(spec, "inputSpec", "no input has this path");
    return spec ? *spec : allSpecs().front();
}

} // namespace ftroi
