// A word-wrapped QLabel that remembers its height for the widths a layout
// asks about. QLabel lays its whole text out again on every heightForWidth(),
// and a layout pass asks several times for every label in it: when one number
// in the results panel changes on a slider step, every wrapped label of the
// panel would be laid out again. This one lays out only when its own text,
// font or style changed.
#pragma once

#include "ui/widgets/heightcache.h"

#include <QLabel>

namespace ftroi {

class WrapLabel : public QLabel
{
public:
    explicit WrapLabel(const QString &text = QString(), QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QString m_cachedText; // the text the heights are for
    mutable HeightCache m_heights;
};

} // namespace ftroi
