// ValueText: a value's text, re-laid out only when its room changes.
#include "ui/widgets/valuetext.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <climits>

namespace ftroi {

ValueText::ValueText(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_hint = oneLineSize();
}

int ValueText::textFlags() const
{
    return int(m_alignment) | (m_wrap ? int(Qt::TextWordWrap) : 0);
}

QSize ValueText::oneLineSize() const
{
    const QFontMetrics metrics(font());
    const int step = std::max(1, metrics.averageCharWidth() * 3);
    const int width = metrics.horizontalAdvance(m_text);
    return QSize((width + step - 1) / step * step, metrics.height());
}

int ValueText::heightForWidth(int width) const
{
    if (!m_wrap)
        return m_hint.height();
    return m_heights.heightFor(width, [this](int w) {
        const QFontMetrics metrics(font());
        if (m_text.isEmpty())
            return metrics.height();
        return metrics.boundingRect(QRect(0, 0, std::max(1, w), INT_MAX / 2), textFlags(), m_text).height();
    });
}

void ValueText::fitText(int previousHeight)
{
    if (m_wrap) {
        // A wrapped text keeps its width; only a new height needs a new layout.
        if (heightForWidth(width()) == previousHeight)
            return;
        updateGeometry();
        return;
    }
    const QSize needed = oneLineSize();
    // Within its step a new text keeps the room it has: no new layout.
    if (needed == m_hint)
        return;
    m_hint = needed;
    updateGeometry();
}

void ValueText::setText(const QString &text)
{
    if (text == m_text)
        return;
    const int previousHeight = heightForWidth(width());
    m_text = text;
    m_heights.clear();
    fitText(previousHeight);
    update();
}

void ValueText::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment;
    update();
}

void ValueText::setWordWrap(bool wrap)
{
    if (wrap == m_wrap)
        return;
    m_wrap = wrap;
    m_heights.clear();
    QSizePolicy policy(QSizePolicy::Preferred, wrap ? QSizePolicy::Preferred : QSizePolicy::Fixed);
    policy.setHeightForWidth(wrap);
    setSizePolicy(policy);
    m_hint = oneLineSize();
    updateGeometry();
}

QSize ValueText::sizeHint() const
{
    if (!m_wrap)
        return m_hint;
    // A wrapped text asks for about 40 characters and takes what it gets.
    const int width = QFontMetrics(font()).averageCharWidth() * 40;
    return QSize(width, heightForWidth(width));
}

QSize ValueText::minimumSizeHint() const
{
    if (!m_wrap)
        return m_hint;
    const QFontMetrics metrics(font());
    return QSize(metrics.averageCharWidth() * 10, metrics.height());
}

void ValueText::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), textFlags(), palette(), isEnabled(), m_text, foregroundRole());
}

void ValueText::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_heights.clear();
        m_hint = oneLineSize();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace ftroi
