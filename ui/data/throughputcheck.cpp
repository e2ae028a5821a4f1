// The throughput check against the catalog (see throughputcheck.h).
#include "ui/data/throughputcheck.h"

#include "core/catalog/catalog.h"
#include "core/engine/formulas.h"
#include "core/text/format.h"

#include <QObject>

namespace ftroi {

QString throughputWarning(const Scenario &s, const QLocale &locale)
{
    const CatalogEntry *gpu = catalog().instance(s.selfHosted.instance);
    if (!gpu)
        return {};
    const std::optional<CatalogEntry::ThroughputEstimate> known = catalog().servingThroughputEstimate(*gpu, s.selfHosted.modelSizeB);
    if (!known || !(known->tokensPerSecond > 0))
        return {};
    const double implied = effectiveThroughput(s.workload, s.selfHosted);
    if (!(implied > kThroughputWarningFactor * known->tokensPerSecond))
        return {};
    return QObject::tr("Throughput: %1 tokens/s per instance with the speed-ups is %2x the catalog's %3 tokens/s for a "
                       "%4B model on %5 (measured with vLLM). A speed-up may count a gain the measured figure already "
                       "includes.")
        .arg(formatNumber(locale, implied, 0), formatNumber(locale, implied / known->tokensPerSecond, 1),
             formatNumber(locale, known->tokensPerSecond, 0), formatNumber(locale, s.selfHosted.modelSizeB, 1), gpu->name);
}

double suggestedQuantizationSpeedup(Precision precision)
{
    switch (precision) {
    case Precision::Int4: return 1.8;
    case Precision::Int8: return 1.3;
    case Precision::Bf16:
    case Precision::Fp16: break;
    }
    return 1.0;
}

} // namespace ftroi
