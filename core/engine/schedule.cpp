// The monthly schedule: the lifetime walk with each path's whole cost and savings.
#include "core/engine/schedule.h"

#include <cmath>

namespace ftroi {

PathSavings::PathSavings(const Scenario &s, const ScenarioResult &r, Path path)
    : m_result(r), m_line(costLine(s, r.monthlyAmortizedProjectCost)), m_managed(path == Path::Managed)
{
}

double PathSavings::at(double f) const
{
    return m_managed ? managedSavingsAt(*m_result.managed, m_result.monthlyApiCost, f)
                     : selfHostedSavingsAt(m_line, m_result, f);
}

namespace {

bool finiteMonth(const ScheduleMonth &m)
{
    const double sum = m.volumeFactor + m.apiCost + m.selfHostedCost + m.selfHostedSavings
        + m.selfHostedCumulativeDiscounted + m.managedCost + m.managedSavings + m.managedCumulativeDiscounted
        + m.monthlyCapitalCost + m.monthlyOpex;
    return sum - sum == 0;
}

} // namespace

MonthlySchedule monthlySchedule(const Scenario &s, const ScenarioResult &r)
{
    MonthlySchedule out;
    out.hasManaged = bool(r.managed);
    out.hasPricing = bool(s.selfHosted.pricing);
    const double lifetime = s.project.lifetimeMonths;
    if (!(lifetime > 0) || !(lifetime <= kMaxScheduleMonths))
        return out;

    const PathSavings selfHosted(s, r, Path::SelfHosted);
    const CostLine &line = selfHosted.line();
    const double capitalPerFleetInstance = capitalPerInstance(s);
    // The fixed parts of each path's whole cost; the rest scales with the volume.
    const double apiVariable = r.monthlyApiCost + r.monthlyApiQualityCost;
    const double selfHostedVariable = r.selfHostedQualityCost + r.monthlyRemainderApiCost;
    const double selfHostedFixed = r.monthlyStorageCost + r.selfHostedMonthlyOpsCost;
    double selfHostedDiscounted = 0;
    double managedDiscounted = 0;

    out.months.reserve(size_t(std::ceil(lifetime)));
    const double rate = monthlyDiscountRate(s.project.discountRateAnnual);
    walkLifetimeMonths(lifetime, s.workload.monthlyGrowth, rate, [&](const LifetimeMonth &walk) {
        const double f = walk.volumeFactor;
        ScheduleMonth m;
        m.month = walk.month;
        m.volumeFactor = f;
        m.weight = walk.weight;
        m.discountFactor = walk.discountFactor;
        m.apiCost = f == 1.0 ? r.apiMonthlyTco : apiVariable * f + r.apiMonthlyOpsCost;
        const double tokens = r.currentDailyTokens * f;
        const double serving = f == 1.0 ? r.monthlyServingCost : line.servingAt(tokens);
        m.selfHostedCost = serving + selfHostedFixed + selfHostedVariable * f;
        m.selfHostedSavings = selfHosted.at(f);
        selfHostedDiscounted += walk.weight * m.selfHostedSavings * walk.discountFactor;
        m.selfHostedCumulativeDiscounted = -r.totalProjectCost + selfHostedDiscounted;
        if (r.managed) {
            const ManagedResult &mr = *r.managed;
            m.managedCost = (mr.monthlyInferenceCost + mr.monthlyQualityCost + mr.monthlyRemainderApiCost) * f
                + mr.monthlyHostingCost + mr.monthlyOpsCost;
            m.managedSavings = managedSavingsAt(mr, r.monthlyApiCost, f);
            managedDiscounted += walk.weight * m.managedSavings * walk.discountFactor;
            m.managedCumulativeDiscounted = -mr.totalProjectCost + managedDiscounted;
        }
        if (out.hasPricing) {
            m.instances = f == 1.0 ? r.instances : line.instancesAt(tokens);
            m.capexUsd = f == 1.0 ? r.capexUsd : capexPerInstance(s) * m.instances;
            m.monthlyCapitalCost = f == 1.0 ? r.monthlyCapitalCost : capitalPerFleetInstance * m.instances;
            m.monthlyOpex = serving - m.monthlyCapitalCost;
        }
        if (!finiteMonth(m)) {
            out.overflowed = true;
            return false;
        }
        out.months.push_back(m);
        return true;
    });
    return out;
}

} // namespace ftroi
