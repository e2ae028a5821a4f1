// RangeDialog: entry, quick spreads, validation.
#include "ui/form/rangedialog.h"

#include "ui/widgets/numberfield.h"
#include "core/model/rangerules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ftroi {

namespace {
NumberField *endField(const InputDomain &d, const NumberField *like)
{
    auto *field = new NumberField(d, like ? like->decimals() + 2 : 4,
                                  like ? like->displayScale() : 1);
    field->setMinimumWidth(120);
    return field;
}
} // namespace

RangeDialog::RangeDialog(const QString &label, const QString &unit, const InputHandle &input, double value,
                         const InputRange *existing, const NumberField *like, QWidget *parent)
    : QDialog(parent), m_input(input), m_value(value), m_low(endField(input.domain, like)),
      m_high(endField(input.domain, like)), m_distribution(new QComboBox), m_error(new QLabel)
{
    setWindowTitle(tr("Range of %1").arg(label));
    m_distribution->addItem(tr("Triangular: the value is the most likely"), int(Distribution::Triangular));
    m_distribution->addItem(tr("Uniform: every value in the range equally likely"), int(Distribution::Uniform));
    const double low = existing ? existing->low : input.domain.clamp(value * 0.8);
    const double high = existing ? existing->high : input.domain.clamp(value * 1.2);
    m_low->setValue(std::min(low, high));
    m_high->setValue(std::max(low, high));
    if (existing)
        m_distribution->setCurrentIndex(existing->distribution == Distribution::Uniform ? 1 : 0);

    const QString shown = like ? like->displayText(value) : QString::number(value);
    auto *intro = new QLabel(tr("The scenario's value, %1 %2, stays what the numbers on screen use. "
                                "The Monte Carlo draws %3 between the low and the high value.")
                                 .arg(shown, unit, label.toLower()));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const auto withUnit = [&](NumberField *field) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(new QLabel(unit));
        return row;
    };
    // A label with a mnemonic needs its buddy: a row of field + unit has none of its own.
    const auto buddyLabel = [](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Low:"), m_low), withUnit(m_low));
    form->addRow(buddyLabel(tr("&High:"), m_high), withUnit(m_high));
    form->addRow(tr("&Distribution:"), m_distribution);
    auto *quick = new QHBoxLayout;
    for (const double fraction : {0.1, 0.2, 0.5}) {
        auto *button = new QPushButton(tr("±%1 %").arg(int(fraction * 100)));
        button->setAutoDefault(false);
        button->setToolTip(tr("Low and high %1 % below and above the value").arg(int(fraction * 100)));
        connect(button, &QPushButton::clicked, this, [this, fraction] { spread(fraction); });
        quick->addWidget(button);
    }
    quick->addStretch();
    form->addRow(tr("Quick:"), quick);

    m_error->setObjectName(QStringLiteral("rangeError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (existing) {
        QPushButton *remove = buttons->addButton(tr("&Remove Range"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] {
            m_remove = true;
            QDialog::accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &RangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void RangeDialog::spread(double fraction)
{
    const double a = m_input.domain.clamp(m_value * (1 - fraction));
    const double b = m_input.domain.clamp(m_value * (1 + fraction));
    m_low->setValue(std::min(a, b));
    m_high->setValue(std::max(a, b));
}

QString RangeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RangeDialog::accept()
{
    const auto fail = [this](NumberField *field, const QString &message) {
        m_error->setText(message);
        m_error->show();
        field->setFocus();
        field->selectAll();
    };
    QString why;
    const std::optional<double> low = m_low->parse(m_low->text(), &why);
    if (!low)
        return fail(m_low, tr("Low: %1.").arg(why));
    const std::optional<double> high = m_high->parse(m_high->text(), &why);
    if (!high)
        return fail(m_high, tr("High: %1.").arg(why));
    InputRange range;
    range.path = m_range.path;
    range.low = *low;
    range.high = *high;
    range.distribution = Distribution(m_distribution->currentData().toInt());
    const auto text = [this](double v) { return m_low->displayText(v); };
    if (const std::optional<RangeProblem> problem = rangeProblem(range, m_input.domain, m_value, text)) {
        QString message = problem->message;
        message[0] = message[0].toUpper();
        return fail(problem->end == QLatin1String("high") ? m_high : m_low, message + QLatin1Char('.'));
    }
    m_range = range;
    m_remove = false;
    QDialog::accept();
}

} // namespace ftroi
