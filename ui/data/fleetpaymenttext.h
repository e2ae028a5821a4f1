// One line for the self-hosted card on how the fleet is paid for (format 3's
// pricing): an owned fleet's capital expenditure and monthly opex, a
// reservation's payment at the start; empty when paid by the hour.
#pragma once

#include "core/engine/costengine.h"
#include "core/model/scenario.h"

#include <QLocale>
#include <QString>

namespace ftroi {

QString fleetPaymentText(const Scenario &s, const ScenarioResult &r, const QString &currency, const QLocale &locale);

} // namespace ftroi
