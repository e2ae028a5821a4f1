// The decision in words: a headline that names the best path (the engine's
// best_path, never another) with the numbers behind it, the close call, the
// excluded paths with their reasons, each path's share of the samples with
// ranges, a plain sentence when
// the seed's context score points the other way, and the context score line.
// Pure functions of a scenario and its result, so they are tested without widgets.
// Amounts in the sentences do not break across lines (non-breaking hyphen and spaces).
#pragma once

#include "core/engine/costengine.h"

#include <QLocale>
#include <QString>

namespace ftroi {

struct DecisionText {
    QString headline;     // "Self-host: saves $24,864/month, pays back in 3.0 months, NPV $420 k over 18 months"
    QString closeCall;    // "Close call: self-host leads managed by $12.3 k NPV (4.1 %)"; empty unless close_call
    QString exclusions;   // each excluded path with its reason, one a line; empty when none is
    QString shares;       // with ranges: "Best in 70 % of samples: managed; self-host 23 %; the API 7 %"
    QString disagreement; // empty unless decision.agrees is false
    QString context;      // "Context score 6 (Strong: fine-tune)", or why there is none
};

DecisionText decisionText(const Scenario &s, const ScenarioResult &r, const QString &currency,
                          const QLocale &locale = QLocale());

// Money for sentences: whole units below 100,000, then "$420 k", "$1.20 M".
QString formatMoneyShort(const QLocale &locale, double value, const QString &currency);

// The monthly whole cost (TCO) of a path; nullopt for a managed path the scenario does not have.
std::optional<double> pathMonthlyTco(const ScenarioResult &r, Path path);
// API TCO - the path's TCO (0 for the API itself).
std::optional<double> pathMonthlySavings(const ScenarioResult &r, Path path);
// The lifetime numbers of a path; nullopt for the API and an absent managed path.
const LifetimeValue *pathLifetime(const ScenarioResult &r, Path path);

} // namespace ftroi
