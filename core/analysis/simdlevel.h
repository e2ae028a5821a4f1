// Which vector instructions a loop may use: the best this processor has, or
// one named (tests run every version the machine has against the scalar one).
#pragma once

// Defined where AVX2 code can be built (a function's target attribute); whether
// it runs is asked at run time (simdLevelAvailable()).
#if defined(__x86_64__) && defined(__GNUC__)
#define FTROI_AVX2_CODE 1
#endif

namespace ftroi {

enum class SimdLevel { Best, Scalar, Sse2, Avx2 };

// Whether this processor (and build) runs `level`.
bool simdLevelAvailable(SimdLevel level);
// `level`, or for Best the highest available.
SimdLevel resolvedSimdLevel(SimdLevel level);

} // namespace ftroi
