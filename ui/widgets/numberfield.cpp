// NumberField: locale-aware parsing with range checks and inline refusal.
#include "ui/widgets/numberfield.h"

#include "core/text/numbertext.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLocale>

#include <cmath>

namespace ftroi {

NumberField::NumberField(const InputDomain &domain, int decimals, double displayScale, QWidget *parent)
    : QLineEdit(parent), m_domain(domain), m_decimals(decimals), m_scale(displayScale)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &QLineEdit::editingFinished, this, &NumberField::commit);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (!m_error.isEmpty())
            setError(QString()); // typing again clears the last refusal
    });
}

QString NumberField::displayText(double value) const
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = locale.toString(value * m_scale, 'f', m_decimals);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(1);
    }
    return text;
}

void NumberField::setValue(double value)
{
    m_value = value;
    m_blank = false;
    if (hasFocus() && isModified())
        return; // do not overwrite what the user is typing
    showValue();
}

void NumberField::setHelpText(const QString &text)
{
    m_help = text;
    if (m_error.isEmpty())
        setToolTip(text);
}

void NumberField::setBlankAllowed(const QString &placeholder)
{
    m_blankAllowed = true;
    setPlaceholderText(placeholder);
}

void NumberField::setBlank()
{
    if (!m_blankAllowed)
        return;
    m_blank = true;
    if (hasFocus() && isModified())
        return;
    showValue();
}

void NumberField::setRangeNote(const std::optional<std::pair<double, double>> &range)
{
    if (range == m_rangeNote)
        return;
    m_rangeNote = range;
    if (!(hasFocus() || isModified()) && m_error.isEmpty())
        showValue();
}

void NumberField::focusInEvent(QFocusEvent *event)
{
    // The range note is for reading: editing starts from the plain value.
    if (m_rangeNote && !isModified() && m_error.isEmpty())
        showValue();
    QLineEdit::focusInEvent(event);
}

void NumberField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event); // commits the edit (editingFinished)
    if (m_rangeNote && !isModified() && m_error.isEmpty())
        showValue();
}

void NumberField::showValue()
{
    QString text = m_blank ? QString() : displayText(m_value);
    if (m_rangeNote && !m_blank && !hasFocus())
        text += QStringLiteral(" (%1 – %2)").arg(displayText(m_rangeNote->first), displayText(m_rangeNote->second));
    if (text != QLineEdit::text())
        setText(text);
    setModified(false);
    if (!m_error.isEmpty())
        setError(QString());
}

std::optional<double> NumberField::parse(const QString &input, QString *error) const
{
    QString text = input.trimmed();
    text.remove(QLatin1Char('%'));
    text.remove(QLatin1Char('$'));
    // Suffixes as the app prints volumes: "50M", "2.5 k"; refuses "nan", "inf", "1e400".
    const std::optional<double> number = parseScaledNumber(text);
    if (!number) {
        *error = tr("\"%1\" is not a number (digits with an optional k, M or B)").arg(input.trimmed().left(30));
        return std::nullopt;
    }
    const double shown = *number;
    const double v = shown / m_scale;
    const double maxShown = m_domain.high * m_scale;
    if (m_domain.lowOpen ? !(v > m_domain.low) : v < m_domain.low) {
        *error = m_domain.lowOpen ? tr("must be greater than %1").arg(displayText(m_domain.low))
                                      : tr("must be at least %1").arg(displayText(m_domain.low));
        return std::nullopt;
    }
    if (!m_domain.belowHigh(v)) {
        *error = (m_domain.highOpen ? tr("must be below %1") : tr("must be at most %1"))
                     .arg(QLocale().toString(maxShown, 'g', 6));
        return std::nullopt;
    }
    if (m_check) {
        if (const QString why = m_check(v); !why.isEmpty()) {
            *error = why;
            return std::nullopt;
        }
    }
    return v;
}

void NumberField::commit()
{
    if (!isModified())
        return;
    if (m_blankAllowed && text().trimmed().isEmpty()) {
        setModified(false);
        setError(QString());
        if (!m_blank) {
            m_blank = true;
            Q_EMIT valueCleared();
        }
        showValue();
        return;
    }
    QString error;
    const std::optional<double> parsed = parse(text(), &error);
    if (!parsed) {
        setError(error); // reverted if the focus leaves with it (event())
        return;
    }
    setModified(false);
    setError(QString());
    if (*parsed != m_value || m_blank) {
        m_value = *parsed;
        m_blank = false;
        Q_EMIT valueEdited(*parsed);
    }
    showValue();
}

void NumberField::setError(const QString &message)
{
    m_error = message;
    setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fde2e1; }"));
    setToolTip(message.isEmpty() ? m_help : message);
    Q_EMIT inputRefused(message);
}

namespace {

bool isUndoOrRedo(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Y) ||
           combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

} // namespace

bool NumberField::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
        if (isModified()) {
            commit();
            if (!m_error.isEmpty())
                showValue(); // a refused entry cannot be committed: drop it, then undo
        }
        event->ignore(); // not ours: the window's Undo/Redo shortcut takes it
        return true;
    }
    if (event->type() == QEvent::FocusOut) {
        const bool handled = QLineEdit::event(event); // commits the edit (editingFinished)
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        // Leaving a refused entry: the numbers use the stored value, so show it again.
        // Not when a popup or another window only borrows the focus.
        if (!m_error.isEmpty() && reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            const QString name = accessibleName().isEmpty() ? tr("Value") : accessibleName();
            const QString why = m_error;
            const QString restored = m_blank ? placeholderText() : displayText(m_value);
            showValue();
            Q_EMIT editReverted(tr("%1: %2; kept %3").arg(name, why, restored));
        }
        return handled;
    }
    return QLineEdit::event(event);
}

void NumberField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (isModified() || !m_error.isEmpty())) {
        showValue(); // give up the edit: back to the document's value
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace ftroi
