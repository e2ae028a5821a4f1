// The chart's title and subtitle, drawn as one graphics item on top of the
// chart instead of as Qt Charts' own title. The subtitle's key numbers change
// on every slider step: a new Qt Charts title re-lays out and repaints the
// whole chart, while this item repaints only the lines whose text changed and
// asks for a new layout only when its height changes (a line more or less).
#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ftroi {

class ChartHeadingItem : public QGraphicsItem
{
public:
    // Takes the title and subtitle fonts of chartstyle as they are now (an
    // ExportTextScope sizes them for the image).
    explicit ChartHeadingItem(QGraphicsItem *parent = nullptr);

    // `subtitle` may hold several lines separated by '\n'; empty for none.
    void setText(const QString &title, const QString &subtitle);
    // The width the lines are centred in; a longer line ends in "…".
    void setWidth(qreal width);

    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    QFont titleFont() const { return m_titleFont; }
    QFont subtitleFont() const { return m_subtitleFont; }
    // The lines as drawn: wrapped, and elided where a part is still too wide.
    QStringList shownLines() const;
    // The height of the shown lines; 0 with no text.
    qreal height() const { return m_height; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Line {
        QString text;
        QFont font;
        QStaticText shown; // elided to the width
        qreal top = 0;
        qreal lineHeight = 0;
    };
    QVector<Line> wantedLines() const;
    void layOut(QVector<Line> lines);
    void elide(Line &line) const;

    QString m_title;
    QString m_subtitle;
    QFont m_titleFont;
    QFont m_subtitleFont;
    QVector<Line> m_lines;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace ftroi
