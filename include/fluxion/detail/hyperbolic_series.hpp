// fluxion/detail/hyperbolic_series.hpp — sinh on 0 <= a < 1 from its Taylor
// series with the leading terms kept exact, and the split of a that makes
// them exact (tanh.hpp uses it too): what sinh and tanh use there instead of
// e^a (no table, no division, no branch inside [0, 1)).
//
//     sinh a = a + a^3/3! + a^5/5! + a^7/7! + ...
//
// The terms after the first are up to 15 % of sinh a (a^3/6 at a = 1), so an
// error of one ulp in them would cost 0.15 ulp of the result. The trick: a is
// split as ah + al with ah on the grid of multiples of 2^-10 (at most 11 bits,
// |al| <= 2^-11), so ah^2, ah^3, ah^4, ah^5 are EXACT doubles (at most 21, 31,
// 41, 51 bits), and so are their products with constants short enough:
//     ah^3 * c6_hi  (c6_hi = 1/6 to 21 bits: 31 + 21 < 53),
//     ah^5 * 2^-7   (1/120 = 2^-7 + 1/1920).
// Everything else is small: a^k - ah^k is about k 2^-11 a^k (below 2^-9 of
// a^k) and the constants' remainders (1/6 - c6_hi, 1/1920) are at most 2^-4
// of their term, so those parts, computed in plain double with a few
// roundings each, are off by at most 2^-62 of the result; so are the terms
// from a^7/7! on, at most 2^-12.3 of the result, in plain double with a few
// roundings each. The exact terms are added with fast_two_sum
// (double_double.hpp), so the sum comes out as hi + lo within 2^-61
// (relative) before its one final rounding: 0.5 + 2^-8 ulp after it.
// Truncation: the series stops at a^19/19!; the first omitted term,
// a^21/21! < 2^-65, is negligible.
#ifndef FLUXION_DETAIL_HYPERBOLIC_SERIES_HPP
#define FLUXION_DETAIL_HYPERBOLIC_SERIES_HPP

#include <fluxion/detail/double_double.hpp>

namespace fluxion::detail {

// 1/6 = c6_hi + c6_lo (c6_hi has 21 significant bits; c6_lo is the rest
// rounded, 1/6 - c6_hi - c6_lo < 2^-78).
inline constexpr double series_c6_hi = 0x1.55555p-3;
inline constexpr double series_c6_lo = 0x1.5555555555555p-25;

// a = ah + al, ah = a rounded to a multiple of 2^-10 (the magic-number
// rounding of round_to_integer in ieee.hpp, at 1.5 * 2^42 whose ulp is
// 2^-10), al exact (a and ah share their bits above 2^-10). For 0 <= a < 1:
// ah = n 2^-10 with n <= 1024, so ah^2, ah^3, ah^5 are exact; the differences
// a^k - ah^k come from a^2 - ah^2 = al (a + ah), a^3 - ah^3 = a (a^2 - ah^2)
// + ah^2 al and a^5 - ah^5 = a^2 (a^3 - ah^3) + ah^3 (a^2 - ah^2), each
// within a few ulp of itself.
struct series_split {
    double a, ah, al;
    double z;          // a^2 rounded
    double h2, h3, h5; // ah^2, ah^3, ah^5, exact
    double e2, e3, e5; // a^2 - ah^2, a^3 - ah^3, a^5 - ah^5
};
constexpr series_split split_on_grid(double a) noexcept {
    constexpr double shifter = 0x1.8p42;
    const double ah = (a + shifter) - shifter;
    const double al = a - ah, z = a * a;
    const double h2 = ah * ah, h3 = h2 * ah;
    const double e2 = al * (a + ah), e3 = e2 * a + h2 * al;
    return {a, ah, al, z, h2, h3, h3 * h2, e2, e3, e3 * z + h3 * e2};
}

// sinh a = hi + lo for 0 <= a < 1 (|lo| up to 2^-10 hi: not normalised),
// within 2^-61 of sinh a (see the top of this file).
constexpr double_double sinh_series(const series_split& s) noexcept {
    const double a = s.a, z = s.z;
    // a^7 (1/7! + a^2/9! + ... + a^12/19!), Estrin's form in z = a^2.
    const double z2 = z * z;
    const double r = ((1.0 / 5040 + z * (1.0 / 362880)) + z2 * (1.0 / 39916800 + z * (1.0 / 6227020800.0))) +
                     (z2 * z2) * ((1.0 / 1307674368000.0 + z * (1.0 / 355687428096000.0)) + z2 * (1.0 / 121645100408832000.0));
    // a^3/6 = ah^3 c6_hi + (ah^3 c6_lo + e3/6), a^5/120 = ah^5 2^-7 + (ah^5/1920 + e5/120).
    const double small = (((a * z) * z2) * r + (s.h5 * (1.0 / 1920) + s.e5 * (1.0 / 120))) + (s.h3 * series_c6_lo + s.e3 * (1.0 / 6));
    // The exact heads: ah^3 c6_hi >= ah^5 2^-7 and a >= their sum (fast_two_sum),
    // summed in a chain (see tanh_lambert in tanh.hpp for why).
    const double_double t = fast_two_sum(s.h3 * series_c6_hi, s.h5 * 0x1p-7);
    const double_double u = fast_two_sum(a, t.hi);
    return {u.hi, u.lo + (t.lo + small)};
}

} // namespace fluxion::detail

#endif
