// The decision memo's HTML: summary, assumptions and methodology.
#include "ui/export/reporthtml.h"

#include "core/analysis/analysis.h"
#include "core/analysis/montecarlo.h"
#include "core/analysis/rangeddecision.h"
#include "core/catalog/pricenotes.h"
#include "core/model/inputschema.h"
#include "core/text/format.h"
#include "ui/data/decisiontext.h"
#include "ui/data/fleetpaymenttext.h"
#include "ui/data/inputlabels.h"
#include "ui/data/pathtext.h"
#include "ui/data/uncertaintytext.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cmath>

namespace ftroi {

namespace {

constexpr int kTopSensitivityRows = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("DecisionMemo", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString cell(const QString &text, bool number = true)
{
    return QStringLiteral("<td%1>%2</td>").arg(number ? QStringLiteral(" align=\"right\"") : QString(), esc(text));
}

QString row(const QString &label, const QStringList &values)
{
    QString html = QStringLiteral("<tr>") + cell(label, false);
    for (const QString &v : values)
        html += cell(v);
    return html + QStringLiteral("</tr>");
}

const QString kTable = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" width=\"100%\" "
                                      "style=\"border-collapse: collapse; border-color: #bbbbbb;\">");

// Each path's numbers, one column per path the scenario has.
QString pathsTable(const Scenario &s, const ScenarioResult &r, const ReportContext &c)
{
    const QLocale &l = c.locale;
    const auto money = [&](double v) { return formatMoney(l, v, c.currency, 0); };
    const auto npv = [&](const std::optional<double> &v) { return v ? money(*v) : tr("cannot be computed"); };
    QStringList heads{tr("API (today)")};
    if (r.managed)
        heads << tr("Managed fine-tune");
    heads << tr("Self-host");
    QString html = kTable + QStringLiteral("<tr><th></th>");
    for (const QString &h : heads)
        html += QStringLiteral("<th align=\"right\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");

    const auto columns = [&](const QString &api, const QString &managed, const QString &self) {
        QStringList v{api};
        if (r.managed)
            v << managed;
        return v << self;
    };
    const ManagedResult *m = r.managed ? &*r.managed : nullptr;
    const QString dash = QStringLiteral("\u2014");
    html += row(tr("Whole monthly cost"), columns(money(r.apiMonthlyTco), m ? money(m->monthlyTco) : dash,
                                                  money(r.selfHostedMonthlyTco)));
    html += row(tr("Saves a month, all-in"), columns(dash, m ? money(r.apiMonthlyTco - m->monthlyTco) : dash,
                                                     money(r.monthlySavings)));
    html += row(tr("Payback"), columns(dash, m ? paybackText(l, m->lifetime, m->paybackMonths) : dash,
                                       paybackText(l, r.lifetime, r.paybackMonths)));
    html += row(tr("NPV over the lifetime"), columns(dash, m ? npv(m->lifetime.npv) : dash, npv(r.lifetime.npv)));
    html += row(tr("ROI"), columns(dash, m ? roiText(l, m->lifetime, m->totalProjectCost) : dash,
                                   roiText(l, r.lifetime, r.totalProjectCost)));
    html += row(tr("Project cost (one-time)"), columns(dash, m ? money(m->totalProjectCost) : dash,
                                                       money(r.totalProjectCost)));
    html += QStringLiteral("</table>");
    Q_UNUSED(s);
    return html;
}

QString detailsTable(const Scenario &s, const ScenarioResult &r, const ReportContext &c)
{
    const QLocale &l = c.locale;
    QString html = kTable;
    html += row(tr("Today's volume"), {formatTokensPerDay(l, r.currentDailyTokens)});
    html += row(tr("Break-even, serving + storage"),
                {r.breakEvenTokensPerDay ? formatTokensPerDay(l, *r.breakEvenTokensPerDay) : tr("none")});
    html += row(tr("Break-even, all-in"),
                {r.breakEvenAllInTokensPerDay ? formatTokensPerDay(l, *r.breakEvenAllInTokensPerDay) : tr("never")});
    html += row(tr("Instances"), {r.instancesOffPeak != r.instances
                                      ? tr("%1 at the peak, %2 off-peak").arg(formatNumber(l, r.instances, 0),
                                                                             formatNumber(l, r.instancesOffPeak, 0))
                                      : formatNumber(l, r.instances, 0)});
    html += row(tr("Utilization (peak)"), {tr("%1 (%2)").arg(formatPercent(l, r.utilization, 0),
                                                            formatPercent(l, r.peakUtilization, 0))});
    html += row(tr("Serving cost per 1M tokens"), {r.servingCostPer1MTokens
                                                       ? formatMoney(l, *r.servingCostPer1MTokens, c.currency)
                                                       : tr("no traffic")});
    const QString fleet = fleetPaymentText(s, r, c.currency, l);
    if (!fleet.isEmpty())
        html += row(tr("How the fleet is paid for"), {fleet});
    return html + QStringLiteral("</table>");
}

QString uncertaintySection(const Scenario &s, const ScenarioResult &r, const ReportContext &c)
{
    const QLocale &l = c.locale;
    const SimulationResult sim = simulate(s, requestedSamples(s), requestedSeed(s));
    const auto money = [&](const std::optional<double> &v) {
        return v ? formatMoney(l, *v, c.currency, 0) : tr("never");
    };
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Uncertainty")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Monte Carlo over the scenario's ranges: %1 samples, seed %2.")
                                                   .arg(formatNumber(l, double(sim.samples), 0))
                                                   .arg(requestedSeed(s))));
    html += kTable + QStringLiteral("<tr><th></th><th align=\"right\">P10</th><th align=\"right\">P50</th>"
                                    "<th align=\"right\">P90</th></tr>");
    html += row(tr("Self-host monthly savings"),
                {money(sim.monthlySavings.p10), money(sim.monthlySavings.p50), money(sim.monthlySavings.p90)});
    html += row(tr("Self-host NPV"), {money(sim.npv.p10), money(sim.npv.p50), money(sim.npv.p90)});
    html += row(tr("Self-host payback"), {formatMonths(l, sim.payback.p10), formatMonths(l, sim.payback.p50),
                                          formatMonths(l, sim.payback.p90)});
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>").arg(esc(paybackProbabilityText(l, sim)));
    const DecisionText words = decisionText(s, r, c.currency, l);
    if (!words.shares.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(words.shares));

    const Sensitivity sens = sensitivity(s, Metric::Npv);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("What moves the NPV most (top five inputs)")));
    html += kTable + QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th>"
                                    "<th align=\"right\">%4</th><th align=\"right\">%5</th></tr>")
                         .arg(esc(tr("Input")), esc(tr("Low")), esc(tr("High")), esc(tr("NPV at low")),
                              esc(tr("NPV at high")));
    for (size_t i = 0; i < sens.rows.size() && i < size_t(kTopSensitivityRows); ++i) {
        const SensitivityRow &sr = sens.rows[i];
        html += row(inputLabel(sr.input), {formatInputValue(l, sr.input, sr.low, c.currency),
                                           formatInputValue(l, sr.input, sr.high, c.currency),
                                           money(sr.metricAtLow), money(sr.metricAtHigh)});
    }
    return html + QStringLiteral("</table>");
}

