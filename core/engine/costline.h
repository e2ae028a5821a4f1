// Monthly costs as functions of the daily volume (the all-in break-even,
// growth and the chart curves).
#pragma once

#include "core/engine/formulas.h"

namespace ftroi {

// Monthly costs as functions of daily tokens (same request mix and traffic
// shape), used by the all-in break-even, growth and the chart curves.
struct CostLine {
    double apiPerDailyToken = 0;     // monthly API $ per (token/day)
    double qualityPerDailyToken = 0; // monthly quality delta $ per (token/day)
    double servingPerInstance = 0;   // monthly $ of one instance all day
    double fixedInstances = 0;       // > 0: a fixed fleet; 0: auto sizing
    double capacityPerInstance = 0;  // tokens/day one instance carries at the target (auto sizing)
    double peakFactor = 1;           // peak-hour rate / daily average (p x 24 / H)
    double fixedMonthly = 0;         // storage + amortized project
    bool hasTraffic = false;         // false when requests carry no tokens
    // Autoscaling: the peak fleet for the peak hours, a smaller one off-peak.
    bool autoscaling = false;
    double servingPeakPerInstance = 0;   // monthly $ of one instance in the peak hours
    double servingOffPerInstance = 0;    // monthly $ of one instance outside them
    double offPeakFactor = 0;            // off-peak rate / daily average ((1 - p) x 24 / (24 - H))
    double minOffInstances = 0;
    double fullThroughputPerDay = 0;     // tokens/day one instance serves at 100 % of its throughput

    // A fixed fleet: the highest daily-average volume it serves through the peak
    // at full throughput (above it: over capacity). 0 with auto sizing.
    double fixedFleetCapacityTokensPerDay() const { return fixedInstances * fullThroughputPerDay / peakFactor; }

    // Daily-average tokens one instance carries through the peak.
    double peakCapacityPerInstance() const { return capacityPerInstance / peakFactor; }
    double instancesAt(double tokensPerDay) const;        // the peak fleet
    double offPeakInstancesAt(double tokensPerDay) const; // the peak fleet without autoscaling
    double servingAt(double tokensPerDay) const;
    double apiCostAt(double tokensPerDay) const;
    double selfHostedAllInAt(double tokensPerDay) const;
    // The same with a given peak fleet (either side of a fleet step).
    double selfHostedAllInWith(double tokensPerDay, double instances) const;
};
CostLine costLine(const Scenario &s, double monthlyAmortized);
// Exact lowest volume at which the self-hosted all-in cost <= the API cost
// (the infimum where a fleet step leaves it unattained).
std::optional<double> allInBreakEvenTokensPerDay(const CostLine &line);

} // namespace ftroi
