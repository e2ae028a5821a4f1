// The processor's vector instructions, asked once.
#include "core/analysis/simdlevel.h"

namespace ftroi {

bool simdLevelAvailable(SimdLevel level)
{
    switch (level) {
    case SimdLevel::Best:
    case SimdLevel::Scalar:
        return true;
    case SimdLevel::Sse2:
#if defined(__SSE2__)
        return true;
#else
        return false;
#endif
    case SimdLevel::Avx2: {
#if defined(FTROI_AVX2_CODE)
        static const bool avx2 = __builtin_cpu_supports("avx2");
        return avx2;
#else
        return false;
#endif
    }
    }
    return false;
}

SimdLevel resolvedSimdLevel(SimdLevel level)
{
    if (level != SimdLevel::Best)
        return level;
    return simdLevelAvailable(SimdLevel::Avx2) ? SimdLevel::Avx2
        : simdLevelAvailable(SimdLevel::Sse2)   ? SimdLevel::Sse2
                                                : SimdLevel::Scalar;
}

} // namespace ftroi
