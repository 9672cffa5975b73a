// fluxion/math/atan2.hpp — the angle of the point (x, y): arc tangent of y / x
// in the right quadrant.
//
// Law: atan2(y, x) is the angle in [-pi, pi] from the positive x axis to
// (x, y), within 1 ulp of the correctly rounded result for every pair of
// doubles (measured against MPFR's mpfr_atan2: docs/math/inverse_trig.md),
// including when y / x would overflow or underflow; atan2(-y, x) ==
// -atan2(y, x) bit for bit. The result type is floating2_t<A, B> (as
// std::atan2); float rounds the double result once more (ties in float's
// subnormal range towards zero, as atan requires); long double is computed
// at double accuracy, after scaling a pair beyond double's range by a common
// power of two.
// Special values (C99 Annex F.9.1.4), for y > 0 (y < 0 mirrors with the sign):
//   atan2(+-0, +0 or x > 0) = +-0      atan2(+-0, -0 or x < 0) = +-pi
//   atan2(y, +-0) = pi/2               atan2(+-inf, finite x) = +-pi/2
//   atan2(y, +inf) = +0                atan2(y, -inf) = pi
//   atan2(+-inf, +inf) = +-pi/4        atan2(+-inf, -inf) = +-3pi/4
//   NaN in either argument gives NaN. (Multiples of pi are their nearest doubles.)
//
//     static_assert(fluxion::atan2(-1.0, -1.0) == -0x1.2d97c7f3321d2p+1); // -3pi/4
#ifndef FLUXION_MATH_ATAN2_HPP
#define FLUXION_MATH_ATAN2_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/atan.hpp>

#include <concepts>
#include <limits>

