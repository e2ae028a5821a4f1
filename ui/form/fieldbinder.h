// Binds NumberFields to values of the current scenario: each field shows the
// Document's value, a valid edit becomes one undoable change, and a refused
// entry is explained in a line under the field. An optional value (nullopt:
// a default from elsewhere applies) is an optional field, empty for nullopt.
#pragma once

#include "core/model/inputschema.h"
#include "core/model/scenario.h"

#include <QObject>

#include <functional>
#include <optional>
#include <string_view>

class QFormLayout;

namespace ftroi {

class Document;
class NumberField;

class FieldBinder : public QObject
{
    Q_OBJECT

public:
    using Getter = std::function<double(const Scenario &)>;
    using Setter = std::function<void(Scenario &, double)>;
    using OptionalGetter = std::function<std::optional<double>(const Scenario &)>;
    using OptionalSetter = std::function<void(Scenario &, std::optional<double>)>;

    explicit FieldBinder(Document *document, QObject *parent = nullptr);

    // Adds the "label: [field] unit" row of the schema's input `path` (core/model/inputschema.h):
    // its label, unit, domain, decimals and display scale, an empty field for an optional
    // input, and what editing it implies (a catalog price source dropped, whole numbers).
    // `shown` and `set` replace the schema's value and setter where the form shows the input
    // another way (the volume as tokens/day, the estimated cost per run).
    NumberField *addInput(QFormLayout *layout, std::string_view path, Getter shown = {}, Setter set = {});
    NumberField *field(const QString &key) const;
    // Puts `widget` (a unit choice) in place of the unit text beside `field`.
    void setUnitWidget(NumberField *field, QWidget *widget);
    // Every bound field with its key and its row's label, in the order added.
    struct BoundField {
        QString key;
        QString label;
        NumberField *field;
    };
    QList<BoundField> boundFields() const;
    // Shows the values of `scenario` in every bound field, then emits valuesShown().
    void showValues(const Scenario &scenario) const;

Q_SIGNALS:
    // Every field shows the scenario's values (after an edit, another scenario, a unit change).
    void valuesShown();

public:

private:
    struct Binding {
        QString key;
        QString label;
        NumberField *field;
        OptionalGetter get;
    };

    NumberField *addRow(QFormLayout *layout, const QString &key, const QString &label, const QString &unit,
                        const InputDomain &domain, int decimals, double scale, OptionalGetter get);
    void edit(const QString &label, const std::function<void(Scenario &)> &change);

    Document *m_document;
    QList<Binding> m_bindings;
};

} // namespace ftroi
