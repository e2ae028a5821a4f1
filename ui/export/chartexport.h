// Rendering and exporting the scenario charts: one code path for the export
// dialog, the clipboard and the headless command line. Everything here builds
// the chart off-screen (no window is shown; QT_QPA_PLATFORM=offscreen works)
// and needs a QApplication, as the charts are widgets.
//
// Sizes above 1920x1080 are laid out at 1920x1080-equivalent and scaled up,
// so a 4K export looks like the Full HD one with crisper lines and text;
// sizes below 960x540 are laid out at 960x540-equivalent and scaled down.
//
// When presets filled the scenario's prices, a footer under the chart says
// where they came from: "Prices: <name>, <source> as of <date>".
//
// Text is sized for the image (chartstyle::ExportTextScope): a 1920x1080
// export has a 40 px title and 24 px tick labels, whatever the screen's font.
//
// Charts are fed plain data; what an analysis chart shows (the sensitivity,
// the two-way grid, the Monte Carlo, the cash-flow band) is computed here, on
// the calling thread, through the chart registry's prepareExport.
#pragma once

#include "core/analysis/analysis.h"
#include "core/engine/costengine.h"
#include "core/model/scenario.h"
#include "ui/export/chartregistry.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace ftroi {

// What an export shows beyond the scenario, and how dense its pixels are.
struct ChartOptions {
    // The document's name for the subtitle ("pricing.ftroi"); empty for none.
    QString documentName;
    // A view of the same kind whose choices the export shows (the sensitivity
    // metric, the two-way inputs): the tab the user looks at. Not owned.
    const ScenarioChartView *choicesFrom = nullptr;
    // Image pixels per layout pixel: 2 gives an image twice as wide and high
    // with the same layout, for high-density screens and print.
    qreal devicePixelRatio = 1;
};

// Shows one scenario on `view`, a new chart of `kind`, as an export does: the
// analysis it shows computed here (chartEntry(kind).prepareExport), then setScenario().
void showForExport(ScenarioChartView &view, ChartKind kind, const Scenario &scenario, const ScenarioResult &result,
                   const QString &currency);

// "Customer support on GPT-4o" -> "customer-support-on-gpt-4o" (at most 60
// characters, "scenario" when nothing is left): file names of exports.
QString fileNameSlug(const QString &scenarioName);
// "<slug>-<chart>.png" (or .svg).
QString chartFileName(const QString &scenarioName, ChartKind kind, bool svg = false);

// The size the chart is laid out at for an image of `size`: the same size
// between 960x540 and 1920x1080, else scaled into that band (aspect kept).
QSizeF chartLayoutSize(QSize size);

// An ARGB32_Premultiplied image of exactly `size` x the options' device
// pixel ratio (which the image carries), filled white or transparent.
QImage renderChartImage(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                        QSize size, bool transparent, const ChartOptions &options = {});

// Write a PNG (atomically) or an SVG of `size` to `path`; on failure return
// false and set `error` to a message naming the file and the reason.
bool writeChartPng(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                   QSize size, bool transparent, const QString &path, QString *error,
                   const ChartOptions &options = {});
bool writeChartSvg(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                   QSize size, bool transparent, const QString &path, QString *error,
                   const ChartOptions &options = {});

// The scenarios chart (ui/charts/scenarioschart.h) of the whole document:
// every scenario's fine-tuning paths by `metric` (NPV or monthly savings), as
// a PNG, or an SVG when `path` ends in .svg.
bool writeScenariosChart(const ScenarioDocument &document, const std::vector<ScenarioResult> &results, Metric metric,
                         QSize size, bool transparent, const QString &path, QString *error,
                         const ChartOptions &options = {});

// Paints the chart as an export of `layoutSize` would show it (text sized for
// that size, the price footer under it) into `target` of `painter`, scaled to
// fit: vector output on a PDF or SVG painter (the decision memo's charts).
void paintChart(QPainter &painter, const QRectF &target, ChartKind kind, const Scenario &scenario,
                const ScenarioResult &result, const QString &currency, QSize layoutSize,
                const ChartOptions &options = {});

// Puts the rendered image on the system clipboard.
void copyChartToClipboard(ChartKind kind, const Scenario &scenario, const ScenarioResult &result,
                          const QString &currency, QSize size, bool transparent, const ChartOptions &options = {});

} // namespace ftroi
