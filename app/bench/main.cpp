// ftroi-bench: timing harness for the engine, document I/O and the app's
// slider path. Prints one line per figure, or one JSON object with --json.
// Medians over many repetitions (p95 for the slider); never fails on timings.
#include "app/bench/analysisbench.h"
#include "app/bench/importbench.h"
#include "ui/charts/breakevenchart.h"
#include "ui/export/chartexport.h"
#include "ui/window/chartspanel.h"
#include "ui/analysis/uncertaintycontroller.h"
#include "core/engine/curves.h"
#include "ui/document/document.h"
#include "core/io/documentformat.h"
#include "ui/window/mainwindow.h"
#include "core/report/resultjson.h"
#include "ui/window/sliderpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ftroi;

namespace {

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const size_t i = std::min(samples.size() - 1, size_t(p * double(samples.size() - 1) + 0.5));
    return samples[i];
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

Scenario typicalScenario(const QString &examples)
{
    return readDocument(readAll(examples + QStringLiteral("/starter.ftroi"))).document->scenarios.first();
}

// Keeps the optimiser from dropping the measured work.
volatile double g_sink = 0;

double engineEvaluateNs(const Scenario &s)
{
    constexpr int kBatch = 20000;
    std::vector<double> samples;
    Scenario varied = s;
    for (int rep = 0; rep < 50; ++rep) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kBatch; ++i) {
            varied.workload.requestsPerDay = s.workload.requestsPerDay * (1 + (i & 15) * 0.01);
            g_sink = g_sink + evaluate(varied).monthlySavings;
        }
        samples.push_back(double(t.nsecsElapsed()) / kBatch);
    }
    return percentile(samples, 0.5);
}

double curve1000PointsUs(const Scenario &s)
{
    const ScenarioResult r = evaluate(s);
    const CostLine line = costLine(s, r.monthlyAmortizedProjectCost);
    std::vector<CostCurvePoint> points;
    std::vector<double> samples;
    for (int rep = 0; rep < 2000; ++rep) {
        QElapsedTimer t;
        t.start();
        sampleCostCurve(line, 1e4, 1e10, 1000, points);
        samples.push_back(double(t.nsecsElapsed()) / 1000.0);
        g_sink = g_sink + points.back().selfHostedMonthly;
    }
    return percentile(samples, 0.5);
}

QByteArray bigDocument(const QString &examples, int count)
{
    const QJsonObject root = QJsonDocument::fromJson(readAll(examples + QStringLiteral("/seed-examples.ftroi"))).object();
    const QJsonArray source = root.value(QStringLiteral("scenarios")).toArray();
    QJsonArray scenarios;
    for (int i = 0; i < count; ++i) {
        QJsonObject s = source.at(i % source.size()).toObject();
        s.insert(QStringLiteral("name"), QStringLiteral("Scenario %1").arg(i + 1));
        scenarios.append(s);
    }
    QJsonObject doc = root;
    doc.insert(QStringLiteral("scenarios"), scenarios);
    // Read back from a file the way the app and ftroi-cli read documents.
    QTemporaryFile file;
    file.open();
    file.write(QJsonDocument(doc).toJson());
    file.seek(0);
    return readDocumentBytes(file);
}

double document10kMs(const QByteArray &json)
{
    std::vector<double> samples;
    for (int rep = 0; rep < 15; ++rep) {
        QElapsedTimer t;
        t.start();
        const ReadResult read = readDocument(json);
        for (const Scenario &s : read.document->scenarios)
            g_sink = g_sink + evaluate(s).monthlySavings;
        samples.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return percentile(samples, 0.5);
}

// Read and validate a 20,000-scenario document.
double document20kReadMs(const QByteArray &json)
{
    std::vector<double> samples;
    for (int rep = 0; rep < 15; ++rep) {
        QElapsedTimer t;
        t.start();
        const ReadResult read = readDocument(json);
        samples.push_back(double(t.nsecsElapsed()) / 1e6);
        g_sink = g_sink + double(read.document->scenarios.size());
    }
    return percentile(samples, 0.5);
}

// Read, evaluate and write the JSON results of a 20,000-scenario document (what
// `ftroi-cli evaluate --json` does, without process start-up and file I/O).
double document20kEvaluateMs(const QByteArray &json)
{
    std::vector<double> samples;
    for (int rep = 0; rep < 9; ++rep) {
        QElapsedTimer t;
        t.start();
        const ReadResult read = readDocument(json);
        const QByteArray out = evaluateDocumentToJson(*read.document);
        samples.push_back(double(t.nsecsElapsed()) / 1e6);
        g_sink = g_sink + double(out.size());
    }
    return percentile(samples, 0.5);
}

// Counts paint events of the widget it watches.
struct PaintCounter : QObject {
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

struct SliderFigures {
    double p95 = 0;
    double median = 0;
    double viewsMedian = 0; // before layout and painting
};

// The tab that holds `view` (a chart tab, or the analysis page around it).
int tabOf(QTabWidget *tabs, QWidget *view)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) == view || tabs->widget(i)->isAncestorOf(view))
            return i;
    return -1;
}

