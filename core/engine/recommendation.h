// The seed's fine-tune-or-API scoring: five verdicts and the factors that
// moved the score. The score is numeric; reason texts are built on demand.
#pragma once

#include "core/model/scenario.h"

#include <QStringList>

#include <cstdint>

namespace ftroi {

enum class Verdict { StrongFineTune, LeanFineTune, Neutral, LeanApi, StrongApi };

enum RecommendationFactor : std::uint32_t {
    FactorVolumeHigh = 1u << 0,
    FactorVolumeMedium = 1u << 1,
    FactorVolumeLow = 1u << 2,
    FactorConsistencyHigh = 1u << 3,
    FactorConsistencyLow = 1u << 4,
    FactorLatencyStrict = 1u << 5,
    FactorLatencyModerate = 1u << 6,
    FactorQualityHigh = 1u << 7,
    FactorQualityLow = 1u << 8,
    FactorNoMlExpertise = 1u << 9,
    FactorIterationSpeed = 1u << 10,
};

struct Recommendation {
    int score = 0;
    Verdict verdict = Verdict::Neutral;
    std::uint32_t factors = 0;       // RecommendationFactor bits
    double monthlyApiEstimate = 0;   // the volume factor's API cost estimate
};

Recommendation recommend(double requestsPerDay, double tokensPerRequest,
                         double blendedPricePer1M, const DecisionContext &context);
Verdict verdictForScore(int score);

QString verdictCode(Verdict verdict);        // "strong_fine_tune", ...
QString verdictTitle(Verdict verdict);       // "Strong: fine-tune", ...
// One plain sentence per factor that moved the score, in the seed's order.
QStringList recommendationReasons(const Recommendation &rec, const DecisionContext &context,
                                  const QString &currency);

} // namespace ftroi
