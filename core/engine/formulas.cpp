// The named formulas of the ROI model. Operation order follows the seed so
// results match it to the last digit; comments name the formula each function implements.
#include "core/engine/formulas.h"

#include "core/engine/capacity.h"
#include "core/engine/trainingcheck.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

double measuredThroughput(const SelfHosted &sh)
{
    const SloCapacity capacity = throughputAtSlo(*sh.benchmark, sh.slo);
    return capacity.feasible ? capacity.throughput : sh.throughputTokensPerS;
}

// As the seed: weighted by today's traffic, and 0 without traffic.
double blendedApiPricePer1M(const Workload &w, const ApiSide &api)
{
    const double dailyInput = w.requestsPerDay * w.inputTokensPerRequest;
    const double dailyOutput = w.requestsPerDay * w.outputTokensPerRequest;
    const double total = dailyInput + dailyOutput;
    if (!(total > 0))
        return 0;
    const double price = (effectiveInputPricePer1M(api) * dailyInput + api.outputPricePer1M * dailyOutput) / total;
    return api.batchShare == 0 ? price : price * batchFactor(api);
}

// serving / tokens a month x 1e6
std::optional<double> servingCostPer1MTokens(double monthlyServing, double tokensPerDay)
{
    if (!(tokensPerDay > 0))
        return std::nullopt;
    return monthlyServing / (tokensPerDay * kDaysPerMonth) * 1e6;
}

double engineeringCost(const Project &p)
{
    return engineeringHours(p) * p.hourlyRate;
}

double costPerRun(const Project &p)
{
    if (p.computeCostPerRun)
        return *p.computeCostPerRun;
    if (p.training)
        return checkTraining(*p.training).costPerRun;
    return 0;
}

double computeCost(const Project &p)
{
    return p.trainingRuns * costPerRun(p);
}

double memoryNeededGb(const SelfHosted &sh)
{
    return sh.modelSizeB * bytesPerParameter(sh.precision) * kMemoryOverheadFactor;
}

// (serving + storage) / blended price per token / 30
std::optional<double> seedBreakEvenTokensPerDay(double monthlyServing, double monthlyStorage,
                                                double blendedPricePer1M, double share)
{
    const double pricePerToken = share * blendedPricePer1M / 1e6;
    if (!(pricePerToken > 0))
        return std::nullopt;
    return (monthlyServing + monthlyStorage) / pricePerToken / kDaysPerMonth;
}

} // namespace ftroi
