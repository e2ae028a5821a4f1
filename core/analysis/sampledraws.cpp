// The inverse CDFs, the triangular one vectorized: each lane's side chosen
// before its one square root (a compiler left alone takes both roots and
// chooses after).
#include "core/analysis/sampledraws.h"

#include <algorithm>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(FTROI_AVX2_CODE)
#include <immintrin.h>
#endif

namespace ftroi {

namespace {

#if defined(__SSE2__)
void triangularSse2(double a, double b, double c, const double *u, double *out, std::int64_t n)
{
    const double fc = (c - a) / (b - a);
    const __m128d va = _mm_set1_pd(a), vb = _mm_set1_pd(b), vfc = _mm_set1_pd(fc), one = _mm_set1_pd(1);
    const __m128d ba = _mm_set1_pd(b - a), ca = _mm_set1_pd(c - a), bc = _mm_set1_pd(b - c);
    for (std::int64_t i = 0; i + 2 <= n; i += 2) {
        const __m128d x = _mm_loadu_pd(u + i);
        const __m128d below = _mm_cmplt_pd(x, vfc);
        const __m128d low = _mm_mul_pd(_mm_mul_pd(x, ba), ca);
        const __m128d high = _mm_mul_pd(_mm_mul_pd(_mm_sub_pd(one, x), ba), bc);
        const __m128d root = _mm_sqrt_pd(_mm_or_pd(_mm_and_pd(below, low), _mm_andnot_pd(below, high)));
        const __m128d value =
            _mm_or_pd(_mm_and_pd(below, _mm_add_pd(va, root)), _mm_andnot_pd(below, _mm_sub_pd(vb, root)));
        _mm_storeu_pd(out + i, value);
    }
}
#endif

#if defined(FTROI_AVX2_CODE)
__attribute__((target("avx2"))) void triangularAvx2(double a, double b, double c, const double *u, double *out,
                                                     std::int64_t n)
{
    const double fc = (c - a) / (b - a);
    const __m256d va = _mm256_set1_pd(a), vb = _mm256_set1_pd(b), vfc = _mm256_set1_pd(fc), one = _mm256_set1_pd(1);
    const __m256d ba = _mm256_set1_pd(b - a), ca = _mm256_set1_pd(c - a), bc = _mm256_set1_pd(b - c);
    for (std::int64_t i = 0; i + 4 <= n; i += 4) {
        const __m256d x = _mm256_loadu_pd(u + i);
        const __m256d below = _mm256_cmp_pd(x, vfc, _CMP_LT_OQ);
        const __m256d low = _mm256_mul_pd(_mm256_mul_pd(x, ba), ca);
        const __m256d high = _mm256_mul_pd(_mm256_mul_pd(_mm256_sub_pd(one, x), ba), bc);
        const __m256d root = _mm256_sqrt_pd(_mm256_blendv_pd(high, low, below));
        _mm256_storeu_pd(out + i, _mm256_blendv_pd(_mm256_sub_pd(vb, root), _mm256_add_pd(va, root), below));
    }
}
#endif

} // namespace

void drawTriangular(double a, double b, double c, const double *u, double *out, std::int64_t n, SimdLevel code)
{
    code = resolvedSimdLevel(code);
    std::int64_t done = 0;
#if defined(FTROI_AVX2_CODE)
    if (code == SimdLevel::Avx2) {
        triangularAvx2(a, b, c, u, out, n);
        done = n / 4 * 4;
    }
#endif
#if defined(__SSE2__)
    if (code == SimdLevel::Sse2) {
        triangularSse2(a, b, c, u, out, n);
        done = n / 2 * 2;
    }
#endif
    const double fc = (c - a) / (b - a);
    for (std::int64_t i = done; i < n; ++i)
        out[i] = u[i] < fc ? a + std::sqrt(u[i] * (b - a) * (c - a)) : b - std::sqrt((1 - u[i]) * (b - a) * (b - c));
}

void drawRange(double low, double high, double mode, Distribution distribution, bool integer, const double *u,
               double *out, std::int64_t n)
{
    if (!(high > low)) {
        std::fill(out, out + n, low);
    } else if (distribution == Distribution::Uniform) {
        for (std::int64_t i = 0; i < n; ++i)
            out[i] = low + u[i] * (high - low);
    } else {
        drawTriangular(low, high, mode, u, out, n);
    }
    if (integer)
        for (std::int64_t i = 0; i < n; ++i)
            out[i] = std::round(out[i]);
}

} // namespace ftroi
