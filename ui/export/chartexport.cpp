// Off-screen rendering of the charts to images, PNG and SVG files and the clipboard.
#include "ui/export/chartexport.h"

#include "ui/charts/scenarioschart.h"

#include "core/catalog/pricenotes.h"
#include "core/text/safesave.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/scenariochartview.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QBuffer>
#include <QSvgGenerator>

#include <functional>
#include <memory>

#include <algorithm>

namespace ftroi {

namespace {

constexpr QSize kReferenceSize(1920, 1080);
// Images smaller than half the reference size are laid out at half of it and
// scaled down, so the slide-sized fonts still leave room for titles and legends.
constexpr qreal kMinLayoutScale = 0.5;

// "Prices: <name>, <source> as of <date>" under an exported chart when presets
// filled the scenario's prices: the chart is laid out above a footer band
// (in layout pixels) that holds the line, wrapped to at most three lines.
struct Footer {
    QString text;
    qreal height = 0;
};

constexpr qreal kFooterMargin = 12;

Footer footerFor(const QString &text, const QSizeF &layoutSize)
{
    Footer footer{text, 0};
    if (footer.text.isEmpty())
        return footer;
    const QFontMetricsF metrics(chartstyle::axisLabelFont());
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, layoutSize.width() - 2 * kFooterMargin, 1e6),
                                               Qt::TextWordWrap, footer.text);
    footer.height = std::min(bounds.height(), 3 * metrics.lineSpacing()) + kFooterMargin;
    return footer;
}

// Paints the footer into the band at the bottom of `layoutRect` (layout pixels).
void paintFooter(QPainter &painter, const Footer &footer, const QRectF &layoutRect)
{
    if (footer.text.isEmpty())
        return;
    painter.save();
    painter.setFont(chartstyle::axisLabelFont());
    painter.setPen(chartstyle::color(chartstyle::Role::Text));
    const QRectF band(layoutRect.left() + kFooterMargin, layoutRect.bottom() - footer.height,
                      layoutRect.width() - 2 * kFooterMargin, footer.height - kFooterMargin / 2);
    painter.setClipRect(band);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, footer.text);
    painter.restore();
}

// Builds the view inside an ExportTextScope, so its text is sized for the image.
std::unique_ptr<ScenarioChartView> preparedChart(ChartKind kind, const Scenario &scenario, const ScenarioResult &result,
                                                 const QString &currency, const QSizeF &layoutSize, bool transparent,
                                                 const ChartOptions &options)
{
    std::unique_ptr<ScenarioChartView> view = createChartView(kind);
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->setTransparentBackground(transparent);
    view->setDocumentName(options.documentName);
    view->setSubtitleAlwaysShown(true);
    if (options.choicesFrom)
        view->copyChoicesFrom(*options.choicesFrom);
    showForExport(*view, kind, scenario, result, currency);
    view->layoutForRendering(layoutSize);
    return view;
}

// What every export sets up: text sized for the image's layout size, the
// footer under the chart, and the chart laid out in the room above it.
using MakeView = std::function<std::unique_ptr<ScenarioChartView>(const QSizeF &chartSize)>;
struct ExportSetUp {
    ExportSetUp(QSize size, const QString &footerText, const MakeView &make)
        : layoutSize(chartLayoutSize(size)), textScope(layoutSize), footer(footerFor(footerText, layoutSize)),
          chartSize(layoutSize.width(), layoutSize.height() - footer.height), view(make(chartSize))
    {
    }
    ExportSetUp(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                QSize size, bool transparent, const ChartOptions &options)
        : ExportSetUp(size, priceSourcesText(scenario), [&](const QSizeF &chartSize) {
              return preparedChart(kind, scenario, result, currency, chartSize, transparent, options);
          })
    {
    }
    const QSizeF layoutSize;
    const chartstyle::ExportTextScope textScope;
    const Footer footer;
    const QSizeF chartSize;
    const std::unique_ptr<ScenarioChartView> view;
};

