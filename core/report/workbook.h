// The live workbook (`ftroi-cli workbook FILE --out model.xlsx`, File > Export
// Workbook…): sheets Inputs, Model, Schedule and Comparison, written with
// libxlsxwriter. Every result is a formula over the named input cells with the
// engine's value cached, so a spreadsheet recalculates what evaluate() gives
// when an input changes. The layout and names are in docs/scenario-format.md.
#pragma once

#include "core/model/scenario.h"
#include "core/text/result.h"

#include <QString>

namespace ftroi {

// Why `document` cannot be written as a workbook (a lifetime longer than the
// Schedule sheet can walk, more rows than a sheet holds), or empty.
QString workbookFault(const ScenarioDocument &document);
// The workbook's bytes; an error names what libxlsxwriter refused or workbookFault().
Result<QByteArray> workbookBytes(const ScenarioDocument &document);
// Writes them to `path` through saveFileSafely().
Result<void> writeWorkbook(const ScenarioDocument &document, const QString &path);

} // namespace ftroi
