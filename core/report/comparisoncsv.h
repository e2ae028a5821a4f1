// The scenario comparison as a spreadsheet-ready CSV: one row per scenario,
// one column per result with the contract's key name and its unit
// ("monthly_api_cost_usd", "payback_months"), cells as raw numbers. The app's
// "Export Comparison as CSV" and `ftroi-cli compare FILE --csv` both write it.
#pragma once

#include "core/engine/costengine.h"
#include "core/model/scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ftroi {

// The header names, in column order, for a document in `currency`; with
// `fleetColumns` (some scenario holds format 3's pricing, operations or
// routing) also pricing_model, capex_usd, commitment_upfront_usd,
// monthly_capital_cost_usd, monthly_opex_usd, the operations of each path,
// fine_tuned_share and monthly_remainder_api_cost_usd, before price_sources.
QStringList comparisonCsvHeader(const QString &currency, bool fleetColumns = false);

// The cells before quoting: the header, then one record per scenario (name,
// best path code, raw numbers as csvNumber() writes them, price sources).
QList<QStringList> comparisonCells(const ScenarioDocument &document, const std::vector<ScenarioResult> &results);

// The whole table: the header, then one record per scenario of `document`
// with its `results` (same order, same size). Records end with CRLF; a
// "never"/"none" value is an empty cell.
QString comparisonCsv(const ScenarioDocument &document, const std::vector<ScenarioResult> &results);

// evaluate() of every scenario, in document order.
std::vector<ScenarioResult> evaluateAll(const ScenarioDocument &document);

// Evaluates every scenario, then comparisonCsv().
QString comparisonCsv(const ScenarioDocument &document);

} // namespace ftroi
