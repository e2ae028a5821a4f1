// "Show the calculation": for each result the app displays, the formula with
// the scenario's own inputs substituted, so a user can check it by hand.
#pragma once

#include "core/engine/costengine.h"

#include <QList>
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

// The formula with the scenario's numbers, ending with where Help > Methodology explains it.
QString explainResult(ResultItem item, const Scenario &s, const ScenarioResult &r, const QString &currency);

// The glossary entry of Help > Methodology (an anchor of its page) for a result.
QString glossaryAnchor(ResultItem item);
// Every item, for whoever needs to visit them all.
QList<ResultItem> allResultItems();

} // namespace ftroi
