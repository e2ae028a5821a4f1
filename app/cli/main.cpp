// ftroi-cli: evaluate, validate, estimate and analyse from the command line.
// Exit codes: 0 success, 2 refused document or bad arguments, 1 other errors.
#include "app/cli/analysiscommands.h"
#include "app/cli/benchmarkcommands.h"
#include "app/cli/catalogcommands.h"
#include "app/cli/clisupport.h"
#include "app/cli/commandoptions.h"
#include "app/cli/schedulecommand.h"
#include "app/cli/workbookcommand.h"
#include "app/cli/usagecommands.h"
#include "core/analysis/rangeddecision.h"
#include "core/report/comparisoncsv.h"
#include "core/io/documentformat.h"
#include "core/model/inputschema.h"
#include "core/report/resultjson.h"
#include "core/report/textreport.h"
#include "core/engine/training.h"
#include "core/engine/trainingcheck.h"
#include "core/report/trainingreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace {

using cli::kExitError;
using cli::kExitOk;
using cli::kExitRefused;
using cli::loadDocument;
using cli::printErr;
using cli::printOut;

int evaluateCommand(const QString &path, bool json)
{
    ftroi::ScenarioDocument document;
    if (int code = loadDocument(path, document))
        return code;
    if (json) {
        printOut(ftroi::evaluateDocumentToJson(document));
        printOut("\n");
        return kExitOk;
    }
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QString out;
    for (const ftroi::Scenario &s : document.scenarios) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += ftroi::scenarioReport(s, ftroi::evaluateWithShares(s), document.currency, locale);
    }
    printOut(out.toUtf8());
    return kExitOk;
}

// The comparison table: CSV (one row per scenario) or, for reading, one line
// per column of that CSV with each scenario's value beside it.
int compareCommand(const QString &path, bool csv)
{
    ftroi::ScenarioDocument document;
    if (int code = loadDocument(path, document))
        return code;
    const std::vector<ftroi::ScenarioResult> results = ftroi::evaluateAll(document);
    if (csv) {
        printOut(ftroi::comparisonCsv(document, results).toUtf8());
        return kExitOk;
    }
    const QList<QStringList> table = ftroi::comparisonCells(document, results);
    const QStringList &header = table.first();
    qsizetype keyWidth = 0;
    for (const QString &key : header)
        keyWidth = std::max(keyWidth, key.size());
    QString out;
    for (qsizetype column = 0; column < header.size(); ++column) {
        out += header.at(column).leftJustified(keyWidth + 2);
        for (qsizetype record = 1; record < table.size(); ++record) {
            const QString cell = table.at(record).value(column);
            out += (record > 1 ? QStringLiteral(" | ") : QString()) + (cell.isEmpty() ? QStringLiteral("-") : cell);
        }
        out += QLatin1Char('\n');
    }
    printOut(out.toUtf8());
    return kExitOk;
}

int validateCommand(const QString &path)
{
    ftroi::ScenarioDocument document;
    if (int code = loadDocument(path, document))
        return code;
    printOut(QStringLiteral("%1: valid, %2 scenario(s)\n").arg(path).arg(document.scenarios.size()).toUtf8());
    return kExitOk;
}

// Parses a finite number option within [min, max]; sets `error` on failure.
// The value of option --`name`, which must lie in `domain` (the schema's for the input it sets).
double numberOption(const QCommandLineParser &parser, const QString &name, const ftroi::InputDomain &domain,
                    QString &error)
{
    if (!error.isEmpty())
        return 0;
    if (!parser.isSet(name)) {
        error = QStringLiteral("--%1 is required").arg(name);
        return 0;
    }
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || !domain.contains(v))
        error = QStringLiteral("--%1: \"%2\" is not a number %3").arg(name, parser.value(name), domain.text());
    return v;
}

