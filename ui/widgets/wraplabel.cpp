// WrapLabel: QLabel's heightForWidth(), remembered per text and width.
#include "ui/widgets/wraplabel.h"

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
        m_heights.clear();
    }
    return m_heights.heightFor(width, [this](int w) { return QLabel::heightForWidth(w); });
}

void WrapLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace ftroi
