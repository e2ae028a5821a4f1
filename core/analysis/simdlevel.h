// Which vector instructions a loop may use: the best this processor has, or
// one named (tests run every version the machine has against the scalar one).
#pragma once

namespace ftroi {

enum class SimdLevel { Best, Scalar, Sse2, Avx2 };

// Whether this processor (and build) runs `level`.
bool simdLevelAvailable(SimdLevel level);
// `level`, or for Best the highest available.
SimdLevel resolvedSimdLevel(SimdLevel level);

} // namespace ftroi
