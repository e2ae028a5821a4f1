// Time: traffic growth, discounting, NPV, ROI and payback over the model's
// lifetime, for any path whose operating savings in a month depend on that
// month's volume factor f_m = (1 + g)^(m - 1). The project cost is paid at
// month 0; the last (partial) month of the lifetime counts with its fraction.
#pragma once

#include <cmath>
#include <optional>
#include <vector>

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

// The months' volume factors and discounts and the flat closed form's weights
// for one (growth, discount rate, lifetime), computed once for many
// evaluations that share them (the Monte Carlo's samples) by the very
// operations lifetimeValue() does without it: the results are the same bits.
struct MonthSteps {
    double monthlyGrowth = std::nan("");
    double discountRateAnnual = std::nan("");
    double lifetimeMonths = std::nan("");
    double monthlyRate = 0;    // monthlyDiscountRate(discountRateAnnual)
    double flatWeights = 0;    // the discounted sum of the flat weights (no growth)
    std::vector<double> factor;   // factor[m - 1] = f_m (with growth)
    std::vector<double> discount; // discount[m - 1] = (1 + r)^-m by repeated division (with growth)
    // Makes the table fit `t` (kept when it already does); false when `t`
    // walks too many months to keep a table (lifetimeValue then walks without one).
    bool prepare(const LifetimeTerms &t);
    bool fits(const LifetimeTerms &t) const
    {
        return t.monthlyGrowth == monthlyGrowth && t.discountRateAnnual == discountRateAnnual
            && t.lifetimeMonths == lifetimeMonths;
    }
};

// Months of growth a MonthSteps keeps at most (longer lifetimes walk without it).
inline constexpr int kMaxTabledMonths = 1200;

namespace detail {
// The discounted sum of the flat weights: v (1 - v^(M-1)) / (1 - v) + w_M v^M
// with v = 1 / (1 + r); the lifetime itself without discounting.
double flatWeights(double lifetimeMonths, double monthlyRate);
inline std::optional<double> checked(double v)
{
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}
inline void finish(LifetimeValue &v, double projectCost, double undiscountedSum, double discountedSum,
                   bool withRoi = true)
{
    v.npv = checked(-projectCost + discountedSum);
    if (withRoi && projectCost != 0 && v.npv)
        v.roi = checked((undiscountedSum - projectCost) / projectCost);
}
// Flat savings s: payback P / s, sum of weights L, discounted sum of weights
// (`withPayback` as lifetimeValue()'s).
inline LifetimeValue flatLifetimeValue(const LifetimeTerms &t, double s, const MonthSteps *steps = nullptr,
                                       bool withPayback = true)
{
    LifetimeValue v;
    if (withPayback && t.projectCost == 0) {
        if (s > 0)
            v.paybackMonthsWithGrowth = 0.0;
    } else if (withPayback && s > 0 && t.projectCost / s <= kMaxPaybackMonths) {
        v.paybackMonthsWithGrowth = t.projectCost / s;
    }

    const double lifetime = t.lifetimeMonths;
    const double weights =
        steps ? steps->flatWeights : flatWeights(lifetime, monthlyDiscountRate(t.discountRateAnnual));
    finish(v, t.projectCost, s * lifetime, s * weights, withPayback);
    return v;
}
} // namespace detail

// `savingsAt(f)` gives the operating savings of a month at volume factor f
// (before amortization). Without growth the savings are flat and the sums
// have closed forms; with growth every month is evaluated once, in one walk
// that stops when the payback is found (or known not to come within 120
// months) and the lifetime's months are summed. `steps`, when given, must fit `t`.
// With `withPayback` false only the NPV is computed (the same bits): the payback
// is not searched and the ROI not divided out (both left nullopt), and with
// growth the walk ends with the lifetime.
// `unreachable(m, cumulative, f)`, called once the lifetime is summed while the
// payback is still searched (after month m, at volume factor f, cumulative cash
// `cumulative`), may end the search early by proving that months m + 1 .. 120
// cannot bring the cash to 0: the payback is then nullopt, as the walk would find.
struct PaybackAlwaysReachable {
    bool operator()(int, double, double) const { return false; }
};
template<typename SavingsAt, typename Unreachable = PaybackAlwaysReachable>
LifetimeValue lifetimeValue(const LifetimeTerms &t, SavingsAt savingsAt, const MonthSteps *steps = nullptr,
                            bool withPayback = true, Unreachable unreachable = {})
{
    if (t.monthlyGrowth == 0)
        return detail::flatLifetimeValue(t, savingsAt(1.0), steps, withPayback);

    LifetimeValue v;
    const double r = steps ? steps->monthlyRate : monthlyDiscountRate(t.discountRateAnnual);
    const double lifetime = t.lifetimeMonths;
    // With growth, lifetimes longer than the limit leave npv and roi "cannot be computed".
    const bool summed = lifetime <= kMaxGrowthLifetimeMonths;
    const int months = summed ? int(std::ceil(lifetime)) : 0;
    // Payback: full months, up to 120, whatever the lifetime. A project that
    // costs 0 pays back at once when month 1 saves, else never.
    bool searching = withPayback && t.projectCost != 0;
    bool summing = summed && months > 0;
    bool boundTried = false;
    double cumulative = -t.projectCost;
    double undiscounted = 0;
    double discounted = 0;
    double f = 1;
    double discount = 1;
    for (int m = 1; searching || summing; ++m) {
        if (!searching && steps && m > 1 && m < months) {
            // Only the lifetime's sum is left (month 1, which may settle a
            // payback of 0, is behind): the same additions in a tighter loop
            // up to the last month (weight 1: w x s is s), which the loop below
            // then takes with its weight.
            for (; m < months; ++m) {
                const double sm = savingsAt(steps->factor[size_t(m - 1)]);
                undiscounted += sm;
                discounted += sm * steps->discount[size_t(m - 1)];
            }
        }
        if (steps)
            f = steps->factor[size_t(m - 1)];
        const double sm = savingsAt(f);
        if (withPayback && m == 1 && t.projectCost == 0 && sm > 0)
            v.paybackMonthsWithGrowth = 0.0;
        if (searching) {
            if (!(sm == sm)) {
                searching = false;
            } else if (sm > 0 && cumulative + sm >= 0) {
                v.paybackMonthsWithGrowth = detail::checked((m - 1) + (-cumulative) / sm);
                searching = false;
            } else {
                cumulative += sm;
                searching = m < kMaxPaybackMonths;
            }
        }
        if (summing) {
            discount = steps ? steps->discount[size_t(m - 1)] : discount / (1 + r);
            const double weight = m < months ? 1.0 : lifetime - months + 1;
            const double wsm = weight * sm;
            undiscounted += wsm;
            discounted += wsm * discount;
            summing = m < months;
        }
        if (searching && !summing && !boundTried) {
            boundTried = true;
            searching = !unreachable(m, cumulative, f);
        }
        if (!steps)
            f *= 1 + t.monthlyGrowth;
    }
    // Overflowed: neither sum is finite (once infinite or NaN, a sum stays so,
    // and the discounted one is never larger than the other), checked once here.
    const bool overflowed = !(undiscounted - undiscounted == 0);
    if (summed && !overflowed)
        detail::finish(v, t.projectCost, undiscounted, discounted, withPayback);
    return v;
}

} // namespace ftroi
