// fluxion/math/cosh.hpp — the hyperbolic cosine (e^x + e^-x) / 2.
//
// Accuracy: within 1 ulp of the correctly rounded cosh(x) for every double
// (designed for 0.5 ulp + 2^-7; glibc's cosh is documented at 2 ulp);
// measured against MPFR in tests/runtime/math_hyperbolic.cpp, reported in
// docs/math/exp.md.
// Special values (C99 Annex F): cosh(+-0) == 1, cosh(+-inf) == +inf,
// cosh(NaN) is that NaN; cosh is even, cosh(x) == 1 for |x| < 2^-26;
// cosh(710) is finite (1.1e308), overflow (|x| > 710.47...) gives +inf as a value.
//
//     static_assert(fluxion::cosh(0.0) == 1.0 && fluxion::cosh(-1.0) == fluxion::cosh(1.0));
#ifndef FLUXION_MATH_COSH_HPP
#define FLUXION_MATH_COSH_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/sinh.hpp>

namespace fluxion::detail {

constexpr double cosh_double(double x) noexcept {
    const double a = abs_value(x);
    if (a != a) return x;
    // |x| < 2^-26: cosh x = 1 + x^2/2 + ... and x^2/2 < 2^-53 is below half an
    // ulp of 1, so 1 is correctly rounded.
    if (a < 0x1p-26) return 1.0;
    // |x| > 22.5 (+inf included): e^-|x| < 2^-64 e^|x|, cosh = e^|x| / 2
    // (half_exp_double, in sinh.hpp, also gives +inf past 710.47...).
    if (a > 22.5) return a == inf ? inf : half_exp_double(a);
    // 2 cosh a = E + 1/E with E = 1 + u = e^a in double-double: a sum of two
    // positive terms, so the relative error stays that of u (< 2^-60).
    const double_double e = expm1_double_double(a) + 1.0;
    const double_double twice = e + exp_dd_divide(double_double{1.0, 0.0}, e);
    return 0.5 * twice.hi;
}

// float: 2 cosh a = E + 1/E with E = exp_double(a) (0.5 + 2^-7 ulp): a sum of
// positive terms, within about 2^-51, rounded once; tiny, NaN, large and
// infinite arguments take the double path.
constexpr float cosh_float(float xf) noexcept {
    const double x = xf, a = abs_value(x);
    if (!(a >= 0x1p-26 && a < 22.5)) return static_cast<float>(cosh_double(x));
    const double e = exp_double(a);
    return static_cast<float>(0.5 * (e + 1.0 / e));
}

} // namespace fluxion::detail

namespace fluxion {

/// cosh x, within 1 ulp (see the top of this file).
template <arithmetic T>
constexpr floating_t<T> cosh(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::cosh_float(x);
    else return detail::via_double(detail::cosh_double, x);
}

} // namespace fluxion

#endif
