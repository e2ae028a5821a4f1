// RangeControls: context menu entries, ± buttons and range notes on fields.
#include "ui/form/rangecontrols.h"

#include "ui/data/inputlabels.h"
#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "core/model/inputpaths.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/rangedialog.h"
#include "core/model/rangerules.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

#include <memory>

namespace ftroi {

namespace {

// A small "±" glyph in the palette's text colour, for the button inside a field.
QIcon rangeIcon(const QWidget *like)
{
    const qreal dpr = like->devicePixelRatioF();
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QFont font = like->font();
    font.setPixelSize(14);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(like->palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(0, 0, 16, 16), Qt::AlignCenter, QStringLiteral("±"));
    return QIcon(pixmap);
}

} // namespace

RangeControls::RangeControls(Document *document, FieldBinder *binder, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_dialogParent(dialogParent)
{
    for (const FieldBinder::BoundField &bound : binder->boundFields()) {
        NumberField *field = bound.field;
        auto *action = new QAction(rangeIcon(field), tr("Set range…"), field);
        action->setObjectName(bound.key + QStringLiteral(".range"));
        field->addAction(action, QLineEdit::TrailingPosition);
        const Entry entry{bound.key, bound.label, field, action};
        m_entries.append(entry);
        connect(action, &QAction::triggered, this, [this, key = bound.key] { editRange(key); });
        field->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(field, &QWidget::customContextMenuRequested, this,
                [this, entry](const QPoint &pos) { showMenu(entry, pos); });
    }
    // After the fields show their values: a field may show its input in another unit (the volume as tokens/day).
    connect(binder, &FieldBinder::valuesShown, this, &RangeControls::refresh);
    refresh();
}

QAction *RangeControls::rangeAction(const QString &key) const
{
    for (const Entry &e : m_entries)
        if (e.key == key)
            return e.action;
    return nullptr;
}

void RangeControls::showMenu(const Entry &entry, const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(entry.field->createStandardContextMenu());
    if (entry.action->isVisible()) {
        menu->addSeparator();
        menu->addAction(entry.action);
        const int index = m_document->currentIndex();
        if (index >= 0 && findRange(m_document->scenario(index), entry.key)) {
            menu->addAction(tr("Remove Range"), this, [this, entry] {
                m_document->editCurrentScenario(tr("Remove range of %1").arg(entry.label.toLower()),
                                                [&](Scenario &s) { removeRange(s, entry.key); });
            });
        }
    }
    menu->exec(entry.field->mapToGlobal(pos));
}

void RangeControls::editRange(const QString &key)
{
    const int index = m_document->currentIndex();
    if (index < 0 || index >= m_document->scenarioCount())
        return;
    const Entry *entry = nullptr;
    for (const Entry &e : m_entries)
        if (e.key == key)
            entry = &e;
    const Scenario &s = m_document->scenario(index);
    const std::optional<InputHandle> input = resolveInput(s, key);
    if (!entry || !input)
        return;
    RangeDialog dialog(entry->label, inputUnit(key, m_document->currency()), *input, inputValue(s, *input), findRange(s, key), entry->field,
                       m_dialogParent);
    bool decided = false; // a test's handler of dialogOpened may close the dialog itself
    connect(&dialog, &QDialog::finished, this, [&decided] { decided = true; });
    Q_EMIT dialogOpened(&dialog);
    if ((decided ? dialog.result() : dialog.exec()) != QDialog::Accepted)
        return;
    const QString label = entry->label.toLower();
    if (dialog.removeRequested()) {
        m_document->editCurrentScenario(tr("Remove range of %1").arg(label), [&](Scenario &sc) { removeRange(sc, key); });
        return;
    }
    InputRange range = dialog.range();
    range.path = key;
    m_document->editCurrentScenario(tr("Set range of %1").arg(label), [&](Scenario &sc) { setRange(sc, range); });
}

void RangeControls::refresh()
{
    const int index = m_document->currentIndex();
    if (index < 0 || index >= m_document->scenarioCount())
        return;
    const Scenario &s = m_document->scenario(index);
    const QLocale locale;
    for (const Entry &e : m_entries) {
        const bool input = resolveInput(s, e.key).has_value();
        e.action->setVisible(input);
        const InputRange *range = input ? findRange(s, e.key) : nullptr;
        // The note in the field's own unit: a field showing its input scaled (tokens for requests) scales the range too.
        const double value = input ? inputValue(s, *resolveInput(s, e.key)) : 0;
        const double shownPerStored = range && !e.field->isBlank() && value > 0 && e.field->value() > 0 ? e.field->value() / value : 1;
        e.field->setRangeNote(range ? std::optional(std::pair(range->low * shownPerStored, range->high * shownPerStored))
                                    : std::nullopt);
        e.action->setToolTip(range ? tr("Range %1 – %2 (%3). Click to change it.")
                                         .arg(formatInputValue(locale, e.key, range->low, m_document->currency()),
                                              formatInputValue(locale, e.key, range->high, m_document->currency()),
                                              range->distribution == Distribution::Uniform ? tr("uniform") : tr("triangular"))
                                   : tr("Set a range (low, high) for the uncertainty analysis"));
    }
}

} // namespace ftroi
