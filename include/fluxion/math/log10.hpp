// fluxion/math/log10.hpp — common (decimal) logarithm log10(x).
//
// Law: within 1 ulp of the correctly rounded log10 x for every x (measured
// against MPFR, see docs/math/log.md); log10(10^k) == k exactly for
// k in [0, 22] (the powers of ten that are doubles), and for every other k in
// [-323, 308] log10 of the double nearest 10^k is the correctly rounded value
// (which is k itself for k >= -311; the subnormals 1e-312 .. 1e-323 are too
// coarse: log10(1e-320) is -320.0000048...).
// Special values (C99 Annex F): log10(+-0) = -inf (pole, a value also in a
// constant expression), log10(+inf) = +inf, log10(NaN) = NaN, log10(x < 0) is a
// domain error: NaN at run time, a compile error naming
// fluxion::detail::log10_of_negative_argument in a constant expression.
// Algorithm: log(x) as hi + lo (log_hi_lo, detail/log_kernel.hpp, relative
// error below 2^-60) times 1/ln 10 (log_times: 1/ln 10 split at 26 bits, so
// the large partial products are exact), rounded once. For x = 10^k the
// product is k (1 + d) with |d| about 2^-60, well inside the half ulp (at
// least 2^-54 k) that rounds it to k: exact powers stay exact without a
// special case (and log10(1) is +0 exactly: hi = lo = 0).
//
//     static_assert(fluxion::log10(1000.0) == 3.0 && fluxion::log10(0.01) == -2.0);
#ifndef FLUXION_MATH_LOG10_HPP
#define FLUXION_MATH_LOG10_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/log_float.hpp>
#include <fluxion/detail/log_kernel.hpp>
#include <fluxion/detail/narrow.hpp>

namespace fluxion::detail {

// 1/ln 10 = hi + lo to about 2^-107 (MPFR/mpmath at 300 bits).
inline constexpr double_double inv_ln10 = {0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57};
// 1/ln 10 = hi + lo with hi rounded to 26 significant bits (for log_times), lo
// the rest rounded to double (mpmath at 300 bits; checked by the run-time suite).
inline constexpr double_double inv_ln10_26 = {0x1.bcb7b18p-2, -0x1.6c8d78e6acaa4p-29};

// Not constexpr on purpose: log10 of a negative number has no real value. At run
// time this returns NaN as IEEE-754 requires; in a constant expression the call
// of a non-constexpr function stops compilation, and the diagnostic names it.
inline double log10_of_negative_argument() noexcept { return quiet_nan; }

constexpr double log10_double(double x) noexcept {
    if (x >= 0x1p-1022 && x < inf) return log_times(log_parts_normal(x, 0), inv_ln10_26.hi, inv_ln10_26.lo); // the common path
    if (x > 0 && x < inf) return log_times(log_parts_normal(x * 0x1p64, -64), inv_ln10_26.hi, inv_ln10_26.lo); // subnormal, scaled exactly
    if (x == 0) return -inf;                       // pole, either sign of zero
    if (x < 0) return log10_of_negative_argument(); // includes -inf
    return x;                                      // +inf and NaN are their own log10
}

// float: ln x from the plain-double kernel of detail/log_float.hpp times 1/ln 10,
// rounded once (relative error about 2^-51: log10(10^k) rounds to k).
constexpr float log10_float(float x) noexcept {
    if (x > 0 && x < inf) return static_cast<float>(log_float_kernel(x) * inv_ln10.hi);
    return static_cast<float>(log10_double(x)); // zeros, negatives, +inf, NaN
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> log10(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::log10_float(x);
    else return detail::via_double(detail::log10_double, x);
}

} // namespace fluxion

#endif
