// fleetPaymentText: capex and opex of an owned or reserved fleet, in words.
#include "ui/data/fleetpaymenttext.h"

#include "core/engine/fleetpricing.h"
#include "core/text/format.h"

#include <QCoreApplication>

namespace ftroi {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FleetPaymentText", text);
}
} // namespace

QString fleetPaymentText(const Scenario &s, const ScenarioResult &r, const QString &currency, const QLocale &locale)
{
    const auto money = [&](double v) { return formatMoney(locale, v, currency, 0); };
    switch (pricingModel(s.selfHosted)) {
    case PricingModel::Owned:
        return tr("Owned servers: capex %1 (%2 a month as capital) · opex %3 a month")
            .arg(money(r.capexUsd), money(r.monthlyCapitalCost), money(r.monthlyOpex));
    case PricingModel::Reserved:
        return tr("Reserved: %1 paid at the start (in the project cost) · %2 a month")
            .arg(money(r.commitmentUpfront), money(r.monthlyOpex));
    case PricingModel::Spot:
        return tr("Spot instances: %1 a month, interruptions included").arg(money(r.monthlyServingCost));
    case PricingModel::OnDemand:
        break;
    }
    return QString();
}

} // namespace ftroi
