// The usage import's summary dialog (see usageimportdialog.h).
#include "ui/window/usageimportdialog.h"

#include "core/engine/costengine.h"
#include "core/imports/usagereport.h"
#include "core/imports/usagevalues.h"
#include "core/text/format.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ftroi {

namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

UsageImportDialog::UsageImportDialog(std::shared_ptr<const usage::UsageData> data, const QString &path, const Scenario &scenario,
                                     const QString &currency, QWidget *parent)
    : QDialog(parent), m_data(std::move(data)), m_path(path), m_scenario(scenario), m_currency(currency),
      m_summary(Failure{QString()}), m_tz(new QComboBox), m_facts(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import Usage — %1").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *choices = new QFormLayout;
    if (m_data->models.size() > 1) {
        m_model = new QComboBox;
        std::vector<const usage::ModelTotals *> models;
        for (const usage::ModelTotals &m : m_data->models)
            models.push_back(&m);
        std::stable_sort(models.begin(), models.end(), [](auto *a, auto *b) { return a->tokens() > b->tokens(); });
        for (const usage::ModelTotals *m : models)
            if (m->named)
                m_model->addItem(m->name, m->name);
        choices->addRow(tr("Model"), m_model);
        connect(m_model, &QComboBox::currentIndexChanged, this, &UsageImportDialog::refresh);
    }
    for (int minutes = -12 * 60; minutes <= 14 * 60; minutes += 30)
        m_tz->addItem(QStringLiteral("UTC") + usage::tzText(minutes * 60), minutes * 60);
    m_tz->setCurrentIndex(m_tz->findData(m_data->tzOffset) >= 0 ? m_tz->findData(m_data->tzOffset) : m_tz->findData(0));
    m_tz->setToolTip(tr("The time zone of calendar days and hours of the day (the traffic shape, growth, first and last day)."));
    choices->addRow(tr("Time zone"), m_tz);
    connect(m_tz, &QComboBox::activated, this, [this] {
        const int offset = m_tz->currentData().toInt();
        if (offset != m_data->tzOffset)
            Q_EMIT tzChosen(offset);
    });
    layout->addLayout(choices);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("usageFacts"));
    layout->addWidget(m_facts, 1);
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("Apply to \"%1\"").arg(scenario.name.left(40)));
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);
    refresh();
}

void UsageImportDialog::chooseModel(const QString &name)
{
    if (m_model)
        m_model->setCurrentIndex(m_model->findData(name));
}

void UsageImportDialog::chooseTz(int offsetSeconds)
{
    m_tz->setCurrentIndex(m_tz->findData(offsetSeconds));
    if (offsetSeconds != m_data->tzOffset)
        Q_EMIT tzChosen(offsetSeconds);
}

Result<Scenario> UsageImportDialog::appliedScenario() const
{
    if (!m_summary)
        return Failure{m_summary.error()};
    return applyUsage(m_scenario, m_summary.value(), QDate::currentDate());
}

QString UsageImportDialog::summaryText() const
{
    return m_facts->text();
}

void UsageImportDialog::refresh()
{
    const std::optional<QString> model = m_model && m_model->currentIndex() >= 0 ? std::optional<QString>(m_model->currentData().toString()) : std::nullopt;
    m_summary = deriveUsage(*m_data, model, QFileInfo(m_path).fileName());
    const Result<Scenario> applied = appliedScenario();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(applied.ok());
    if (!m_summary || !applied) {
        m_facts->setText(escaped(m_summary ? applied.error() : m_summary.error()));
        return;
    }
    const UsageSummary &u = m_summary.value();
    const QLocale locale;
    QString html = tr("<p><b>Covers</b> %1<br><b>Models</b> %2</p>").arg(escaped(usageCoverageText(u, locale)), escaped(usageModelsText(u, locale)));
    if (u.failedRequests)
        html += tr("<p>%1 failed requests (counted, not volume).</p>").arg(locale.toString(*u.failedRequests));
    html += tr("<p><b>What the scenario gets</b></p><table cellspacing=\"2\">");
    for (const auto &[field, value] : usageFieldRows(u, locale))
        html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td></tr>").arg(escaped(field), escaped(value));
    html += QStringLiteral("</table>");
    const ScenarioResult now = evaluate(applied.value());
    html += tr("<p><b>What these tokens cost</b> at this scenario's API prices (%1 per 1M input, %2 per 1M output, "
               "cached and batch prices as set): %3 a month.</p>")
                .arg(formatMoney(locale, m_scenario.api.inputPricePer1M, m_currency),
                     formatMoney(locale, m_scenario.api.outputPricePer1M, m_currency),
                     formatMoney(locale, now.monthlyApiCost, m_currency));
    html += tr("<p><b>What the file cannot tell</b></p><ul>");
    for (const QString &line : usageUnknowns(u))
        html += QStringLiteral("<li>%1</li>").arg(escaped(line));
    html += QStringLiteral("</ul>");
    m_facts->setText(html);
}

} // namespace ftroi
