// The decision memo's text, as HTML for QTextDocument: per scenario a summary
// (the decision sentence exactly as the app's headline shows it, each path's
// whole monthly cost, savings, payback, NPV and ROI, the break-evens and the
// fleet, the uncertainty and the top five sensitivity rows when the scenario
// has ranges) and its assumptions (every input with its unit, every price
// with its source and date); the methodology appendix once per memo.
// Pure functions of the document: tested without painting.
#pragma once

#include "core/engine/costengine.h"
#include "core/model/scenario.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace ftroi {

struct ReportContext {
    QString documentName; // "pricing.ftroi"
    QString currency;
    QLocale locale;
    QDate today;
};

// The first pages of a scenario: `result` is evaluated with the Monte Carlo's
// best-path shares (evaluateWithShares) when the scenario has ranges.
QString reportSummaryHtml(const Scenario &scenario, const ScenarioResult &result, const ReportContext &context);
// The assumptions: every input the scenario has, with its value and unit, and the price sources.
QString reportAssumptionsHtml(const Scenario &scenario, const ReportContext &context);
// The methodology appendix (the app's Help > Methodology page).
QString reportMethodologyHtml();

} // namespace ftroi
