// fluxion/math/log2.hpp — binary logarithm log2(x).
//
// Law: within 1 ulp of the correctly rounded log2 x for every x (measured
// against MPFR, see docs/math/log.md); log2(2^k) == k exactly for every
// representable power of two, k in [-1074, 1023], subnormals included.
// Special values (C99 Annex F): log2(+-0) = -inf (pole, a value also in a
// constant expression), log2(+inf) = +inf, log2(NaN) = NaN, log2(x < 0) is a
// domain error: NaN at run time, a compile error naming
// fluxion::detail::log2_of_negative_argument in a constant expression.
// Algorithm: log(x) as hi + lo (log_hi_lo, detail/log_kernel.hpp, relative
// error below 2^-60) times 1/ln 2 (log_times: 1/ln 2 split at 26 bits, so the
// large partial products are exact), rounded once: within 0.5 + 2^-7 ulp. For
// x = 2^k the kernel gives k ln2_hi + k ln2_lo, and the product is k (1 + d)
// with |d| about 2^-60, which rounds to k (that needs |d| < 2^-54): exact
// powers stay exact without a special case.
//
//     static_assert(fluxion::log2(1024.0) == 10.0 && fluxion::log2(0.125f) == -3.0f);
#ifndef FLUXION_MATH_LOG2_HPP
#define FLUXION_MATH_LOG2_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/log_float.hpp>
#include <fluxion/detail/log_kernel.hpp>
#include <fluxion/detail/narrow.hpp>

namespace fluxion::detail {

// 1/ln 2 = inv_ln2_hi + inv_ln2_lo to about 2^-107 (MPFR/mpmath at 300 bits).
inline constexpr double_double inv_ln2 = {0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56};
// 1/ln 2 = hi + lo with hi rounded to 26 significant bits (for log_times), lo
// the rest rounded to double (mpmath at 300 bits; checked by the run-time suite).
inline constexpr double_double inv_ln2_26 = {0x1.7154768p+0, -0x1.6a3e80f444178p-27};

// Not constexpr on purpose: log2 of a negative number has no real value. At run
// time this returns NaN as IEEE-754 requires; in a constant expression the call
// of a non-constexpr function stops compilation, and the diagnostic names it.
inline double log2_of_negative_argument() noexcept { return quiet_nan; }

constexpr double log2_double(double x) noexcept {
    if (x >= 0x1p-1022 && x < inf) return log_times(log_parts_normal(x, 0), inv_ln2_26.hi, inv_ln2_26.lo); // the common path
    if (x > 0 && x < inf) return log_times(log_parts_normal(x * 0x1p64, -64), inv_ln2_26.hi, inv_ln2_26.lo); // subnormal, scaled exactly
    if (x == 0) return -inf;                       // pole, either sign of zero
    if (x < 0) return log2_of_negative_argument(); // includes -inf
    return x;                                      // +inf and NaN are their own log2
}

// float: log2 x = k + (log_c + log(1 + r)) / ln 2 from the plain-double kernel of
// detail/log_float.hpp, rounded once; k is added exactly last, so log2(2^k) = k.
constexpr float log2_float(float x) noexcept {
    if (!(x > 0 && x < inf)) return static_cast<float>(log2_double(x)); // zeros, negatives, +inf, NaN
    const log_float_parts p = log_float_reduce(x);
    return static_cast<float>(p.k + ((p.log_c_hi + p.log_c_lo) + p.log1p_r) * inv_ln2.hi);
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> log2(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::log2_float(x);
    else return detail::via_double(detail::log2_double, x);
}

} // namespace fluxion

#endif
