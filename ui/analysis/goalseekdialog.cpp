// GoalSeekDialog: the question as three fields, the engine's solve(), the answer in words.
#include "ui/analysis/goalseekdialog.h"

#include "ui/document/document.h"
#include "ui/data/inputlabels.h"
#include "ui/data/metriclabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace ftroi {

namespace {

QString lowerFirst(QString text)
{
    if (!text.isEmpty() && !(text.size() > 1 && text.at(1).isUpper()))
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

GoalSeekDialog::GoalSeekDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_metric(new QComboBox), m_target(new QLineEdit), m_input(new QComboBox),
      m_answerLabel(new QLabel), m_apply(new QPushButton(tr("&Apply")))
{
    setWindowTitle(tr("Goal Seek"));
    for (Metric metric : offeredMetrics())
        m_metric->addItem(metricLabel(metric), int(metric));
    m_target->setText(QStringLiteral("0"));
    m_target->setValidator(new QDoubleValidator(m_target));
    m_target->setToolTip(tr("Money in %1, payback in months").arg(document->currency()));
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_answerLabel->setWordWrap(true);
    m_answerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answerLabel->setMinimumWidth(420);
    m_answerLabel->setMinimumHeight(m_answerLabel->fontMetrics().lineSpacing() * 3);
    m_answerLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *question = new QGridLayout;
    const auto row = [&](int r, const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        question->addWidget(label, r, 0);
        question->addWidget(field, r, 1);
    };
    row(0, tr("&Set"), m_metric);
    row(1, tr("&To"), m_target);
    row(2, tr("By &changing"), m_input);
    question->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    m_apply->setToolTip(tr("Set the input to this value (undo with Ctrl+Z)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &GoalSeekDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(question);
    layout->addSpacing(6);
    layout->addWidget(m_answerLabel, 1);
    layout->addWidget(buttons);

    fillInputs();
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        // A payback goal is a number of months; the others start at break-even.
        const QSignalBlocker blocker(m_target);
        m_target->setText(Metric(m_metric->currentData().toInt()) == Metric::PaybackMonths ? QStringLiteral("12")
                                                                                          : QStringLiteral("0"));
        recompute();
    });
    connect(m_target, &QLineEdit::textChanged, this, &GoalSeekDialog::recompute);
    connect(m_input, &QComboBox::currentIndexChanged, this, &GoalSeekDialog::recompute);
    connect(document, &Document::currentScenarioChanged, this, [this] {
        fillInputs();
        recompute();
    });
    recompute();
}

void GoalSeekDialog::fillInputs()
{
    const int i = m_document->currentIndex();
    const QStringList paths = i >= 0 ? numericInputPaths(m_document->scenario(i)) : QStringList();
    if (paths == m_paths)
        return;
    m_paths = paths;
    const QString current = m_input->currentData().toString();
    const QSignalBlocker blocker(m_input);
    m_input->clear();
    for (const QString &path : paths)
        m_input->addItem(inputLabel(path), path);
    const int keep = m_input->findData(current.isEmpty() ? QStringLiteral("workload.requests_per_day") : current);
    m_input->setCurrentIndex(std::max(0, keep));
}

void GoalSeekDialog::recompute()
{
    m_answer.reset();
    const int i = m_document->currentIndex();
    bool ok = false;
    const double target = QLocale().toDouble(m_target->text(), &ok);
    const QString path = m_input->currentData().toString();
    const Metric metric = Metric(m_metric->currentData().toInt());
    QString text;
    if (i < 0) {
        text = tr("There is no scenario.");
    } else if (!ok || !std::isfinite(target)) {
        text = tr("Enter the value the %1 should reach.").arg(lowerFirst(metricLabel(metric)));
    } else if (const std::optional<InputHandle> h = resolveInput(m_document->scenario(i), path)) {
        const Scenario &s = m_document->scenario(i);
        m_answer = solve(s, *h, path, metric, target);
        const QLocale locale;
        const QString currency = m_document->currency();
        if (m_answer->value) {
            const double today = inputValue(s, *h);
            text = tr("%1: %2 (now %3).\n%4 then becomes %5.")
                       .arg(inputLabel(path), formatInputValue(locale, path, *m_answer->value, currency),
                            formatInputValue(locale, path, today, currency), metricLabel(metric),
                            formatMetricValue(locale, metric, m_answer->achieved, currency));
            if (m_answer->achieved && std::abs(*m_answer->achieved - target) > 1e-6 * std::max(1.0, std::abs(target)))
                text += tr(" It jumps past the target there (a whole instance is added or removed), so it cannot land exactly on it.");
        } else {
            text = unreachableText(*m_answer, currency);
        }
    }
    m_answerLabel->setText(text);
    m_apply->setEnabled(m_answer && m_answer->value);
}

QString GoalSeekDialog::answerText() const
{
    return m_answerLabel->text();
}

bool GoalSeekDialog::apply()
{
    if (!m_answer || !m_answer->value)
        return false;
    const QString path = m_answer->input;
    const double value = *m_answer->value;
    m_document->editCurrentScenario(
        tr("Goal seek: set %1 to %2").arg(inputLabel(path).toLower(),
                                          formatInputValue(QLocale(), path, value, m_document->currency())),
        [path, value](Scenario &s) {
            if (const std::optional<InputHandle> h = resolveInput(s, path))
                setInputValue(s, *h, value);
        });
    return true;
}

QString GoalSeekDialog::unreachableText(const GoalSeek &seek, const QString &currency)
{
    const QLocale locale;
    const QString input = inputLabel(seek.input);
    const QString metric = metricLabel(seek.metric);
    const QString from = formatInputValue(locale, seek.input, seek.searchedFrom, currency);
    const QString to = formatInputValue(locale, seek.input, seek.searchedTo, currency);
    const QString target = formatMetricValue(locale, seek.metric, seek.target, currency);
    if (!seek.lowestSeen || !seek.highestSeen) {
        if (seek.metric == Metric::PaybackMonths)
            return tr("It never pays back: for %1 from %2 to %3 the savings never cover the project's cost.")
                .arg(lowerFirst(input), from, to);
        return tr("%1 cannot be computed for %2 from %3 to %4.").arg(metric, lowerFirst(input), from, to);
    }
    const QString lowest = formatMetricValue(locale, seek.metric, *seek.lowestSeen, currency);
    const QString highest = formatMetricValue(locale, seek.metric, *seek.highestSeen, currency);
    const bool savings = seek.metric == Metric::MonthlySavings || seek.metric == Metric::Npv;
    if (savings && seek.target >= 0 && *seek.highestSeen < 0) {
        const QString where = seek.input == QLatin1String("workload.requests_per_day")
            ? tr("The API stays cheaper at any volume")
            : tr("The API stays cheaper at any %1").arg(lowerFirst(input));
        return tr("%1: %2 stays between %3 and %4 for %5 from %6 to %7, never reaching %8.")
            .arg(where, lowerFirst(metric), lowest, highest, lowerFirst(input), from, to, target);
    }
    if (seek.metric == Metric::PaybackMonths && seek.target < *seek.lowestSeen)
        return tr("It cannot pay back that fast by changing %1 alone: the shortest payback from %2 to %3 is %4.")
            .arg(lowerFirst(input), from, to, lowest);
    const QString side = seek.target > *seek.highestSeen ? tr("at most %1").arg(highest) : tr("at least %1").arg(lowest);
    return tr("No value of %1 from %2 to %3 reaches %4: %5 is %6 there.")
        .arg(lowerFirst(input), from, to, target, lowerFirst(metric), side);
}

} // namespace ftroi