namespace fluxion::detail {

// atan(q) for the tiny quotient q = (my / mx) 2^k, 1 <= my, mx < 2, k <= -55
// (so q < 2^-54). atan(q) = q - q^3/3 + ..., and q^2/3 < 2^-109 is smaller
// than the relative distance from a quotient of two doubles to any rounding
// midpoint it does not hit exactly (at least ~2^-107): so the answer is q
// rounded to nearest, except that an exact tie goes down (atan(q) < q).
// In the normal range, q rounded to 53 bits is never a tie (a 54-bit midpoint
// times a 53-bit mx cannot be the 53-bit my), so my / mx scaled by 2^k is the
// result. In the subnormal range the scaling rounds a second time: when the
// 53-bit quotient sits exactly on a midpoint of the coarser subnormal grid,
// the sign of the exact remainder my - q mx says which side the true
// quotient is on (zero: a true tie, which goes down).
constexpr double atan_of_tiny_quotient(double my, double mx, int k) noexcept {
    const double q = my / mx;
    const auto [ph, pl] = two_prod(q, mx);
    const double remainder = (my - ph) - pl; // exact: my - q mx
    const double r = scale_by_power_of_2(q, k);
    if (r >= 0x1p-1022) return r;            // normal: the scaling was exact
    const double half = pow2(-1075 - k);     // half a subnormal ulp, at q's scale
    const double e = q - scale_by_power_of_2(r, -k); // exact; |e| <= half
    if (e == half && remainder > 0) return r + pow2(-1074);  // was rounded down, wrongly
    if (e == -half && remainder <= 0) return r - pow2(-1074); // was rounded up, wrongly
    return r;
}

// atan2(|y|, x) for finite nonzero y and x (x_negative: x's sign).
constexpr double atan2_of_finite(double ay, double x, bool x_negative) noexcept {
    using namespace inverse_trig;
    // The common case first, without decomposing: both magnitudes between
    // 2^-500 and 2^500 (the kernel's products can neither overflow nor
    // underflow) and |y / x| within 2^+-54. The result is bit for bit the one
    // the scaled path below gives: every operation of the kernel commutes with
    // scaling both arguments by a power of two. With u the smaller over the
    // larger (u <= 1), the angle is in turn
    //   x > 0: atan(u)  or  pi/2 - atan(u),    x < 0: pi - atan(u)  or  pi/2 + atan(u),
    // and add_angles adds pi/2 or pi in double-double: one final rounding.
    const double ax = x_negative ? -x : x;
    if (ay > 0x1p-500 && ay < 0x1p500 && ax > 0x1p-500 && ax < 0x1p500 && ay >= ax * 0x1p-54 && ay <= ax * 0x1p54) {
        if (ay <= ax) return add_angles(x_negative ? pi : zero, x_negative ? -1.0 : 1.0, atan_of_ratio(ay, ax));
        return add_angles(pi_over_2, x_negative ? 1.0 : -1.0, atan_of_ratio(ax, ay));
    }
    // Reduce: |y| = my 2^ey, |x| = mx 2^ex (decompose is exact, subnormals
    // included), so |y / x| = (my / mx) 2^k lies in (2^(k-1), 2^(k+1)).
    const auto [my, ey] = decompose(ay);
    const auto [mx, ex] = decompose(ax);
    const int k = ey - ex;
    // k > 55, |y / x| > 2^55: the angle is pi/2 -+ |x / y|. pi/2 lies 0.28
    // ulp above its double and |x / y| < 2^-55 is under 0.125 ulp (ulp =
    // 2^-52), so the angle is within 0.41 ulp of pi/2's double. (At k = 55,
    // |x / y| can reach 0.25 ulp and pi/2 + |x / y| round up: the general
    // path below handles it.)
    if (k > 55) return pi_over_2.hi;
    // k < -54, |y / x| < 2^-54: the angle is atan(|y / x|) (x > 0) or pi
    // minus that (x < 0). pi lies 0.28 ulp above its double and 2^-54 is
    // 0.125 ulp of pi (ulp = 2^-51): pi - |y / x| rounds to pi's double.
    if (k < -54) return x_negative ? pi.hi : atan_of_tiny_quotient(my, mx, k);

    // -54 <= k <= 55 with an extreme |y| or |x|, or a ratio just beyond 2^54:
    // a = |y| 2^-ex and mx = |x| 2^-ex are exact and moderate (a < 2^57),
    // and the angle is formed as above.
    const double a = my * pow2(k);
    if (a <= mx) return add_angles(x_negative ? pi : zero, x_negative ? -1.0 : 1.0, atan_of_ratio(a, mx));
    return add_angles(pi_over_2, x_negative ? 1.0 : -1.0, atan_of_ratio(mx, a));
}

constexpr double atan2_double(double y, double x) noexcept {
    using namespace inverse_trig;
    // Special cases (Annex F), as values: no arithmetic on NaN or infinity.
    // The angle always has y's sign, so the rest works with |y|.
    if (x != x) return x;
    if (y != y) return y;
    const bool x_negative = sign_bit(x); // -0 counts as negative, as Annex F says
    const bool y_infinite = y == inf || y == -inf;
    const bool x_infinite = x == inf || x == -inf;
    // On the x axis (y = +-0, or y finite and x = +-inf): +-0 or +-pi.
    if (y == 0 || (x_infinite && !y_infinite)) return with_sign_of(x_negative ? pi.hi : 0.0, y);
    // On the y axis (y = +-inf and x finite, or x = +-0): +-pi/2.
    double r = pi_over_2.hi;
    if (x_infinite && y_infinite) r = x_negative ? three_pi_over_4_rounded : pi_over_4_rounded;
    else if (!y_infinite && x != 0) r = atan2_of_finite(y < 0 ? -y : y, x, x_negative);
    return y < 0 ? -r : r;
}

} // namespace fluxion::detail

