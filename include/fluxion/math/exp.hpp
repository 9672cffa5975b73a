// fluxion/math/exp.hpp — the exponential function e^x.
//
// Accuracy: within 1 ulp of the correctly rounded e^x for every double
// (designed for 0.5 ulp + 2^-7 ulp; measured against MPFR in
// tests/runtime/math_exp.cpp, reported in docs/math/exp.md), subnormal results
// included: they are rounded once, never twice.
// Special values (C99 Annex F): exp(+-0) == 1 exactly, exp(-inf) == +0,
// exp(+inf) == +inf, exp(NaN) is that NaN; overflow (x > 709.78...) gives +inf
// and underflow (x < -745.13...) gives +0, as values, also in constant expressions.
//
//     static_assert(fluxion::exp(0.0) == 1.0);
#ifndef FLUXION_MATH_EXP_HPP
#define FLUXION_MATH_EXP_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/attributes.hpp>
#include <fluxion/detail/exp2_float.hpp>
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

// (a + b) * 2^m, rounded once, for the rare m outside [-1021, 1023] (results
// near overflow or below the smallest normal number). a is in [1, 2) and
// |b| < 0.006 a.
constexpr double exp_scale_near_limits(double a, double b, int m) noexcept {
    if (m > 0) return scale_by_power_of_2(a + b, m); // exact scaling, or +inf
    // Work in units of 2^-1022: a' + b' = (a + b) 2^(m + 1022), exactly (both
    // scalings are by a power of two >= 2^-54, so no bit is lost from a).
    const double c = pow2(m + 1022);
    const double a1 = a * c;
    const double b1 = b * c;
    if (a1 + b1 >= 1.0) return (a1 + b1) * 0x1p-1022; // a normal result: exact scaling
    // A subnormal result is a multiple of 2^-1074, i.e. of 2^-52 in these units.
    // Adding 1 makes the hardware round at exactly that granularity: h + l is
    // 1 + a1 + b1 (two_sum is exact), its one rounding is the rounding we
    // want, and subtracting 1 and scaling back are exact.
    const double_double s = two_sum(1.0, a1);
    const double rounded = s.hi + (s.lo + b1);
    return (rounded - 1.0) * 0x1p-1022;
}

// Special cases of exp: NaN, +-inf, and arguments whose result is certainly
// +inf (x >= 709.8 > ln(DBL_MAX) = 709.78...) or +0 (x <= -745.2, below
// ln(2^-1075) = -745.133..., half the smallest subnormal).
constexpr double exp_outside_range(double x) noexcept {
    if (x != x) return x;
    return x > 0 ? inf : 0.0;
}

