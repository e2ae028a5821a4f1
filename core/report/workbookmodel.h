// The workbook's Model sheet (the formulas of evaluate(), as spreadsheet
// functions over the named inputs) and its Schedule sheet (the month walk:
// growth, discounting, NPV, ROI and payback with growth). One block of rows
// per scenario; every result key of the JSON is a name `s{k}_` + key (the
// managed path's `s{k}_managed_` + key).
#pragma once

#include "core/engine/costengine.h"
#include "core/report/workbooksheet.h"

#include <QHash>

namespace ftroi {

// The scenario's inputs as formula terms: `{key}` in a formula template is
// replaced by its named cell ($path_with_underscores) or, for an input the
// scenario does not have, by the value that applies as a number.
class InputTerms
{
public:
    explicit InputTerms(const Scenario &s);
    // "{rpd} * {tin}" -> "$workload_requests_per_day * $workload_input_tokens_per_request".
    QString operator()(const QString &formula) const;

private:
    QHash<QString, QString> m_terms;
};

// A number as a formula literal (shortest exact form).
QString formulaNumber(double v);

// The months the Schedule sheet walks for scenario `s`: its lifetime, at
// least 240 (payback with growth looks 120 months ahead; room for a longer lifetime).
int workbookScheduleMonths(const Scenario &s);

// Rows from `row` on; returns the row after the block.
int writeModelBlock(lxw_workbook *book, lxw_worksheet *sheet, const WorkbookFormats &formats, const Scenario &s,
                    const ScenarioResult &r, int scenario, int row, const QString &currency);
int writeManagedBlock(lxw_workbook *book, lxw_worksheet *sheet, const WorkbookFormats &formats, const Scenario &s,
                      const ScenarioResult &r, int scenario, int row, const QString &currency);
int writeScheduleBlock(lxw_workbook *book, lxw_worksheet *sheet, const WorkbookFormats &formats, const Scenario &s,
                       const ScenarioResult &r, int scenario, int row);

} // namespace ftroi
