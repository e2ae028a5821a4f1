// PathCard: a framed summary of one decision path.
#include "ui/window/pathcard.h"

#include "ui/widgets/valuetext.h"
#include "ui/widgets/wraplabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ftroi {

PathCard::PathCard(const QString &id, const QString &title, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("card_") + id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(1);

    auto *heading = new QHBoxLayout;
    auto *titleLabel = new QLabel(title);
    titleLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_badge = new QLabel(tr("Best"));
    m_badge->setStyleSheet(QStringLiteral(
        "background: #1b7f3b; color: white; font-weight: bold; border-radius: 3px; padding: 0px 6px;"));
    m_badge->hide();
    heading->addWidget(titleLabel);
    heading->addStretch();
    heading->addWidget(m_badge);
    layout->addLayout(heading);

    m_total = new ValueText;
    m_total->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold;"));
    layout->addWidget(m_total);

    m_note = new WrapLabel;
    m_note->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_note->hide();
    layout->addWidget(m_note);
    m_excluded = new WrapLabel;
    m_excluded->setObjectName(QStringLiteral("excludedReason"));
    m_excluded->setStyleSheet(QStringLiteral("color: #9a4a00; font-weight: bold;"));
    m_excluded->hide();
    layout->addWidget(m_excluded);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(0);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    layout->addStretch(); // the rows stay at the top of a taller card
    applyStyle();
}

ValueText *PathCard::addRow(const QString &caption)
{
    const int row = m_grid->rowCount() == 1 && !m_grid->itemAtPosition(0, 0) ? 0 : m_grid->rowCount();
    auto *captionLabel = new QLabel(caption);
    captionLabel->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *value = new ValueText;
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_grid->addWidget(captionLabel, row, 0);
    m_grid->addWidget(value, row, 1);
    m_rowWidgets << captionLabel << value;
    return value;
}

void PathCard::addFootnote(const QString &text)
{
    auto *footnote = new WrapLabel(text);
    footnote->setStyleSheet(QStringLiteral("color: #5f6368; font-size: 8pt;"));
    m_grid->addWidget(footnote, m_grid->rowCount(), 0, 1, 2);
    m_rowWidgets << footnote;
}

ValueText *PathCard::addBasisLine()
{
    auto *line = new ValueText;
    line->setWordWrap(true);
    line->setStyleSheet(QStringLiteral("color: #5f6368; font-size: 8pt;"));
    m_grid->addWidget(line, m_grid->rowCount(), 0, 1, 2);
    m_rowWidgets << line;
    return line;
}

void PathCard::setBest(bool best)
{
    best = best && !m_isExcluded;
    if (best == m_best)
        return;
    m_best = best;
    m_badge->setVisible(best);
    applyStyle();
}

void PathCard::setExcluded(const QString &reason)
{
    m_excluded->setText(reason.isEmpty() ? QString() : tr("Excluded: %1").arg(reason));
    m_excluded->setVisible(!reason.isEmpty());
    if (m_isExcluded == !reason.isEmpty())
        return;
    m_isExcluded = !reason.isEmpty();
    if (m_isExcluded)
        setBest(false);
    applyStyle();
}

QString PathCard::excludedReason() const
{
    return m_excluded->isHidden() ? QString() : m_excluded->text();
}

void PathCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    for (QWidget *w : std::as_const(m_rowWidgets))
        w->setVisible(note.isEmpty());
}

QString PathCard::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void PathCard::applyStyle()
{
    const QString frame = m_best         ? QStringLiteral("border: 2px solid #1b7f3b; background: #f1f8f2;")
                        : m_isExcluded ? QStringLiteral("border: 1px dashed #9aa0a6; background: #eceff1;")
                                       : QStringLiteral("border: 1px solid #c4c7c5; background: #ffffff;");
    // The id selector keeps the border off the labels inside.
    setStyleSheet(QStringLiteral("#%1 { %2 border-radius: 6px; }").arg(objectName(), frame));
}

} // namespace ftroi
