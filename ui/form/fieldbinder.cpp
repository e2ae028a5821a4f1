// FieldBinder: NumberField rows bound to the current scenario.
#include "ui/form/fieldbinder.h"

#include "ui/document/document.h"
#include "ui/widgets/numberfield.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>

namespace ftroi {

FieldBinder::FieldBinder(Document *document, QObject *parent) : QObject(parent), m_document(document) {}

NumberField *FieldBinder::addRow(QFormLayout *layout, const QString &key, const QString &label, const QString &unit,
                                 NumberRange range, int decimals, double scale, OptionalGetter get)
{
    auto *field = new NumberField(range, decimals, scale);
    field->setObjectName(key);
    field->setAccessibleName(label);
    auto *row = new QWidget;
    auto *rowLayout = new QGridLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(field, 0, 0);
    auto *unitLabel = new QLabel(unit);
    unitLabel->setMinimumWidth(70);
    rowLayout->addWidget(unitLabel, 0, 1);
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    rowLayout->addWidget(error, 1, 0, 1, 2);
    layout->addRow(label, row);

    connect(field, &NumberField::inputRefused, error, [error, label](const QString &message) {
        error->setText(message.isEmpty() ? QString() : tr("%1 %2. Press Esc to restore.").arg(label, message));
        error->setVisible(!message.isEmpty());
    });
    m_bindings.append({key, label, field, std::move(get)});
    return field;
}

void FieldBinder::edit(const QString &label, const std::function<void(Scenario &)> &change)
{
    m_document->editCurrentScenario(tr("Change %1").arg(label.toLower()), change);
}

NumberField *FieldBinder::addNumber(QFormLayout *layout, const QString &key, const QString &label, const QString &unit,
                                    NumberRange range, int decimals, double scale, Getter get, Setter set)
{
    NumberField *field = addRow(layout, key, label, unit, range, decimals, scale,
                                [get = std::move(get)](const Scenario &s) { return std::optional<double>(get(s)); });
    connect(field, &NumberField::valueEdited, this, [this, label, set = std::move(set)](double value) {
        edit(label, [&](Scenario &s) { set(s, value); });
    });
    return field;
}

NumberField *FieldBinder::addOptionalNumber(QFormLayout *layout, const QString &key, const QString &label,
                                            const QString &unit, NumberRange range, int decimals, double scale,
                                            const QString &placeholder, OptionalGetter get, OptionalSetter set)
{
    NumberField *field = addRow(layout, key, label, unit, range, decimals, scale, std::move(get));
    field->setBlankAllowed(placeholder);
    connect(field, &NumberField::valueEdited, this, [this, label, set](double value) {
        edit(label, [&](Scenario &s) { set(s, value); });
    });
    connect(field, &NumberField::valueCleared, this, [this, label, set] {
        edit(label, [&](Scenario &s) { set(s, std::nullopt); });
    });
    return field;
}

NumberField *FieldBinder::field(const QString &key) const
{
    for (const Binding &b : m_bindings)
        if (b.key == key)
            return b.field;
    return nullptr;
}

QList<FieldBinder::BoundField> FieldBinder::boundFields() const
{
    QList<BoundField> fields;
    for (const Binding &b : m_bindings)
        fields.append({b.key, b.label, b.field});
    return fields;
}

void FieldBinder::setUnitWidget(NumberField *field, QWidget *widget)
{
    auto *grid = qobject_cast<QGridLayout *>(field->parentWidget() ? field->parentWidget()->layout() : nullptr);
    if (!grid)
        return;
    if (QLayoutItem *unit = grid->itemAtPosition(0, 1); unit && unit->widget())
        unit->widget()->hide();
    grid->addWidget(widget, 0, 1);
}

void FieldBinder::showValues(const Scenario &scenario) const
{
    for (const Binding &b : m_bindings) {
        if (const std::optional<double> value = b.get(scenario))
            b.field->setValue(*value);
        else
            b.field->setBlank();
    }
    Q_EMIT const_cast<FieldBinder *>(this)->valuesShown(); // a signal, not a change of the binder
}

} // namespace ftroi