// A number as typed: up to six decimals, no trailing zeros.
QString exactNumber(const QLocale &l, double value)
{
    QString text = l.toString(value, 'f', 6);
    if (text.contains(l.decimalPoint())) {
        while (text.endsWith(l.zeroDigit()))
            text.chop(1);
        if (text.endsWith(l.decimalPoint()))
            text.chop(1);
    }
    return text;
}

// One line of the assumptions table: group, input, value (right-aligned), unit.
QString assumptionRow(const QString &group, const QString &input, const QString &value, const QString &unit)
{
    return QStringLiteral("<tr>") + cell(group, false) + cell(input, false) + cell(value) + cell(unit, false) +
           QStringLiteral("</tr>");
}

QString groupTitle(const QString &path)
{
    const QString head = path.section(QLatin1Char('.'), 0, 0);
    if (head == QLatin1String("workload")) return tr("Workload");
    if (head == QLatin1String("api")) return tr("API");
    if (head == QLatin1String("self_hosted")) return tr("Self-hosted");
    if (head == QLatin1String("managed")) return tr("Managed fine-tune");
    if (head == QLatin1String("project")) return tr("Project");
    if (head == QLatin1String("routing")) return tr("Routing");
    if (head == QLatin1String("decision_rules")) return tr("Decision rules");
    if (head == QLatin1String("context")) return tr("Context");
    return tr("Quality");
}

} // namespace

