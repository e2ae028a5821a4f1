// The decision in words, shared by the CLI's text report and the app: the
// close call with its margin, each exclusion with its reason, and each path's
// share of the Monte Carlo samples in which it is best.
#pragma once

#include "core/engine/costengine.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ftroi {

// "self-host", "managed", "the API": a path inside a sentence.
QString pathInSentence(Path path);
// The NPV lead as a share of the close-call scale (the larger absolute NPV or
// project cost of the two paths); nullopt without a runner-up or a scale.
std::optional<double> npvLeadShare(const ScenarioResult &r);
// "Close call: self-host leads managed by $12.3 k NPV (4.1 %)"; empty unless close_call.
QString closeCallText(const ScenarioResult &r, const QString &currency);
// "Self-host is excluded: over capacity at the peak: 429 %", one per excluded path.
QStringList exclusionTexts(const ScenarioResult &r);
// "Best in 70 % of samples: managed; self-host 23 %; the API 7 %"; empty without ranges.
QString sampleSharesText(const Decision &d, const QLocale &locale);

} // namespace ftroi