// Volume-slider steps on the starter document in the real main window with
// every tab created (each shown once), `kind`'s tab visible: a step is the
// slider's new value, the events it posts (layouts, paints) and, if those did
// not paint it, a repaint of the visible chart.
SliderFigures sliderUpdate(const QString &examples, ChartKind kind, int steps)
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFile(examples + QStringLiteral("/starter.ftroi"));
    ChartsPanel *charts = window.charts();
    for (int i = 0; i < charts->count(); ++i) {
        charts->setCurrentIndex(i);
        QApplication::processEvents();
    }
    QWidget *chart = charts->chart(kind)->viewport();
    charts->setCurrentIndex(tabOf(charts, charts->chart(kind)));
    QApplication::processEvents();
    QSlider *slider = window.sliders()->volumeSlider();
    PaintCounter chartPaints;
    chart->installEventFilter(&chartPaints);
    std::vector<double> samples;
    std::vector<double> viewSamples;
    int position = 100;
    int direction = 1;
    for (int step = 0; step < steps + 20; ++step) {
        position += direction;
        if (position >= slider->maximum() || position <= slider->minimum())
            direction = -direction;
        const int paintsBefore = chartPaints.count;
        QElapsedTimer t;
        t.start();
        slider->setValue(position);      // document edit -> engine -> every view
        const double viewsMs = double(t.nsecsElapsed()) / 1e6;
        QApplication::processEvents();   // pending layouts and paints, as the event loop would
        if (kind == ChartKind::Distribution) {
            // The Uncertainty tab shows the Monte Carlo of this step's value at the
            // document's full count (10,000 samples in the starter), not an older one.
            charts->uncertainty()->waitUntilRefined();
            QApplication::processEvents();
        }
        if (chartPaints.count == paintsBefore)
            chart->repaint();            // the visible chart painted in any case
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (step >= 20) { // warm-up
            samples.push_back(ms);
            viewSamples.push_back(viewsMs);
        }
    }
    if (qEnvironmentVariableIsSet("FTROI_BENCH_QUANTILES"))
        std::printf("slider %s quantiles p50 %.2f p75 %.2f p90 %.2f p95 %.2f p99 %.2f max %.2f\n", qPrintable(chartKindName(kind)),
                    percentile(samples, 0.5), percentile(samples, 0.75), percentile(samples, 0.9), percentile(samples, 0.95),
                    percentile(samples, 0.99), percentile(samples, 1.0));
    window.document()->markSaved();
    return {percentile(samples, 0.95), percentile(samples, 0.5), percentile(viewSamples, 0.5)};
}

// "slider_update_p95_ms_break_even", ... for every chart tab.
QString sliderKey(ChartKind kind)
{
    return QStringLiteral("slider_update_p95_ms_") + chartKindName(kind).replace(QLatin1Char('-'), QLatin1Char('_'));
}

double startupToFirstPaintMs(const QString &app, const QString &examples)
{
    std::vector<double> samples;
    for (int rep = 0; rep < 7; ++rep) {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FTROI_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        process.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        process.start(app, {examples + QStringLiteral("/starter.ftroi")});
        QByteArray out;
        while (!out.contains("first-paint") && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(20);
            out += process.readAllStandardOutput();
        }
        if (out.contains("first-paint"))
            samples.push_back(double(t.nsecsElapsed()) / 1e6);
        process.waitForFinished(10000);
    }
    return samples.empty() ? -1 : percentile(samples, 0.5);
}

