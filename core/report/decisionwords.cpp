// Sentences of the decision (see decisionwords.h).
#include "core/report/decisionwords.h"

#include "core/text/format.h"

#include <algorithm>
#include <cmath>

namespace ftroi {

QString pathInSentence(Path path)
{
    switch (path) {
    case Path::Api: return QStringLiteral("the API");
    case Path::Managed: return QStringLiteral("managed");
    case Path::SelfHosted: return QStringLiteral("self-host");
    }
    return {};
}

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

std::optional<double> npvLeadShare(const ScenarioResult &r)
{
    const Decision &d = r.decision;
    if (!d.bestPath || !d.runnerUp || !d.npvMargin)
        return std::nullopt;
    const double best = pathNpv(r, *d.bestPath).value_or(0);
    const double runner = pathNpv(r, *d.runnerUp).value_or(0);
    const double scale = std::max({std::abs(best), std::abs(runner), pathProjectCost(r, *d.bestPath),
                                   pathProjectCost(r, *d.runnerUp)});
    if (!(scale > 0))
        return std::nullopt;
    return *d.npvMargin / scale;
}

QString closeCallText(const ScenarioResult &r, const QString &currency)
{
    const Decision &d = r.decision;
    if (!d.closeCall || !d.bestPath)
        return {};
    const QLocale locale = compactMoneyLocale();
    if (!d.runnerUp || !d.npvMargin) // by share of samples only
        return QStringLiteral("Close call: %1 is best in only %2 of samples")
            .arg(pathInSentence(*d.bestPath),
                 formatPercent(locale, d.bestPathShares ? (*d.bestPathShares)[size_t(*d.bestPath)] : 0, 0));
    QString text = QStringLiteral("Close call: %1 leads %2 by %3 NPV")
                       .arg(pathInSentence(*d.bestPath), pathInSentence(*d.runnerUp),
                            formatCompactMoney(*d.npvMargin, currency));
    if (const std::optional<double> share = npvLeadShare(r))
        text += QStringLiteral(" (%1)").arg(formatPercent(locale, *share, *share < 0.1 ? 2 : 1));
    if (d.closeCallByShare && d.bestPathShares)
        text += QStringLiteral(", but is best in only %1 of samples")
                    .arg(formatPercent(locale, (*d.bestPathShares)[size_t(*d.bestPath)], 0));
    return text;
}

QStringList exclusionTexts(const ScenarioResult &r)
{
    QStringList texts;
    for (const Path p : {Path::Api, Path::Managed, Path::SelfHosted})
        if (r.decision.isExcluded(p))
            texts.append(QStringLiteral("%1 is excluded: %2")
                             .arg(capitalized(pathInSentence(p)), exclusionText(r.decision.exclusion(p), r.decision.peakUtilization)));
    return texts;
}

QString sampleSharesText(const Decision &d, const QLocale &locale)
{
    if (!d.bestPathShares)
        return {};
    const auto &shares = *d.bestPathShares;
    Path order[kPathCount] = {Path::Api, Path::Managed, Path::SelfHosted};
    std::stable_sort(order, order + kPathCount, [&](Path a, Path b) { return shares[size_t(a)] > shares[size_t(b)]; });
    QString text = QStringLiteral("Best in %1 of samples: %2")
                       .arg(formatPercent(locale, shares[size_t(order[0])], 0), pathInSentence(order[0]));
    for (int i = 1; i < kPathCount; ++i)
        if (shares[size_t(order[i])] > 0)
            text += QStringLiteral("; %1 %2").arg(pathInSentence(order[i]), formatPercent(locale, shares[size_t(order[i])], 0));
    return text;
}

} // namespace ftroi
