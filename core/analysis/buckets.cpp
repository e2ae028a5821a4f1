// The bucket rule's vectorized versions and the buckets' counts.
#include "core/analysis/buckets.h"

#include <algorithm>

#if defined(FTROI_AVX2_CODE)
#include <immintrin.h>
#endif

namespace ftroi {

namespace {

#if defined(__SSE2__)
void bucketsOfSse2(const BucketRule &rule, const double *values, std::int64_t n, std::uint16_t *out)
{
    const __m128d low = _mm_set1_pd(rule.low), high = _mm_set1_pd(rule.high);
    const __m128d scale = _mm_set1_pd(rule.scale), last = _mm_set1_pd(rule.last);
    const __m128d infinity = _mm_set1_pd(std::numeric_limits<double>::infinity());
    const __m128d minusInfinity = _mm_set1_pd(-std::numeric_limits<double>::infinity());
    const __m128d belowAt = _mm_set1_pd(-1), aboveAt = _mm_set1_pd(rule.last + 1);
    const __m128d minusInfinityAt = _mm_set1_pd(-2), infinityAt = _mm_set1_pd(rule.last + 2);
    auto choose = [](__m128d mask, __m128d yes, __m128d no) {
        return _mm_or_pd(_mm_and_pd(mask, yes), _mm_andnot_pd(mask, no));
    };
    for (std::int64_t i = 0; i + 2 <= n; i += 2) {
        const __m128d v = _mm_loadu_pd(values + i);
        __m128d t = _mm_min_pd(_mm_mul_pd(_mm_sub_pd(_mm_min_pd(_mm_max_pd(v, low), high), low), scale), last);
        t = choose(_mm_cmplt_pd(v, low), belowAt, t);
        t = choose(_mm_cmpgt_pd(v, high), aboveAt, t);
        t = choose(_mm_cmpeq_pd(v, minusInfinity), minusInfinityAt, t);
        t = choose(_mm_cmpeq_pd(v, infinity), infinityAt, t);
        const __m128i b = _mm_add_epi32(_mm_cvttpd_epi32(t), _mm_set1_epi32(2));
        out[i] = std::uint16_t(_mm_cvtsi128_si32(b));
        out[i + 1] = std::uint16_t(_mm_cvtsi128_si32(_mm_shuffle_epi32(b, _MM_SHUFFLE(1, 1, 1, 1))));
    }
}
#endif

#if defined(FTROI_AVX2_CODE)
__attribute__((target("avx2"))) void bucketsOfAvx2(const BucketRule &rule, const double *values, std::int64_t n,
                                                    std::uint16_t *out)
{
    const __m256d low = _mm256_set1_pd(rule.low), high = _mm256_set1_pd(rule.high);
    const __m256d scale = _mm256_set1_pd(rule.scale), last = _mm256_set1_pd(rule.last);
    const __m256d infinity = _mm256_set1_pd(std::numeric_limits<double>::infinity());
    const __m256d minusInfinity = _mm256_set1_pd(-std::numeric_limits<double>::infinity());
    const __m256d belowAt = _mm256_set1_pd(-1), aboveAt = _mm256_set1_pd(rule.last + 1);
    const __m256d minusInfinityAt = _mm256_set1_pd(-2), infinityAt = _mm256_set1_pd(rule.last + 2);
    const __m128i two = _mm_set1_epi32(2);
    for (std::int64_t i = 0; i + 8 <= n; i += 8) {
        __m128i b[2];
        for (int half = 0; half < 2; ++half) {
            const __m256d v = _mm256_loadu_pd(values + i + 4 * half);
            __m256d t = _mm256_min_pd(
                _mm256_mul_pd(_mm256_sub_pd(_mm256_min_pd(_mm256_max_pd(v, low), high), low), scale), last);
            t = _mm256_blendv_pd(t, belowAt, _mm256_cmp_pd(v, low, _CMP_LT_OQ));
            t = _mm256_blendv_pd(t, aboveAt, _mm256_cmp_pd(v, high, _CMP_GT_OQ));
            t = _mm256_blendv_pd(t, minusInfinityAt, _mm256_cmp_pd(v, minusInfinity, _CMP_EQ_OQ));
            t = _mm256_blendv_pd(t, infinityAt, _mm256_cmp_pd(v, infinity, _CMP_EQ_OQ));
            b[half] = _mm_add_epi32(_mm256_cvttpd_epi32(t), two);
        }
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_packus_epi32(b[0], b[1]));
    }
}
#endif

} // namespace

void bucketsOf(const BucketRule &rule, const double *values, std::int64_t n, std::uint16_t *out, SimdLevel code)
{
    code = resolvedSimdLevel(code);
    std::int64_t done = 0;
#if defined(FTROI_AVX2_CODE)
    if (code == SimdLevel::Avx2) {
        bucketsOfAvx2(rule, values, n, out);
        done = n / 8 * 8;
    }
#endif
#if defined(__SSE2__)
    if (code == SimdLevel::Sse2) {
        bucketsOfSse2(rule, values, n, out);
        done = n / 2 * 2;
    }
#endif
    for (std::int64_t i = done; i < n; ++i)
        out[i] = std::uint16_t(rule.of(values[i]));
}

BucketCounter::BucketCounter(size_t size) : m_size(size), m_tallies(4 * size, 0), m_counts(size, 0) {}

void BucketCounter::add(const std::uint16_t *bucketOf, std::int64_t n)
{
    // A tally holds fewer than 2^32: moved into the counts before it could overflow.
    constexpr std::int64_t kMostPending = std::int64_t(1) << 31;
    while (n > 0) {
        if (m_pending >= kMostPending)
            flush();
        const std::int64_t part = std::min(n, kMostPending - m_pending);
        std::uint32_t *tally[4] = {&m_tallies[0], &m_tallies[m_size], &m_tallies[2 * m_size], &m_tallies[3 * m_size]};
        std::int64_t i = 0;
        for (; i + 4 <= part; i += 4) {
            ++tally[0][bucketOf[i]];
            ++tally[1][bucketOf[i + 1]];
            ++tally[2][bucketOf[i + 2]];
            ++tally[3][bucketOf[i + 3]];
        }
        for (; i < part; ++i)
            ++tally[0][bucketOf[i]];
        m_pending += part;
        bucketOf += part;
        n -= part;
    }
}

void BucketCounter::flush()
{
    for (size_t b = 0; b < m_size; ++b)
        m_counts[b] += std::int64_t(m_tallies[b]) + m_tallies[m_size + b] + m_tallies[2 * m_size + b]
            + m_tallies[3 * m_size + b];
    std::fill(m_tallies.begin(), m_tallies.end(), 0);
    m_pending = 0;
}

std::vector<std::int64_t> BucketCounter::counts()
{
    flush();
    return m_counts;
}

} // namespace ftroi
