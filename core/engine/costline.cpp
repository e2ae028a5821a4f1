// Costs as functions of the daily volume (same request mix and traffic shape):
// the fleet at a volume, each path's monthly cost, and the exact all-in break-even.
#include "core/engine/costline.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

double CostLine::instancesAt(double tokensPerDay) const
{
    if (fixedInstances > 0)
        return fixedInstances;
    return std::max(1.0, std::ceil(tokensPerDay * peakFactor / capacityPerInstance));
}

double CostLine::offPeakInstancesAt(double tokensPerDay) const
{
    if (!autoscaling)
        return instancesAt(tokensPerDay);
    if (!(offPeakFactor > 0))
        return minOffInstances;
    return std::max(minOffInstances, std::ceil(tokensPerDay * offPeakFactor / capacityPerInstance));
}

double CostLine::servingAt(double tokensPerDay) const
{
    if (!autoscaling)
        return servingPerInstance * instancesAt(tokensPerDay);
    return servingPeakPerInstance * instancesAt(tokensPerDay) + servingOffPerInstance * offPeakInstancesAt(tokensPerDay);
}

double CostLine::apiCostAt(double tokensPerDay) const
{
    return apiPerDailyToken * tokensPerDay;
}

double CostLine::selfHostedAllInAt(double tokensPerDay) const
{
    return servingAt(tokensPerDay) + fixedMonthly + qualityPerDailyToken * tokensPerDay;
}

double CostLine::selfHostedAllInWith(double tokensPerDay, double instances) const
{
    double serving = servingPerInstance * instances;
    if (autoscaling)
        serving = servingPeakPerInstance * instances + servingOffPerInstance * offPeakInstancesAt(tokensPerDay);
    return serving + fixedMonthly + qualityPerDailyToken * tokensPerDay;
}

CostLine costLine(const Scenario &s, double monthlyAmortized)
{
    CostLine line;
    const double perRequest = tokensPerRequest(s.workload);
    line.hasTraffic = perRequest > 0;
    line.apiPerDailyToken = kDaysPerMonth * requestMixPricePer1M(s.workload, s.api) / 1e6;
    if (line.hasTraffic)
        line.qualityPerDailyToken = kDaysPerMonth
            * ((s.selfHosted.reviewRate - s.api.reviewRate) * s.reviewCost
               + (s.selfHosted.errorRate - s.api.errorRate) * s.costPerError)
            / perRequest;
    line.servingPerInstance = monthlyServingCost(1, s.selfHosted);
    line.fixedInstances = s.selfHosted.fixedInstances.value_or(0);
    const TrafficShape shape = trafficShape(s.workload);
    const double capacity = instanceCapacityTokensPerDay(s.workload, s.selfHosted);
    line.capacityPerInstance = capacity;
    line.fullThroughputPerDay = kSecondsPerDay * effectiveThroughput(s.workload, s.selfHosted);
    line.peakFactor = shape.peak;
    line.fixedMonthly = monthlyStorageCost(s.selfHosted) + monthlyAmortized;
    if (s.selfHosted.autoscaling && !s.selfHosted.fixedInstances && shape.hours < 24) {
        line.autoscaling = true;
        line.servingPeakPerInstance = s.selfHosted.instanceCostPerHour * kDaysPerMonth * shape.hours;
        line.servingOffPerInstance = s.selfHosted.instanceCostPerHour * kDaysPerMonth * (24 - shape.hours);
        line.offPeakFactor = shape.offPeak;
        line.minOffInstances = s.selfHosted.minInstances;
    }
    return line;
}

