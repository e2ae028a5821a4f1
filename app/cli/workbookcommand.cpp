// ftroi-cli workbook FILE --out model.xlsx.
#include "app/cli/workbookcommand.h"

#include "app/cli/clisupport.h"
#include "core/report/workbook.h"

namespace cli {

int workbookCommand(const QCommandLineParser &parser, const QString &path)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printErr(QStringLiteral("workbook: --out FILE is required (for example --out model.xlsx)"));
        return kExitRefused;
    }
    ftroi::ScenarioDocument document;
    if (int code = loadDocument(path, document))
        return code;
    if (const QString fault = ftroi::workbookFault(document); !fault.isEmpty()) {
        printErr(QStringLiteral("%1: %2").arg(path, fault));
        return kExitRefused;
    }
    const ftroi::Result<void> written = ftroi::writeWorkbook(document, out);
    if (!written) {
        printErr(QStringLiteral("%1: %2").arg(out, written.error()));
        return kExitError;
    }
    return kExitOk;
}

} // namespace cli
