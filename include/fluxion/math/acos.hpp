// fluxion/math/acos.hpp — arc cosine.
//
// Law: acos(x) is the angle in [0, pi] whose cosine is x, for -1 <= x <= 1,
// within 1 ulp of the correctly rounded result for every double (measured
// against MPFR: docs/math/inverse_trig.md).
// Special values (C99 Annex F.9.1.1): acos(1) = +0, acos(-1) = pi (the double
// nearest), acos(+-0) = pi/2 (the double nearest), acos(NaN) = NaN. |x| > 1
// (infinities included) is a domain error: NaN at run time, and in a constant
// expression a compile error naming detail::acos_of_argument_beyond_one.
// long double is computed at double accuracy; float by asin's shorter path
// (detail/asin_float.hpp) with exactly the same results as the double
// algorithm rounded to float.
//
//     static_assert(fluxion::acos(0.5) == 0x1.0c152382d7366p+0); // pi/3, rounded
#ifndef FLUXION_MATH_ACOS_HPP
#define FLUXION_MATH_ACOS_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/asin_float.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/asin.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

// Domain error. Deliberately NOT constexpr: at run time it returns NaN as IEEE
// says; in a constant expression calling it is an error, and both compilers
// name this function in the diagnostic, which tells the user what went wrong.
inline double acos_of_argument_beyond_one() noexcept { return quiet_nan; }

// fdlibm's structure (FreeBSD lib/msun/src/e_acos.c), with the same rational
// R(z) as asin (asin_rational) and every reconstruction in double-double.
constexpr double acos_double(double x) noexcept {
    using namespace inverse_trig;
    // Special cases, before any arithmetic could meet a NaN or an infinity.
    if (x != x) return x;
    const double ax = x < 0 ? -x : x; // (written out: each helper call costs constexpr steps)
    if (ax > 1) return acos_of_argument_beyond_one();

    // (-1/2, 1/2): acos(x) = pi/2 - asin(x) = pi/2 - x - x R(x^2). The result
    // is above 1, pi/2 - x is formed exactly (fast_two_sum) and x R(x^2) is below
    // 0.024: its rounding is far below the final one. Tiny x need no special
    // case (x * x may underflow to 0; the result is then pi/2's double).
    if (ax < 0.5) {
        const double h = pi_over_2.hi - x, l = -x - (h - pi_over_2.hi); // fast_two_sum: |x| < pi/2
        return h + (l + (pi_over_2.lo - x * asin_rational(x * x)));
    }
    if (x == 1) return 0.0;
    if (x == -1) return pi.hi;

    // |x| >= 1/2: with t = (1 - |x|) / 2 (exact) and s + c = sqrt(t),
    //   acos(x)  = 2 asin(s) = 2 s + (2 c + 2 s R(t))          for x > 0,
    //   acos(x)  = pi - 2 asin(s)                              for x < 0.
    const double t = (1.0 - ax) * 0.5;
    const auto [s, c] = asin_sqrt_with_correction(t);
    const double small = 2.0 * c + 2.0 * s * asin_rational(t); // 2 asin(s) - 2 s
    if (x > 0) return 2.0 * s + small;                         // 2 s is exact
    const double h = pi.hi - 2.0 * s, l = -2.0 * s - (h - pi.hi); // fast_two_sum: 2 s <= 1
    return h + (l + (pi.lo - small));
}

// float: asin's float path with acos's reconstruction (detail/asin_float.hpp),
// exactly acos_double's result rounded to float; where that is in doubt, and
// for zeros, subnormals, NaN and |x| > 1, acos_double itself runs.
constexpr float acos_float(float xf) noexcept {
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(xf);
    const asin_float_result fast = asin_float_fast(acos_float_forms, bits);
    if (fast.safe) return static_cast<float>(fast.r);
    return static_cast<float>(acos_double(xf));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> acos(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::acos_float(x);
    else return detail::via_double(detail::acos_double, x);
}

} // namespace fluxion

#endif
