// Closed forms for flat savings and the finishing checks of the lifetime sums.
#include "core/engine/lifetime.h"

#include <algorithm>
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

// The discounted sum of the flat weights: v (1 - v^(M-1)) / (1 - v) + w_M v^M
// with v = 1 / (1 + r); the lifetime itself without discounting.
double flatWeights(double lifetime, double r)
{
    double weights = lifetime;
    if (r > 0) {
        const double months = std::ceil(lifetime);
        const double lastWeight = lifetime - months + 1;
        const double d = 1 / (1 + r);
        weights = d * (1 - std::pow(d, months - 1)) / (1 - d) + lastWeight * std::pow(d, months);
    }
    return weights;
}

} // namespace detail

bool MonthSteps::prepare(const LifetimeTerms &t)
{
    if (fits(t))
        return true;
    const double lifetime = t.lifetimeMonths;
    const bool growing = t.monthlyGrowth != 0;
    if (growing && !(lifetime <= kMaxTabledMonths))
        return false;
    monthlyGrowth = t.monthlyGrowth;
    discountRateAnnual = t.discountRateAnnual;
    lifetimeMonths = lifetime;
    monthlyRate = monthlyDiscountRate(t.discountRateAnnual);
    flatWeights = detail::flatWeights(lifetime, monthlyRate);
    factor.clear();
    discount.clear();
    if (growing) {
        // The walk's months: the lifetime's, and the payback's 120 at most.
        const int months = std::max(int(std::ceil(lifetime)), kMaxPaybackMonths);
        double f = 1, d = 1;
        for (int m = 1; m <= months; ++m, f *= 1 + t.monthlyGrowth) {
            d /= 1 + monthlyRate;
            factor.push_back(f);
            discount.push_back(d);
        }
    }
    return true;
}

} // namespace ftroi
