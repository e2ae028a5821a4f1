// Text that changes often: a result value or sentence in the results panel.
// A QLabel asks its layout to run again on every new text, and with it the
// whole panel; this widget asks only when the new text needs different room:
// one line grows and shrinks in steps of a few characters, and a wrapped text
// only when its height at the current width changes. A slider step then
// repaints the values without a new layout. Font and colour follow the
// widget's font, palette and style sheet. Plain text only.
#pragma once

#include "ui/widgets/heightcache.h"

#include <QString>
#include <QWidget>

namespace ftroi {

class ValueText : public QWidget
{
public:
    explicit ValueText(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setAlignment(Qt::Alignment alignment);
    // Wraps at word boundaries to the width the layout gives.
    void setWordWrap(bool wrap);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return m_wrap; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int textFlags() const;
    // The room one line of text needs, its width rounded up to the step.
    QSize oneLineSize() const;
    // Asks the layout for new room when the text no longer fits what it has.
    void fitText(int previousHeight);

    QString m_text;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
    bool m_wrap = false;
    QSize m_hint;
    mutable HeightCache m_heights; // wrapped heights of the current text
};

} // namespace ftroi
