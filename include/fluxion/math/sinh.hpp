// fluxion/math/sinh.hpp — the hyperbolic sine (e^x - e^-x) / 2.
//
// Accuracy: within 1 ulp of the correctly rounded sinh(x) for every double
// (designed for 0.5 ulp + 2^-6.1; glibc's sinh is documented at 2 ulp);
// measured against MPFR in tests/runtime/math_hyperbolic.cpp, reported in
// docs/math/exp.md.
// Special values (C99 Annex F): sinh(+-0) == +-0, sinh(+-inf) == +-inf,
// sinh(NaN) is that NaN; sinh is odd, sinh(x) == x for |x| < 2^-26
// (subnormals included); overflow (|x| > 710.47...) gives +-inf as a value.
//
//     static_assert(fluxion::sinh(-0.0) == 0.0 && fluxion::signbit(fluxion::sinh(-0.0)));
#ifndef FLUXION_MATH_SINH_HPP
#define FLUXION_MATH_SINH_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/exp_float.hpp>
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/hyperbolic_series.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/exp.hpp>

namespace fluxion::detail {

// ln 2 split as in FreeBSD msun / fdlibm e_exp.c (ln2HI, 32 significant bits,
// and ln2LO): for |x| >= 1, |x| - ln2_hi is exact, and the pair is ln 2 to 2^-86.
inline constexpr double hyperbolic_ln2_hi = 0x1.62e42feep-1;
inline constexpr double hyperbolic_ln2_lo = 0x1.a39ef35793c76p-33;

// e^a / 2 for a >= 22.5, as e^(a - ln 2): one call of exp's double-double
// entry, which also rounds the overflow threshold exactly (e^a / 2 is finite
// up to a = 710.47..., beyond ln(DBL_MAX) = 709.78..., so e^a itself cannot be
// formed first).
constexpr double half_exp_double(double a) noexcept {
    return exp_double_double(a - hyperbolic_ln2_hi, -hyperbolic_ln2_lo);
}

constexpr double sinh_double(double x) noexcept {
    const double a = abs_value(x);
    // NaN and +-inf are their own sinh; |x| < 2^-26: sinh x = x (1 + x^2/6 + ...)
    // and x^2/6 < 2^-54 is below half an ulp, so x is correctly rounded.
    if (!(a >= 0x1p-26) || a == inf) return x;
    // |x| < 1: the Taylor series with its leading terms exact
    // (detail/hyperbolic_series.hpp), hi + lo within 2^-61 of sinh a, rounded
    // once. No table, no division, and one branch for all of (-1, 1).
    if (a < 1.0) {
        const double_double s = sinh_series(split_on_grid(a));
        return with_sign_of(s.hi + s.lo, x);
    }
    // |x| > 22.5: e^-|x| is below 2^-64 e^|x|, so sinh |x| = e^|x| / 2 to far
    // better than the final rounding.
    if (a > 22.5) return with_sign_of(half_exp_double(a), x);
    // 2 sinh a = e^a - e^-a, both from one reduction (exp_pair in exp_kernel.hpp,
    // cheaper) as head + tail within 2^-59.5 each. The heads' difference is
    // exact as s + err (fast_two_sum, e^a's head is the larger); the errors of
    // the two exponentials add up to 2^-59.5 (e^a + e^-a), that is to
    // 2^-59.5 coth a <= 2^-59.1 of the difference for a >= 1 (0.5 + 2^-6.1
    // ulp at worst; measured below 0.51 ulp); halving is exact.
    const exp_pair_parts e = exp_pair(a);
    const double_double heads = fast_two_sum(e.plus_head, -e.minus_head);
    return with_sign_of(0.5 * (heads.hi + ((heads.lo + e.plus_tail) - e.minus_tail)), x);
}

// float: 2 sinh a = u + u / (u + 1) with u = e^a - 1 from detail/exp_float.hpp
// (within 2^-47; a sum of positive terms, so the relative error stays about
// that), in plain double, rounded once; tiny, NaN, large and infinite
// arguments take the double path.
constexpr float sinh_float(float xf) noexcept {
    const double x = xf, a = abs_value(x);
    if (!(a >= 0x1p-26 && a < 22.5)) return static_cast<float>(sinh_double(x));
    const double u = expm1_float_kernel(a);
    return static_cast<float>(with_sign_of(0.5 * (u + u / (u + 1.0)), x));
}

} // namespace fluxion::detail

namespace fluxion {

/// sinh x, within 1 ulp (see the top of this file).
template <arithmetic T>
constexpr floating_t<T> sinh(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::sinh_float(x);
    else return detail::via_double(detail::sinh_double, x);
}

} // namespace fluxion

#endif
