// ftroi-cli workbook: the live spreadsheet of a document.
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace cli {

// `workbook FILE --out model.xlsx`.
int workbookCommand(const QCommandLineParser &parser, const QString &path);

} // namespace cli
