// Checks one input against the reader, writer and engine.
#include "documentcheck.h"

#include "core/engine/costengine.h"
#include "core/engine/curves.h"
#include "core/io/documentformat.h"
#include "core/report/resultjson.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ftroi::fuzz {

namespace {

// The most Monte Carlo samples one input may run. A document may ask for up to
// ten million; under the sanitizers the default 10,000 alone take a third of a
// second, so the samples would be nearly all of a run's time. The sampling,
// statistics and share paths run the same with fewer; many samples and several
// threads are covered by the Monte Carlo tests.
constexpr double kSamplesPerInput = 64;

bool finiteResult(const ScenarioResult &r)
{
    const double values[] = {r.currentDailyTokens, r.monthlyApiCost, r.instances, r.utilization,
                             r.monthlyServingCost, r.monthlyStorageCost, r.monthlyQualityCostDelta,
                             r.computeCost, r.engineeringCost, r.totalProjectCost,
                             r.monthlyAmortizedProjectCost, r.monthlyFtTotal, r.monthlySavings,
                             r.commitmentUpfront, r.capexUsd, r.monthlyCapitalCost, r.monthlyOpex,
                             r.selfHostedMonthlyOpsCost, r.monthlyRemainderApiCost, r.selfHostedMonthlyTco};
    for (double v : values)
        if (!std::isfinite(v))
            return false;
    for (const std::optional<double> &v : {r.paybackMonths, r.breakEvenTokensPerDay, r.breakEvenAllInTokensPerDay,
                                          r.servingCostPer1MTokens})
        if (v && !std::isfinite(*v))
            return false;
    return true;
}

} // namespace

QString checkDocumentInput(const QByteArray &input)
{
    const ReadResult first = readDocument(input);
    if (!first.document) {
        if (first.error.isEmpty())
            return QStringLiteral("refused without a message");
        if (!first.error.contains(QLatin1Char(':')))
            return QStringLiteral("refusal does not name a place: ") + first.error;
        return {};
    }
    const QByteArray written = writeDocument(*first.document);
    const ReadResult second = readDocument(written);
    if (!second.document)
        return QStringLiteral("a saved document does not read back: ") + second.error;
    if (writeDocument(*second.document) != written)
        return QStringLiteral("save -> load -> save changed the document");

    std::vector<CostCurvePoint> curve;
    for (const Scenario &s : first.document->scenarios) {
        const ScenarioResult r = evaluate(s);
        if (!finiteResult(r))
            return QStringLiteral("a result is not finite in scenario \"%1\"").arg(s.name);
        sampleCostCurve(costLine(s, r.monthlyAmortizedProjectCost), 1e3, 1e13, 64, curve);
        for (const CostCurvePoint &p : curve)
            if (!std::isfinite(p.apiMonthly) || !std::isfinite(p.selfHostedMonthly))
                return QStringLiteral("a curve point is not finite in scenario \"%1\"").arg(s.name);
    }
    ScenarioDocument bounded = *first.document;
    for (Scenario &s : bounded.scenarios)
        if (s.uncertainty)
            s.uncertainty->samples = std::min(s.uncertainty->samples, kSamplesPerInput);
    const QByteArray json = evaluateDocumentToJson(bounded);
    if (QJsonDocument::fromJson(json).isNull())
        return QStringLiteral("the results are not valid JSON");
    return {};
}

} // namespace ftroi::fuzz
