// The pricing models of the serving fleet (format 3, "Pricing of the serving fleet").
#include "core/engine/fleetpricing.h"

#include "core/engine/formulas.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

// (P - PV(residual)) x i / (1 - (1 + i)^-N), with (1 + i)^-N = exp(-N ln(1 + i))
// computed through log1p/expm1 so that a small rate keeps its digits.
double ownedCapitalPerInstance(const FleetPricing &p, double discountRateAnnual)
{
    const double price = p.serverPrice.value_or(0);
    const double months = p.depreciationMonths.value_or(kDefaultDepreciationMonths);
    const double residual = p.residualValueShare.value_or(0) * price;
    const double annual = p.costOfCapitalAnnual.value_or(discountRateAnnual);
    const double i = annual == 0 ? 0 : std::expm1(std::log1p(annual) / 12);
    if (!(i > 0))
        return (price - residual) / months;
    const double growthLog = months * std::log1p(i); // N ln(1 + i)
    const double toRepay = price - residual * std::exp(-growthLog);
    const double paidOff = -std::expm1(-growthLog); // 1 - (1 + i)^-N
    if (!(paidOff > 0))
        return (price - residual) / months;
    return toRepay * i / paidOff;
}

double ownedPowerPerInstance(const FleetPricing &p)
{
    return p.powerKw.value_or(0) * p.pue.value_or(kDefaultPue) * kHoursPerMonth * p.electricityPricePerKwh.value_or(0);
}

double ownedMaintenancePerInstance(const FleetPricing &p)
{
    return p.maintenanceShareAnnual.value_or(kDefaultMaintenanceShareAnnual) / 12 * p.serverPrice.value_or(0);
}

namespace {

double reservedRate(const SelfHosted &sh)
{
    return sh.instanceCostPerHour * (1 - sh.pricing->discount.value_or(0)) * kHoursPerMonth;
}

} // namespace

double pricedInstanceMonthlyCost(const Scenario &s)
{
    const SelfHosted &sh = s.selfHosted;
    switch (pricingModel(sh)) {
    case PricingModel::OnDemand:
        return monthlyServingCost(1, sh);
    case PricingModel::Reserved:
        return reservedRate(sh);
    case PricingModel::Spot:
        return monthlyServingCost(1, sh) * spotFactor(sh);
    case PricingModel::Owned: {
        const FleetPricing &p = *sh.pricing;
        return ownedCapitalPerInstance(p, s.project.discountRateAnnual) + ownedPowerPerInstance(p) +
               p.colocationPerMonth.value_or(0) + ownedMaintenancePerInstance(p);
    }
    }
    return monthlyServingCost(1, sh);
}

double capitalPerInstance(const Scenario &s)
{
    if (pricingModel(s.selfHosted) != PricingModel::Owned)
        return 0;
    return ownedCapitalPerInstance(*s.selfHosted.pricing, s.project.discountRateAnnual);
}

double reservedCommitmentPerInstance(const Scenario &s)
{
    const SelfHosted &sh = s.selfHosted;
    const FleetPricing &p = *sh.pricing;
    const double beyondLifetime =
        std::max(0.0, p.termMonths.value_or(kDefaultReservedTermMonths) - s.project.lifetimeMonths);
    return p.upfrontPerInstance.value_or(0) + beyondLifetime * reservedRate(sh);
}

double capexPerInstance(const Scenario &s)
{
    const SelfHosted &sh = s.selfHosted;
    switch (pricingModel(sh)) {
    case PricingModel::Owned:
        return sh.pricing->serverPrice.value_or(0);
    case PricingModel::Reserved:
        return sh.pricing->upfrontPerInstance.value_or(0);
    case PricingModel::OnDemand:
    case PricingModel::Spot:
        break;
    }
    return 0;
}

} // namespace ftroi
