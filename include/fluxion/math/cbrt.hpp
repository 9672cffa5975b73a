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
// 1. Initial estimate of the INVERSE cube root, z0 ~ m^(-1/3): with m = u 2^s,
//    u in [1, 2), s in {0, 1, 2}, z0 = P(u) 2^(-s/3), P the degree-4 minimax
//    polynomial of u^(-1/3) on [1, 2] for relative error (Remez exchange, run
//    for this header in mpmath; error 3.77e-5; evaluated in Estrin's form, two
//    short chains instead of one long one).
// 2. Two Newton steps for z^-3 = m, z <- z + (z/3)(1 - m z^3), which need no
//    division and square the error (e -> -2e^2): 3.77e-5 -> 2.9e-9 -> 1.6e-17,
//    below the rounding errors of the last step (about 2^-52). Then
//    y = m z^2 ~ cbrt(m), within about 2^-50.4 (z's error twice, two
//    roundings). This replaces a linear start and three Halley steps
//    y <- y (y^3 + 2m) / (2y^3 + m) (Traub, "Iterative Methods for the
//    Solution of Equations", 1964, section 5.2), whose three dependent
//    divisions made cbrt slow; the accuracy of y is the same, a few ulp.
// 3. One Newton step in double-double: y + d with d = (m - y^3) / (3 y^2)
//    (still a division: d's relative error stays 2^-52; with z^2 / 3 for
//    1 / (3y^2) it would be about 2^-49, and the result's about 2^-99).
//    The residual m - y^3 is computed almost exactly: y^2 = p + q exactly
//    (two_prod), y p = c1 + c2 exactly, so y^3 = c1 + c2 + y q (the last
//    product rounds, but it is 2^-52 times smaller than the residual's scale),
//    and m - c1 is exact (Sterbenz: c1 is within a factor 2 of m). Newton's
//    error is (y - cbrt(m))^2 / cbrt(m), below about 2^-100.8, d itself is computed with a
//    relative error ~2^-52 on a value of a few ulp: so y + d is within about
//    2^-100 of cbrt(m), and rounding it once gives the correctly rounded result
//    unless cbrt(m) is that close to a midpoint. A perfect cube's root is a
//    double: then y + d rounds to it exactly.
// 4. Reconstruct: the result times 2^k (exact: k is in [-358, 341]), and the sign.
inline constexpr double cbrt_inverse_start[3] = {1.0, 0x1.965fea53d6e3dp-1, 0x1.428a2f98d728bp-1}; // 2^(-s/3)

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

    // Step 1 (coefficients rounded to double: the error stays 3.77e-5).
    const double u = std::bit_cast<double>((bits & 0x000fffffffffffff) | 0x3ff0000000000000);
    const double u2 = u * u;
    double z = ((0x1.ab859024aa8aap+0 - 0x1.2c41e1e828233p+0 * u) + u2 * (0x1.64164faf970b5p-1 - 0x1.c5185fe233948p-3 * u) +
                (u2 * u2) * 0x1.d46f7bc55ab03p-6) *
               cbrt_inverse_start[e - 3 * k];
    z = z + (z * (1.0 / 3)) * (1 - (m * z) * (z * z));
    z = z + (z * (1.0 / 3)) * (1 - (m * z) * (z * z));
    const double y = m * (z * z);

    const auto [p, q] = two_prod(y, y);
    const auto [c1, c2] = two_prod(y, p);
    const double d = (((m - c1) - c2) - y * q) / (3 * p);
    const double r = (y + d) * std::bit_cast<double>(std::uint64_t(k + 1023) << 52);
    return x < 0 ? -r : r;
}

// float: Halley's method for y^3 = m, y <- y (y^3 + 2m) / (2y^3 + m), which
// cubes the relative error (Traub, section 5.2, as above), in plain double,
// and without the double-double Newton step (cbrt_double once had three
// Halley steps and that step: four dependent divisions).
// 0. Reduce: |x| = u 2^e with u in [1, 2) (a normal float; zeros,
//    subnormals, infinities and NaNs take cbrt_double), e = 3q + s with
//    s in {0, 1, 2}; m = u 2^s in [1, 8) (exact), cbrt(x) = cbrt(m) 2^q.
// 1. Start: the linear minimax approximation of cbrt on [1, 2) for relative
//    error, b (a + u) with a = (2 - 2^(1/3)) / (2^(1/3) - 1) (equal errors at
//    u = 1 and 2; derivation as in step 1 above), relative error 0.0066, times
//    2^(s/3): y0 = k_s (a + u), k_s = b 2^(s/3) (the values below are those,
//    rounded to a few digits: any nearby value works).
// 2. Two Halley steps: 0.0066 -> about 2e-7 -> the rounding level, about
//    2^-50 (its rounding errors enter with weight 1/3 or less; measured on
//    every 31st float against long double: 2^-51.3).
// 3. r = y 2^q, exact. If r lies farther than 2^-41 (relative) from a float
//    midpoint, it rounds to the correctly rounded float; if not (about one
//    argument in 2^16), cbrt_double decides. So the result is always
//    cbrt_double's rounded to float, and perfect cubes stay exact (their root
//    is a float, far from any midpoint).
// The sign is put back as a bit, so that no branch depends on it.
inline constexpr double cbrt_float_start[3] = {0.2616465391, 0.3296539822, 0.4153379914};

constexpr float cbrt_float(float xf) noexcept {
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(xf), abs_bits = bits & 0x7fff'ffff;
    // |x|'s bits minus 2^23 wrap for +-0 and subnormals, and are >= 0x7f000000
    // for infinities and NaNs.
    if (abs_bits - 0x0080'0000 >= 0x7f00'0000) return static_cast<float>(cbrt_double(xf));
    const int e = static_cast<int>(abs_bits >> 23) - 127;
    const int q = (e + 381) / 3 - 127; // floor(e / 3): e + 381 > 0
    const int s = e - 3 * q;
    const double u = std::bit_cast<float>((abs_bits & 0x007f'ffff) | 0x3f80'0000);
    const double m = u * static_cast<double>(1 << s);
    double y = cbrt_float_start[s] * (2.8473221 + u); // a = 2.8473221018...
    y = y * (y * y * y + 2 * m) / (2 * y * y * y + m);
    y = y * (y * y * y + 2 * m) / (2 * y * y * y + m);
    const double r = y * std::bit_cast<double>(static_cast<std::uint64_t>(q + 1023) << 52);
    // The 29 bits that rounding to float drops: a midpoint is 0x10000000; the
    // margin 0x1000 double ulps is 2^-41 or more (relative) each side.
    if ((to_bits(r) & 0x1fff'ffff) - (0x1000'0000 - 0x1000) < 0x2000) return static_cast<float>(cbrt_double(xf));
    return std::bit_cast<float>(std::bit_cast<std::uint32_t>(static_cast<float>(r)) | (bits & 0x8000'0000));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> cbrt(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::cbrt_float(x);
    else return detail::via_double(detail::cbrt_double, x);
}

} // namespace fluxion

#endif
