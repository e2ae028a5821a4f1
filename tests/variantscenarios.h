// Scenarios that reach every branch of the engine the schedule and the
// workbook reproduce: growth (up and down), fractional lifetimes, discounting,
// auto sizing with fleet steps, autoscaling, a managed path, routing,
// operations and each format-3 pricing model. Shared by tst_schedule and
// tst_workbook.
#pragma once

#include "testsupport.h"

#include <QList>

namespace testsupport {

inline QList<ftroi::Scenario> variantScenarios()
{
    using namespace ftroi;
    QList<Scenario> out;
    auto add = [&](const char *name, Scenario s) {
        s.name = QString::fromLatin1(name);
        out << s;
    };

    Scenario base = baseScenario();
    base.project.discountRateAnnual = 0.1;
    add("fixed fleet", base);

    Scenario grown = base;
    grown.selfHosted.fixedInstances.reset();
    grown.selfHosted.reviewRate = 0.02;
    grown.workload.monthlyGrowth = 0.5;
    grown.project.lifetimeMonths = 6.5;
    add("growth with fleet steps", grown);

    Scenario shrinking = grown;
    shrinking.workload.requestsPerDay = 400000;
    shrinking.workload.monthlyGrowth = -0.04;
    shrinking.project.lifetimeMonths = 30.25;
    shrinking.api.errorRate = 0.01;
    shrinking.selfHosted.errorRate = 0.004;
    shrinking.costPerError = 2;
    add("shrinking volume", shrinking);

    Scenario autoscaled = grown;
    autoscaled.workload.requestsPerDay = 600000;
    autoscaled.workload.peakHoursPerDay = 8;
    autoscaled.workload.peakTrafficShare = 0.6;
    autoscaled.workload.monthlyGrowth = 0.05;
    autoscaled.selfHosted.autoscaling = true;
    autoscaled.selfHosted.minInstances = 1;
    autoscaled.project.lifetimeMonths = 24;
    add("autoscaling", autoscaled);

    Scenario managed = base;
    managed.managed = openAiManagedPath();
    managed.managed->hostingCostPerHour = 0.2;
    managed.workload.monthlyGrowth = 0.02;
    managed.project.lifetimeMonths = 14.5;
    add("managed with growth", managed);

    Scenario routed = managed;
    routed.selfHosted.fixedInstances.reset();
    routed.routing = Routing{0.7};
    routed.api.opsHoursPerMonth = 4;
    routed.selfHosted.opsHoursPerMonth = 10;
    routed.managed->opsHoursPerMonth = 2;
    routed.api.cachedInputShare = 0.3;
    routed.api.cachedInputPricePer1M = 1.25;
    routed.api.batchShare = 0.2;
    add("routing and operations", routed);

    Scenario reserved = grown;
    reserved.workload.monthlyGrowth = 0.1;
    reserved.project.lifetimeMonths = 9;
    FleetPricing r;
    r.model = PricingModel::Reserved;
    r.discount = 0.3;
    r.upfrontPerInstance = 500;
    r.termMonths = 12;
    reserved.selfHosted.pricing = r;
    add("reserved", reserved);

    Scenario spot = grown;
    spot.workload.monthlyGrowth = 0;
    spot.project.lifetimeMonths = 12.75;
    FleetPricing sp;
    sp.model = PricingModel::Spot;
    sp.discount = 0.6;
    spot.selfHosted.pricing = sp;
    add("spot", spot);

    Scenario owned = grown;
    owned.workload.monthlyGrowth = 0.08;
    owned.project.lifetimeMonths = 36;
    owned.selfHosted.gpuMemoryGb = 24;
    FleetPricing o;
    o.model = PricingModel::Owned;
    o.serverPrice = 30000;
    o.powerKw = 0.8;
    o.electricityPricePerKwh = 0.12;
    o.residualValueShare = 0.2;
    o.colocationPerMonth = 150;
    owned.selfHosted.pricing = o;
    add("owned", owned);
    return out;
}

} // namespace testsupport
