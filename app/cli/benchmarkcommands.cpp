// benchmark import and benchmark apply (benchmarkcommands.h).
#include "app/cli/benchmarkcommands.h"

#include "app/cli/clisupport.h"
#include "core/io/documentfile.h"
#include "core/io/loadtestimport.h"

#include <QDate>
#include <QLocale>

namespace cli {

namespace {

// The points as a table, one line per measured load.
QString pointsText(const ftroi::LoadTestImport &import)
{
    const QLocale l(QLocale::English, QLocale::UnitedStates);
    const QString at = import.percentile == 50 ? QStringLiteral("median") : QStringLiteral("p%1").arg(import.percentile);
    QString out = QStringLiteral("%1 load test, %2 point(s), latencies at %3 (%4)\n")
                      .arg(import.kind)
                      .arg(import.points.size())
                      .arg(at, import.files.join(QStringLiteral(", ")));
    out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("concurrency"), 11)
               .arg(QStringLiteral("tokens/s"), 10)
               .arg(QStringLiteral("TTFT ms"), 9)
               .arg(QStringLiteral("TPOT ms"), 9)
               .arg(QStringLiteral("input tok"), 10)
               .arg(QStringLiteral("output tok"), 10);
    for (const ftroi::BenchmarkPoint &p : import.points)
        out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(l.toString(p.concurrency, 'g', 6), 11)
                   .arg(l.toString(p.totalTokensPerS, 'f', 1), 10)
                   .arg(l.toString(p.ttftMs, 'f', 1), 9)
                   .arg(l.toString(p.tpotMs, 'f', 2), 9)
                   .arg(l.toString(p.inputTokens, 'f', 1), 10)
                   .arg(l.toString(p.outputTokens, 'f', 1), 10);
    return out;
}

int importCommand(const QCommandLineParser &parser, const QStringList &files)
{
    const ftroi::Result<ftroi::LoadTestImport> import = ftroi::importLoadTests(files);
    if (!import) {
        printErr(QStringLiteral("benchmark import: ") + import.error());
        return kExitRefused;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(ftroi::loadTestImportJson(*import));
        printOut("\n");
    } else {
        printOut(pointsText(*import).toUtf8());
    }
    return kExitOk;
}

int applyCommand(const QCommandLineParser &parser, const QStringList &files, const QString &documentPath)
{
    ftroi::ScenarioDocument document;
    if (int code = loadDocument(documentPath, document))
        return code;
    QString error;
    const ftroi::Scenario *picked = pickScenario(document, parser.value(QStringLiteral("scenario")), error);
    if (!picked) {
        printErr(QStringLiteral("benchmark apply: ") + error);
        return kExitRefused;
    }
    const qsizetype index = picked - document.scenarios.constData();
    const ftroi::Result<ftroi::LoadTestImport> import = ftroi::importLoadTests(files);
    if (!import) {
        printErr(QStringLiteral("benchmark apply: ") + import.error() + QStringLiteral("; %1 is unchanged").arg(documentPath));
        return kExitRefused;
    }
    ftroi::Scenario &s = document.scenarios[index];
    const QString note = ftroi::applyBenchmark(s, ftroi::benchmarkFromImport(*import, QDate::currentDate()));
    if (const ftroi::Result<void> saved = ftroi::saveDocumentFile(document, documentPath); !saved) {
        printErr(QStringLiteral("benchmark apply: ") + saved.error());
        return kExitError;
    }
    QString out = QStringLiteral("%1: scenario \"%2\" measures its capacity with %3 point(s) from %4\n")
                      .arg(documentPath, s.name)
                      .arg(import->points.size())
                      .arg(import->files.join(QStringLiteral(", ")));
    if (!note.isEmpty())
        out += QStringLiteral("Also: ") + note + QLatin1Char('\n');
    printOut(out.toUtf8());
    return kExitOk;
}

} // namespace

int benchmarkCommand(const QCommandLineParser &parser, const QStringList &args)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("import")) {
        if (args.size() < 3) {
            printErr(QStringLiteral("benchmark import: expected one or more FILEs. See ftroi-cli --help."));
            return kExitRefused;
        }
        if (parser.isSet(QStringLiteral("scenario"))) {
            printErr(QStringLiteral("benchmark import: --scenario is for benchmark apply"));
            return kExitRefused;
        }
        return importCommand(parser, args.mid(2));
    }
    if (verb == QLatin1String("apply")) {
        if (args.size() < 4) {
            printErr(QStringLiteral("benchmark apply: expected FILE… DOC --scenario N. See ftroi-cli --help."));
            return kExitRefused;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printErr(QStringLiteral("benchmark apply: --json is for benchmark import"));
            return kExitRefused;
        }
        return applyCommand(parser, args.mid(2, args.size() - 3), args.last());
    }
    printErr(QStringLiteral("benchmark: expected \"import\" or \"apply\". See ftroi-cli --help."));
    return kExitRefused;
}

} // namespace cli