/// exp(hi + lo), for the callers that have their argument as a double-double
/// (pow: y * log(x)). Contract:
/// - hi is any double (NaN, +-inf included); lo is a small correction,
///   |lo| <= 2^-7.9 (pow passes up to that: its t_lo; |lo| <= ulp(hi) is
///   enough whenever |hi| >= 2^-30), and lo is ignored when hi is not finite.
/// - the result is within 0.5 + 2^-7 ulp of e^(hi + lo) for |lo| <= 2^-20
///   (relative error of the value before the final rounding below 2^-60), and
///   within 0.5 + 2^-5 ulp for |lo| up to 2^-7.9, where |r| reaches 0.0069
///   instead of 0.0028 (below 2^-58: the series' truncation stays below
///   2^-62.6, the roundings of r and of the tail are each below 2^-60.2); the
///   margins of the range test (hi + lo beyond 709.79 or below -745.19 when hi
///   is outside) still hold. For subnormal results too
///   (rounded once); overflow gives +inf and underflow +0, as values, never by
///   overflowing arithmetic, so it works in constant expressions on GCC and Clang.
/// - exp_double_double(x, 0) is exp(x); exp_double_double(0, 0) == 1 exactly.
/// Cost in a constant expression: about 15 Clang steps.
/// A pure function of (hi, lo): FLUXION_CONST_FUNCTION (detail/attributes.hpp).
/// exp_kernel<false>(x, 0) is exp(x) without the lo terms, the same bits
/// (r = a + (0 - b) and a - b differ at most in the sign of a zero r, which
/// the tail turns into +0 either way), two instructions shorter; it is
/// forced inline, for exp's derivative rule: a call in the middle of
/// derivative code costs GCC a spill of every live value
/// (detail/attributes.hpp).
template <bool with_lo>
FLUXION_ALWAYS_INLINE constexpr double exp_kernel(double hi, double lo) noexcept {
    if (!(hi > -745.2 && hi < 709.8)) return exp_outside_range(hi);
    // Reduce: hi + lo = k ln2/128 + r, |r| <= ln2/256 (see exp_kernel.hpp).
    // k is rounded with the 1.5 * 2^52 shifter inline (round_to_integer),
    // to keep the common path short in constant-expression steps.
    const double kd = (hi * exp_inv_step + 0x1.8p52) - 0x1.8p52;
    const int k = static_cast<int>(kd);
    const double r = with_lo ? (hi - kd * exp_step_hi) + (lo - kd * exp_step_lo) : (hi - kd * exp_step_hi) - kd * exp_step_lo;
    // Approximate: e^(hi + lo) = 2^m * t * (1 + p) with t = 2^(j/128), p = e^r - 1.
    // Only the last addition t.hi + tail rounds at the level of the result;
    // tail = t.hi p + t.lo is below 0.006 t.hi, so its rounding errors (and
    // that of r, |r| < 0.0028) add less than 2^-7 ulp.
    // Summed as (t.hi r + t.lo) + t.hi (p - r): the first part waits on r
    // alone, not on the series, which is the longest chain here.
    const double_double t = exp_table[k & 127];
    const double tail = (t.hi * r + t.lo) + t.hi * exp_taylor_tail(r);
    // Reconstruct: multiply by 2^m, m = floor(k / 128), built from its bit
    // pattern; exact while the result is a normal number.
    const int m = k >> 7;
    if (m < -1021 || m > 1023) return exp_scale_near_limits(t.hi, tail, m);
    return (t.hi + tail) * std::bit_cast<double>(static_cast<std::uint64_t>(m + 1023) << 52);
}

FLUXION_CONST_FUNCTION constexpr double exp_double_double(double hi, double lo) noexcept {
    return exp_kernel<true>(hi, lo);
}
FLUXION_CONST_FUNCTION constexpr double exp_double(double x) noexcept { return exp_kernel<false>(x, 0.0); }

// float: e^x = 2^(x / ln 2) with detail/exp2_float.hpp's plain-double kernel,
// rounded once. For |x| < 104 (beyond, and for NaN, exp_double) t = x / ln 2
// is x times 128/ln 2 / 128 (exp_inv_step, 2^-53.5 relative) rounded once:
// off by at most 150 * 2^-52.4 = 2^-45.2 in the exponent, 2^-45.7 relative in
// 2^t, and the kernel adds 2^-49.3: the double result is within 2^-45.6 of
// e^x. If it lies farther than 2^-41 (relative) from a float midpoint, it
// rounds to the correctly rounded float; if not (about one argument in 2^16),
// or if it is below the normal floats (x < -87.3), exp_double decides. So the
// result is always exp_double's rounded to float, a little faster (one
// reduction step fewer, no double-double table entry).
constexpr float exp_float(float xf) noexcept {
    const double x = xf;
    if (!(x > -104 && x < 104)) return static_cast<float>(exp_double(x));
    const double r = exp2_float_kernel(x * (exp_inv_step * 0x1p-7));
    // The 29 bits that rounding to float drops: a midpoint is 0x10000000; the
    // margin 0x1000 double ulps is 2^-41 or more (relative) each side.
    // (0x3810000000000000 is 2^-126: r > 0, so its bits order as its values.)
    if ((to_bits(r) & 0x1fff'ffff) - (0x1000'0000 - 0x1000) < 0x2000 || to_bits(r) < 0x3810'0000'0000'0000)
        return static_cast<float>(exp_double(x));
    return static_cast<float>(r);
}

} // namespace fluxion::detail

namespace fluxion {

/// e^x, within 1 ulp (see the top of this file).
template <arithmetic T>
constexpr floating_t<T> exp(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::exp_float(x);
    else return detail::via_double(detail::exp_double, x);
}

} // namespace fluxion

#endif