namespace {

std::optional<double> withinLimit(double tokens)
{
    if (!(tokens <= kMaxBreakEvenTokensPerDay))
        return std::nullopt;
    return std::max(0.0, tokens);
}

// One step sequence: fixed + s x n(T) <= margin x T with n(T) = max(1, ceil(T / capacity)).
// Within the volumes served by n instances the condition is linear, and the n
// where it first holds is the smallest n with fixed <= n x (margin x capacity - s).
std::optional<double> singleSequenceBreakEven(double margin, double s, double fixed, double capacity)
{
    if (s + fixed <= 0)
        return 0.0;
    if (!(margin > 0))
        return std::nullopt;
    const double firstFleet = (s + fixed) / margin;
    if (firstFleet <= capacity)
        return withinLimit(firstFleet);

    const double gainPerInstance = margin * capacity - s; // what one more full instance adds
    if (!(gainPerInstance > 0))
        return std::nullopt;
    double n = std::max(2.0, std::ceil(fixed / gainPerInstance));
    if (!(n * capacity <= 2 * kMaxBreakEvenTokensPerDay))
        return std::nullopt;
    // Guard the rounding of the closed form with an exact check either side.
    auto holds = [&](double fleet) { return (fleet * s + fixed) / margin <= fleet * capacity; };
    for (int i = 0; i < 4 && !holds(n); ++i)
        n += 1;
    for (int i = 0; i < 4 && n > 2 && holds(n - 1); ++i)
        n -= 1;
    if (!holds(n))
        return std::nullopt;
    return withinLimit(std::max((n * s + fixed) / margin, (n - 1) * capacity));
}

// Two step sequences (autoscaling): fixed + sp x np(T) + so x no(T) <= margin x T
// with np(T) = max(1, ceil(T / cp)) and no(T) = max(floor, ceil(T / co)). Between
// consecutive steps of either fleet the condition is linear; the answer lies in
// [fixed / k, (fixed + sp + so x (1 + floor)) / k] with k = margin - sp/cp - so/co
// (the fleets' fractional parts cost at most one instance each), and the walk
// visits the pieces of that window in order.
std::optional<double> twoSequenceBreakEven(double margin, double sp, double cp, double so, double co,
                                           double floorOff, double fixed)
{
    const double k = margin - sp / cp - so / co;
    if (!(margin > 0) || !(k > 0))
        return std::nullopt;
    const double low = std::max(0.0, fixed / k);
    const double high = (fixed + sp + so * (1 + floorOff)) / k;
    if (!(low <= kMaxBreakEvenTokensPerDay))
        return std::nullopt;

    // Fleet of each sequence at the window's start, and its piece (lo, hi].
    double np = std::max(1.0, std::ceil(low / cp));
    double no = std::max(floorOff, std::ceil(low / co));
    auto pieceP = [&](double n, double &lo, double &hi) { lo = n <= 1 ? 0 : (n - 1) * cp; hi = n * cp; };
    auto pieceO = [&](double n, double &lo, double &hi) { lo = n <= floorOff ? 0 : (n - 1) * co; hi = n * co; };
    double loP, hiP, loO, hiO;
    pieceP(np, loP, hiP);
    pieceO(no, loO, hiO);
    for (long long step = 0; step < kMaxBreakEvenWalkSteps; ++step) {
        const double lo = std::max(loP, loO);
        const double hi = std::min(hiP, hiO);
        const double t = std::max(lo, (fixed + sp * np + so * no) / margin);
        if (t <= hi)
            return withinLimit(t);
        if (!(lo <= kMaxBreakEvenTokensPerDay))
            return std::nullopt;
        if (hiP <= hiO)
            pieceP(np += 1, loP, hiP);
        if (hiO <= hi)
            pieceO(no += 1, loO, hiO);
    }
    // Steps too fine to walk: the window's end is proven to break even.
    return withinLimit(high);
}

} // namespace

// Solves serving(n(T)) + fixed + quality x T <= API x T for the lowest T.
std::optional<double> allInBreakEvenTokensPerDay(const CostLine &line)
{
    if (!line.hasTraffic)
        return std::nullopt;
    const double margin = line.apiPerDailyToken - line.qualityPerDailyToken; // $/month per token/day
    const double fixed = line.fixedMonthly;

    if (line.fixedInstances > 0) {
        const double monthlyFixed = line.servingPerInstance * line.fixedInstances + fixed;
        if (monthlyFixed <= 0)
            return 0.0;
        if (!(margin > 0))
            return std::nullopt;
        return withinLimit(monthlyFixed / margin);
    }
    if (!line.autoscaling)
        return singleSequenceBreakEven(margin, line.servingPerInstance, fixed, line.peakCapacityPerInstance());
    // Autoscaling without off-peak traffic: the off-peak floor is a fixed cost.
    if (!(line.offPeakFactor > 0))
        return singleSequenceBreakEven(margin, line.servingPeakPerInstance,
                                       fixed + line.servingOffPerInstance * line.minOffInstances,
                                       line.peakCapacityPerInstance());
    if (line.servingPeakPerInstance + line.servingOffPerInstance * line.minOffInstances + fixed <= 0)
        return 0.0;
    return twoSequenceBreakEven(margin, line.servingPeakPerInstance, line.peakCapacityPerInstance(),
                                line.servingOffPerInstance, line.capacityPerInstance / line.offPeakFactor,
                                line.minOffInstances, fixed);
}

} // namespace ftroi
