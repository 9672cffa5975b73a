// fluxion/math/atan.hpp — arc tangent.
//
// Law: atan(x) is the angle in [-pi/2, pi/2] whose tangent is x, within 1 ulp
// of the correctly rounded result for every double (measured against MPFR:
// docs/math/inverse_trig.md), and odd: atan(-x) == -atan(x) bit for bit.
// Special values (C99 Annex F.9.1.3): atan(+-0) = +-0, atan(+-inf) = +-pi/2
// (the double nearest pi/2), atan(NaN) = NaN, atan(x) == x for |x| < 2^-27
// (subnormals included). long double is computed at double accuracy.
//
//     static_assert(fluxion::atan(1.0) == 0x1.921fb54442d18p-1); // pi/4, rounded
#ifndef FLUXION_MATH_ATAN_HPP
#define FLUXION_MATH_ATAN_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

namespace inverse_trig {
// Multiples of pi as hi + lo: hi is the double nearest, lo the double nearest
// the rest (the same pairs as fdlibm's atanhi/atanlo and pio2_hi/pio2_lo,
// checked against MPFR at 200 bits). Each hi is also the correctly rounded
// value of its constant.
inline constexpr double_double zero{0.0, 0.0};
inline constexpr double_double pi_over_2{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
inline constexpr double_double pi{0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};
inline constexpr double pi_over_4_rounded = 0x1.921fb54442d18p-1;
inline constexpr double three_pi_over_4_rounded = 0x1.2d97c7f3321d2p+1;

// Breakpoints c with atan(c) as hi + lo: fdlibm s_atan.c's atanhi/atanlo for
// c = 1/2 and 1 (FreeBSD lib/msun/src/s_atan.c; c = 0 adds nothing).
struct atan_breakpoint {
    double c;
    double_double atan_c;
};
inline constexpr atan_breakpoint atan_breakpoints[3] = {
    {0.0, {0.0, 0.0}},
    {0.5, {0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56}},
    {1.0, {0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55}},
};

// atan(t) = t - t Q(t^2) on |t| <= 7/16 with Q(z) = aT0 z + aT1 z^2 + ... + aT10 z^11:
// the minimax coefficients of fdlibm s_atan.c (aT[0..10]). Measured relative
// error of t - t Q(t^2) against atan(t) (mpmath, 200 bits, 4000 points):
// 2^-57.6, about 1/32 ulp.
constexpr double atan_q(double z) noexcept {
    return z * (0x1.555555555550dp-2 +
           z * (-0x1.999999998ebc4p-3 +
           z * (0x1.24924920083ffp-3 +
           z * (-0x1.c71c6fe231671p-4 +
           z * (0x1.745cdc54c206ep-4 +
           z * (-0x1.3b0f2af749a6dp-4 +
           z * (0x1.10d66a0d03d51p-4 +
           z * (-0x1.dde2d52defd9ap-5 +
           z * (0x1.97b4b24760debp-5 +
           z * (-0x1.2b4442c6a6c2fp-5 +
           z * 0x1.0ad3ae322da11p-6))))))))));
}

// Q(z) / z in Estrin's form (Estrin 1960; Knuth, TAOCP vol. 2, 4.6.4), for the
// caller's z, z^2 and z^4 (the double path reuses them): fdlibm's coefficients
// of atan_q, grouped in pairs a + b z, then by z^2, z^4 and z^8. Horner's form
// is a chain of 11 dependent multiply-adds (about 66 cycles of latency); this
// one is 4 levels deep, and its last level adds the z^8 group, ready first,
// before the z^4 one. The caller forms t - (t z) P(z): its rounding errors are
// of the same size as Horner's (2^-53 relative on terms below 0.06 t), so the
// result stays within about 2^-55 of atan(t).
constexpr double atan_p_estrin(double z, double z2, double z4) noexcept {
    const double z8 = z4 * z4, p12 = -0x1.999999998ebc4p-3 + z * 0x1.24924920083ffp-3,
                 p34 = -0x1.c71c6fe231671p-4 + z * 0x1.745cdc54c206ep-4,
                 p56 = -0x1.3b0f2af749a6dp-4 + z * 0x1.10d66a0d03d51p-4,
                 p78 = -0x1.dde2d52defd9ap-5 + z * 0x1.97b4b24760debp-5,
                 p910 = -0x1.2b4442c6a6c2fp-5 + z * 0x1.0ad3ae322da11p-6;
    return 0x1.555555555550dp-2 + z * (((p12 + z2 * p34) + z8 * p910) + z4 * (p56 + z2 * p78));
}
} // namespace inverse_trig

// k + atan(n / (w + xa)) as hi + lo, for |n / (w + xa)| <= 7/16 (up to
// rounding), n and xa exact, and k = 0 or |k.hi| > 7/16: the reduced
// argument's approximation and the reconstruction shared by atan_double and
// atan_of_ratio, with an error of about 2^-57 |result| at most (the
// polynomial's), so that the caller's single final rounding is the only
// sizeable error.
// The denominator is kept exactly as dh + dl (two_sum) and the reduced
// argument t = n / (dh + dl) is carried as th + tl. One division, r = 1/dh,
// which starts as soon as dh is known; th = n r (it may be an ulp off, and tl
// picks that up): Dekker's two_prod gives th dh exactly as p + e, so n - p is
// exact (Sterbenz) and
//     tl = (n - th dh - th dl) / dh = ((n - p) - e - th dl) r
// to about 2^-52 of a term below 2^-51 |th|. Carrying tl is what keeps the
// reduction's rounding out of the result (fdlibm rounds t, which costs up to
// ~0.3 ulp). Then atan(t) = th - th z P(z) + tl / (1 + z), z = th^2, the last
// term being atan's first-order response to tl, with 1 / (1 + z) taken as
// (1 - z)(1 + z^2)(1 + z^4) = (1 - z^8) / (1 + z), within z^8 < 2^-19
// relative for z < 0.2: no second division. k.hi + th is added exactly
// (fast_two_sum); everything else is small. Every operation commutes with
// scaling n, w and xa by a power of two (away from overflow and underflow).
// The double-double steps (two_sum, two_prod) are written out, grouped in a few
// declarations, because every helper call and statement costs Clang constexpr
// steps.
constexpr double_double atan_of_reduced(double n, double w, double xa, double_double k) noexcept {
    const double dh = w + xa, dv = dh - w, dl = (w - (dh - dv)) + (xa - dv), // two_sum(w, xa) = dh + dl
                 rd = 1.0 / dh, th = n * rd;
    // two_prod(th, dh) = p + e exactly, with Veltkamp's splits (27-bit halves)
    const double th_c = 0x1.0000002p27 * th, th_hi = th_c - (th_c - th), th_lo = th - th_hi,
                 dh_c = 0x1.0000002p27 * dh, dh_hi = dh_c - (dh_c - dh), dh_lo = dh - dh_hi, p = th * dh,
                 e = ((th_hi * dh_hi - p) + th_hi * dh_lo + th_lo * dh_hi) + th_lo * dh_lo;
    const double z = th * th, z2 = z * z, z4 = z2 * z2,
                 response = rd * (((1.0 - z) * (1.0 + z2)) * (1.0 + z4)), // about 1 / (dh (1 + z))
                 sh = k.hi + th, sl = th - (sh - k.hi),
                 low = (sl + k.lo) + (((n - p) - e) - th * dl) * response;
    return {sh, low - (th * z) * inverse_trig::atan_p_estrin(z, z2, z4)};
}

// atan(a / b) for 0 < a <= b < 2^60 with a / b >= 2^-60, as hi + lo (the
// error of atan_of_reduced).
// Reduce (fdlibm s_atan.c's intervals, written for a quotient): with the
// breakpoint c = 0 for a/b < 7/16, 1/2 below 11/16 and 1 above,
//     atan(a / b) = atan(c) + atan(t),   t = (a - c b) / (b + c a),
// and |t| <= 7/16. a - c b is exact (Sterbenz: c b / 2 <= a <= 2 c b on
// those intervals) and so is c a. The interval is chosen by comparing a with
// (7/16) b and (11/16) b, whose roundings can only move a quotient within an
// ulp of a bound to the neighbouring interval, where |t| exceeds 7/16 by
// that ulp at most (no division just to pick it).
constexpr double_double atan_of_ratio(double a, double b) noexcept {
    const inverse_trig::atan_breakpoint& bp =
        inverse_trig::atan_breakpoints[(a >= 0x1.cp-2 * b) + (a >= 0x1.6p-1 * b)];
    return atan_of_reduced(a - bp.c * b, b, bp.c * a, bp.atan_c);
}

// base + sign * angle, rounded once: the two large parts are added exactly
// (two_sum, written out), so only the final rounding and the small parts'
// errors remain.
constexpr double add_angles(double_double base, double sign, double_double angle) noexcept {
    const double b = sign * angle.hi, h = base.hi + b, v = h - base.hi, l = (base.hi - (h - v)) + (b - v);
    return h + (l + (base.lo + sign * angle.lo));
}

// atan(n / d) in plain double, 0 < n <= d, for atan2_float: the breakpoint
// c = atan_breakpoints[index].c, chosen by the caller from the quotient n / d
// with atan_of_ratio's bounds, and atan(n / d) = atan(c) + atan(tt), tt = (n - c d) / (d + c n),
// evaluated with atan_q. c d is exact (c is 0, 1/2 or 1) and so is n - c d
// (Sterbenz, as in atan_of_ratio), so tt has two roundings (about 2^-52), and
// atan(c) + atan(tt) adds terms without cancellation (the result is at least
// 0.41 when c != 0): about 2^-51 relative in all, far below a float's 2^-24.
constexpr double atan_of_quotient_plain(double n, double d, int index) noexcept {
    const inverse_trig::atan_breakpoint& bp = inverse_trig::atan_breakpoints[index];
    const double tt = (n - bp.c * d) / (d + bp.c * n);
    return bp.atan_c.hi + (bp.atan_c.lo + (tt - tt * inverse_trig::atan_q(tt * tt)));
}

namespace inverse_trig {
// The six intervals of a = |x| for atan_double and atan_float, with what the
// reduction needs. With t = min(a, 1/a) and the breakpoint c of t (as in
// atan_of_ratio: 0, 1/2, 1 for t below 7/16, below 11/16, above),
//     atan(a) = atan(c) + atan(tt),          tt = (a - c) / (1 + c a)   for a <= 1,
//     atan(a) = pi/2 - atan(c) + atan(tt),   tt = (c a - 1) / (a + c)   for a > 1
// (the second is pi/2 - atan(1/a) with t = 1/a multiplied through by a, and
// atan odd). Both are tt = (u + v a) / (w + x a), atan(a) = k + atan(tt), with
// u, v, w, x in {0, +-1/2, +-1}: the products are exact and so are the
// numerators (a - c and c a - 1 by Sterbenz: c/2 <= a <= 2c, and c a lies in
// [1/2, 2] where c != 0), as in atan_of_ratio.
// k = atan(c) or pi/2 - atan(c) is a double-double, computed here from the
// cited pairs above (error ~2^-105).
struct atan_interval {
    double u, v, w, x;
    double_double k;
};
constexpr double_double pi_over_2_minus(double_double a) noexcept {
    const double_double h = two_sum(pi_over_2.hi, -a.hi);
    return fast_two_sum(h.hi, h.lo + (pi_over_2.lo - a.lo));
}
inline constexpr atan_interval atan_intervals[6] = {
    {0.0, 1.0, 1.0, 0.0, atan_breakpoints[0].atan_c},                   // [0, 7/16): c = 0
    {-0.5, 1.0, 1.0, 0.5, atan_breakpoints[1].atan_c},                  // [7/16, 11/16): c = 1/2
    {-1.0, 1.0, 1.0, 1.0, atan_breakpoints[2].atan_c},                  // [11/16, 1]: c = 1
    {-1.0, 1.0, 1.0, 1.0, pi_over_2_minus(atan_breakpoints[2].atan_c)}, // (1, 16/11]: c = 1
    {-1.0, 0.5, 0.5, 1.0, pi_over_2_minus(atan_breakpoints[1].atan_c)}, // (16/11, 16/7]: c = 1/2
    {-1.0, 0.0, 0.0, 1.0, pi_over_2},                                   // above 16/7: c = 0
};

// The interval of a = |x| (an index into atan_intervals): a sum of
// comparisons, no branch. The bounds are 7/16, 11/16, 1, 16/11 and 16/7 (the
// doubles nearest the last two, which belong to the interval below, as t = 1/a
// at or above 11/16, 7/16 does).
constexpr int atan_interval_of(double a) noexcept {
    return (a >= 0x1.cp-2) + (a >= 0x1.6p-1) + (a > 1.0) + (a > 0x1.745d1745d1746p0) + (a > 0x1.2492492492492p1);
}
} // namespace inverse_trig

// double. Below 7/16 the breakpoint is 0 and t = |x| is exact: the polynomial
// alone. Elsewhere the table's interval gives n = u + v a (exact), w and x a
// (exact), and k, and atan_of_reduced does the rest (one division, the
// reduced argument carried as th + tl, one final rounding here). The sign goes
// back as a bit: atan(-x) == -atan(x).
// The one data-dependent branch left, on |x| < 7/16, costs mispredictions on
// random arguments, but the short path it guards (no division, no table) is
// faster on average than sending every argument through the reduction (measured
// with both compilers: docs/math/inverse_trig.md).
// Special cases: NaN is returned as it is, and +-0 and tiny |x| need no case of
// their own: atan(x) = x - x^3/3 + ..., and for |x| < 2^-27, x^2/3 < 2^-54/3 is
// below half an ulp in relative terms, so |x| - |x|^3 P(x^2) rounds to |x|
// (subnormals included: the high powers underflow harmlessly to 0). For
// |x| >= 2^53 (and +-inf) the result is pi/2's double: atan(|x|) = pi/2 - 1/|x|
// + ..., and 1/|x| <= 2^-53 is half an ulp of pi/2, less than the 0.78 ulp from
// pi/2 down to the midpoint below its double (pi/2 lies 0.28 ulp above it).
constexpr double atan_double(double x) noexcept {
    using namespace inverse_trig;
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(x), sign = bits & 0x8000'0000'0000'0000u;
    const double a = std::bit_cast<double>(bits ^ sign);
    double r = pi_over_2.hi;
    // (Declarations are grouped: each statement costs a Clang constexpr step.)
    if (a < 0x1.cp-2) {
        const double z = a * a, z2 = z * z, z4 = z2 * z2;
        r = a - (a * z) * atan_p_estrin(z, z2, z4);
    } else if (a < 0x1p53) {
        const atan_interval& iv = atan_intervals[atan_interval_of(a)];
        const double_double angle = atan_of_reduced(iv.u + iv.v * a, iv.w, iv.x * a, iv.k);
        r = angle.hi + angle.lo;
    } else if (x != x) {
        return x;
    }
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(r) | sign);
}

