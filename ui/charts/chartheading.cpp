// Scenario, document and key numbers under every chart title.
#include "ui/charts/chartheading.h"

#include "ui/charts/chartstyle.h"
#include "core/report/decisionwords.h"
#include "core/text/format.h"

#include <QLocale>

#include <cmath>

namespace ftroi {

namespace {

const QString kDot = QStringLiteral(" \u00b7 ");

// "self-hosted $12.3 k/month (saves $17.7 k, pays back in 4.2 months)".
QString pathPart(const QString &name, double tco, double apiTco, const LifetimeValue &lifetime,
                 const QString &currency)
{
    QString text = QStringLiteral("%1 %2/month").arg(name, chartstyle::money(tco, currency));
    const double savings = apiTco - tco;
    if (!std::isfinite(savings))
        return text;
    const QString payback = lifetime.paybackMonthsWithGrowth
                                ? QStringLiteral("pays back in %1").arg(formatMonths(QLocale(), lifetime.paybackMonthsWithGrowth))
                                : QStringLiteral("no payback");
    if (savings > 0)
        return text + QStringLiteral(" (saves %1, %2)").arg(chartstyle::money(savings, currency), payback);
    return text + QStringLiteral(" (costs %1 more)").arg(chartstyle::money(-savings, currency));
}

} // namespace

QString chartSourceLine(const QString &scenarioName, const QString &documentName)
{
    if (documentName.isEmpty())
        return scenarioName;
    return scenarioName + kDot + documentName;
}

QString chartKeyNumbersLine(const ScenarioResult &result, const QString &currency)
{
    QStringList parts{QStringLiteral("API %1/month").arg(chartstyle::money(result.apiMonthlyTco, currency)),
                      pathPart(QStringLiteral("self-hosted"), result.selfHostedMonthlyTco, result.apiMonthlyTco,
                               result.lifetime, currency)};
    if (result.managed)
        parts << pathPart(QStringLiteral("managed"), result.managed->monthlyTco, result.apiMonthlyTco,
                          result.managed->lifetime, currency);
    return parts.join(kDot);
}

QString chartDecisionLine(const ScenarioResult &result, const QString &currency)
{
    QStringList parts;
    const QString closeCall = closeCallText(result, currency);
    if (!closeCall.isEmpty())
        parts << closeCall;
    parts << exclusionTexts(result);
    return parts.join(kDot);
}

QString chartSubtitle(const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                      const QString &documentName, const QString &keyNumbers)
{
    QString subtitle = chartSourceLine(scenario.name, documentName) + QLatin1Char('\n')
        + (keyNumbers.isEmpty() ? chartKeyNumbersLine(result, currency) : keyNumbers);
    const QString decision = chartDecisionLine(result, currency);
    if (!decision.isEmpty())
        subtitle += QLatin1Char('\n') + decision;
    return subtitle;
}

} // namespace ftroi