// Checks the folder first: QSaveFile's own message for a missing folder is vague.
bool openForWriting(QBuffer &file, const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no file name given."));
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return fail(QStringLiteral("the folder \"%1\" does not exist.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isDir())
        return fail(QStringLiteral("\"%1\" is not a folder.").arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (info.isDir())
        return fail(QStringLiteral("it is a folder."));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString() + QLatin1Char('.'));
    return true;
}

bool commit(const QBuffer &file, const QString &path, QString *error)
{
    const Result<void> saved = saveFileSafely(path, file.data());
    if (saved)
        return true;
    if (error)
        *error = QStringLiteral("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), saved.error())
            + (saved.error().endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
    return false;
}

} // namespace

void showForExport(ScenarioChartView &view, ChartKind kind, const Scenario &scenario, const ScenarioResult &result,
                   const QString &currency)
{
    if (const auto prepare = chartEntry(kind).prepareExport)
        prepare(view, scenario, currency);
    view.setScenario(scenario, result, currency);
}

QString fileNameSlug(const QString &scenarioName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString slug = scenarioName.toLower().replace(unsafe, QStringLiteral("-")).left(60);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("scenario") : slug;
}

QString chartFileName(const QString &scenarioName, ChartKind kind, bool svg)
{
    return fileNameSlug(scenarioName) + QLatin1Char('-') + chartKindName(kind) +
           (svg ? QStringLiteral(".svg") : QStringLiteral(".png"));
}

QSizeF chartLayoutSize(QSize size)
{
    const qreal scale =
        std::min(qreal(size.width()) / kReferenceSize.width(), qreal(size.height()) / kReferenceSize.height());
    qreal factor = 1; // image pixels per layout pixel
    if (scale > 1)
        factor = scale;
    else if (scale < kMinLayoutScale && scale > 0)
        factor = scale / kMinLayoutScale;
    return QSizeF(size.width() / factor, size.height() / factor);
}

namespace {

QImage renderImage(const ExportSetUp &e, QSize size, bool transparent, qreal ratio)
{
    QImage image((QSizeF(size) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // Paint in layout pixels, scaled to the image (and its pixel ratio).
    painter.scale(ratio * size.width() / e.layoutSize.width(), ratio * size.height() / e.layoutSize.height());
    e.view->renderChart(&painter, QRectF(QPointF(0, 0), e.chartSize));
    paintFooter(painter, e.footer, QRectF(QPointF(0, 0), e.layoutSize));
    painter.end();
    image.setDevicePixelRatio(ratio);
    return image;
}

bool writePng(const ExportSetUp &e, QSize size, bool transparent, qreal ratio, const QString &path, QString *error)
{
    QBuffer file;
    if (!openForWriting(file, path, error))
        return false;
    const QImage image = renderImage(e, size, transparent, ratio);
    if (image.isNull() || !image.save(&file, "PNG")) {
        if (error)
            *error = QStringLiteral("Cannot write \"%1\": the %2x%3 image could not be encoded as PNG.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(size.width())
                         .arg(size.height());
        return false;
    }
    return commit(file, path, error);
}

bool writeSvg(const ExportSetUp &e, QSize size, bool transparent, const QString &description, const QString &path,
              QString *error)
{
    QBuffer file;
    if (!openForWriting(file, path, error))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), e.layoutSize));
    // Text is laid out at screen resolution; paint it at the same one (the SVG default is 72 dpi).
    generator.setResolution(QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiX());
    generator.setTitle(e.view->headingTitle());
    generator.setDescription(description + (e.footer.text.isEmpty() ? QString() : QStringLiteral(". ") + e.footer.text));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = QStringLiteral("Cannot write \"%1\": the SVG could not be started.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (!transparent)
        painter.fillRect(QRectF(QPointF(0, 0), e.layoutSize), Qt::white);
    e.view->renderChart(&painter, QRectF(QPointF(0, 0), e.chartSize));
    paintFooter(painter, e.footer, QRectF(QPointF(0, 0), e.layoutSize));
    painter.end();
    return commit(file, path, error);
}

qreal ratioOf(const ChartOptions &options)
{
    return options.devicePixelRatio > 0 ? options.devicePixelRatio : 1;
}

bool refuseEmpty(QSize size, const QString &path, QString *error)
{
    if (!size.isEmpty())
        return false;
    if (error)
        *error = QStringLiteral("Cannot write \"%1\": the size is empty.").arg(QDir::toNativeSeparators(path));
    return true;
}

// The scenarios chart laid out for an export.
MakeView scenariosView(const ScenarioDocument &document, const std::vector<ScenarioResult> &results, Metric metric,
                       bool transparent, const ChartOptions &options)
{
    return [&document, &results, &options, metric, transparent](const QSizeF &chartSize) -> std::unique_ptr<ScenarioChartView> {
        auto view = std::make_unique<ScenariosChart>();
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->setTransparentBackground(transparent);
        view->setDocumentName(options.documentName);
        view->setScenarios(document, results, metric);
        view->layoutForRendering(chartSize);
        return view;
    };
}

} // namespace

QImage renderChartImage(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                        QSize size, bool transparent, const ChartOptions &options)
{
    if (size.isEmpty())
        return QImage();
    const ExportSetUp e(kind, scenario, result, currency, size, transparent, options);
    return renderImage(e, size, transparent, ratioOf(options));
}

bool writeChartPng(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                   QSize size, bool transparent, const QString &path, QString *error, const ChartOptions &options)
{
    if (refuseEmpty(size, path, error))
        return false;
    const ExportSetUp e(kind, scenario, result, currency, size, transparent, options);
    return writePng(e, size, transparent, ratioOf(options), path, error);
}

bool writeChartSvg(ChartKind kind, const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                   QSize size, bool transparent, const QString &path, QString *error, const ChartOptions &options)
{
    if (refuseEmpty(size, path, error))
        return false;
    const ExportSetUp e(kind, scenario, result, currency, size, transparent, options);
    return writeSvg(e, size, transparent, QStringLiteral("%1 chart of \"%2\"").arg(chartKindTitle(kind), scenario.name),
                    path, error);
}

bool writeScenariosChart(const ScenarioDocument &document, const std::vector<ScenarioResult> &results, Metric metric,
                         QSize size, bool transparent, const QString &path, QString *error, const ChartOptions &options)
{
    if (refuseEmpty(size, path, error))
        return false;
    const ExportSetUp e(size, QString(), scenariosView(document, results, metric, transparent, options));
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return writeSvg(e, size, transparent, QStringLiteral("The scenarios of %1 side by side").arg(options.documentName),
                        path, error);
    return writePng(e, size, transparent, ratioOf(options), path, error);
}

void paintChart(QPainter &painter, const QRectF &target, ChartKind kind, const Scenario &scenario,
                const ScenarioResult &result, const QString &currency, QSize layoutSize, const ChartOptions &options)
{
    if (layoutSize.isEmpty() || target.isEmpty())
        return;
    const ExportSetUp e(kind, scenario, result, currency, layoutSize, false, options);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / e.layoutSize.width(), target.height() / e.layoutSize.height());
    painter.fillRect(QRectF(QPointF(0, 0), e.layoutSize), Qt::white);
    e.view->renderChart(&painter, QRectF(QPointF(0, 0), e.chartSize));
    paintFooter(painter, e.footer, QRectF(QPointF(0, 0), e.layoutSize));
    painter.restore();
}

void copyChartToClipboard(ChartKind kind, const Scenario &scenario, const ScenarioResult &result,
                          const QString &currency, QSize size, bool transparent, const ChartOptions &options)
{
    const QImage image = renderChartImage(kind, scenario, result, currency, size, transparent, options);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(image);
}

} // namespace ftroi