namespace fluxion::detail {

// atan2 depends only on the ratio y / x, so a long double pair is first
// scaled by a common power of two (2^-+1000 at a time: exact, except for an
// argument so much smaller than the other that it cannot matter) until the
// larger magnitude lies in [1, DBL_MAX]. Each argument then converts to double
// without saturating to +-inf or +-0 on its own (atan2(1e4000L, 1e3999L)
// would otherwise be atan2(inf, inf)), and the smaller one stays a normal
// double while the ratio is above 2^-1022. At most 17 steps: long double's
// exponent stops at +-16445.
template <std::floating_point R>
constexpr R atan2_larger_magnitude(R y, R x) noexcept {
    const R ay = y < 0 ? -y : y;
    const R ax = x < 0 ? -x : x;
    return ay > ax ? ay : ax;
}

template <std::floating_point R>
constexpr void atan2_bring_into_double_range(R& y, R& x) noexcept {
    constexpr R double_max = std::numeric_limits<double>::max();
    constexpr R infinity = std::numeric_limits<R>::infinity();
    if (y != y || x != x) return; // NaN: nothing to scale
    const bool y_infinite = y == infinity || y == -infinity;
    const bool x_infinite = x == infinity || x == -infinity;
    if (y_infinite || x_infinite) {
        // Annex F: next to an infinity only the sign of a finite nonzero
        // argument matters, so it becomes +-1 (a zero stays as it is).
        if (!y_infinite && y != 0) y = y < 0 ? R(-1) : R(1);
        if (!x_infinite && x != 0) x = x < 0 ? R(-1) : R(1);
        return;
    }
    while (atan2_larger_magnitude(y, x) > double_max) {
        y *= static_cast<R>(0x1p-1000);
        x *= static_cast<R>(0x1p-1000);
    }
    while (atan2_larger_magnitude(y, x) != 0 && atan2_larger_magnitude(y, x) < 1) {
        y *= static_cast<R>(0x1p1000);
        x *= static_cast<R>(0x1p1000);
    }
}

// The float result of atan2 on float arguments. Rounding the double result to
// float is correct (double has more than 2 * 24 + 2 bits) except in one case:
// a result in float's subnormal range that lies exactly halfway between two
// floats. Float arguments cannot give a quotient within a double rounding of
// such a midpoint unless the quotient IS the midpoint (an exact y / x), and
// then atan(y / x) is slightly smaller, so the tie goes towards zero, not to
// even (atan2(3 * denorm_min, 2.0f) is denorm_min).
constexpr float atan2_result_to_float(double r) noexcept {
    const float f = static_cast<float>(r);
    const double tie = r - static_cast<double>(f); // exact
    if ((tie == 0x1p-150 || tie == -0x1p-150) && (r < 0 ? -r : r) < 0x1p-126) {
        return static_cast<float>(r > 0 ? r - 0x1p-150 : r + 0x1p-150); // the neighbour nearer zero
    }
    return f;
}

// float: with n the smaller and d the larger of |y| and |x| (floats, exact
// in double), the angle is atan(n / d), pi/2 - atan(n / d) (|y| > |x|), and
// pi minus that (x < 0): pi - atan(n / d) or pi/2 + atan(n / d), in plain
// double as atan_float does. The breakpoint is picked from the quotient
// n / d; n - c d and d + c n are exact (24-bit significands with exponents
// at most a few apart), so tt has one rounding, and the result errs by about
// 2^-51 relative before its rounding to float (2^-24). Zeros, infinities,
// NaN and quotients below 2^-100 (results that may be subnormal floats, with
// their ties) take the double algorithm.
constexpr float atan2_float(float yf, float xf) noexcept {
    using namespace inverse_trig;
    const double y = yf, x = xf;
    const double ay = y < 0 ? -y : y, ax = x < 0 ? -x : x;
    const bool y_larger = ay > ax;
    const double n = y_larger ? ax : ay, d = y_larger ? ay : ax;
    if (!(n > 0 && n >= d * 0x1p-100 && d < inf)) return atan2_result_to_float(atan2_double(y, x)); // and NaN
    const double q = n / d;
    const double at = atan_of_quotient_plain(n, d, (q >= 0x1.cp-2) + (q >= 0x1.6p-1)); // 7/16, 11/16
    const bool x_negative = x < 0;
    const double_double base = y_larger ? pi_over_2 : (x_negative ? pi : zero);
    const double r = base.hi + (base.lo + (y_larger == x_negative ? at : -at));
    return static_cast<float>(y < 0 ? -r : r);
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic A, arithmetic B>
constexpr floating2_t<A, B> atan2(A y, B x) noexcept {
    if constexpr (std::same_as<floating2_t<A, B>, long double>) {
        long double ly = y, lx = x;
        detail::atan2_bring_into_double_range(ly, lx);
        return detail::via_double(detail::atan2_double, ly, lx);
    } else if constexpr (std::same_as<floating2_t<A, B>, float>) {
        return detail::atan2_float(static_cast<float>(y), static_cast<float>(x));
    } else {
        return detail::via_double(detail::atan2_double, y, x);
    }
}

} // namespace fluxion

#endif
