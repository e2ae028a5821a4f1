// The format-3 inputs of the input table (see inputschema.h): memory fit, the
// decision rules, each path's operations, routing and the fleet's pricing.
#include "core/model/inputschematable.h"

#include <QtGlobal>

#include <iterator>

namespace ftroi {

namespace {

using U = InputUnit;

// Where an optional part of the scenario lives, and whether setting one of its
// values makes it (decision rules and routing do; a pricing object needs its
// model first, so its values exist only with one; an SLO needs a benchmark).
template<typename Part>
struct PartOf;
template<>
struct PartOf<DecisionRules> {
    static bool canMake(const Scenario &) { return true; }
    static std::optional<DecisionRules> &in(Scenario &s) { return s.decisionRules; }
    static const std::optional<DecisionRules> &in(const Scenario &s) { return s.decisionRules; }
};
template<>
struct PartOf<Routing> {
    static bool canMake(const Scenario &) { return true; }
    static std::optional<Routing> &in(Scenario &s) { return s.routing; }
    static const std::optional<Routing> &in(const Scenario &s) { return s.routing; }
};
template<>
struct PartOf<FleetPricing> {
    static bool canMake(const Scenario &) { return false; }
    static std::optional<FleetPricing> &in(Scenario &s) { return s.selfHosted.pricing; }
    static const std::optional<FleetPricing> &in(const Scenario &s) { return s.selfHosted.pricing; }
};

template<>
struct PartOf<Slo> {
    static bool canMake(const Scenario &s) { return bool(s.selfHosted.benchmark); } // an SLO needs a benchmark
    static std::optional<Slo> &in(Scenario &s) { return s.selfHosted.slo; }
    static const std::optional<Slo> &in(const Scenario &s) { return s.selfHosted.slo; }
};

template<typename Part, std::optional<double> Part::*Member>
std::optional<double> storedIn(const Scenario &s)
{
    const std::optional<Part> &part = PartOf<Part>::in(s);
    return part ? (*part).*Member : std::nullopt;
}

template<typename Part, std::optional<double> Part::*Member>
void setStoredIn(Scenario &s, std::optional<double> v)
{
    std::optional<Part> &part = PartOf<Part>::in(s);
    if (!part) {
        if (!PartOf<Part>::canMake(s))
            return;
        part = Part{};
    }
    (*part).*Member = v;
}

template<typename Part, std::optional<double> Part::*Member>
void setIn(Scenario &s, double v)
{
    setStoredIn<Part, Member>(s, v);
}

// An optional value of a part (nullopt: `fallback` applies).
#define FTROI_PART(Part, member, fallback)                                                                             \
    [](const Scenario &s) -> double { return storedIn<Part, &Part::member>(s).value_or(fallback); },                 \
        setIn<Part, &Part::member>, storedIn<Part, &Part::member>, setStoredIn<Part, &Part::member>
// A value the part requires (the reader refuses the part without it).
#define FTROI_PART_REQUIRED(Part, member)                                                                              \
    [](const Scenario &s) -> double { return storedIn<Part, &Part::member>(s).value_or(0); },                        \
        setIn<Part, &Part::member>, nullptr, nullptr

bool pricedAs(const Scenario &s, PricingModel m) { return s.selfHosted.pricing && s.selfHosted.pricing->model == m; }
bool hasReserved(const Scenario &s) { return pricedAs(s, PricingModel::Reserved); }
bool hasSpot(const Scenario &s) { return pricedAs(s, PricingModel::Spot); }
bool hasDiscount(const Scenario &s) { return hasReserved(s) || hasSpot(s); }
bool hasOwned(const Scenario &s) { return pricedAs(s, PricingModel::Owned); }
bool hasManaged(const Scenario &s) { return bool(s.managed); }
bool hasBenchmark(const Scenario &s) { return bool(s.selfHosted.benchmark); }

constexpr InputDomain kCloseCallProbabilityDomain{0.5, 1, false, false};
constexpr InputDomain kPueDomain{1, kMaxInputValue, false, false};
constexpr unsigned kInstancePrice = kDropsInstancePriceSource;

// path, domain, unit,
//   label, form label, form unit, table label, description,
//   decimals, display scale, empty means, flags, sensitivity order,
//   available, value, set value, stored, set stored
const InputSpec kFormat3Specs[] = {
    {"self_hosted.gpu_memory_gb", kPositiveDomain, U::Gigabytes,
     QT_TRANSLATE_NOOP("Input", "Instance GPU memory"), QT_TRANSLATE_NOOP("Input", "GPU memory"),
     QT_TRANSLATE_NOOP("Input", "GB per instance"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the memory of one serving instance, all its GPUs together"),
     0, 1, QT_TRANSLATE_NOOP("Input", "no memory check"), kFormOnly, 0, nullptr,
     FTROI_OPTIONAL(selfHosted.gpuMemoryGb, 0.0)},
    {"decision_rules.close_call_npv_margin", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Close-call NPV margin"), QT_TRANSLATE_NOOP("Input", "Close call below"),
     QT_TRANSLATE_NOOP("Input", "% NPV lead"), nullptr,
     QT_TRANSLATE_NOOP("Input", "a best path that leads the runner-up by less than this share of the larger NPV or "
                                "project cost is a close call"),
     1, 100, QT_TRANSLATE_NOOP("Input", "10 %"), kFormOnly, 0, nullptr,
     FTROI_PART(DecisionRules, closeCallNpvMargin, kDefaultCloseCallNpvMargin)},
    {"decision_rules.close_call_probability", kCloseCallProbabilityDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Close-call probability"), QT_TRANSLATE_NOOP("Input", "Close call if best in under"),
     QT_TRANSLATE_NOOP("Input", "% of samples"), nullptr,
     QT_TRANSLATE_NOOP("Input", "with ranges: a best path that is best in fewer samples than this is a close call"),
     0, 100, QT_TRANSLATE_NOOP("Input", "70 %"), kFormOnly, 0, nullptr,
     FTROI_PART(DecisionRules, closeCallProbability, kDefaultCloseCallProbability)},

    // Operations of each path, at project.hourly_rate
    {"api.ops_hours_per_month", kNonNegativeDomain, U::HoursPerMonth,
     QT_TRANSLATE_NOOP("Input", "API operations"), QT_TRANSLATE_NOOP("Input", "Operations"),
     QT_TRANSLATE_NOOP("Input", "hours a month"), nullptr,
     QT_TRANSLATE_NOOP("Input", "hours a month of running the API integration (on-call, upgrades, evaluation)"),
     1, 1, QT_TRANSLATE_NOOP("Input", "none"), 0, 0, nullptr, FTROI_OPTIONAL(api.opsHoursPerMonth, 0.0)},
    {"self_hosted.ops_hours_per_month", kNonNegativeDomain, U::HoursPerMonth,
     QT_TRANSLATE_NOOP("Input", "Self-hosted operations"), QT_TRANSLATE_NOOP("Input", "Operations"),
     QT_TRANSLATE_NOOP("Input", "hours a month"), nullptr,
     QT_TRANSLATE_NOOP("Input", "hours a month of running the self-hosted model (on-call, upgrades, evaluation)"),
     1, 1, QT_TRANSLATE_NOOP("Input", "none"), 0, 0, nullptr, FTROI_OPTIONAL(selfHosted.opsHoursPerMonth, 0.0)},
    {"managed.ops_hours_per_month", kNonNegativeDomain, U::HoursPerMonth,
     QT_TRANSLATE_NOOP("Input", "Managed operations"), QT_TRANSLATE_NOOP("Input", "Operations"),
     QT_TRANSLATE_NOOP("Input", "hours a month"), nullptr,
     QT_TRANSLATE_NOOP("Input", "hours a month of running the managed fine-tune (evaluation, upgrades)"),
     1, 1, QT_TRANSLATE_NOOP("Input", "none"), 0, 0, hasManaged, FTROI_MANAGED_OPTIONAL(opsHoursPerMonth, 0.0)},

    // Routing
    {"routing.fine_tuned_share", kPositiveFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Fine-tuned share"), QT_TRANSLATE_NOOP("Input", "Fine-tuned share"),
     QT_TRANSLATE_NOOP("Input", "% of requests"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the share of requests the fine-tuned model serves; the rest stays on the API"),
     1, 100, QT_TRANSLATE_NOOP("Input", "100 %"), 0, 0, nullptr,
     FTROI_PART(Routing, fineTunedShare, 1.0)},

    // Latency objectives of the measured capacity, at the benchmark's percentile
    {"self_hosted.slo.ttft_ms", kPositiveDomain, U::Ms,
     QT_TRANSLATE_NOOP("Input", "SLO time to first token"), QT_TRANSLATE_NOOP("Input", "SLO: TTFT"),
     QT_TRANSLATE_NOOP("Input", "ms at the percentile"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the time to first token a measured load must keep, at the benchmark's percentile"),
     0, 1, QT_TRANSLATE_NOOP("Input", "no objective"), kFormOnly, 0, hasBenchmark, FTROI_PART(Slo, ttftMs, 0.0)},
    {"self_hosted.slo.tpot_ms", kPositiveDomain, U::Ms,
     QT_TRANSLATE_NOOP("Input", "SLO time per output token"), QT_TRANSLATE_NOOP("Input", "SLO: TPOT"),
     QT_TRANSLATE_NOOP("Input", "ms at the percentile"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the time per output token a measured load must keep, at the benchmark's percentile"),
     1, 1, QT_TRANSLATE_NOOP("Input", "no objective"), kFormOnly, 0, hasBenchmark, FTROI_PART(Slo, tpotMs, 0.0)},

    // Pricing of the serving fleet: reserved and spot
    {"self_hosted.pricing.discount", kDiscountDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Fleet discount"), QT_TRANSLATE_NOOP("Input", "Discount"),
     QT_TRANSLATE_NOOP("Input", "% off on demand"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the reserved or spot discount on the on-demand instance price"),
     1, 100, nullptr, kInstancePrice, 0, hasDiscount, FTROI_PART_REQUIRED(FleetPricing, discount)},
    {"self_hosted.pricing.upfront_per_instance", kNonNegativeDomain, U::Money,
     QT_TRANSLATE_NOOP("Input", "Reservation upfront"), QT_TRANSLATE_NOOP("Input", "Upfront"),
     QT_TRANSLATE_NOOP("Input", "$ per instance"), nullptr,
     QT_TRANSLATE_NOOP("Input", "what a reservation costs upfront for each instance, paid at the start"),
     2, 1, QT_TRANSLATE_NOOP("Input", "none"), kInstancePrice, 0, hasReserved,
     FTROI_PART(FleetPricing, upfrontPerInstance, 0.0)},
    {"self_hosted.pricing.term_months", kPositiveDomain, U::Months,
     QT_TRANSLATE_NOOP("Input", "Reservation term"), QT_TRANSLATE_NOOP("Input", "Term"),
     QT_TRANSLATE_NOOP("Input", "months"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the months a reservation commits to; those beyond the lifetime are owed too"),
     1, 1, QT_TRANSLATE_NOOP("Input", "12 months"), 0, 0, hasReserved,
     FTROI_PART(FleetPricing, termMonths, kDefaultReservedTermMonths)},
    {"self_hosted.pricing.interruption_overhead", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Spot interruption overhead"), QT_TRANSLATE_NOOP("Input", "Interruption overhead"),
     QT_TRANSLATE_NOOP("Input", "% extra"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the extra capacity spot interruptions cost (restarts, spare instances)"),
     1, 100, QT_TRANSLATE_NOOP("Input", "10 %"), 0, 0, hasSpot,
     FTROI_PART(FleetPricing, interruptionOverhead, kDefaultSpotInterruptionOverhead)},

    // Pricing of the serving fleet: owned servers
    {"self_hosted.pricing.server_price", kNonNegativeDomain, U::Money,
     QT_TRANSLATE_NOOP("Input", "Server price"), QT_TRANSLATE_NOOP("Input", "Server price"),
     QT_TRANSLATE_NOOP("Input", "$ per instance"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the purchase price of one server"),
     0, 1, nullptr, 0, 0, hasOwned, FTROI_PART_REQUIRED(FleetPricing, serverPrice)},
    {"self_hosted.pricing.depreciation_months", kPositiveDomain, U::Months,
     QT_TRANSLATE_NOOP("Input", "Depreciation period"), QT_TRANSLATE_NOOP("Input", "Depreciation"),
     QT_TRANSLATE_NOOP("Input", "months"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the months over which a server's price is repaid"),
     0, 1, QT_TRANSLATE_NOOP("Input", "36 months"), 0, 0, hasOwned,
     FTROI_PART(FleetPricing, depreciationMonths, kDefaultDepreciationMonths)},
    {"self_hosted.pricing.residual_value_share", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Residual value"), QT_TRANSLATE_NOOP("Input", "Residual value"),
     QT_TRANSLATE_NOOP("Input", "% of the price"), nullptr,
     QT_TRANSLATE_NOOP("Input", "what a server is still worth after its depreciation period, as a share of its price"),
     1, 100, QT_TRANSLATE_NOOP("Input", "none"), 0, 0, hasOwned,
     FTROI_PART(FleetPricing, residualValueShare, 0.0)},
    {"self_hosted.pricing.power_kw", kNonNegativeDomain, U::Kilowatts,
     QT_TRANSLATE_NOOP("Input", "Server power"), QT_TRANSLATE_NOOP("Input", "Power"),
     QT_TRANSLATE_NOOP("Input", "kW per instance"), nullptr, QT_TRANSLATE_NOOP("Input", "the power one server draws"),
     2, 1, nullptr, 0, 0, hasOwned, FTROI_PART_REQUIRED(FleetPricing, powerKw)},
    {"self_hosted.pricing.pue", kPueDomain, U::Factor,
     QT_TRANSLATE_NOOP("Input", "PUE"), QT_TRANSLATE_NOOP("Input", "PUE"),
     QT_TRANSLATE_NOOP("Input", "x power"), nullptr,
     QT_TRANSLATE_NOOP("Input", "power usage effectiveness: the facility's power per watt of server power"),
     2, 1, QT_TRANSLATE_NOOP("Input", "1.4"), 0, 0, hasOwned,
     FTROI_PART(FleetPricing, pue, kDefaultPue)},
    {"self_hosted.pricing.electricity_price_per_kwh", kNonNegativeDomain, U::MoneyPerKwh,
     QT_TRANSLATE_NOOP("Input", "Electricity price"), QT_TRANSLATE_NOOP("Input", "Electricity"),
     QT_TRANSLATE_NOOP("Input", "$ / kWh"), nullptr, QT_TRANSLATE_NOOP("Input", "the price of one kilowatt-hour"),
     4, 1, nullptr, 0, 0, hasOwned, FTROI_PART_REQUIRED(FleetPricing, electricityPricePerKwh)},
    {"self_hosted.pricing.colocation_per_month", kNonNegativeDomain, U::MoneyPerMonth,
     QT_TRANSLATE_NOOP("Input", "Colocation"), QT_TRANSLATE_NOOP("Input", "Colocation"),
     QT_TRANSLATE_NOOP("Input", "$ / month per instance"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the rack space and network of one server, a month"),
     2, 1, QT_TRANSLATE_NOOP("Input", "none"), 0, 0, hasOwned,
     FTROI_PART(FleetPricing, colocationPerMonth, 0.0)},
    {"self_hosted.pricing.maintenance_share_annual", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Maintenance"), QT_TRANSLATE_NOOP("Input", "Maintenance"),
     QT_TRANSLATE_NOOP("Input", "% of the price a year"), nullptr,
     QT_TRANSLATE_NOOP("Input", "maintenance a year as a share of a server's price"),
     1, 100, QT_TRANSLATE_NOOP("Input", "10 %"), 0, 0, hasOwned,
     FTROI_PART(FleetPricing, maintenanceShareAnnual, kDefaultMaintenanceShareAnnual)},
    {"self_hosted.pricing.cost_of_capital_annual", kFractionDomain, U::Share,
     QT_TRANSLATE_NOOP("Input", "Cost of capital"), QT_TRANSLATE_NOOP("Input", "Cost of capital"),
     QT_TRANSLATE_NOOP("Input", "% a year"), nullptr,
     QT_TRANSLATE_NOOP("Input", "the yearly rate the servers' capital costs"),
     2, 100, QT_TRANSLATE_NOOP("Input", "the discount rate"), 0, 0, hasOwned,
     FTROI_PART(FleetPricing, costOfCapitalAnnual, s.project.discountRateAnnual)},
};

#undef FTROI_PART
#undef FTROI_PART_REQUIRED

} // namespace

const InputSpec *format3InputsBegin() { return std::begin(kFormat3Specs); }
const InputSpec *format3InputsEnd() { return std::end(kFormat3Specs); }

} // namespace ftroi
