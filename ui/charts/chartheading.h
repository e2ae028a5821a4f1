// The subtitle every chart carries under its title, so an exported picture
// says what it shows on its own: the scenario and document names, and the key
// numbers (each path's whole monthly cost, the savings and the payback), and
// the close call and exclusions when the decision has them.
#pragma once

#include "core/engine/costengine.h"
#include "core/model/scenario.h"

#include <QString>

namespace ftroi {

// "Customer support on GPT-4o · pricing.ftroi" (the document part only when named).
QString chartSourceLine(const QString &scenarioName, const QString &documentName);
// "API $30.0 k/month · self-hosted $12.3 k/month (saves $17.7 k, pays back in
// 4.2 months) · managed $20.1 k/month": whole monthly costs (TCO), money as
// chartstyle::money writes it.
QString chartKeyNumbersLine(const ScenarioResult &result, const QString &currency);
// What the decision adds to the numbers: the close call and each excluded path
// with its reason, " · " between them; empty when there is neither.
QString chartDecisionLine(const ScenarioResult &result, const QString &currency);
// The source and key-number lines, and the decision line when it is not empty,
// '\n' between them; `keyNumbers`, when given, replaces chartKeyNumbersLine.
QString chartSubtitle(const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                      const QString &documentName, const QString &keyNumbers = QString());

} // namespace ftroi
