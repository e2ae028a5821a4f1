// ftroi: the desktop app. With --export-report it writes the decision memo as
// a PDF (reportcommand.h). With --export-chart it renders charts to PNG (or
// SVG) files and exits without showing a window: one chart of one scenario,
// or with --scenario all and/or --chart all one file per scenario and chart
// in a folder ("<scenario-slug>-<chart>.png"), for a deck. Without a display
// it says how to run headless and exits 2 (before Qt would abort).
#include "app/gui/headless.h"
#include "app/gui/reportcommand.h"
#include "core/io/documentfile.h"
#include "ui/data/uncertaintysnapshot.h"
#include "core/analysis/analysis.h"
#include "core/analysis/rangeddecision.h"
#include "core/model/inputpaths.h"
#include "core/report/comparisoncsv.h"
#include "ui/charts/heatmapchart.h"
#include "ui/charts/tornadochart.h"
#include "ui/export/chartexport.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdio>

namespace {

using namespace headless;

// Exporting a chart, or printing help or the version, needs no window and no display.
bool runsWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (qstrcmp(arg, "--export-chart") == 0 || qstrncmp(arg, "--export-chart=", 15) == 0
            || qstrcmp(arg, "--export-report") == 0 || qstrncmp(arg, "--export-report=", 16) == 0 || qstrcmp(arg, "--help") == 0
            || qstrcmp(arg, "-h") == 0 || qstrcmp(arg, "--help-all") == 0 || qstrcmp(arg, "--version") == 0
            || qstrcmp(arg, "-v") == 0)
            return true;
    }
    return false;
}

// On Linux the window needs an X11 or Wayland display. Without one (and with
// no platform chosen through QT_QPA_PLATFORM or -platform), Qt would abort
// with a generic "could not load the Qt platform plugin" message.
bool displayMissing(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM"})
        if (!qEnvironmentVariableIsEmpty(name))
            return false;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return false;
    return true;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return false;
#endif
}

