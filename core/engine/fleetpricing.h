// Format 3's pricing of the serving fleet (`self_hosted.pricing`): what one
// instance costs a month on demand, reserved, on spot or owned; what is paid at
// month 0 for a reservation (its upfront and the months of its term beyond the
// model's lifetime); an owned server's capital, power, colocation and
// maintenance. Pure functions of the scenario; the fleet itself (how many
// instances a volume needs) is the cost line's (costline.h).
#pragma once

#include "core/engine/formulas.h"
#include "core/model/scenario.h"

namespace ftroi {

// (The small ones are inline: the Monte Carlo's samples run them.)
// On demand without a pricing object.
inline PricingModel pricingModel(const SelfHosted &sh)
{
    return sh.pricing ? sh.pricing->model : PricingModel::OnDemand;
}
// Reserved and owned instances are paid for every hour: the fleet cannot scale
// down outside the peak (the reader refuses them with autoscaling; the engine
// runs them all day).
inline bool paidEveryHour(PricingModel model)
{
    return model == PricingModel::Reserved || model == PricingModel::Owned;
}

// Spot: (1 - discount) x (1 + interruption overhead); 1 for the other models.
inline double spotFactor(const SelfHosted &sh)
{
    if (pricingModel(sh) != PricingModel::Spot)
        return 1;
    const FleetPricing &p = *sh.pricing;
    return (1 - p.discount.value_or(0)) * (1 + p.interruptionOverhead.value_or(kDefaultSpotInterruptionOverhead));
}

// An owned server's capital a month: the level payment that repays
// server_price - PV(residual) over N = depreciation_months at the monthly rate
// i = (1 + cost_of_capital_annual)^(1/12) - 1 (cost of capital by default the
// project's discount rate); (server_price - PV(residual)) / N when i = 0.
double ownedCapitalPerInstance(const FleetPricing &p, double discountRateAnnual);
// power_kw x pue x 720 x electricity_price_per_kwh.
double ownedPowerPerInstance(const FleetPricing &p);
// maintenance_share_annual / 12 x server_price.
double ownedMaintenancePerInstance(const FleetPricing &p);

// What one instance costs a month when it runs all day under the scenario's
// pricing: on demand price x 720 (exactly format 2's figure), reserved
// price x (1 - discount) x 720, spot the on-demand figure x spotFactor, owned
// capital + power + colocation + maintenance.
double pricedInstanceMonthlyCost(const Scenario &s); // with a pricing object
inline double instanceMonthlyCost(const Scenario &s)
{
    if (!s.selfHosted.pricing)
        return monthlyServingCost(1, s.selfHosted);
    return pricedInstanceMonthlyCost(s);
}
// The capital part of that (owned; 0 otherwise).
double capitalPerInstance(const Scenario &s);
// Paid at month 0 for each instance (reserved): upfront_per_instance + the
// months of the term beyond the lifetime at the reserved rate
// (max(0, term_months - lifetime_months) x price x (1 - discount) x 720); 0 otherwise.
double reservedCommitmentPerInstance(const Scenario &s); // reserved only
inline double commitmentPerInstance(const Scenario &s)
{
    if (pricingModel(s.selfHosted) != PricingModel::Reserved)
        return 0;
    return reservedCommitmentPerInstance(s);
}
// Capital expenditure per instance: owned the server price, reserved the upfront; 0 otherwise.
double capexPerInstance(const Scenario &s);

} // namespace ftroi
