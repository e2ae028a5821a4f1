// The workbook's Inputs sheet: every numeric input of every scenario, named
// `s{k}_` + its dotted path with dots as underscores, blue, with its unit and,
// beside the prices, their source and date.
#pragma once

#include "core/report/workbooksheet.h"
#include "core/model/scenario.h"

namespace ftroi {

void writeInputsSheet(lxw_workbook *book, lxw_worksheet *sheet, const WorkbookFormats &formats,
                      const ScenarioDocument &document);

} // namespace ftroi
