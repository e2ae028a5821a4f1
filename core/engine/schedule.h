// The month-by-month schedule of one scenario: each month's volume factor,
// weight and discount factor from the lifetime walk (lifetime.h), each path's
// whole monthly cost, the fine-tuning paths' operating savings as evaluate()
// counts them (selfHostedSavingsAt, managedSavingsAt) and their discounted
// cumulative cash from -total_project_cost at month 0, so the last month's
// cumulative is the NPV. The cash-flow chart (lifetimeCashFlow) and the
// workbook's Schedule sheet walk the same months.
#pragma once

#include "core/engine/costengine.h"

#include <vector>

namespace ftroi {

// A month of one fine-tuning path's operating savings (before amortization) at
// volume factor f, as evaluate() counts them for the NPV.
class PathSavings
{
public:
    // `path` is SelfHosted or Managed (the latter only when `r.managed`).
    PathSavings(const Scenario &s, const ScenarioResult &r, Path path);
    double at(double f) const;
    const CostLine &line() const { return m_line; }

private:
    const ScenarioResult &m_result;
    CostLine m_line;
    bool m_managed;
};

struct ScheduleMonth {
    int month = 0;
    double volumeFactor = 1;    // (1 + g)^(month - 1)
    double weight = 1;          // 1; the last month's fraction of a fractional lifetime
    double discountFactor = 1;  // 1 / (1 + r)^month, r the monthly rate
    double apiCost = 0;         // the API path's whole cost: bill + reviews and errors + operations
    double selfHostedCost = 0;  // serving + storage + reviews and errors + remainder's bill + operations
    double selfHostedSavings = 0; // operating savings (before amortization), evaluate()'s
    double selfHostedCumulativeDiscounted = 0; // -project cost + sum of weight x savings x discount
    // Only with a managed path.
    double managedCost = 0;     // inference + hosting + reviews and errors + remainder's bill + operations
    double managedSavings = 0;
    double managedCumulativeDiscounted = 0;
    // Only with self_hosted.pricing: the month's fleet, the capital it holds
    // (capex_usd: owned servers' price, reservations' upfront), its capital a
    // month (owned) and the rest of its serving cost.
    double instances = 0;
    double capexUsd = 0;
    double monthlyCapitalCost = 0;
    double monthlyOpex = 0;
};

// Schedules longer than this many months are refused (1,000 years).
inline constexpr int kMaxScheduleMonths = 12000;

struct MonthlySchedule {
    bool hasManaged = false;
    bool hasPricing = false;
    // Months 1..ceil(lifetime); cut short before the first month whose numbers
    // overflow (growth), which `overflowed` then says.
    std::vector<ScheduleMonth> months;
    bool overflowed = false;
};

// Empty when the lifetime is not finite and > 0 or longer than kMaxScheduleMonths.
MonthlySchedule monthlySchedule(const Scenario &s, const ScenarioResult &r);

} // namespace ftroi
