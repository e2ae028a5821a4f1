// Closed forms for flat savings and the finishing checks of the lifetime sums.
#include "core/engine/lifetime.h"

#include <cmath>

namespace ftroi {

double monthlyDiscountRate(double discountRateAnnual)
{
    if (discountRateAnnual == 0)
        return 0;
    return std::pow(1 + discountRateAnnual, 1.0 / 12) - 1;
}

double volumeFactor(double monthlyGrowth, int month)
{
    return std::pow(1 + monthlyGrowth, month - 1);
}

namespace detail {

std::optional<double> checked(double v)
{
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

void finish(LifetimeValue &v, double projectCost, double undiscountedSum, double discountedSum)
{
    v.npv = checked(-projectCost + discountedSum);
    if (projectCost != 0 && v.npv)
        v.roi = checked((undiscountedSum - projectCost) / projectCost);
}

// Flat savings s: payback P / s, sum of weights L, discounted sum of weights
// v (1 - v^(M-1)) / (1 - v) + w_M v^M with v = 1 / (1 + r).
LifetimeValue flatLifetimeValue(const LifetimeTerms &t, double s)
{
    LifetimeValue v;
    if (t.projectCost == 0) {
        if (s > 0)
            v.paybackMonthsWithGrowth = 0.0;
    } else if (s > 0 && t.projectCost / s <= kMaxPaybackMonths)
        v.paybackMonthsWithGrowth = t.projectCost / s;

    const double lifetime = t.lifetimeMonths;
    const double r = monthlyDiscountRate(t.discountRateAnnual);
    double weights = lifetime;
    if (r > 0) {
        const double months = std::ceil(lifetime);
        const double lastWeight = lifetime - months + 1;
        const double d = 1 / (1 + r);
        weights = d * (1 - std::pow(d, months - 1)) / (1 - d) + lastWeight * std::pow(d, months);
    }
    finish(v, t.projectCost, s * lifetime, s * weights);
    return v;
}

} // namespace detail

} // namespace ftroi
