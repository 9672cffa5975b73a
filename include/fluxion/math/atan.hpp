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
} // namespace inverse_trig

// atan(a / b) for 0 < a <= b < 2^60 with a / b >= 2^-60, as hi + lo with an
// error of about 2^-57 |atan(a / b)| at most (the polynomial's), so that the
// caller's single final rounding is the only sizeable error.
//
// Reduce (fdlibm s_atan.c's intervals, written for a quotient): with the
// breakpoint c = 0 for a/b < 7/16, 1/2 below 11/16 and 1 above,
//     atan(a / b) = atan(c) + atan(t),   t = (a - c b) / (b + c a),
// and |t| <= 7/16. a - c b is exact (Sterbenz: c b / 2 <= a <= 2 c b on
// those intervals) and b + c a is kept exactly as dh + dl (c a is exact, and
// b >= c a, so fast_two_sum applies). t is carried as th + tl: th = n / dh
// rounded, tl from the exact remainder n - th dh (Dekker's two_prod) and the
// neglected dl. Carrying tl is what keeps the reduction's rounding out of the
// result (fdlibm rounds t, which costs up to ~0.3 ulp).
//
// The double-double steps (fast_two_sum, two_prod) are written out here, a
// statement each, because every helper call costs Clang constexpr steps.
constexpr double_double atan_of_ratio(double a, double b) noexcept {
    const double r = a / b;
    // breakpoint index: 0 below 7/16, 1 below 11/16, 2 above
    const inverse_trig::atan_breakpoint& bp = inverse_trig::atan_breakpoints[(r >= 0x1.cp-2) + (r >= 0x1.6p-1)];
    const double n = a - bp.c * b;
    const double ca = bp.c * a, dh = b + ca, dl = ca - (dh - b); // fast_two_sum(b, c a)
    const double th = n / dh;
    // two_prod(th, dh) = p + e exactly, with Veltkamp's splits (27-bit halves)
    const double th_c = 0x1.0000002p27 * th, th_hi = th_c - (th_c - th), th_lo = th - th_hi;
    const double dh_c = 0x1.0000002p27 * dh, dh_hi = dh_c - (dh_c - dh), dh_lo = dh - dh_hi;
    const double p = th * dh;
    const double e = ((th_hi * dh_hi - p) + th_hi * dh_lo + th_lo * dh_hi) + th_lo * dh_lo;
    const double tl = (((n - p) - e) - th * dl) / dh;

    // Approximate, reconstruct: atan(c) + atan(th) + tl / (1 + th^2), the
    // last term being atan's first-order response to tl. The two large terms
    // atan(c)_hi and th are added exactly (fast_two_sum: atan(c) > |t| or
    // atan(c) = 0); everything else is tiny.
    const double z = th * th;
    const double sh = bp.atan_c.hi + th, sl = th - (sh - bp.atan_c.hi);
    return {sh, sl + (bp.atan_c.lo + (tl / (1.0 + z) - th * inverse_trig::atan_q(z)))};
}

// base + sign * angle, rounded once: the two large parts are added exactly
// (two_sum, written out), so only the final rounding and the small parts'
// errors remain.
constexpr double add_angles(double_double base, double sign, double_double angle) noexcept {
    const double b = sign * angle.hi, h = base.hi + b, v = h - base.hi, l = (base.hi - (h - v)) + (b - v);
    return h + (l + (base.lo + sign * angle.lo));
}

constexpr double atan_double(double x) noexcept {
    using namespace inverse_trig;
    // Special cases. NaN and +-0 are returned as they are. For |x| < 2^-27,
    // atan(x) = x - x^3/3 + ... and x^2/3 < 2^-54 / 3 is below half an ulp of
    // x in relative terms, so x is the correctly rounded result (this also
    // covers the subnormals, where x * x would underflow).
    if (x != x) return x;
    const double ax = x < 0 ? -x : x; // (written out: each helper call costs constexpr steps)
    if (ax < 0x1p-27) return x;
    // For |x| >= 2^53, atan(|x|) = pi/2 - 1/|x| + ..., and 1/|x| <= 2^-53 is
    // half an ulp of pi/2, less than the 0.78 ulp from pi/2 down to the
    // midpoint below its double (pi/2 lies 0.28 ulp above its double): the
    // result is pi/2's double, exactly as for +-inf (r's initial value).
    // atan(x) = -atan(-x), and atan(|x|) = pi/2 - atan(1/|x|) above 1.
    double r = pi_over_2.hi;
    // Below 7/16 the breakpoint is 0 and t = |x| is exact: the polynomial alone
    // (what atan_of_ratio(ax, 1) reduces to, bit for bit: its tl is 0).
    if (ax < 0x1.cp-2) r = ax - ax * atan_q(ax * ax);
    else if (ax <= 1) r = add_angles(zero, 1.0, atan_of_ratio(ax, 1.0));
    else if (ax < 0x1p53) r = add_angles(pi_over_2, -1.0, atan_of_ratio(1.0, ax));
    return x < 0 ? -r : r;
}

