// The usage commands (see usagecommands.h). Exit 2 for a refused file, an
// unknown model, a bad --tz or a refused document; 1 when a file cannot be
// opened or written; the document is written only when everything passed.
#include "app/cli/usagecommands.h"

#include "app/cli/clisupport.h"
#include "core/imports/usagereport.h"
#include "core/imports/usagevalues.h"
#include "core/io/documentfile.h"
#include "core/io/documentformat.h"

#include <QDate>
#include <QLocale>

namespace cli {

namespace {

using namespace ftroi;

const QLocale kLocale(QLocale::English, QLocale::UnitedStates);

// The --model and --tz options; false (with the message printed) when one is refused.
bool readOptions(const QCommandLineParser &parser, const QString &command, UsageOptions &options)
{
    if (parser.isSet(QStringLiteral("model"))) {
        options.model = parser.value(QStringLiteral("model"));
        if (options.model->isEmpty()) {
            printErr(command + QStringLiteral(": --model: expected a model name"));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("tz"))) {
        QString why;
        const std::optional<int> offset = usage::parseTzOffset(parser.value(QStringLiteral("tz")), why);
        if (!offset) {
            printErr(command + QStringLiteral(": --tz: ") + why);
            return false;
        }
        options.tzOffset = *offset;
    }
    return true;
}

int importCommand(const QCommandLineParser &parser, const QString &file)
{
    UsageOptions options;
    if (!readOptions(parser, QStringLiteral("usage import"), options))
        return kExitRefused;
    const Result<UsageSummary> summary = importUsage(file, options);
    if (!summary) {
        printErr(summary.error());
        return kExitRefused;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(usageSummaryJson(summary.value()));
        printOut("\n");
    } else {
        printOut(usageSummaryText(summary.value(), kLocale).toUtf8());
    }
    return kExitOk;
}

int applyCommand(const QCommandLineParser &parser, const QString &file, const QString &documentPath)
{
    UsageOptions options;
    if (!readOptions(parser, QStringLiteral("usage apply"), options))
        return kExitRefused;
    ScenarioDocument document;
    if (const int code = loadDocument(documentPath, document))
        return code;
    QString error;
    const Scenario *target = pickScenario(document, parser.value(QStringLiteral("scenario")), error);
    if (!target) {
        printErr(QStringLiteral("usage apply: ") + error);
        return kExitRefused;
    }
    const Result<UsageSummary> summary = importUsage(file, options);
    if (!summary) {
        printErr(summary.error());
        return kExitRefused;
    }
    Result<Scenario> applied = applyUsage(*target, summary.value(), QDate::currentDate());
    if (!applied) {
        printErr(applied.error());
        return kExitRefused;
    }
    const qsizetype index = target - document.scenarios.constData();
    document.scenarios[index] = std::move(applied).value();
    if (const ReadResult check = readDocument(writeDocument(document)); !check.document) {
        printErr(QStringLiteral("usage apply: %1 would not be a valid document: %2").arg(documentPath, check.error));
        return kExitRefused;
    }
    if (const Result<void> saved = saveDocumentFile(document, documentPath); !saved) {
        printErr(saved.error());
        return kExitError;
    }
    QString out = QStringLiteral("Scenario \"%1\" of %2 now holds %3, %4:\n")
                      .arg(document.scenarios.at(index).name, documentPath, summary.value().file, usageCoverageText(summary.value(), kLocale));
    for (const auto &row : usageFieldRows(summary.value(), kLocale))
        out += QStringLiteral("  %1: %2\n").arg(row.first, row.second);
    printOut(out.toUtf8());
    return kExitOk;
}

} // namespace

int usageCommand(const QCommandLineParser &parser, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("import")) {
        if (args.size() != 3) {
            printErr(QStringLiteral("usage import: expected exactly one FILE. See ftroi-cli --help."));
            return kExitRefused;
        }
        if (parser.isSet(QStringLiteral("scenario"))) {
            printErr(QStringLiteral("usage import: --scenario does not apply to usage import (it is for usage apply). See ftroi-cli --help."));
            return kExitRefused;
        }
        return importCommand(parser, args.at(2));
    }
    if (sub == QLatin1String("apply")) {
        if (args.size() != 4) {
            printErr(QStringLiteral("usage apply: expected FILE and DOC. See ftroi-cli --help."));
            return kExitRefused;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printErr(QStringLiteral("usage apply: --json does not apply to usage apply (it is for usage import). See ftroi-cli --help."));
            return kExitRefused;
        }
        return applyCommand(parser, args.at(2), args.at(3));
    }
    printErr(sub.isEmpty() ? QStringLiteral("usage: expected \"import\" or \"apply\". See ftroi-cli --help.")
                           : QStringLiteral("usage: unknown command \"%1\"; expected \"import\" or \"apply\". See ftroi-cli --help.").arg(sub));
    return kExitRefused;
}

} // namespace cli
