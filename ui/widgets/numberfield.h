// A numeric input that never lets an invalid value through: text is parsed
// with the locale, must be finite and inside the field's range, and an
// invalid entry is refused with a message (the field turns red and says why).
// An optional field also takes an empty entry: "no value", shown by its placeholder.
// Numbers may end in k, M or B ("50M"). A refused entry stays while the field
// has the focus; when the focus leaves, the field shows its value again.
#pragma once

#include "core/model/inputdomain.h"

#include <QLineEdit>

#include <functional>
#include <optional>
#include <utility>

namespace ftroi {

class NumberField : public QLineEdit
{
    Q_OBJECT

public:
    // `displayScale` converts the stored value to what is shown (100 for percent).
    explicit NumberField(const InputDomain &domain, int decimals, double displayScale = 1, QWidget *parent = nullptr);

    // Shows a stored value (unless the user is typing in the field).
    void setValue(double value);
    double value() const { return m_value; }

    // Lets an empty entry through as "no value"; `placeholder` says what applies then.
    void setBlankAllowed(const QString &placeholder);
    // Shows "no value" (an optional field only), unless the user is typing.
    void setBlank();
    bool isBlank() const { return m_blank; }

    // A rule beyond the range (one that depends on another value): returns why
    // `value` (in stored units) is refused, or an empty string.
    void setCheck(std::function<QString(double)> check) { m_check = std::move(check); }

    // The tooltip shown while no refusal is (a refusal's message replaces it meanwhile).
    void setHelpText(const QString &text);

    // An uncertainty range shown after the value while the field has no focus:
    // "5000 (3000 – 7000)". nullopt removes it. Values in stored units.
    void setRangeNote(const std::optional<std::pair<double, double>> &range);
    std::optional<std::pair<double, double>> rangeNote() const { return m_rangeNote; }
    // How values are shown: the display scale (100 for percent) and the decimals.
    double displayScale() const { return m_scale; }
    int decimals() const { return m_decimals; }
    // A value in stored units as this field shows it ("0.05" -> "5" in a percent field).
    QString displayText(double value) const;

    // Parses `text` as the user would type it; on failure sets `error`.
    std::optional<double> parse(const QString &text, QString *error) const;
    QString errorText() const { return m_error; }

Q_SIGNALS:
    // A valid new value was entered (in stored units).
    void valueEdited(double value);
    // An optional field was emptied.
    void valueCleared();
    // The entered text was refused; empty message when the error is cleared.
    void inputRefused(const QString &message);
    // The focus left with a refused entry, so the field went back to its value;
    // `message` names the field (its accessible name), the reason and that value.
    void editReverted(const QString &message);

protected:
    // Undo and redo keys are the document's, not the line edit's: a pending
    // edit is committed first, then the window's Undo/Redo actions run.
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void commit();
    void showValue();
    void setError(const QString &message);

    InputDomain m_domain;
    int m_decimals;
    double m_scale;
    double m_value = 0;
    bool m_blankAllowed = false;
    bool m_blank = false;
    QString m_error;
    std::function<QString(double)> m_check;
    QString m_help;
    std::optional<std::pair<double, double>> m_rangeNote;
};

} // namespace ftroi
