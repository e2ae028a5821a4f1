// Monthly costs as functions of the daily volume (the all-in break-even,
// growth and the chart curves).
#pragma once

#include "core/engine/fleetpricing.h"
#include "core/engine/formulas.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

// Monthly costs as functions of daily tokens (same request mix and traffic
// shape), used by the all-in break-even, growth and the chart curves. Volumes
// are the TOTAL daily tokens; with routing the fleet carries its share of them
// and the rest is billed by the API. The API line holds the API path's bill and
// operations, the self-hosted line the path's cost with its quality DELTA
// (adding the API's own quality cost to both gives each path's whole cost).
struct CostLine {
    double apiPerDailyToken = 0;     // monthly API $ per (token/day)
    double apiFixedMonthly = 0;      // the API path's operations, a month
    double qualityPerDailyToken = 0; // monthly quality delta $ per (token/day) (the routed share's)
    double remainderPerDailyToken = 0; // the API bill of the share left on the API, per (token/day)
    double servingPerInstance = 0;   // monthly $ of one instance all day, as priced
    double commitmentPerInstance = 0; // a reservation's month-0 commitment of one instance, amortized a month
    double commitmentFleet = 0;      // the fleet whose commitment the amortized project cost holds (today's)
    double fixedInstances = 0;       // > 0: a fixed fleet; 0: auto sizing
    double capacityPerInstance = 0;  // total tokens/day one instance carries at the target (auto sizing)
    double peakFactor = 1;           // peak-hour rate / daily average (p x 24 / H)
    double fixedMonthly = 0;         // storage + amortized project + the path's operations
    bool hasTraffic = false;         // false when requests carry no tokens
    // Autoscaling: the peak fleet for the peak hours, a smaller one off-peak.
    bool autoscaling = false;
    double servingPeakPerInstance = 0;   // monthly $ of one instance in the peak hours
    double servingOffPerInstance = 0;    // monthly $ of one instance outside them
    double offPeakFactor = 0;            // off-peak rate / daily average ((1 - p) x 24 / (24 - H))
    double minOffInstances = 0;
    double fullThroughputPerDay = 0;     // total tokens/day one instance serves at 100 % of its throughput

    // A fixed fleet: the highest daily-average volume it serves through the peak
    // at full throughput (above it: over capacity). 0 with auto sizing.
    double fixedFleetCapacityTokensPerDay() const { return fixedInstances * fullThroughputPerDay / peakFactor; }

    // Daily-average tokens one instance carries through the peak.
    double peakCapacityPerInstance() const { return capacityPerInstance / peakFactor; }
    double instancesAt(double tokensPerDay) const;        // the peak fleet
    double offPeakInstancesAt(double tokensPerDay) const; // the peak fleet without autoscaling
    double servingAt(double tokensPerDay) const;          // (the three inline below)
    double apiCostAt(double tokensPerDay) const;
    double selfHostedAllInAt(double tokensPerDay) const;
    // The same with a given peak fleet (either side of a fleet step).
    double selfHostedAllInWith(double tokensPerDay, double instances) const;
};
inline double CostLine::instancesAt(double tokensPerDay) const
{
    if (fixedInstances > 0)
        return fixedInstances;
    return std::max(1.0, std::ceil(tokensPerDay * peakFactor / capacityPerInstance));
}

inline double CostLine::offPeakInstancesAt(double tokensPerDay) const
{
    if (!autoscaling)
        return instancesAt(tokensPerDay);
    if (!(offPeakFactor > 0))
        return minOffInstances;
    return std::max(minOffInstances, std::ceil(tokensPerDay * offPeakFactor / capacityPerInstance));
}

inline double CostLine::servingAt(double tokensPerDay) const
{
    if (!autoscaling)
        return servingPerInstance * instancesAt(tokensPerDay);
    return servingPeakPerInstance * instancesAt(tokensPerDay) + servingOffPerInstance * offPeakInstancesAt(tokensPerDay);
}

// The fleet's part of a cost line (one instance's monthly price as priced, the
// fixed fleet or the sizing of an automatic one, autoscaling) for the routed
// share `share` and the throughput of one instance (effectiveThroughput()):
// all that instancesAt() and servingAt() read.
inline void fillFleet(CostLine &line, const Scenario &s, double share, double throughput)
{
    const SelfHosted &sh = s.selfHosted;
    line.servingPerInstance = instanceMonthlyCost(s);
    line.fixedInstances = sh.fixedInstances.value_or(0);
    const TrafficShape shape = trafficShape(s.workload);
    // The fleet carries the routed share: one instance carries its capacity / share of the total.
    line.capacityPerInstance = kSecondsPerDay * throughput * sh.targetUtilization / share;
    line.fullThroughputPerDay = kSecondsPerDay * throughput / share;
    line.peakFactor = shape.peak;
    if (sh.autoscaling && !sh.fixedInstances && shape.hours < 24 && !paidEveryHour(pricingModel(sh))) {
        line.autoscaling = true;
        const double spot = spotFactor(sh);
        line.servingPeakPerInstance = sh.instanceCostPerHour * kDaysPerMonth * shape.hours * spot;
        line.servingOffPerInstance = sh.instanceCostPerHour * kDaysPerMonth * (24 - shape.hours) * spot;
        line.offPeakFactor = shape.offPeak;
        line.minOffInstances = sh.minInstances;
    }
}
// `monthlyAmortized`: the result's monthly amortized project cost (today's
// fleet's commitment included; other volumes' fleets pay their own).
CostLine costLine(const Scenario &s, double monthlyAmortized);
// storage + monthlyAmortized + the self-hosted path's operations.
double selfHostedFixedMonthly(const Scenario &s, double monthlyAmortized);
// Exact lowest volume at which the self-hosted all-in cost <= the API cost
// (the infimum where a fleet step leaves it unattained).
std::optional<double> allInBreakEvenTokensPerDay(const CostLine &line);

} // namespace ftroi
