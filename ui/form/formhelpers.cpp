// Helpers shared by the form's groups.
#include "formhelpers.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
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

} // namespace ftroi::form
