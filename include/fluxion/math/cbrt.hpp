// fluxion/math/cbrt.hpp — cube root.
//
// Law: cbrt(x) is within 1 ulp of the correctly rounded result for every
// double (the last step is accurate to about 2^-100 relative, so it is
// correctly rounded except when the cube root lies within that distance of a
// rounding boundary; none was found in the tests). Odd: cbrt(-x) == -cbrt(x).
// Perfect cubes are exact (cbrt(27) == 3, cbrt(0.125) == 0.5). long double is
// computed at double accuracy.
// Special values (C99 Annex F.10.4.1): cbrt(+-0) = +-0, cbrt(+-inf) = +-inf,
// cbrt(NaN) = NaN. There is no domain error.
//
//     static_assert(fluxion::cbrt(-8.0) == -2.0);
#ifndef FLUXION_MATH_CBRT_HPP
#define FLUXION_MATH_CBRT_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

// 0. Reduce: |x| = m * 2^(3k) with 1 <= m < 8, read off the bits (a subnormal
//    is first scaled by 2^64, exactly); cbrt(x) = sign(x) cbrt(m) 2^k with
//    1 <= cbrt(m) < 2.
// 1. Initial estimate: the linear minimax approximation of cbrt on [1, 8) for
//    relative error, y0 = b (6 + m) with b = 2 / (7 + 3^(5/3)). (Derivation: the
//    error b' (a + m) / cbrt(m) - 1 must equioscillate at m = 1, its minimum
//    m = a / 2 and m = 8; equal values at 1 and 8 give a = 6, the minimum is at
//    m = 3, and 7b - 1 = 1 - 3^(5/3) b.) Relative error 7b - 1 = 0.0574.
// 2. Halley's method for y^3 = m, y <- y (y^3 + 2m) / (2y^3 + m), cubes the
//    relative error (e -> about 0.64 e^3): 0.0574 -> 1.2e-4 -> 1.1e-12 -> the
//    rounding level, a few ulp (Traub, "Iterative Methods for the Solution of
//    Equations", 1964, section 5.2; Halley 1694).
// 3. One Newton step in double-double: y + d with d = (m - y^3) / (3 y^2).
//    The residual m - y^3 is computed almost exactly: y^2 = p + q exactly
//    (two_prod), y p = c1 + c2 exactly, so y^3 = c1 + c2 + y q (the last
//    product rounds, but it is 2^-52 times smaller than the residual's scale),
//    and m - c1 is exact (Sterbenz: c1 is within a factor 2 of m). Newton's
//    error is (y - cbrt(m))^2 / cbrt(m) ~ 2^-104, d itself is computed with a
//    relative error ~2^-52 on a value of a few ulp: so y + d is within about
//    2^-100 of cbrt(m), and rounding it once gives the correctly rounded result
//    unless cbrt(m) is that close to a midpoint. A perfect cube's root is a
//    double: then y + d rounds to it exactly.
// 4. Reconstruct: the result times 2^k (exact: k is in [-358, 341]), and the sign.
constexpr double cbrt_double(double x) noexcept {
    // +-0, +-inf and NaN are their own cube roots (returned before any
    // arithmetic could touch an infinity or a NaN in a constant expression).
    if (x == 0 || !(x > -inf && x < inf)) return x;

    const double ax = x < 0 ? -x : x;
    const bool sub = ax < 0x1p-1022;
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(sub ? ax * 0x1p64 : ax);
    const int e = static_cast<int>(bits >> 52) - 1023 - (sub ? 64 : 0); // |x| = 1.f * 2^e
    const int k = (e + 1125) / 3 - 375;                                // floor(e / 3): e + 1125 >= 0
    const double m = std::bit_cast<double>((bits & 0x000fffffffffffff) | (std::uint64_t(1023 + e - 3 * k) << 52));

    constexpr double b = 0x1.355c1432c1599p-3; // 2 / (7 + 3^(5/3)) (any nearby value works)
    double y = b * (6.0 + m);
    y = y * (y * y * y + 2 * m) / (2 * y * y * y + m);
    y = y * (y * y * y + 2 * m) / (2 * y * y * y + m);
    y = y * (y * y * y + 2 * m) / (2 * y * y * y + m);

    const auto [p, q] = two_prod(y, y);
    const auto [c1, c2] = two_prod(y, p);
    const double d = (((m - c1) - c2) - y * q) / (3 * p);
    const double r = (y + d) * std::bit_cast<double>(std::uint64_t(k + 1023) << 52);
    return x < 0 ? -r : r;
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> cbrt(T x) noexcept {
    return detail::via_double(detail::cbrt_double, x);
}

} // namespace fluxion

#endif
