// fluxion/math/expm1.hpp — e^x - 1, accurate also where e^x is close to 1.
//
// Accuracy: within 1 ulp of the correctly rounded e^x - 1 for every double
// (designed for 0.5 ulp + 0.07 ulp: the value before the final rounding has a
// relative error below 2^-57; measured against MPFR in tests/runtime/math_exp.cpp,
// reported in docs/math/exp.md). Computing exp(x) - 1 instead loses all
// accuracy for small x: expm1(1e-10) is 1.00000000005e-10, exp(1e-10) - 1 is
// 1.000000082740371e-10.
// Special values (C99 Annex F): expm1(+-0) == +-0, expm1(x) == x for
// |x| < 2^-54 (subnormals included), expm1(-inf) == -1, expm1(+inf) == +inf,
// expm1(NaN) is that NaN; overflow (x > 709.78...) gives +inf as a value.
//
//     static_assert(fluxion::expm1(-0.0) == 0.0 && fluxion::expm1(-40.0) == -1.0);
#ifndef FLUXION_MATH_EXPM1_HPP
#define FLUXION_MATH_EXPM1_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/exp_float.hpp>
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/exp.hpp>

namespace fluxion::detail {

constexpr double expm1_double(double x) noexcept {
    if (x != x) return x;
    // |x| < 2^-54: e^x - 1 = x (1 + x/2 + ...) and |x/2| is below half an ulp
    // of x, so x is the correctly rounded result (this keeps -0 and subnormals).
    if (abs_value(x) < 0x1p-54) return x;
    // x < -38 (below ln 2^-54 = -37.43): e^x < 2^-54 is below half an ulp of 1,
    // so e^x - 1 rounds to -1.
    if (x < -38.0) return -1.0;
    // x > 44: the "- 1" is below 2^-63 of e^x, far below the error of exp
    // itself, and exp handles overflow.
    if (x > 44.0) return exp_double(x);
    // |x| < 1/4: the Taylor series x + x^2/2 + x^3 P(x), P = 1/3! + x/4! + ...
    // + x^10/13! (the first omitted term, x^14/14!, is below 2^-62 of the
    // result). x^2/2 is the only term large enough to need care: with x = xh + xl
    // (Veltkamp's split, xh of 26 bits) it is xh^2/2 (exact) + xl (x + xh)/2,
    // and x + xh^2/2 = s + err exactly (fast_two_sum: |x| >= xh^2/2). The rest,
    // below 0.011 |x|, is computed with a relative error of a few 2^-53: the
    // value before the final rounding errs by at most 0.05 ulp.
    if (x > -0.25 && x < 0.25) {
        const auto [xh, xl] = split(x);
        const double_double head = fast_two_sum(x, 0.5 * (xh * xh));
        const double p = 1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720 + x * (1.0 / 5040 +
                         x * (1.0 / 40320 + x * (1.0 / 362880 + x * (1.0 / 3628800 + x * (1.0 / 39916800 +
                         x * (1.0 / 479001600 + x * (1.0 / 6227020800))))))))));
        return head.hi + (head.lo + (0.5 * (xl * (x + xh)) + x * x * x * p));
    }
    // Otherwise as in exp (exp.hpp): e^x = 2^m (t.hi + tail), tail = t.hi p + t.lo
    // within 2^-59.5 of e^x, p = e^r - 1, and
    //     e^x - 1 = (2^m t.hi - 1) + 2^m tail,
    // the first bracket exact as h + l (two_sum). For |x| >= 1/4, e^x is at
    // most 4.6 |e^x - 1|: the value before the final rounding errs by at most
    // 2^-57 (0.5 + 0.07 ulp).
    const double kd = round_to_integer(x * exp_inv_step);
    const double r = (x - kd * exp_step_hi) - kd * exp_step_lo;
    const int k = static_cast<int>(kd);
    const double_double t = exp_table[k & 127];
    const double scale = pow2(k >> 7);
    const double_double head = two_sum(scale * t.hi, -1.0);
    return head.hi + (head.lo + scale * (t.hi * (r + exp_taylor_tail(r)) + t.lo));
}

// float: detail/exp_float.hpp's plain-double kernel (within 2^-47), rounded
// once; zeros, tiny, NaN and the saturating ranges take the double path.
constexpr float expm1_float(float xf) noexcept {
    const double x = xf;
    if (!(x > -38.0 && x < 44.0) || (x > -0x1p-54 && x < 0x1p-54)) return static_cast<float>(expm1_double(x));
    return static_cast<float>(expm1_float_kernel(x));
}

} // namespace fluxion::detail

namespace fluxion {

/// e^x - 1, within 1 ulp (see the top of this file).
template <arithmetic T>
constexpr floating_t<T> expm1(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::expm1_float(x);
    else return detail::via_double(detail::expm1_double, x);
}

} // namespace fluxion

#endif
