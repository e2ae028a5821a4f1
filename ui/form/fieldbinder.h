// Binds NumberFields to values of the current scenario: each field shows the
// Document's value, a valid edit becomes one undoable change, and a refused
// entry is explained in a line under the field.
#pragma once

#include "scenario.h"

#include <QObject>

#include <functional>

class QFormLayout;

namespace ftroi {

class Document;
class NumberField;
struct NumberRange;

class FieldBinder : public QObject
{
    Q_OBJECT

public:
    using Getter = std::function<double(const Scenario &)>;
    using Setter = std::function<void(Scenario &, double)>;

    explicit FieldBinder(Document *document, QObject *parent = nullptr);

    // Adds a "label: [field] unit" row bound to `get`/`set`; `key` names it ("api.review_rate").
    NumberField *addNumber(QFormLayout *layout, const QString &key, const QString &label, const QString &unit,
                           NumberRange range, int decimals, double scale, Getter get, Setter set);
    NumberField *field(const QString &key) const;
    // Shows the values of `scenario` in every bound field.
    void showValues(const Scenario &scenario) const;

private:
    struct Binding {
        QString key;
        NumberField *field;
        Getter get;
    };

    Document *m_document;
    QList<Binding> m_bindings;
};

} // namespace ftroi
