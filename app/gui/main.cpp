// ftroi: the desktop app. With --export-chart it renders one chart of one
// scenario to a PNG (or SVG) file and exits without showing a window. Without
// a display it says how to run headless and exits 2 (before Qt would abort).
#include "charts/chartexport.h"
#include "documentfile.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QRegularExpression>

#include <cstdio>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitRefused = 2;

int fail(int code, const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return code;
}

// Exporting a chart, or printing help or the version, needs no window and no display.
bool runsWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (qstrcmp(arg, "--export-chart") == 0 || qstrncmp(arg, "--export-chart=", 15) == 0 || qstrcmp(arg, "--help") == 0
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

// Finds a scenario by 1-based number or by exact name.
int scenarioIndex(const ftroi::ScenarioDocument &document, const QString &wanted)
{
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= document.scenarios.size() ? number - 1 : -1;
    for (int i = 0; i < document.scenarios.size(); ++i)
        if (document.scenarios.at(i).name == wanted)
            return i;
    return -1;
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

int exportChart(const QCommandLineParser &parser)
{
    const QString input = parser.value(QStringLiteral("export-chart"));
    const ftroi::LoadResult loaded = ftroi::loadDocumentFile(input);
    if (!loaded.document)
        return fail(QFileInfo::exists(input) ? kExitRefused : kExitError, input + QStringLiteral(": ") + loaded.error);
    const ftroi::ScenarioDocument &document = *loaded.document;

    const QString wanted = parser.isSet(QStringLiteral("scenario")) ? parser.value(QStringLiteral("scenario")) : QStringLiteral("1");
    const int index = scenarioIndex(document, wanted);
    if (index < 0)
        return fail(kExitRefused, QStringLiteral("--scenario: no scenario \"%1\" (use 1 to %2 or an exact name)")
                                      .arg(wanted)
                                      .arg(document.scenarios.size()));

    const QString chartName = parser.isSet(QStringLiteral("chart")) ? parser.value(QStringLiteral("chart")) : QStringLiteral("break-even");
    const std::optional<ftroi::ChartKind> kind = ftroi::chartKindFromName(chartName);
    if (!kind)
        return fail(kExitRefused, QStringLiteral("--chart: \"%1\" is not one of %2")
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
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(kExitRefused, QStringLiteral("--out FILE.png is required with --export-chart"));

    const ftroi::Scenario &scenario = document.scenarios.at(index);
    const ftroi::ScenarioResult result = ftroi::evaluate(scenario);
    const bool transparent = parser.isSet(QStringLiteral("transparent"));
    QString error;
    const bool svg = out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const bool ok = svg ? ftroi::writeChartSvg(*kind, scenario, result, document.currency, size, transparent, out, &error)
                        : ftroi::writeChartPng(*kind, scenario, result, document.currency, size, transparent, out, &error);
    if (!ok)
        return fail(kExitError, error);
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
        {QStringLiteral("scenario"), QStringLiteral("Scenario to export: 1-based number or exact name (default 1)."), QStringLiteral("N|NAME")},
        {QStringLiteral("chart"), QStringLiteral("%1 (default break-even).").arg(ftroi::chartKindNames().join(QStringLiteral(", "))),
         QStringLiteral("KIND")},
        {QStringLiteral("size"), QStringLiteral("Image size, default 1920x1080."), QStringLiteral("WxH")},
        {QStringLiteral("out"), QStringLiteral("Output file (.png or .svg)."), QStringLiteral("FILE")},
        {QStringLiteral("transparent"), QStringLiteral("Transparent background (PNG).")},
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
    if (parser.isSet(QStringLiteral("export-chart")))
        return exportChart(parser);

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
