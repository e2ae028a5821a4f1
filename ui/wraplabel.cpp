// WrapLabel: QLabel's heightForWidth(), remembered per text and width.
#include "wraplabel.h"

#include <QEvent>

namespace ftroi {

WrapLabel::WrapLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrapLabel::heightForWidth(int width) const
{
    if (m_cachedText != text()) {
        m_cachedText = text();
        m_heights.fill(Entry{});
    }
    for (const Entry &entry : m_heights)
        if (entry.width == width)
            return entry.height;
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.fill(Entry{});
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace ftroi
