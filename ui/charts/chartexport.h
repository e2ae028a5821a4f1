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
#pragma once

#include "costengine.h"
#include "scenario.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ftroi {

class ScenarioChartView;

enum class ChartKind { BreakEven, CashFlow, Breakdown, Levers, Tornado, Heatmap };

// "break-even", "cashflow", "breakdown", "levers" "tornado", "heatmap" (as used on the command line and in file names).
QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString &name);
// Every kind, in menu order, and their names ("break-even", ...).
QList<ChartKind> chartKinds();
QStringList chartKindNames();
// "Break-even", "Cash flow", "Cost breakdown", "Serving levers" "Sensitivity", "Two-way" (for menus and combo boxes).
QString chartKindTitle(ChartKind kind);

// A new, empty chart view of that kind.
std::unique_ptr<ScenarioChartView> createChartView(ChartKind kind);

// The size the chart is laid out at for an image of `size`: the same size
// between 960x540 and 1920x1080, else scaled into that band (aspect kept).
QSizeF chartLayoutSize(QSize size);

// An ARGB32_Premultiplied image of exactly `size`, filled white or transparent.
QImage renderChartImage(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                        QSize size, bool transparent);

// Write a PNG (atomically) or an SVG of `size` to `path`; on failure return
// false and set `error` to a message naming the file and the reason.
bool writeChartPng(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                   QSize size, bool transparent, const QString &path, QString *error);
bool writeChartSvg(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                   QSize size, bool transparent, const QString &path, QString *error);

// Puts the rendered image on the system clipboard.
void copyChartToClipboard(ChartKind kind, const Scenario &scenario, const ScenarioResult &result,
                          const QString &currency, QSize size, bool transparent);

} // namespace ftroi
