// fluxion/math/asin.hpp — arc sine.
//
// Law: asin(x) is the angle in [-pi/2, pi/2] whose sine is x, for -1 <= x <= 1,
// within 1 ulp of the correctly rounded result for every double (measured
// against MPFR: docs/math/inverse_trig.md), and odd: asin(-x) == -asin(x).
// Special values (C99 Annex F.9.1.2): asin(+-0) = +-0, asin(+-1) = +-pi/2 (the
// double nearest), asin(NaN) = NaN, asin(x) == x for |x| < 2^-26. |x| > 1
// (infinities included) is a domain error: NaN at run time, and in a constant
// expression a compile error naming detail::asin_of_argument_beyond_one.
// long double is computed at double accuracy; float by a shorter path
// (detail/asin_float.hpp) with exactly the same results as the double
// algorithm rounded to float.
//
//     static_assert(fluxion::asin(0.5) == 0x1.0c152382d7366p-1); // pi/6, rounded
#ifndef FLUXION_MATH_ASIN_HPP
#define FLUXION_MATH_ASIN_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/asin_float.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/atan.hpp>
#include <fluxion/math/sqrt.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

// Domain error. Deliberately NOT constexpr: at run time it returns NaN as IEEE
// says; in a constant expression calling it is an error, and both compilers
// name this function in the diagnostic, which tells the user what went wrong.
inline double asin_of_argument_beyond_one() noexcept { return quiet_nan; }

// R(z) = (asin(s) - s) / s for s = sqrt(z), 0 <= z <= 1/4: fdlibm's rational
// minimax approximation (FreeBSD lib/msun/src/e_asin.c, pS0..pS5 / qS1..qS4,
// "remez error bounded by 2^-58.75"; measured here relative to asin: 2^-60).
// Shared with acos.
constexpr double asin_rational(double z) noexcept {
    return z * (0x1.5555555555555p-3 +
           z * (-0x1.4d61203eb6f7dp-2 +
           z * (0x1.9c1550e884455p-3 +
           z * (-0x1.48228b5688f3bp-5 +
           z * (0x1.9efe07501b288p-11 +
           z * 0x1.23de10dfdf709p-15))))) /
           (1.0 + z * (-0x1.33a271c8a2d4bp+1 +
                  z * (0x1.02ae59c598ac8p+1 +
                  z * (-0x1.6066c1b8d0159p-1 +
                  z * 0x1.3b8c5b12e9282p-4))));
}

// sqrt(t) as s + c for t > 0 normal: s = sqrt_double(t), correctly rounded,
// and c = (t - s^2) / (2 s), one Newton step on the exact remainder (s^2 =
// p + e exactly by Dekker's two_prod, written out with Veltkamp's split of s
// to save constexpr steps; t - p is exact by Sterbenz). s + c is sqrt(t) to
// about 2^-100 relative. (fdlibm gets the same c from a truncated s; e_acos.c.)
constexpr double_double asin_sqrt_with_correction(double t) noexcept {
    const double s = sqrt_double(t);
    const double s_c = 0x1.0000002p27 * s, s_hi = s_c - (s_c - s), s_lo = s - s_hi;
    const double p = s * s, e = ((s_hi * s_hi - p) + 2.0 * (s_hi * s_lo)) + s_lo * s_lo;
    return {s, ((t - p) - e) / (2.0 * s)};
}

constexpr double asin_double(double x) noexcept {
    using namespace inverse_trig;
    // Special cases, before any arithmetic could meet a NaN or an infinity.
    if (x != x) return x;
    const double ax = x < 0 ? -x : x; // (written out: each helper call costs constexpr steps)
    if (ax > 1) return asin_of_argument_beyond_one();
    // asin(x) = x + x^3/6 + ...; for |x| < 2^-26, x^2/6 < 2^-54 / 1.5 is below
    // half an ulp of x in relative terms: x is the correctly rounded result
    // (zeros and subnormals included).
    if (ax < 0x1p-26) return x;
    // [0, 1/2): asin(x) = x + x R(x^2), the correction below 0.048 x.
    if (ax < 0.5) return x + x * asin_rational(x * x);
    if (ax == 1) return x < 0 ? -pi_over_2.hi : pi_over_2.hi;

    // [1/2, 1): reduce with asin(|x|) = pi/2 - 2 asin(s), s = sqrt(t),
    // t = (1 - |x|) / 2 (exact: Sterbenz, then an exact halving), so that
    // s <= 1/2 and asin(s) = s + s R(t). Reconstruct in double-double: the
    // large parts pi/2 and 2 s are added exactly, and s's rounding error
    // (2 c) goes in with the small terms.
    const double t = (1.0 - ax) * 0.5;
    const auto [s, c] = asin_sqrt_with_correction(t);
    const double h = pi_over_2.hi - 2.0 * s, l = -2.0 * s - (h - pi_over_2.hi); // fast_two_sum: 2 s <= 1
    const double r = h + (l + (pi_over_2.lo - 2.0 * c - 2.0 * s * asin_rational(t)));
    return x < 0 ? -r : r;
}

// float: its own shorter path (detail/asin_float.hpp), which returns exactly
// asin_double's result rounded to float; where that is in doubt (about one
// argument in 500), and for zeros, subnormals, NaN and |x| > 1, asin_double
// itself runs.
constexpr float asin_float(float xf) noexcept {
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(xf);
    const asin_float_result fast = asin_float_fast(asin_float_forms, bits);
    if (fast.safe) return static_cast<float>(fast.r);
    return static_cast<float>(asin_double(xf));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> asin(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::asin_float(x);
    else return detail::via_double(detail::asin_double, x);
}

} // namespace fluxion

#endif
