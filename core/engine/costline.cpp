// Costs as functions of the daily volume (same request mix and traffic shape):
// the fleet at a volume, each path's monthly cost, and the exact all-in break-even.
#include "core/engine/costline.h"

#include "core/engine/fleetpricing.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

double CostLine::apiCostAt(double tokensPerDay) const
{
    return apiPerDailyToken * tokensPerDay + apiFixedMonthly;
}

namespace {

// What routing and a reservation add at a volume: the API bill of the share
// left on the API, and the commitment of a fleet other than today's.
double routedAndCommitted(const CostLine &l, double tokensPerDay, double instances)
{
    const double commitment =
        l.commitmentPerInstance == 0 ? 0.0 : l.commitmentPerInstance * (instances - l.commitmentFleet);
    return l.remainderPerDailyToken * tokensPerDay + commitment;
}

} // namespace

double CostLine::selfHostedAllInAt(double tokensPerDay) const
{
    return servingAt(tokensPerDay) + fixedMonthly + qualityPerDailyToken * tokensPerDay
        + routedAndCommitted(*this, tokensPerDay, instancesAt(tokensPerDay));
}

double CostLine::selfHostedAllInWith(double tokensPerDay, double instances) const
{
    double serving = servingPerInstance * instances;
    if (autoscaling)
        serving = servingPeakPerInstance * instances + servingOffPerInstance * offPeakInstancesAt(tokensPerDay);
    return serving + fixedMonthly + qualityPerDailyToken * tokensPerDay
        + routedAndCommitted(*this, tokensPerDay, instances);
}

double selfHostedFixedMonthly(const Scenario &s, double monthlyAmortized)
{
    const double ops = fineTunedPathOpsCost(monthlyOpsCost(s.selfHosted.opsHoursPerMonth, s.project),
                                            monthlyOpsCost(s.api.opsHoursPerMonth, s.project), fineTunedShare(s));
    return monthlyStorageCost(s.selfHosted) + monthlyAmortized + ops;
}

CostLine costLine(const Scenario &s, double monthlyAmortized)
{
    CostLine line;
    const SelfHosted &sh = s.selfHosted;
    const double share = fineTunedShare(s);
    const double perRequest = tokensPerRequest(s.workload);
    line.hasTraffic = perRequest > 0;
    line.apiPerDailyToken = kDaysPerMonth * requestMixPricePer1M(s.workload, s.api) / 1e6;
    line.apiFixedMonthly = monthlyOpsCost(s.api.opsHoursPerMonth, s.project);
    if (line.hasTraffic)
        line.qualityPerDailyToken = kDaysPerMonth
            * ((sh.reviewRate - s.api.reviewRate) * s.reviewCost + (sh.errorRate - s.api.errorRate) * s.costPerError)
            / perRequest * share;
    line.remainderPerDailyToken = (1 - share) * line.apiPerDailyToken;
    line.commitmentPerInstance = commitmentPerInstance(s) / s.project.lifetimeMonths;
    fillFleet(line, s, share, effectiveThroughput(s.workload, sh));
    line.fixedMonthly = selfHostedFixedMonthly(s, monthlyAmortized);
    if (line.commitmentPerInstance != 0)
        line.commitmentFleet = line.instancesAt(dailyTokens(s.workload));
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
    // $/month per token/day; the fixed costs net of the API's operations; an
    // instance carries its share of a reservation's commitment.
    const double margin = line.apiPerDailyToken - line.qualityPerDailyToken - line.remainderPerDailyToken;
    const double fixed = line.fixedMonthly - line.apiFixedMonthly - line.commitmentPerInstance * line.commitmentFleet;
    const double perInstance = line.servingPerInstance + line.commitmentPerInstance;

    if (line.fixedInstances > 0) {
        const double monthlyFixed = line.servingPerInstance * line.fixedInstances + fixed
            + line.commitmentPerInstance * line.fixedInstances;
        if (monthlyFixed <= 0)
            return 0.0;
        if (!(margin > 0))
            return std::nullopt;
        return withinLimit(monthlyFixed / margin);
    }
    if (!line.autoscaling)
        return singleSequenceBreakEven(margin, perInstance, fixed, line.peakCapacityPerInstance());
    // Autoscaling (never with a commitment) without off-peak traffic: the off-peak floor is a fixed cost.
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
