// exportReport: reads the document, picks the scenarios, writes the PDF.
#include "app/gui/reportcommand.h"

#include "app/gui/headless.h"
#include "core/io/documentfile.h"
#include "ui/export/reportexport.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace headless;

int exportReport(const QCommandLineParser &parser)
{
    const QString input = parser.value(QStringLiteral("export-report"));
    const ftroi::Result<ftroi::ScenarioDocument> loaded = ftroi::loadDocumentFile(input);
    if (!loaded)
        return fail(QFileInfo::exists(input) ? kExitRefused : kExitError, input + QStringLiteral(": ") + loaded.error());
    const ftroi::ScenarioDocument &document = *loaded;
    const QString wanted = parser.isSet(QStringLiteral("scenario")) ? parser.value(QStringLiteral("scenario"))
                                                                    : QStringLiteral("1");
    const QList<int> scenarios = wantedScenarios(document, wanted);
    if (scenarios.isEmpty())
        return fail(kExitRefused, QStringLiteral("--scenario: no scenario \"%1\" (use 1 to %2, an exact name or all)")
                                      .arg(wanted)
                                      .arg(document.scenarios.size()));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(kExitRefused, QStringLiteral("--out FILE.pdf is required with --export-report"));
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(kExitRefused, QStringLiteral("--out: \"%1\" does not end in .pdf").arg(out));
    if (QFileInfo(out).exists() && QFileInfo(out).canonicalFilePath() == QFileInfo(input).canonicalFilePath())
        return fail(kExitRefused, QStringLiteral("--out: \"%1\" is the input document; it is never written over").arg(out));
    for (const char *option : {"chart", "size", "scale", "transparent"})
        if (parser.isSet(QString::fromLatin1(option)))
            return fail(kExitRefused, QStringLiteral("--%1 belongs to --export-chart, not --export-report")
                                          .arg(QString::fromLatin1(option)));
    ftroi::ReportOptions options;
    options.documentName = QFileInfo(input).fileName();
    QString error;
    if (!ftroi::writeReport(document, scenarios, out, &error, options))
        return fail(kExitError, error);
    return kExitOk;
}
