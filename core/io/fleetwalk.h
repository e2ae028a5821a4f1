// Format 3's pricing of the serving fleet in the scenario walk (scenariowalk.h):
// the `self_hosted.pricing` object, read through ObjectReader. Only the keys of
// its model are read (others are kept as unknown keys); the keys a model needs
// are required, and a fleet paid for every hour refuses autoscaling.
#pragma once

#include "core/io/objectreader.h"
#include "core/model/inputschema.h"

namespace ftroi::reader {

// Whether `h` (a self_hosted object of a version-3 document) holds a pricing
// object whose model is "owned": that fleet needs no instance_cost_per_hour.
// Looks without refusing; readPricing() checks the object later.
template<typename R>
bool pricedAsOwned(const R &h, int version)
{
    if (version < 3 || !h.has("pricing"))
        return false;
    const typename R::Node object = h.required("pricing");
    if (object.kind() != NodeKind::Object)
        return false;
    const R pricing(object, &h, "pricing");
    if (!pricing.has("model"))
        return false;
    const typename R::Node model = pricing.required("model");
    return model.kind() == NodeKind::String && model.textEquals("owned");
}

// The pricing object `p` of a fleet that autoscales or not.
template<typename R>
FleetPricing readPricing(const R &p, bool autoscaling)
{
    FleetPricing out;
    out.model = p.template code<PricingModel>("model", pricingModelFromCode,
                                              "\"on_demand\", \"reserved\", \"spot\", \"owned\"");
    const auto required = [&](std::string_view path) { return std::optional<double>(p.input(inputSpec(path))); };
    const auto optional = [&](std::string_view path) { return p.optionalInput(inputSpec(path)); };
    switch (out.model) {
    case PricingModel::OnDemand:
        break;
    case PricingModel::Reserved:
        out.discount = required("self_hosted.pricing.discount");
        out.upfrontPerInstance = optional("self_hosted.pricing.upfront_per_instance");
        out.termMonths = optional("self_hosted.pricing.term_months");
        break;
    case PricingModel::Spot:
        out.discount = required("self_hosted.pricing.discount");
        out.interruptionOverhead = optional("self_hosted.pricing.interruption_overhead");
        break;
    case PricingModel::Owned:
        out.serverPrice = required("self_hosted.pricing.server_price");
        out.depreciationMonths = optional("self_hosted.pricing.depreciation_months");
        out.residualValueShare = optional("self_hosted.pricing.residual_value_share");
        out.powerKw = required("self_hosted.pricing.power_kw");
        out.pue = optional("self_hosted.pricing.pue");
        out.electricityPricePerKwh = required("self_hosted.pricing.electricity_price_per_kwh");
        out.colocationPerMonth = optional("self_hosted.pricing.colocation_per_month");
        out.maintenanceShareAnnual = optional("self_hosted.pricing.maintenance_share_annual");
        out.costOfCapitalAnnual = optional("self_hosted.pricing.cost_of_capital_annual");
        break;
    }
    if (autoscaling && (out.model == PricingModel::Reserved || out.model == PricingModel::Owned))
        p.refuse("model", QStringLiteral("\"%1\" instances are paid for every hour, so the fleet cannot scale down: "
                                         "it needs \"autoscaling\": false")
                              .arg(pricingModelCode(out.model)));
    return out;
}

} // namespace ftroi::reader
