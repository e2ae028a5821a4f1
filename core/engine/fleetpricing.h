// Format 3's pricing of the serving fleet (`self_hosted.pricing`): what one
// instance costs a month on demand, reserved, on spot or owned; what is paid at
// month 0 for a reservation (its upfront and the months of its term beyond the
// model's lifetime); an owned server's capital, power, colocation and
// maintenance. Pure functions of the scenario; the fleet itself (how many
// instances a volume needs) is the cost line's (costline.h).
#pragma once

#include "core/model/scenario.h"

namespace ftroi {

// On demand without a pricing object.
PricingModel pricingModel(const SelfHosted &sh);
// Reserved and owned instances are paid for every hour: the fleet cannot scale
// down outside the peak (the reader refuses them with autoscaling; the engine
// runs them all day).
bool paidEveryHour(PricingModel model);

// Spot: (1 - discount) x (1 + interruption overhead); 1 for the other models.
double spotFactor(const SelfHosted &sh);

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
double instanceMonthlyCost(const Scenario &s);
// The capital part of that (owned; 0 otherwise).
double capitalPerInstance(const Scenario &s);
// Paid at month 0 for each instance (reserved): upfront_per_instance + the
// months of the term beyond the lifetime at the reserved rate
// (max(0, term_months - lifetime_months) x price x (1 - discount) x 720); 0 otherwise.
double commitmentPerInstance(const Scenario &s);
// Capital expenditure per instance: owned the server price, reserved the upfront; 0 otherwise.
double capexPerInstance(const Scenario &s);

} // namespace ftroi
