// FieldBinder: NumberField rows bound to the current scenario.
#include "ui/form/fieldbinder.h"

#include "ui/document/document.h"
#include "ui/widgets/numberfield.h"
#include "core/text/format.h"

#include <QCoreApplication>

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>

#include <cmath>

namespace ftroi {

FieldBinder::FieldBinder(Document *document, QObject *parent) : QObject(parent), m_document(document) {}

NumberField *FieldBinder::addRow(QFormLayout *layout, const QString &key, const QString &label, const QString &unit,
                                 const InputDomain &domain, int decimals, double scale, OptionalGetter get)
{
    auto *field = new NumberField(domain, decimals, scale);
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

NumberField *FieldBinder::addInput(QFormLayout *layout, std::string_view path, Getter shown, Setter set)
{
    const InputSpec &spec = inputSpec(path);
    const QString key = QString::fromLatin1(spec.path.data(), qsizetype(spec.path.size()));
    const QString label = QCoreApplication::translate("Input", spec.formLabel);
    QString unit = QCoreApplication::translate("Input", spec.formUnit);
    unit.replace(QLatin1Char('$'), currencySymbol(m_document->currency()).trimmed());

    OptionalGetter get;
    if (shown)
        get = [shown = std::move(shown)](const Scenario &s) { return std::optional<double>(shown(s)); };
    else if (spec.isOptional())
        get = spec.stored;
    else
        get = [&spec](const Scenario &s) { return std::optional<double>(spec.value(s)); };
    NumberField *field = addRow(layout, key, label, unit, spec.domain, spec.decimals, spec.displayScale, std::move(get));

    // A typed value: whole where the input is, through the form's own setter when it has one.
    const auto store = [&spec, set = std::move(set)](Scenario &s, std::optional<double> value) {
        if (value && spec.domain.integer)
            value = std::round(*value);
        if (set && value)
            set(s, *value);
        else if (spec.isOptional())
            spec.setStored(s, value);
        else if (value)
            spec.setValue(s, *value);
        noteInputEdited(spec, s);
    };
    connect(field, &NumberField::valueEdited, this, [this, label, store](double value) {
        edit(label, [&](Scenario &s) { store(s, value); });
    });
    if (spec.isOptional()) {
        field->setBlankAllowed(QCoreApplication::translate("Input", spec.emptyMeans));
        connect(field, &NumberField::valueCleared, this, [this, label, store] {
            edit(label, [&](Scenario &s) { store(s, std::nullopt); });
        });
    }
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
