// Recommendation scoring, as in the seed's decision function.
#include "core/engine/recommendation.h"

#include "core/text/format.h"

namespace ftroi {

Recommendation recommend(double requestsPerDay, double tokensPerRequest,
                         double blendedPricePer1M, const DecisionContext &c)
{
    Recommendation r;
    const double dailyTokens = requestsPerDay * tokensPerRequest;
    const double monthlyTokens = dailyTokens * 30;
    r.monthlyApiEstimate = monthlyTokens * blendedPricePer1M / 1e6;

    auto add = [&r](int points, RecommendationFactor factor) {
        r.score += points;
        r.factors |= factor;
    };

    if (r.monthlyApiEstimate > 5000)
        add(3, FactorVolumeHigh);
    else if (r.monthlyApiEstimate > 1000)
        add(1, FactorVolumeMedium);
    else
        add(-2, FactorVolumeLow);

    if (c.taskConsistency == Level::High)
        add(2, FactorConsistencyHigh);
    else if (c.taskConsistency == Level::Low)
        add(-2, FactorConsistencyLow);

    if (c.latencyRequirementMs < 500)
        add(2, FactorLatencyStrict);
    else if (c.latencyRequirementMs < 2000)
        add(1, FactorLatencyModerate);

    if (c.qualityRequirement == Level::High)
        add(-1, FactorQualityHigh);
    else if (c.qualityRequirement == Level::Low)
        add(1, FactorQualityLow);

    if (!c.teamMlExpertise)
        add(-2, FactorNoMlExpertise);
    if (c.iterationSpeedPriority)
        add(-2, FactorIterationSpeed);

    r.verdict = verdictForScore(r.score);
    return r;
}

Verdict verdictForScore(int score)
{
    if (score >= 3)
        return Verdict::StrongFineTune;
    if (score >= 1)
        return Verdict::LeanFineTune;
    if (score >= -1)
        return Verdict::Neutral;
    if (score >= -3)
        return Verdict::LeanApi;
    return Verdict::StrongApi;
}

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::StrongFineTune: return QStringLiteral("strong_fine_tune");
    case Verdict::LeanFineTune: return QStringLiteral("lean_fine_tune");
    case Verdict::Neutral: return QStringLiteral("neutral");
    case Verdict::LeanApi: return QStringLiteral("lean_api");
    case Verdict::StrongApi: return QStringLiteral("strong_api");
    }
    return {};
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::StrongFineTune: return QStringLiteral("Strong: fine-tune");
    case Verdict::LeanFineTune: return QStringLiteral("Lean: fine-tune");
    case Verdict::Neutral: return QStringLiteral("Neutral: build the full ROI model");
    case Verdict::LeanApi: return QStringLiteral("Lean: use the API");
    case Verdict::StrongApi: return QStringLiteral("Strong: use the API");
    }
    return {};
}

QStringList recommendationReasons(const Recommendation &rec, const DecisionContext &c,
                                  const QString &currency)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const QString api = formatMoney(locale, rec.monthlyApiEstimate, currency, 0);
    const QString latency = QString::number(c.latencyRequirementMs, 'g', 10);
    QStringList reasons;
    auto has = [&rec](RecommendationFactor f) { return (rec.factors & f) != 0; };

    if (has(FactorVolumeHigh))
        reasons << QStringLiteral("+3: API cost %1/month is high; self-hosted serving is likely cheaper.").arg(api);
    if (has(FactorVolumeMedium))
        reasons << QStringLiteral("+1: API cost %1/month is medium; model the full project cost before deciding.").arg(api);
    if (has(FactorVolumeLow))
        reasons << QStringLiteral("-2: API cost %1/month is low; the API is almost certainly cheaper at this volume.").arg(api);
    if (has(FactorConsistencyHigh))
        reasons << QStringLiteral("+2: High task consistency; a smaller specialised model can match a large general one.");
    if (has(FactorConsistencyLow))
        reasons << QStringLiteral("-2: Low task consistency; a fine-tuned model will struggle with edge cases.");
    if (has(FactorLatencyStrict))
        reasons << QStringLiteral("+2: Strict latency (%1 ms); a self-hosted smaller model wins on p99 latency.").arg(latency);
    if (has(FactorLatencyModerate))
        reasons << QStringLiteral("+1: Moderate latency requirement (%1 ms); both options are viable.").arg(latency);
    if (has(FactorQualityHigh))
        reasons << QStringLiteral("-1: High quality requirement; a fine-tuned small model may miss on difficult reasoning.");
    if (has(FactorQualityLow))
        reasons << QStringLiteral("+1: Low quality threshold; a smaller fine-tuned model is likely sufficient.");
    if (has(FactorNoMlExpertise))
        reasons << QStringLiteral("-2: No ML expertise in the team; engineering cost will be high, consider managed fine-tuning.");
    if (has(FactorIterationSpeed))
        reasons << QStringLiteral("-2: Fast iteration is a priority; API prompts change instantly, fine-tuning needs retraining.");
    return reasons;
}

} // namespace ftroi
