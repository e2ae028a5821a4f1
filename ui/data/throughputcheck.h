// Whether a self-hosted throughput is believable: the rate the scenario
// implies for one instance (the measured figure times its speed-ups) against
// what the catalog knows for this model size on this instance (the seed's
// vLLM-measured table). Speed-ups stacked on a figure that already includes
// them (the seed's 5,000 tokens/s are measured with vLLM) are the usual cause.
#pragma once

#include "core/model/scenario.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace ftroi {

// Above this multiple of the catalog's figure the throughput is flagged.
inline constexpr double kThroughputWarningFactor = 1.5;

// The warning, or empty when the implied rate is within the factor or the
// catalog knows no figure for the scenario's instance and model size.
QString throughputWarning(const Scenario &s, const QLocale &locale = QLocale());

// The quantization speed-up a precision suggests (the seed: int4 serves about
// 40-50 % cheaper, 1.8x; int8 1.3x as a suggestion; bf16 and fp16 1x).
double suggestedQuantizationSpeedup(Precision precision);

} // namespace ftroi