// float: the same reduction and polynomial in plain double (no double-double
// carries), rounded once: tt = n / d has two roundings (about 2^-52), and
// k + atan(tt) adds terms without cancellation (the result is at least 0.41
// when k != 0, and |atan(tt)| < 0.42): about 2^-51 relative in all, far below
// a float's 2^-24. As in atan_double, |x| < 7/16 takes the polynomial alone
// (one branch; the rest is a table lookup), and the sign is put back as a bit.
// Tiny and subnormal a need no special case (see atan_double); a = 0 gives +0,
// and the sign bit -0.
constexpr float atan_float(float xf) noexcept {
    using namespace inverse_trig;
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(xf), abs_bits = bits & 0x7fff'ffff;
    // |x| >= 2^53 (0x5a000000), +-inf and NaN: the double algorithm, which
    // returns +-pi/2 or the NaN.
    if (abs_bits >= 0x5a00'0000) return static_cast<float>(atan_double(xf));
    const double a = std::bit_cast<float>(abs_bits);
    double r;
    if (a < 0x1.cp-2) {
        const double z = a * a, z2 = z * z, z4 = z2 * z2;
        r = a - (a * z) * atan_p_estrin(z, z2, z4);
    } else {
        const atan_interval& iv = atan_intervals[atan_interval_of(a)];
        const double tt = (iv.u + iv.v * a) / (iv.w + iv.x * a), z = tt * tt, z2 = z * z, z4 = z2 * z2;
        r = iv.k.hi + (iv.k.lo + (tt - (tt * z) * atan_p_estrin(z, z2, z4)));
    }
    return std::bit_cast<float>(std::bit_cast<std::uint32_t>(static_cast<float>(r)) | (bits & 0x8000'0000));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> atan(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::atan_float(x);
    else return detail::via_double(detail::atan_double, x);
}

} // namespace fluxion

#endif
