// "Show the calculation": for each result the app displays, the formula with
// the scenario's own inputs substituted, so a user can check it by hand.
#pragma once

#include "costengine.h"

#include <QString>

namespace ftroi {

enum class ResultItem {
    ApiCost,
    ServingCost,
    StorageCost,
    AmortizedProject,
    QualityDelta,
    SelfHostedTotal,
    Savings,
    ProjectCost,
    Payback,
    BreakEven,
    BreakEvenAllIn,
    Instances,
    Utilization,
    ServingPer1M,
    // The three paths over the lifetime (format 2).
    ApiMonthlyTco,
    ApiQualityCost,
    SelfHostedMonthlyTco,
    SelfHostedNpv,
    SelfHostedRoi,
    ManagedMonthlyTco,
    ManagedSavings,
    ManagedPayback,
    ManagedNpv,
    ManagedRoi,
};

QString explainResult(ResultItem item, const Scenario &s, const ScenarioResult &r, const QString &currency);

} // namespace ftroi
