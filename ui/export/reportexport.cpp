// writeReport: the decision memo's pages painted on a QPdfWriter.
#include "ui/export/reportexport.h"

#include "core/analysis/rangeddecision.h"
#include "core/text/safesave.h"
#include "ui/export/chartexport.h"
#include "ui/export/reporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace ftroi {

namespace {

// Charts are laid out as a 4:3 export (text sized for it) and drawn as vectors.
constexpr QSize kChartLayout(1440, 1080);
constexpr qreal kChartGap = 24; // between two charts on a page, in device pixels

// The pages in order: text flowed over as many pages as it needs, charts two to a page.
class MemoPainter
{
public:
    MemoPainter(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer), m_painter(painter),
          m_page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size())
    {
    }

    void flow(const QString &html)
    {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&m_writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 13pt; } "
                                                     "h3 { font-size: 11pt; } th { background-color: #eef1f5; }"));
        document.setPageSize(m_page.size());
        document.setHtml(html);
        // No ligatures: "fi" stays two letters, so the memo's text reads back and
        // searches as written (pdftotext, a viewer's Find).
        QTextCharFormat plainLetters;
        plainLetters.setFontStyleStrategy(QFont::PreferNoShaping);
        QTextCursor all(&document);
        all.select(QTextCursor::Document);
        all.mergeCharFormat(plainLetters);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            newPage();
            m_painter.save();
            const QRectF clip(0, i * m_page.height(), m_page.width(), m_page.height());
            m_painter.translate(0, -clip.top());
            document.drawContents(&m_painter, clip);
            m_painter.restore();
        }
    }

    // Up to two charts on a new page, one above the other, each as wide as the
    // page allows at 4:3.
    void charts(const QList<ChartKind> &kinds, const Scenario &s, const ScenarioResult &r, const QString &currency,
                const ChartOptions &options)
    {
        if (kinds.isEmpty())
            return;
        newPage();
        const qreal slot = (m_page.height() - kChartGap) / 2;
        const qreal width = std::min(m_page.width(), slot * kChartLayout.width() / kChartLayout.height());
        const qreal height = width * kChartLayout.height() / kChartLayout.width();
        for (qsizetype i = 0; i < kinds.size() && i < 2; ++i) {
            const QRectF target((m_page.width() - width) / 2, i * (slot + kChartGap), width, height);
            paintChart(m_painter, target, kinds.at(i), s, r, currency, kChartLayout, options);
        }
    }

private:
    void newPage()
    {
        if (!m_first)
            m_writer.newPage();
        m_first = false;
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QRectF m_page;
    bool m_first = true;
};

} // namespace

QPageSize::PageSizeId reportPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

bool writeReport(const ScenarioDocument &document, const QList<int> &scenarios, const QString &path, QString *error,
                 const ReportOptions &options)
{
    const auto failWith = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (scenarios.isEmpty())
        return failWith(QStringLiteral("no scenario to report on."));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(reportPageSize(options.locale)));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        // Charts lay their text out at screen resolution: paint at the same one (vector output either way).
        writer.setResolution(QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiX());
        writer.setTitle(QStringLiteral("Decision memo: %1").arg(options.documentName));
        writer.setCreator(QStringLiteral("Fine-Tuning ROI Studio"));
        QPainter painter;
        if (!painter.begin(&writer))
            return failWith(QStringLiteral("the PDF could not be started."));
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        MemoPainter memo(writer, painter);
        ReportContext context{options.documentName, document.currency, options.locale, QDate::currentDate()};
        ChartOptions chartOptions;
        chartOptions.documentName = options.documentName;
        for (int index : scenarios) {
            if (index < 0 || index >= document.scenarios.size())
                return failWith(QStringLiteral("there is no scenario %1.").arg(index + 1));
            const Scenario &s = document.scenarios.at(index);
            const ScenarioResult r = evaluateWithShares(s);
            memo.flow(reportSummaryHtml(s, r, context));
            memo.charts({ChartKind::BreakEven, ChartKind::CashFlow}, s, r, document.currency, chartOptions);
            if (hasRanges(s))
                memo.charts({ChartKind::Breakdown, ChartKind::Distribution}, s, r, document.currency, chartOptions);
            else
                memo.charts({ChartKind::Breakdown, ChartKind::Tornado}, s, r, document.currency, chartOptions);
            memo.flow(reportAssumptionsHtml(s, context));
        }
        memo.flow(reportMethodologyHtml());
        painter.end();
    }
    const Result<void> saved = saveFileSafely(path, buffer.data());
    if (!saved)
        return failWith(saved.error());
    return true;
}

} // namespace ftroi