// Prints "first-paint" when the window paints its first frame, then quits.
class FirstPaintProbe : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QMetaObject::invokeMethod(qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// Where each image goes: FILE for one image (or a file named after the scenario
// and chart inside FOLDER/), FOLDER/<slug>-<chart>.png for several; two
// scenarios with the same slug get "-2", "-3" ... appended.
QString outputPath(const QString &out, bool many, const QString &scenarioName, ftroi::ChartKind kind,
                   QSet<QString> &taken)
{
    const bool folder = many || out.endsWith(QLatin1Char('/')) || QFileInfo(out).isDir();
    if (!folder)
        return out;
    const QString name = ftroi::chartFileName(scenarioName, kind);
    QString path = QDir(out).filePath(name);
    for (int n = 2; taken.contains(path); ++n)
        path = QDir(out).filePath(QFileInfo(name).completeBaseName() + QStringLiteral("-%1.png").arg(n));
    taken.insert(path);
    return path;
}

// --chart scenarios: one image of the whole document, every scenario's
// fine-tuning paths side by side (--metric npv, the default, or monthly_savings).
int exportScenariosChart(const QCommandLineParser &parser, const ftroi::ScenarioDocument &document, QSize size,
                         const ftroi::ChartOptions &options)
{
    const QString &documentName = options.documentName;
    const QString metricCode = parser.isSet(QStringLiteral("metric")) ? parser.value(QStringLiteral("metric"))
                                                                     : QStringLiteral("npv");
    const std::optional<ftroi::Metric> metric = ftroi::metricFromCode(metricCode);
    if (!metric || (*metric != ftroi::Metric::Npv && *metric != ftroi::Metric::MonthlySavings))
        return fail(kExitRefused, QStringLiteral("--metric: the scenarios chart shows npv or monthly_savings, not \"%1\"")
                                      .arg(metricCode));
    QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(kExitRefused, QStringLiteral("--out FILE.png (or .svg, or FOLDER/) is required with --export-chart"));
    if (out.endsWith(QLatin1Char('/')) || QFileInfo(out).isDir())
        out = QDir(out).filePath(ftroi::fileNameSlug(QFileInfo(documentName).completeBaseName()) + QStringLiteral("-scenarios.png"));
    else if (!out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) && !out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return fail(kExitRefused, QStringLiteral("--out: \"%1\" does not end in .png or .svg (or / for a folder)").arg(out));
    QString error;
    if (!ftroi::writeScenariosChart(document, ftroi::evaluateAll(document), *metric, size,
                                    parser.isSet(QStringLiteral("transparent")), out, &error, options))
        return fail(kExitError, error);
    return kExitOk;
}

int exportChart(const QCommandLineParser &parser)
{
    const QString input = parser.value(QStringLiteral("export-chart"));
    const ftroi::Result<ftroi::ScenarioDocument> loaded = ftroi::loadDocumentFile(input);
    if (!loaded)
        return fail(QFileInfo::exists(input) ? kExitRefused : kExitError, input + QStringLiteral(": ") + loaded.error());
    const ftroi::ScenarioDocument &document = *loaded;

    const QString wanted = parser.isSet(QStringLiteral("scenario")) ? parser.value(QStringLiteral("scenario")) : QStringLiteral("1");
    const QList<int> scenarios = wantedScenarios(document, wanted);
    if (scenarios.isEmpty())
        return fail(kExitRefused, QStringLiteral("--scenario: no scenario \"%1\" (use 1 to %2, an exact name or all)")
                                      .arg(wanted)
                                      .arg(document.scenarios.size()));

    const QString chartName = parser.isSet(QStringLiteral("chart")) ? parser.value(QStringLiteral("chart")) : QStringLiteral("break-even");
    const bool scenariosChart = chartName.compare(QLatin1String("scenarios"), Qt::CaseInsensitive) == 0;
    QList<ftroi::ChartKind> kinds;
    if (chartName.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        kinds = ftroi::chartKinds();
    else if (const std::optional<ftroi::ChartKind> kind = ftroi::chartKindFromName(chartName))
        kinds.append(*kind);
    if (kinds.isEmpty() && !scenariosChart)
        return fail(kExitRefused, QStringLiteral("--chart: \"%1\" is not one of %2, all or scenarios")
                                      .arg(chartName, ftroi::chartKindNames().join(QStringLiteral(", "))));

    QSize size(1920, 1080);
    if (parser.isSet(QStringLiteral("size"))) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$")).match(parser.value(QStringLiteral("size")));
        size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (!m.hasMatch() || size.width() < 100 || size.height() < 100 || size.width() > 8000 || size.height() > 8000)
            return fail(kExitRefused, QStringLiteral("--size: \"%1\" is not WIDTHxHEIGHT between 100 and 8000 pixels")
                                          .arg(parser.value(QStringLiteral("size"))));
    }
    ftroi::ChartOptions options;
    options.documentName = QFileInfo(input).fileName();
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        const double scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(scale >= 1 && scale <= 4))
            return fail(kExitRefused, QStringLiteral("--scale: \"%1\" is not a number from 1 to 4")
                                          .arg(parser.value(QStringLiteral("scale"))));
        if (std::max(size.width(), size.height()) * scale > 16000)
            return fail(kExitRefused, QStringLiteral("--scale: %1 x %2 pixels at scale %3 is over 16000 pixels wide or high")
                                          .arg(size.width()).arg(size.height()).arg(scale));
        options.devicePixelRatio = scale;
    }
    if (scenariosChart)
        return exportScenariosChart(parser, document, size, options);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(kExitRefused, QStringLiteral("--out FILE.png (or FOLDER/ with --scenario all or --chart all) is required with --export-chart"));
    const bool many = scenarios.size() * kinds.size() > 1;
    const bool svg = !many && out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const bool folder = many || out.endsWith(QLatin1Char('/')) || QFileInfo(out).isDir();
    if (!folder && !svg && !out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return fail(kExitRefused, QStringLiteral("--out: \"%1\" does not end in .png or .svg (or / for a folder)").arg(out));
    if (!folder && QFileInfo(out).exists() && QFileInfo(out).canonicalFilePath() == QFileInfo(input).canonicalFilePath())
        return fail(kExitRefused, QStringLiteral("--out: \"%1\" is the input document; it is never written over").arg(out));
    if (many && QFileInfo(out).exists() && !QFileInfo(out).isDir())
        return fail(kExitRefused, QStringLiteral("--out: \"%1\" is a file; several charts need a folder (FOLDER/)").arg(out));
    if (many && !QDir().mkpath(out))
        return fail(kExitError, QStringLiteral("--out: cannot create the folder \"%1\"").arg(QDir::toNativeSeparators(out)));

    // The tabs' choices: the metric of the Sensitivity and Two-way charts, the Two-way chart's inputs.
    const QString metricCode = parser.value(QStringLiteral("metric"));
    const std::optional<ftroi::Metric> metric =
        metricCode.isEmpty() ? std::optional<ftroi::Metric>(ftroi::Metric::MonthlySavings) : ftroi::metricFromCode(metricCode);
    if (!metric)
        return fail(kExitRefused, QStringLiteral("--metric: \"%1\" is not one of %2")
                                      .arg(metricCode, ftroi::metricCodes().join(QStringLiteral(", "))));
    const QString xPath = parser.value(QStringLiteral("x"));
    const QString yPath = parser.value(QStringLiteral("y"));
    if (!xPath.isEmpty() && xPath == yPath)
        return fail(kExitRefused, QStringLiteral("--x and --y: both are \"%1\"; a two-way chart needs two inputs").arg(xPath));
    for (int index : scenarios)
        for (const QString &path : {xPath, yPath})
            if (!path.isEmpty() && !ftroi::resolveInput(document.scenarios.at(index), path))
                return fail(kExitRefused, QStringLiteral("--x/--y: \"%1\" is not a numeric input of scenario \"%2\"")
                                              .arg(path, document.scenarios.at(index).name));
    ftroi::TornadoChart tornadoChoice;
    tornadoChoice.setMetric(*metric);
    ftroi::HeatmapChart heatmapChoice;
    heatmapChoice.setChoice(metricCode.isEmpty() ? heatmapChoice.metric() : *metric, xPath, yPath);

    const bool transparent = parser.isSet(QStringLiteral("transparent"));
    QSet<QString> taken;
    for (int index : scenarios) {
        const ftroi::Scenario &scenario = document.scenarios.at(index);
        // With ranges, the decision takes the document's samples (a close call by share shows).
        const ftroi::ScenarioResult result = ftroi::evaluateWithShares(scenario);
        for (ftroi::ChartKind kind : kinds) {
            // A deck gets no "no ranges set" slide: with --chart all a chart that needs
            // ranges (the Uncertainty chart) is drawn only for scenarios that have them.
            if (kinds.size() > 1 && ftroi::chartEntry(kind).needsRanges && !ftroi::hasRanges(scenario)) {
                std::fputs(qPrintable(QStringLiteral("%1: no uncertainty ranges, no %2 chart\n")
                                          .arg(scenario.name, ftroi::chartKindName(kind))),
                           stderr);
                continue;
            }
            options.choicesFrom = kind == ftroi::ChartKind::Tornado   ? static_cast<ftroi::ScenarioChartView *>(&tornadoChoice)
                                  : kind == ftroi::ChartKind::Heatmap ? &heatmapChoice
                                                                      : nullptr;
            const QString path = outputPath(out, many, scenario.name, kind, taken);
            QString error;
            const bool ok = svg ? ftroi::writeChartSvg(kind, scenario, result, document.currency, size, transparent, path, &error, options)
                                : ftroi::writeChartPng(kind, scenario, result, document.currency, size, transparent, path, &error, options);
            if (!ok)
                return fail(kExitError, error);
            if (many)
                std::fputs(qPrintable(QDir::toNativeSeparators(path) + QLatin1Char('\n')), stdout);
        }
    }
    return kExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    if (runsWithoutWindow(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no window, no display needed
    else if (displayMissing(argc, argv))
        return fail(kExitRefused, QStringLiteral(
            "ftroi: no display (DISPLAY and WAYLAND_DISPLAY are not set). On a headless machine start it with "
            "xvfb-run -a -s \"-screen 0 1920x1080x24\" ftroi [FILE], or render a chart without a window with "
            "ftroi --export-chart FILE --out chart.png (see ftroi --help)."));

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Fine-Tuning ROI Studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fine-Tuning ROI Studio"));
    QApplication::setOrganizationName(QStringLiteral("ftroi"));
    QApplication::setApplicationVersion(QStringLiteral(FTROI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.ftroi.FineTuningROIStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.ftroi.FineTuningROIStudio.svg")));

    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // readable numbers on bare systems

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fine-Tuning ROI Studio: would fine-tuning and self-hosting be cheaper than the API?"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A .ftroi scenario document to open."), QStringLiteral("[FILE]"));
    parser.addOptions({
        {QStringLiteral("export-chart"), QStringLiteral("Render a chart of FILE to an image and exit."), QStringLiteral("FILE")},
        {QStringLiteral("export-report"), QStringLiteral("Write the decision memo of FILE as a PDF (--out memo.pdf) and exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("scenario"), QStringLiteral("Scenario to export: 1-based number, exact name or all (default 1)."),
         QStringLiteral("N|NAME|all")},
        {QStringLiteral("chart"), QStringLiteral("%1 or all (default break-even); scenarios: every scenario side by side.")
                                      .arg(ftroi::chartKindNames().join(QStringLiteral(", "))),
         QStringLiteral("KIND|all")},
        {QStringLiteral("size"), QStringLiteral("Image size, default 1920x1080."), QStringLiteral("WxH")},
        {QStringLiteral("scale"), QStringLiteral("Device pixel ratio of a PNG, 1 to 4: 2 gives twice the pixels with the same layout."),
         QStringLiteral("N")},
        {QStringLiteral("out"), QStringLiteral("Output file (.png or .svg), or a folder (FOLDER/) that gets "
                                               "<scenario>-<chart>.png per scenario and chart."),
         QStringLiteral("FILE|FOLDER/")},
        {QStringLiteral("transparent"), QStringLiteral("Transparent background (PNG).")},
        {QStringLiteral("metric"), QStringLiteral("Sensitivity and Two-way charts: the metric, one of %1 (default: the tab's).")
                                       .arg(ftroi::metricCodes().join(QStringLiteral(", "))),
         QStringLiteral("M")},
        {QStringLiteral("x"), QStringLiteral("Two-way chart: the input along the x axis, a dotted path such as "
                                             "workload.requests_per_day."), QStringLiteral("PATH")},
        {QStringLiteral("y"), QStringLiteral("Two-way chart: the input along the y axis."), QStringLiteral("PATH")},
    });
    if (!parser.parse(QApplication::arguments()))
        return fail(kExitRefused, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fputs(qPrintable(QStringLiteral("ftroi %1\n").arg(QApplication::applicationVersion())), stdout);
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("export-chart")) && parser.isSet(QStringLiteral("export-report")))
        return fail(kExitRefused, QStringLiteral("--export-chart and --export-report: one at a time"));
    if (parser.isSet(QStringLiteral("export-chart")))
        return exportChart(parser);
    if (parser.isSet(QStringLiteral("export-report")))
        return exportReport(parser);

    ftroi::MainWindow window;
    FirstPaintProbe probe;
    if (qEnvironmentVariableIsSet("FTROI_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&probe); // start-up benchmark: report the first frame, then quit
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!window.offerRecovery() && !files.isEmpty())
        window.openFile(files.first());
    return QApplication::exec();
}
