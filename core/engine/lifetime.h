// Time: traffic growth, discounting, NPV, ROI and payback over the model's
// lifetime, for any path whose operating savings in a month depend on that
// month's volume factor f_m = (1 + g)^(m - 1). The project cost is paid at
// month 0; the last (partial) month of the lifetime counts with its fraction.
#pragma once

#include <cmath>
#include <optional>

namespace ftroi {

// Payback with growth is searched this many months ahead at most.
inline constexpr int kMaxPaybackMonths = 120;
// With growth, lifetimes longer than this are not summed month by month.
inline constexpr double kMaxGrowthLifetimeMonths = 1e6;

struct LifetimeTerms {
    double projectCost = 0;
    double lifetimeMonths = 1;
    double monthlyGrowth = 0;
    double discountRateAnnual = 0;
};

struct LifetimeValue {
    std::optional<double> npv;                      // nullopt: cannot be computed (growth overflows)
    std::optional<double> roi;                      // nullopt: the project costs 0, or as npv
    std::optional<double> paybackMonthsWithGrowth;  // nullopt: not within 120 months, or never saves
};

// Monthly discount rate (1 + annual)^(1/12) - 1.
double monthlyDiscountRate(double discountRateAnnual);
// (1 + g)^(m - 1).
double volumeFactor(double monthlyGrowth, int month);

// One month of the lifetime walk: month m = 1..ceil(lifetime), its volume
// factor (1 + g)^(m - 1) (by repeated multiplication), its weight (1, the last
// month's fraction of a fractional lifetime) and its discount factor
// 1 / (1 + r)^m (by repeated division).
struct LifetimeMonth {
    int month;
    double volumeFactor;
    double weight;
    double discountFactor;
};

// The month walk that the NPV, the cash-flow chart and the monthly schedule
// share: calls `visit(LifetimeMonth)` for each month in order and stops early
// when it returns false. `lifetime` must be finite and > 0.
template<typename Visit>
void walkLifetimeMonths(double lifetime, double monthlyGrowth, double monthlyRate, Visit visit)
{
    const int months = int(std::ceil(lifetime));
    double f = 1;
    double discount = 1;
    for (int m = 1; m <= months; ++m, f *= 1 + monthlyGrowth) {
        discount /= 1 + monthlyRate;
        const double weight = m < months ? 1.0 : lifetime - months + 1;
        if (!visit(LifetimeMonth{m, f, weight, discount}))
            return;
    }
}

namespace detail {
LifetimeValue flatLifetimeValue(const LifetimeTerms &t, double monthlySavings);
void finish(LifetimeValue &v, double projectCost, double undiscountedSum, double discountedSum);
std::optional<double> checked(double v);
} // namespace detail

// `savingsAt(f)` gives the operating savings of a month at volume factor f
// (before amortization). Without growth the savings are flat and the sums
// have closed forms; with growth every month is evaluated.
template<typename SavingsAt>
LifetimeValue lifetimeValue(const LifetimeTerms &t, SavingsAt savingsAt)
{
    if (t.monthlyGrowth == 0)
        return detail::flatLifetimeValue(t, savingsAt(1.0));

    LifetimeValue v;
    const double r = monthlyDiscountRate(t.discountRateAnnual);
    // Payback: full months, up to 120, whatever the lifetime. A project that
    // costs 0 pays back at once when month 1 saves, else never.
    if (t.projectCost == 0) {
        if (savingsAt(1.0) > 0)
            v.paybackMonthsWithGrowth = 0.0;
    } else {
        double cumulative = -t.projectCost;
        double f = 1;
        for (int m = 1; m <= kMaxPaybackMonths; ++m, f *= 1 + t.monthlyGrowth) {
            const double sm = savingsAt(f);
            if (!(sm == sm))
                break;
            if (sm > 0 && cumulative + sm >= 0) {
                v.paybackMonthsWithGrowth = detail::checked((m - 1) + (-cumulative) / sm);
                break;
            }
            cumulative += sm;
        }
    }

    const double lifetime = t.lifetimeMonths;
    if (!(lifetime <= kMaxGrowthLifetimeMonths))
        return v; // npv and roi stay "cannot be computed"
    double undiscounted = 0;
    double discounted = 0;
    bool overflowed = false;
    walkLifetimeMonths(lifetime, t.monthlyGrowth, r, [&](const LifetimeMonth &month) {
        const double sm = month.weight * savingsAt(month.volumeFactor);
        undiscounted += sm;
        discounted += sm * month.discountFactor;
        overflowed = !(undiscounted - undiscounted == 0);
        return !overflowed;
    });
    if (overflowed)
        return v; // neither is finite
    detail::finish(v, t.projectCost, undiscounted, discounted);
    return v;
}

} // namespace ftroi
