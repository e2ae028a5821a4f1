// The subtitle every chart carries under its title, so an exported picture
// says what it shows on its own: the scenario and document names, and the key
// numbers (each path's whole monthly cost, the savings and the payback).
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
// Both lines, '\n' between them.
QString chartSubtitle(const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                      const QString &documentName);

} // namespace ftroi
