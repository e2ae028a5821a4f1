// Helpers shared by the form's groups.
#include "ui/form/formhelpers.h"

#include "core/catalog/pricenotes.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QAbstractItemView>
#include <QLabel>
#include <QSignalBlocker>

namespace ftroi::form {

QLabel *noteLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    return label;
}

void setComboIndex(QComboBox *combo, int index)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(index);
}

void setComboText(QComboBox *combo, const QString &text)
{
    const QSignalBlocker block(combo);
    combo->setCurrentText(text);
}

void setChecked(QAbstractButton *button, bool checked)
{
    const QSignalBlocker block(button);
    button->setChecked(checked);
}

void fillMethods(QComboBox *combo)
{
    combo->addItem(QStringLiteral("LoRA"), int(Method::Lora));
    combo->addItem(QStringLiteral("QLoRA"), int(Method::Qlora));
    combo->addItem(QCoreApplication::translate("ScenarioForm", "Full fine-tuning"), int(Method::Full));
}

void selectMethod(QComboBox *combo, Method method)
{
    setComboIndex(combo, combo->findData(int(method)));
}

void fillPricePresets(QComboBox *combo, const QList<CatalogEntry> &entries)
{
    const QString text = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    const QDate today = QDate::currentDate();
    for (const CatalogEntry &e : entries) {
        combo->addItem(e.name + QStringLiteral("  \u2014  ") + presetSummary(e, today), e.name);
        combo->setItemData(combo->count() - 1, e.source + (e.note.isEmpty() ? QString() : QStringLiteral("\n") + e.note),
                           Qt::ToolTipRole);
    }
    combo->setCurrentText(text);
    // The long item texts must not widen the form; the list still shows them whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
}

} // namespace ftroi::form
