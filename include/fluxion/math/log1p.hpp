// fluxion/math/log1p.hpp — log(1 + x), accurate also where 1 + x would round.
//
// Law: within 1 ulp of the correctly rounded log(1 + x) for every x (measured
// against MPFR, see docs/math/log.md); log1p(x) == x for |x| < 2^-54 (the
// correctly rounded value there), so log1p(+-0) == +-0 and subnormals pass
// through unchanged.
// Special values (C99 Annex F): log1p(-1) = -inf (pole, a value also in a
// constant expression), log1p(+inf) = +inf, log1p(NaN) = NaN, log1p(x < -1) is
// a domain error: NaN at run time, a compile error naming
// fluxion::detail::log1p_of_argument_below_minus_one in a constant expression.
// Algorithm: for |x| < 2^-8 the Taylor series x - x^2/2 + ... - x^8/8 of the
// log kernel (log1p_minus_r, detail/log_kernel.hpp) is applied to x itself,
// which is exact: no 1 + x is ever rounded. Otherwise 1 + x = u_hi + u_lo
// exactly (two_sum) and log(1 + x) = log(u_hi) + log(1 + c), c = u_lo/u_hi,
// |c| <= 2^-53, with log(u_hi) = hi + early + series from the plain kernel
// (log_parts_normal, relative error below 2^-60; the series added last) and
// log(1 + c) = c (c^2/2 < 2^-107, against |log(1 + x)| > 2^-9 there). One rounding at the end: within 0.5 + 2^-7 ulp.
//
//     static_assert(fluxion::log1p(0x1p-60) == 0x1p-60 && fluxion::log1p(0.0) == 0.0);
#ifndef FLUXION_MATH_LOG1P_HPP
#define FLUXION_MATH_LOG1P_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/log_float.hpp>
#include <fluxion/detail/log_kernel.hpp>
#include <fluxion/detail/narrow.hpp>

namespace fluxion::detail {

// Not constexpr on purpose: log(1 + x) has no real value for x < -1. At run
// time this returns NaN as IEEE-754 requires; in a constant expression the call
// of a non-constexpr function stops compilation, and the diagnostic names it.
inline double log1p_of_argument_below_minus_one() noexcept { return quiet_nan; }

constexpr double log1p_double(double x) noexcept {
    // |x| < 2^-54: log(1 + x) = x - x^2/2 + ..., and x^2/2 < 2^-55 |x| is below
    // a quarter ulp of x, so x itself is the correctly rounded result.
    if (abs_value(x) < 0x1p-54) return x;
    if (abs_value(x) < 0x1p-8) return x + log1p_minus_r(x); // the log kernel's series, r = x exactly
    if (x > -1 && x < inf) {
        const double_double u = two_sum(1.0, x);              // 1 + x exactly; u_hi >= 2^-53 is normal
        const log_parts p = log_parts_normal(u.hi, 0);        // log(u_hi) = hi + early + series
        return p.hi + ((p.early + u.lo / u.hi) + p.series);   // + log(1 + c), c = u_lo/u_hi; the series last
    }
    if (x == -1) return -inf;                                  // pole
    if (x < -1) return log1p_of_argument_below_minus_one();    // includes -inf
    return x;                                                  // +inf and NaN
}

// float, computed in double and rounded once:
//  - |x| < 2^-8: the Taylor series x - x^2/2 + ... + x^7/7 (coefficients
//    (-1)^(n+1)/n), first omitted term below 2^-59 |x|; +-0 and subnormals stay.
//  - otherwise u = 1 + x, exact for x < 2^24 (x's last bit is at least 2^-31,
//    so u has at most 33 significant bits), and ln u by the plain-double kernel
//    of detail/log_float.hpp, whose r is then exact too; beyond 2^24 the
//    rounding of u changes ln u by at most 2^-53 against ln u > 16.
constexpr float log1p_float(float xf) noexcept {
    const double x = xf;
    if (x > -0x1p-8 && x < 0x1p-8)
        return static_cast<float>(x - x * x * (0.5 - x * (1.0 / 3 - x * (0.25 - x * (0.2 - x * (1.0 / 6 - x * (1.0 / 7)))))));
    if (x > -1 && x < inf) return static_cast<float>(log_float_kernel(1.0 + x));
    return static_cast<float>(log1p_double(x)); // -1, below -1, +inf, NaN
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> log1p(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::log1p_float(x);
    else return detail::via_double(detail::log1p_double, x);
}

} // namespace fluxion

#endif
