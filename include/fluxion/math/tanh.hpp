// fluxion/math/tanh.hpp — the hyperbolic tangent sinh x / cosh x.
//
// Accuracy: within 1 ulp of the correctly rounded tanh(x) for every double
// (designed for 0.5 ulp + 2^-4.8; glibc's tanh is documented at 2 ulp);
// measured against MPFR in tests/runtime/math_hyperbolic.cpp, reported in
// docs/math/exp.md.
// Special values (C99 Annex F): tanh(+-0) == +-0, tanh(+-inf) == +-1,
// tanh(NaN) is that NaN; tanh is odd, tanh(x) == x for |x| < 2^-27
// (subnormals included) and tanh(x) == +-1 for |x| > 19.07 (the rounded value).
//
//     static_assert(fluxion::tanh(-30.0) == -1.0 && fluxion::tanh(1e-300) == 1e-300);
#ifndef FLUXION_MATH_TANH_HPP
#define FLUXION_MATH_TANH_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/exp_float.hpp>
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>

namespace fluxion::detail {

constexpr double tanh_double(double x) noexcept {
    const double a = abs_value(x);
    // NaN stays; |x| < 2^-27: tanh x = x (1 - x^2/3 + ...) and x^2/3 < 2^-55 is
    // below half an ulp, so x is correctly rounded (keeps -0, subnormals).
    if (!(a >= 0x1p-27)) return x;
    // |x| > 22 (+-inf included): 1 - tanh|x| = 2 / (e^2|x| + 1) < 2^-62 is
    // below half an ulp of 1 (2^-54; true already from |x| > 19.07).
    if (a > 22.0) return with_sign_of(1.0, x);
    // |x| < 1/2: tanh a = (e^2a - 1) / (e^2a + 1) = u / (u + 2), u = e^2a - 1 in
    // double-double (2a is exact): positive terms only, relative error < 2^-60.
    if (a < 0.5) {
        const double_double u = expm1_double_double(2.0 * a);
        return with_sign_of(exp_dd_divide(u, u + 2.0).hi, x);
    }
    // tanh a = (e^a - e^-a) / (e^a + e^-a) = n / d, with e^a and e^-a from one
    // reduction (exp_pair in exp_kernel.hpp), head + tail within 2^-59.5 each:
    // n within 2^-59.5 coth a <= 2^-58.4 (a >= 1/2), d within 2^-59.5. The
    // heads' difference and sum are exact as hi + lo (fast_two_sum); the
    // quotient is Dekker's division (as exp_dd_divide): q ~ n.hi / d.hi, the
    // remainder n - q d with q d.hi exact (two_prod), and q + remainder / d.
    // The lows are not normalized (up to 0.4 % of the highs): the remainder is
    // divided by d.hi + d.lo, not d.hi alone, which would leave an error of
    // (remainder / d) (d.lo / d), about 2^-18. Both divisions are
    // multiplications by reciprocals computed at once (the two divisions
    // overlap instead of waiting for each other): q = n.hi (1 / d.hi) is within
    // 2 ulp of n.hi / d.hi, so n.hi - q d.hi stays exact (Sterbenz); the
    // reciprocal of d.hi + d_lo adds one rounding, 2^-53 of the correction
    // (below 2^-8 q): 2^-61 of the result.
    const exp_pair_parts e = exp_pair(a);
    const double_double n = fast_two_sum(e.plus_head, -e.minus_head);
    const double_double d = fast_two_sum(e.plus_head, e.minus_head);
    const double n_lo = (n.lo + e.plus_tail) - e.minus_tail, d_lo = (d.lo + e.plus_tail) + e.minus_tail;
    const double q = n.hi * (1.0 / d.hi);
    const double_double qd = two_prod(q, d.hi);
    const double remainder = (((n.hi - qd.hi) - qd.lo) + n_lo) - q * d_lo;
    return with_sign_of(q + remainder * (1.0 / (d.hi + d_lo)), x);
}

// float: tanh a = u / (u + 2) with u = e^(2a) - 1 from detail/exp_float.hpp
// (within 2^-47), in plain double, rounded once; tiny, NaN, large and
// infinite arguments take the double path.
constexpr float tanh_float(float xf) noexcept {
    const double x = xf, a = abs_value(x);
    if (!(a >= 0x1p-27 && a <= 22.0)) return static_cast<float>(tanh_double(x));
    const double u = expm1_float_kernel(2.0 * a);
    return static_cast<float>(with_sign_of(u / (u + 2.0), x));
}

} // namespace fluxion::detail

namespace fluxion {

/// tanh x, within 1 ulp (see the top of this file).
template <arithmetic T>
constexpr floating_t<T> tanh(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::tanh_float(x);
    else return detail::via_double(detail::tanh_double, x);
}

} // namespace fluxion

#endif