QString reportSummaryHtml(const Scenario &s, const ScenarioResult &r, const ReportContext &c)
{
    const QLocale &l = c.locale;
    const DecisionText words = decisionText(s, r, c.currency, l);
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(s.name));
    html += QStringLiteral("<p style=\"color:#5f6368;\">%1</p>")
                .arg(esc(tr("Decision memo · %1 · %2 · Fine-Tuning ROI Studio")
                             .arg(c.documentName, l.toString(c.today, QLocale::LongFormat))));
    html += QStringLiteral("<p style=\"font-size:15pt; font-weight:bold;\">%1</p>").arg(esc(words.headline));
    for (const QString &line : {words.closeCall, words.exclusions, words.disagreement})
        if (!line.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(line));
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("Each path over the model's lifetime (%1 months)")
                             .arg(formatNumber(l, s.project.lifetimeMonths, 1))));
    html += pathsTable(s, r, c);
    html += QStringLiteral("<p style=\"color:#5f6368;\">%1</p>")
                .arg(esc(paybackBasis(l, r.totalProjectCost, r.monthlySavingsBeforeAmortization, c.currency)));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Break-even and the fleet")));
    html += detailsTable(s, r, c);
    if (hasRanges(s))
        html += uncertaintySection(s, r, c);
    html += QStringLiteral("<p>%1</p>").arg(esc(words.context));
    return html + QStringLiteral("</body></html>");
}

QString reportAssumptionsHtml(const Scenario &s, const ReportContext &c)
{
    const QLocale &l = c.locale;
    QString html = QStringLiteral("<html><body><h2>%1</h2>").arg(esc(tr("Assumptions: %1").arg(s.name)));
    html += kTable + QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                                    "<th align=\"right\">%3</th><th align=\"left\">%4</th></tr>")
                         .arg(esc(tr("Group")), esc(tr("Input")), esc(tr("Value")), esc(tr("Unit")));
    html += assumptionRow(tr("API"), tr("Model"), s.api.model, QString());
    html += assumptionRow(tr("Self-hosted"), tr("Instance"), s.selfHosted.instance, QString());
    for (const InputSpec &spec : inputSpecs()) {
        if (!spec.isAvailable(s))
            continue;
        const QString path = QString::fromLatin1(spec.path.data(), qsizetype(spec.path.size()));
        const std::optional<double> stored = spec.isOptional() ? spec.stored(s) : std::optional<double>(spec.value(s));
        QString unit = QCoreApplication::translate("Input", spec.formUnit);
        unit.replace(QLatin1Char('$'), currencySymbol(c.currency).trimmed());
        const QString value = stored ? exactNumber(l, *stored * spec.displayScale)
                                     : QCoreApplication::translate("Input", spec.emptyMeans);
        html += assumptionRow(groupTitle(path), QCoreApplication::translate("Input", spec.label), value,
                              stored ? unit : QString());
    }
    html += QStringLiteral("</table><h3>%1</h3>").arg(esc(tr("Where the prices come from")));
    QStringList notes;
    const QDate today = c.today;
    notes << tr("API: %1").arg(priceSourceNote(s.api.priceSource, today));
    notes << tr("Self-hosted instance: %1").arg(priceSourceNote(s.selfHosted.priceSource, today));
    if (s.managed)
        notes << tr("Managed fine-tune: %1").arg(priceSourceNote(s.managed->priceSource, today));
    for (const QString &note : notes)
        html += QStringLiteral("<p>%1</p>").arg(esc(note));
    return html + QStringLiteral("</body></html>");
}

QString reportMethodologyHtml()
{
    QFile file(QStringLiteral(":/ftroi/help/methodology.html"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QString html = QString::fromUtf8(file.readAll());
    // The appendix's own title in place of the dialog's.
    html.replace(QRegularExpression(QStringLiteral("<h1>[^<]*</h1>")),
                 QStringLiteral("<h1>%1</h1>").arg(esc(tr("Appendix: methodology"))));
    return html;
}

} // namespace ftroi