int estimateTrainingCommand(const QCommandLineParser &parser)
{
    QString error;
    ftroi::TrainingSpec spec;
    spec.modelSizeB = numberOption(parser, QStringLiteral("model-size"), ftroi::inputSpec("project.training.model_size_b").domain, error);
    spec.examples = numberOption(parser, QStringLiteral("examples"), ftroi::inputSpec("project.training.examples").domain, error);
    spec.avgSeqLen = numberOption(parser, QStringLiteral("seq-len"), ftroi::inputSpec("project.training.avg_seq_len").domain, error);
    spec.epochs = numberOption(parser, QStringLiteral("epochs"), ftroi::inputSpec("project.training.epochs").domain, error);
    if (error.isEmpty()) {
        const std::optional<ftroi::Method> method = ftroi::methodFromCode(parser.value(QStringLiteral("method")));
        if (!method)
            error = QStringLiteral("--method: expected lora, qlora or full");
        else
            spec.method = *method;
    }
    const QString gpu = parser.value(QStringLiteral("gpu")).trimmed();
    if (error.isEmpty() && gpu.isEmpty())
        error = QStringLiteral("--gpu is required (for example a10g, a100_80g, h100)");
    if (!error.isEmpty()) {
        printErr(QStringLiteral("estimate-training: ") + error);
        return kExitRefused;
    }
    ftroi::setGpuFromCode(spec, gpu);
    spec.spot = !parser.isSet(QStringLiteral("on-demand"));
    if (parser.isSet(QStringLiteral("mfu"))) {
        bool ok = false;
        spec.mfu = parser.value(QStringLiteral("mfu")).toDouble(&ok);
        const ftroi::InputDomain &domain = ftroi::inputSpec("project.training.mfu").domain;
        if (!ok || !std::isfinite(spec.mfu) || !domain.contains(spec.mfu)) {
            printErr(QStringLiteral("estimate-training: --mfu: \"%1\" is not a number in %2")
                         .arg(parser.value(QStringLiteral("mfu")), domain.text()));
            return kExitRefused;
        }
    }

    const ftroi::TrainingCheck check = ftroi::checkTraining(spec);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(ftroi::trainingCheckJson(check));
        printOut("\n");
    } else {
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        QString out = QStringLiteral("The seed's estimate (benchmark table):\n") + ftroi::trainingReport(check.seed, locale);
        out += QStringLiteral("\nFLOPs-based estimate and memory fit:\n") + ftroi::trainingCheckReport(check, locale);
        const QString warning = ftroi::trainingDisagreementText(check, locale, QStringLiteral("USD"));
        if (!warning.isEmpty())
            out += QStringLiteral("\nWarning: ") + warning + QLatin1Char('\n');
        printOut(out.toUtf8());
    }
    return kExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ftroi-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FTROI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fine-Tuning ROI Studio on the command line.\n\n"
        "Commands:\n"
        "  evaluate FILE [--json]   results of every scenario in FILE\n"
        "  validate FILE            check FILE against the scenario format\n"
        "  compare FILE [--csv]     every scenario's results side by side; --csv: one row\n"
        "      per scenario, raw numbers, units in the column names (monthly_api_cost_usd),\n"
        "      empty where a value is never/none; the same file as the app's Export CSV\n"
        "  estimate-training --model-size B --method lora|qlora|full --examples N\n"
        "      --seq-len L --epochs E --gpu NAME [--on-demand] [--mfu M] [--json]\n"
        "      the seed's estimate, a FLOPs-based one and the memory-fit check\n"
        "  catalog list [--json] | catalog import FILE [--region R] | catalog remove NAME\n"
        "      the price catalog; import reads LiteLLM's price JSON or a SkyPilot vms.csv\n"
        "  usage import FILE [--model NAME] [--tz +-HH:MM] [--json]\n"
        "      what a usage export (OpenAI Usage API, LiteLLM spend logs or daily spend,\n"
        "      Helicone, a CSV with timestamp, input_tokens, output_tokens) implies\n"
        "  usage apply FILE DOC --scenario N [--model NAME] [--tz +-HH:MM]\n"
        "      writes it into scenario N of DOC (one safe save)\n"
        "  benchmark import FILE... [--json] | benchmark apply FILE... DOC --scenario N\n"
        "      load tests (vllm bench serve --save-result, GenAI-Perf, AIPerf) as measured\n"
        "      points; apply sets the scenario's self_hosted.benchmark in one save\n"
        "  simulate FILE [--samples N] [--seed S] [--json]\n"
        "      Monte Carlo over each scenario's uncertainty ranges\n"
        "  sensitivity FILE --scenario N --metric M [--json]\n"
        "      each input at its low and high (ranges, or +-20 %)\n"
        "  solve FILE --scenario N --vary PATH --target M=VALUE [--json]\n"
        "      goal seek: the value of PATH at which metric M reaches VALUE\n"
        "  grid FILE --scenario N --x PATH=LO:HI:COUNT --y PATH=LO:HI:COUNT --metric M\n"
        "      [--log-x] [--log-y] [--json|--csv]   the two-way table\n"
        "  schedule FILE --scenario N [--csv|--json]\n"
        "      month by month: volume, each path's whole cost, savings, discounted cash\n"
        "  workbook FILE --out model.xlsx\n"
        "      a spreadsheet whose results are formulas over the named inputs\n"

        "  Metrics: monthly_savings, npv, payback_months, monthly_ft_total.\n"
        "  --scenario is 1-based or a scenario name.\n\n"
        "Exit status: 0 success, 2 refused document or bad arguments, 1 other errors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("evaluate, validate, compare, estimate-training, simulate, sensitivity, solve, grid, schedule, workbook, catalog, usage or benchmark"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("a .ftroi scenario document"), QStringLiteral("[FILE]"));
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Print JSON instead of a readable table.")},
        {QStringLiteral("model-size"), QStringLiteral("Model size in billions of parameters."), QStringLiteral("B")},
        {QStringLiteral("method"), QStringLiteral("Fine-tuning method: lora, qlora or full."), QStringLiteral("METHOD")},
        {QStringLiteral("examples"), QStringLiteral("Training examples."), QStringLiteral("N")},
        {QStringLiteral("seq-len"), QStringLiteral("Average sequence length in tokens."), QStringLiteral("L")},
        {QStringLiteral("epochs"), QStringLiteral("Epochs."), QStringLiteral("E")},
        {QStringLiteral("gpu"), QStringLiteral("GPU: a10g, a100_40g, a100_80g, h100 or another name."), QStringLiteral("NAME")},
        {QStringLiteral("on-demand"), QStringLiteral("Price on-demand instead of spot instances.")},
        {QStringLiteral("samples"), QStringLiteral("Monte Carlo samples (1 to 10000000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Monte Carlo seed (a whole number >= 0)."), QStringLiteral("S")},
        {QStringLiteral("scenario"), QStringLiteral("Scenario: 1-based number or name."), QStringLiteral("N")},
        {QStringLiteral("metric"), QStringLiteral("monthly_savings, npv, payback_months or monthly_ft_total."), QStringLiteral("M")},
        {QStringLiteral("vary"), QStringLiteral("Input path to change (solve)."), QStringLiteral("PATH")},
        {QStringLiteral("target"), QStringLiteral("Goal: METRIC=VALUE (solve)."), QStringLiteral("M=VALUE")},
        {QStringLiteral("x"), QStringLiteral("Grid columns: PATH=LO:HI:COUNT."), QStringLiteral("AXIS")},
        {QStringLiteral("y"), QStringLiteral("Grid rows: PATH=LO:HI:COUNT."), QStringLiteral("AXIS")},
        {QStringLiteral("log-x"), QStringLiteral("Logarithmic grid columns.")},
        {QStringLiteral("log-y"), QStringLiteral("Logarithmic grid rows.")},
        {QStringLiteral("csv"), QStringLiteral("Print CSV (grid, compare, schedule).")},
        {QStringLiteral("out"), QStringLiteral("The file to write (workbook)."), QStringLiteral("FILE")},
        {QStringLiteral("mfu"), QStringLiteral("Model FLOPs utilization for the FLOPs estimate (default 0.4)."), QStringLiteral("M")},
        {QStringLiteral("region"), QStringLiteral("catalog import: take this region of a GPU CSV (default: the cheapest)."), QStringLiteral("R")},
        {QStringLiteral("model"), QStringLiteral("usage: the model to take (default: the one with the most tokens)."), QStringLiteral("NAME")},
        {QStringLiteral("tz"), QStringLiteral("usage: the time zone of calendar days and hours, -12:00..+14:00 (default UTC)."), QStringLiteral("+-HH:MM")},
    });

    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(parser.errorText() + QStringLiteral("\nSee ftroi-cli --help."));
        return kExitRefused;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText().toUtf8());
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("ftroi-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return kExitOk;
    }

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (const QString fault = cli::optionsFault(parser, command); !fault.isEmpty()) {
        printErr(fault);
        return kExitRefused;
    }
    if (command == QLatin1String("evaluate") || command == QLatin1String("validate") ||
        command == QLatin1String("compare")) {
        if (args.size() != 2) {
            printErr(QStringLiteral("%1: expected exactly one FILE. See ftroi-cli --help.").arg(command));
            return kExitRefused;
        }
        if (command == QLatin1String("compare"))
            return compareCommand(args.at(1), parser.isSet(QStringLiteral("csv")));
        return command == QLatin1String("evaluate") ? evaluateCommand(args.at(1), parser.isSet(QStringLiteral("json")))
                                                    : validateCommand(args.at(1));
    }
    using Command = int (*)(const QCommandLineParser &, const QString &);
    const std::pair<const char *, Command> analyses[] = {
        {"simulate", cli::simulateCommand},
        {"sensitivity", cli::sensitivityCommand},
        {"solve", cli::solveCommand},
        {"grid", cli::gridCommand},
        {"schedule", cli::scheduleCommand},
        {"workbook", cli::workbookCommand},
    };
    for (const auto &[name, run] : analyses) {
        if (command != QLatin1String(name))
            continue;
        if (args.size() != 2) {
            printErr(QStringLiteral("%1: expected exactly one FILE. See ftroi-cli --help.").arg(command));
            return kExitRefused;
        }
        return run(parser, args.at(1));
    }
    if (command == QLatin1String("catalog"))
        return cli::catalogCommand(parser, args);
    if (command == QLatin1String("usage"))
        return cli::usageCommand(parser, args);
    if (command == QLatin1String("benchmark"))
        return cli::benchmarkCommand(parser, args);
    if (command == QLatin1String("estimate-training")) {
        if (args.size() != 1) {
            printErr(QStringLiteral("estimate-training: takes no FILE. See ftroi-cli --help."));
            return kExitRefused;
        }
        return estimateTrainingCommand(parser);
    }
    printErr(command.isEmpty() ? QStringLiteral("no command given. See ftroi-cli --help.")
                               : QStringLiteral("unknown command \"%1\". See ftroi-cli --help.").arg(command));
    return kExitRefused;
}