// atan(n / d) in plain double, 0 < n <= d, for atan2_float: the breakpoint
// c = atan_breakpoints[index].c, chosen by the caller from n / d as in
// atan_of_ratio, and atan(n / d) = atan(c) + atan(tt), tt = (n - c d) / (d + c n),
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
// atan_q(z) in Estrin's form (Estrin 1960; Knuth, TAOCP vol. 2, 4.6.4): the
// same coefficients, grouped in pairs a + b z, then by z^2, z^4 and z^8. Horner's
// form is a chain of 11 dependent multiply-adds (about 66 cycles of latency,
// what made atan_float slow although it runs few instructions); this one is 4
// levels deep. Its rounding errors are of the same size (2^-53 relative on
// terms below 0.06 t), so t - t Q(t^2) stays within about 2^-55 of atan(t).
constexpr double atan_q_estrin(double z) noexcept {
    const double z2 = z * z, z4 = z2 * z2, z8 = z4 * z4;
    const double p01 = 0x1.555555555550dp-2 + z * -0x1.999999998ebc4p-3;
    const double p23 = 0x1.24924920083ffp-3 + z * -0x1.c71c6fe231671p-4;
    const double p45 = 0x1.745cdc54c206ep-4 + z * -0x1.3b0f2af749a6dp-4;
    const double p67 = 0x1.10d66a0d03d51p-4 + z * -0x1.dde2d52defd9ap-5;
    const double p89 = 0x1.97b4b24760debp-5 + z * -0x1.2b4442c6a6c2fp-5;
    return z * ((p01 + z2 * p23) + z4 * (p45 + z2 * p67) + z8 * (p89 + z2 * 0x1.0ad3ae322da11p-6));
}

// The six intervals of a = |x| for atan_float, with what the reduction needs.
// With t = min(a, 1/a) and the breakpoint c of t (as in atan_of_ratio: 0, 1/2,
// 1 for t below 7/16, below 11/16, above), atan(t) = atan(c) + atan(tt),
//     tt = (a - c) / (1 + c a)     for a <= 1,
//     tt = (1 - c a) / (a + c)     for a > 1 (t = 1/a, multiplied through by a),
// both of the form (u + v a) / (w + x a) with u, v, w, x in {0, +-1/2, +-1}:
// the products are exact and so are the numerators (a - c by Sterbenz, 1 - c a
// because c a has at most 26 significant bits and lies below 2), as in
// atan_of_ratio. Then atan(a) = k + s atan(tt), with k = atan(c), s = +1 for
// a <= 1, and k = pi/2 - atan(c), s = -1 for a > 1. k is a double-double,
// computed here from the cited pairs above (error ~2^-105).
struct atan_float_interval {
    double u, v, w, x;
    double_double k;
    double s;
};
constexpr double_double pi_over_2_minus(double_double a) noexcept {
    const double_double h = two_sum(pi_over_2.hi, -a.hi);
    return fast_two_sum(h.hi, h.lo + (pi_over_2.lo - a.lo));
}
inline constexpr atan_float_interval atan_float_intervals[6] = {
    {0.0, 1.0, 1.0, 0.0, atan_breakpoints[0].atan_c, 1.0},                   // [0, 7/16): c = 0
    {-0.5, 1.0, 1.0, 0.5, atan_breakpoints[1].atan_c, 1.0},                  // [7/16, 11/16): c = 1/2
    {-1.0, 1.0, 1.0, 1.0, atan_breakpoints[2].atan_c, 1.0},                  // [11/16, 1]: c = 1
    {1.0, -1.0, 1.0, 1.0, pi_over_2_minus(atan_breakpoints[2].atan_c), -1.0}, // (1, 16/11]: c = 1
    {1.0, -0.5, 0.5, 1.0, pi_over_2_minus(atan_breakpoints[1].atan_c), -1.0}, // (16/11, 16/7]: c = 1/2
    {1.0, 0.0, 0.0, 1.0, pi_over_2, -1.0},                                   // above 16/7: c = 0
};
} // namespace inverse_trig

// float: atan_of_ratio's reduction and polynomial in plain double (no
// double-double carries), rounded once: tt has two roundings (about 2^-52),
// and k + s atan(tt) adds terms without cancellation (the result is at least
// 0.41 when k != 0, and |atan(tt)| < 0.42): about 2^-51 relative in all, far
// below a float's 2^-24.
// Written without a data-dependent branch (random signs and magnitudes made
// the branches on x < 0, a > 1 and tiny a mispredict, half of them on
// [-1, 1]): the interval is a sum of comparisons, its constants come from a
// table, and the sign is put back as a bit. Tiny and subnormal a need no
// special case: the interval is c = 0, tt = a exactly, and a - a Q(a^2)
// (Q(a^2) < 2^-54 for a < 2^-27; its high powers underflow harmlessly to 0)
// rounds to the float a, which is atan's value there (see atan_double); a = 0
// gives +0, and the sign bit -0.
constexpr float atan_float(float xf) noexcept {
    using namespace inverse_trig;
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(xf);
    const std::uint32_t abs_bits = bits & 0x7fff'ffff;
    // |x| >= 2^53 (0x5a000000), +-inf and NaN: the double algorithm, which
    // returns +-pi/2 or the NaN.
    if (abs_bits >= 0x5a00'0000) return static_cast<float>(atan_double(xf));
    const double a = std::bit_cast<float>(abs_bits);
    // 7/16, 11/16, 1, 16/11, 16/7 (the doubles nearest the last two, which
    // belong to the interval below, as t = 1/a at or above 11/16, 7/16 does)
    const int index = (a >= 0x1.cp-2) + (a >= 0x1.6p-1) + (a > 1.0) + (a > 0x1.745d1745d1746p0) +
                      (a > 0x1.2492492492492p1);
    const atan_float_interval& iv = atan_float_intervals[index];
    const double tt = (iv.u + iv.v * a) / (iv.w + iv.x * a);
    const double r = iv.k.hi + (iv.k.lo + iv.s * (tt - tt * atan_q_estrin(tt * tt)));
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
