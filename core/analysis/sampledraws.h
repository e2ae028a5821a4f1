// The Monte Carlo's inverse CDFs over a chunk of uniforms: a range's values
// from the generator's draws, many at a time. The triangular one runs with
// SSE2, or AVX2 where the processor has it; every version does the same
// operations on each value, so the same bits.
#pragma once

#include "core/analysis/simdlevel.h"
#include "core/model/scenario.h"

#include <cstdint>

namespace ftroi {

// The triangular inverse CDF on (a, b) with mode c (a < b, a <= c <= b):
// a + sqrt(u (b - a)(c - a)) below the mode's quantile (c - a) / (b - a),
// b - sqrt((1 - u)(b - a)(b - c)) from it on.
void drawTriangular(double a, double b, double c, const double *u, double *out, std::int64_t n,
                    SimdLevel code = SimdLevel::Best);

// A range's values from uniforms: `low` alone when high <= low, otherwise
// uniform or triangular (mode `mode`), rounded for whole-number inputs.
void drawRange(double low, double high, double mode, Distribution distribution, bool integer, const double *u,
               double *out, std::int64_t n);

} // namespace ftroi
