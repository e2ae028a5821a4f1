// Title and subtitle lines of a chart, repainted line by line.
#include "ui/charts/chartheadingitem.h"

#include "ui/charts/chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ftroi {

ChartHeadingItem::ChartHeadingItem(QGraphicsItem *parent)
    : QGraphicsItem(parent), m_titleFont(chartstyle::titleFont()), m_subtitleFont(chartstyle::subtitleFont())
{
    setZValue(10); // over the chart's background and plot area
}

namespace {

// `text` in lines no wider than `width`, broken at `separator` where it is
// too long (the key numbers keep every number, the title its break-even); a
// single part that is still too wide is elided later.
QStringList wrapAtSeparators(const QString &text, const QString &separator, const QFontMetricsF &metrics, qreal width)
{
    if (width <= 0 || metrics.horizontalAdvance(text) <= width)
        return {text};
    QStringList lines;
    QString line;
    for (const QString &part : text.split(separator)) {
        const QString longer = line.isEmpty() ? part : line + separator + part;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(line);
            line = part;
        } else {
            line = longer;
        }
    }
    lines.append(line);
    return lines;
}

} // namespace

QVector<ChartHeadingItem::Line> ChartHeadingItem::wantedLines() const
{
    QVector<Line> lines;
    if (!m_title.isEmpty())
        for (const QString &line : wrapAtSeparators(m_title, QStringLiteral(" \u2014 "), QFontMetricsF(m_titleFont), m_width))
            lines.append({line, m_titleFont, {}, 0, 0});
    if (!m_subtitle.isEmpty()) {
        const QFontMetricsF metrics(m_subtitleFont);
        for (const QString &text : m_subtitle.split(QLatin1Char('\n')))
            for (const QString &line : wrapAtSeparators(text, QStringLiteral(" \u00b7 "), metrics, m_width))
                lines.append({line, m_subtitleFont, {}, 0, 0});
    }
    return lines;
}

void ChartHeadingItem::elide(Line &line) const
{
    const QFontMetricsF metrics(line.font);
    const QString text = m_width > 0 ? metrics.elidedText(line.text, Qt::ElideRight, m_width) : line.text;
    line.shown.setTextFormat(Qt::PlainText);
    line.shown.setText(text);
    line.shown.prepare(QTransform(), line.font);
}

void ChartHeadingItem::layOut(QVector<Line> lines)
{
    qreal top = 0;
    for (Line &line : lines) {
        line.lineHeight = QFontMetricsF(line.font).height();
        line.top = top;
        top += line.lineHeight;
    }
    const bool sameShape = lines.size() == m_lines.size() && top == m_height;
    if (!sameShape) {
        prepareGeometryChange();
        for (Line &line : lines)
            elide(line);
        m_lines = std::move(lines);
        m_height = top;
        update();
        return;
    }
    // Same lines, same places: repaint only the lines whose text changed.
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].text == m_lines[i].text && lines[i].font == m_lines[i].font)
            continue;
        elide(lines[i]);
        m_lines[i] = lines[i];
        update(QRectF(0, lines[i].top, m_width, lines[i].lineHeight));
    }
}

void ChartHeadingItem::setText(const QString &title, const QString &subtitle)
{
    if (title == m_title && subtitle == m_subtitle)
        return;
    m_title = title;
    m_subtitle = subtitle;
    layOut(wantedLines());
}

void ChartHeadingItem::setWidth(qreal width)
{
    if (width == m_width)
        return;
    prepareGeometryChange();
    m_width = width;
    m_lines.clear(); // every line is elided and wrapped anew
    layOut(wantedLines());
}

QStringList ChartHeadingItem::shownLines() const
{
    QStringList lines;
    for (const Line &line : m_lines)
        lines.append(line.shown.text());
    return lines;
}

QRectF ChartHeadingItem::boundingRect() const
{
    return QRectF(0, 0, m_width, m_height);
}

void ChartHeadingItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(chartstyle::color(chartstyle::Role::Text));
    for (const Line &line : m_lines) {
        painter->setFont(line.font);
        const qreal left = (m_width - line.shown.size().width()) / 2;
        painter->drawStaticText(QPointF(left, line.top), line.shown);
    }
}

} // namespace ftroi