double pngExportMs(const Scenario &s)
{
    QTemporaryDir dir;
    const ScenarioResult r = evaluate(s);
    std::vector<double> samples;
    for (int rep = 0; rep < 15; ++rep) {
        QString error;
        QElapsedTimer t;
        t.start();
        writeChartPng(ChartKind::BreakEven, s, r, QStringLiteral("USD"), QSize(1920, 1080), false,
                      dir.filePath(QStringLiteral("chart.png")), &error);
        samples.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return percentile(samples, 0.5);
}

// monte_carlo_100k_ms, monte_carlo_1m_ms (the starter's first scenario with
// five ranges) and monte_carlo_100k_growth_ms (the same growing, autoscaled,
// discounted over 36 months).
void insertMonteCarloFigures(QJsonObject &figures, const Scenario &typical)
{
    const Scenario ranged = bench::rangedScenario(typical);
    figures.insert(QStringLiteral("monte_carlo_100k_ms"), bench::monteCarloMs(ranged, 100000, 15));
    figures.insert(QStringLiteral("monte_carlo_1m_ms"), bench::monteCarloMs(ranged, 1000000, 7));
    figures.insert(QStringLiteral("monte_carlo_100k_growth_ms"), bench::monteCarloMs(bench::growingScenario(typical), 100000, 9));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ftroi-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the engine, documents and the app's slider path."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Print one JSON object.")},
        {QStringLiteral("quick"), QStringLiteral("Engine figures only (for CI smoke runs).")},
        {QStringLiteral("slider-only"), QStringLiteral("Only the slider path (for profiling).")},
        {QStringLiteral("monte-carlo-only"), QStringLiteral("Only the Monte Carlo figures and the slider with the Uncertainty tab.")},
        {QStringLiteral("slider-tab"), QStringLiteral("The tab visible with --slider-only (a --chart name of ftroi-cli: break-even, cashflow, ...)."),
         QStringLiteral("TAB"), QStringLiteral("break-even")},
        {QStringLiteral("examples"), QStringLiteral("Folder with starter.ftroi and seed-examples.ftroi."), QStringLiteral("DIR"),
         QStringLiteral(FTROI_EXAMPLES_DIR)},
        {QStringLiteral("app"), QStringLiteral("The ftroi executable (startup timing)."), QStringLiteral("PATH"),
         QStringLiteral(FTROI_APP_PATH)},
    });
    parser.process(app);
    const QString examples = parser.value(QStringLiteral("examples"));
    const Scenario typical = typicalScenario(examples);

    QJsonObject figures;
    if (parser.isSet(QStringLiteral("slider-only"))) {
        const std::optional<ChartKind> kind = chartKindFromName(parser.value(QStringLiteral("slider-tab")));
        if (!kind) {
            std::fprintf(stderr, "unknown tab \"%s\"\n", qPrintable(parser.value(QStringLiteral("slider-tab"))));
            return 2;
        }
        const SliderFigures f = sliderUpdate(examples, *kind, 500);
        std::printf("slider_update_p95_ms %.3f median %.3f (views updated, before layout and paint: %.3f)\n", f.p95, f.median,
                    f.viewsMedian);
        return 0;
    }
    if (parser.isSet(QStringLiteral("monte-carlo-only"))) {
        insertMonteCarloFigures(figures, typical);
        figures.insert(sliderKey(ChartKind::Distribution), sliderUpdate(examples, ChartKind::Distribution, 200).p95);
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    figures.insert(QStringLiteral("engine_evaluate_ns"), engineEvaluateNs(typical));
    figures.insert(QStringLiteral("curve_1000_points_us"), curve1000PointsUs(typical));
    figures.insert(QStringLiteral("document_10k_ms"), document10kMs(bigDocument(examples, 10000)));
    const QByteArray document20k = bigDocument(examples, 20000);
    figures.insert(QStringLiteral("document_20k_read_ms"), document20kReadMs(document20k));
    figures.insert(QStringLiteral("document_20k_evaluate_ms"), document20kEvaluateMs(document20k));
    insertMonteCarloFigures(figures, typical);
    figures.insert(QStringLiteral("heatmap_100x100_ms"), bench::heatmap100x100Ms(typical));
    figures.insert(QStringLiteral("tornado_ms"), bench::tornadoMs(typical));
    figures.insert(QStringLiteral("usage_import_1m_rows_ms"), bench::usageImport1mRowsMs());
    if (!parser.isSet(QStringLiteral("quick"))) {
        for (const ChartKind kind : chartKinds()) {
            const SliderFigures f = sliderUpdate(examples, kind, kind == ChartKind::BreakEven ? 500 : 300);
            figures.insert(sliderKey(kind), f.p95);
            if (kind == ChartKind::BreakEven) {
                figures.insert(QStringLiteral("slider_update_p95_ms"), f.p95);
                figures.insert(QStringLiteral("slider_update_median_ms"), f.median);
                figures.insert(QStringLiteral("slider_views_median_ms"), f.viewsMedian);
            }
        }
        figures.insert(QStringLiteral("startup_to_first_paint_ms"), startupToFirstPaintMs(parser.value(QStringLiteral("app")), examples));
        figures.insert(QStringLiteral("png_export_1920x1080_ms"), pngExportMs(typical));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    } else {
        for (auto it = figures.begin(); it != figures.end(); ++it)
            std::printf("%-28s %10.3f\n", qPrintable(it.key()), it.value().toDouble());
    }
    return 0;
}
