// fluxion/detail/trig_kernels.hpp — sin, cos and tan of a reduced argument
// r = x + y (a double-double, |r| <= ~pi/4), the polynomial half of
// sin.hpp, cos.hpp and tan.hpp.
//
// Each kernel returns its value as an unevaluated sum head + tail whose
// rounding, head + tail, is the final result: all the error of the polynomial
// and of the tail's arithmetic is relative 2^-56 or smaller, so the one final
// rounding dominates (measured: <= 1 ulp from the correctly rounded value,
// docs/math/trig.md).
//
// Sources: the minimax polynomials and the evaluation schemes are FreeBSD
// msun's (fdlibm, Sun Microsystems 1993):
//   k_sin.c: |sin(x)/x - (1 + S1 x^2 + ... + S6 x^12)| <= 2^-58 on [-pi/4, pi/4];
//   k_cos.c: |cos(x) - (1 - x^2/2 + C1 x^4 + ... + C6 x^14)| <= 2^-58.3 (Bruce
//            Evans' version, whose evaluation keeps cos near 1 accurate).
// The hex values are the coefficients' bit patterns as printed in those files.
// tan = sin / cos with both kernels' head + tail divided in double-double.
#ifndef FLUXION_DETAIL_TRIG_KERNELS_HPP
#define FLUXION_DETAIL_TRIG_KERNELS_HPP

#include <fluxion/detail/double_double.hpp>

namespace fluxion::detail {

// The minimax coefficients, at namespace scope (a constexpr local, or a
// using-directive, would cost a constexpr step per call). Hex literals are the bit patterns printed in the
// msun sources, the decimals are the sources' own.
namespace msun_sin { // k_sin.c
inline constexpr double S1 = -0x1.5555555555549p-3;  // -1.66666666666666324348e-01  0xBFC55555 55555549
inline constexpr double S2 = 0x1.111111110f8a6p-7;   //  8.33333333332248946124e-03  0x3F811111 1110F8A6
inline constexpr double S3 = -0x1.a01a019c161d5p-13; // -1.98412698298579493134e-04  0xBF2A01A0 19C161D5
inline constexpr double S4 = 0x1.71de357b1fe7dp-19;  //  2.75573137070700676789e-06  0x3EC71DE3 57B1FE7D
inline constexpr double S5 = -0x1.ae5e68a2b9cebp-26; // -2.50507602534068634195e-08  0xBE5AE5E6 8A2B9CEB
inline constexpr double S6 = 0x1.5d93a5acfd57cp-33;  //  1.58969099521155010221e-10  0x3DE5D93A 5ACFD57C
} // namespace msun_sin
namespace msun_cos { // k_cos.c
inline constexpr double C1 = 0x1.555555555554cp-5;   //  4.16666666666666019037e-02  0x3FA55555 5555554C
inline constexpr double C2 = -0x1.6c16c16c15177p-10; // -1.38888888888741095749e-03  0xBF56C16C 16C15177
inline constexpr double C3 = 0x1.a01a019cb159p-16;   //  2.48015872894767294178e-05  0x3EFA01A0 19CB1590
inline constexpr double C4 = -0x1.27e4f809c52adp-22; // -2.75573143513906633035e-07  0xBE927E4F 809C52AD
inline constexpr double C5 = 0x1.1ee9ebdb4b1c4p-29;  //  2.08757232129817482790e-09  0x3E21EE9E BDB4B1C4
inline constexpr double C6 = -0x1.8fae9be8838d4p-37; // -1.13596475577881948265e-11  0xBDA8FAE9 BE8838D4
} // namespace msun_cos

// sin(x + y) = head + tail, |x + y| <= ~pi/4, |y| <= ulp(x) / 2 (msun k_sin.c):
// sin(x + y) ~ x + (S1 x^3 + (x^2 (r - y/2) + y)) with r = x^3 (S2 + ... + S6 x^8)
// (the y terms are the first-order correction sin'(x) y ~ (1 - x^2/2) y).
constexpr double_double sin_kernel(double x, double y) noexcept {
    const double z = x * x;
    const double r = msun_sin::S2 + z * (msun_sin::S3 + z * msun_sin::S4) + z * (z * z) * (msun_sin::S5 + z * msun_sin::S6);
    return {x, -((z * (0.5 * y - (z * x) * r) - y) - (z * x) * msun_sin::S1)};
}

// cos(x + y) = head + tail, |x + y| <= ~pi/4, |y| <= ulp(x) / 2 (msun k_cos.c):
// w = 1 - x^2/2 rounded, ((1 - w) - x^2/2) is exactly what that rounding lost,
// then the polynomial x^4 (msun_cos::C1 + ... + msun_cos::C6 x^10) and the correction -x y.
constexpr double_double cos_kernel(double x, double y) noexcept {
    const double z = x * x;
    const double r = z * (msun_cos::C1 + z * (msun_cos::C2 + z * msun_cos::C3)) + (z * z) * (z * z) * (msun_cos::C4 + z * (msun_cos::C5 + z * msun_cos::C6));
    const double w = 1.0 - 0.5 * z;
    return {w, ((1.0 - w) - 0.5 * z) + (z * r - x * y)};
}

// a / b in double-double (a, b normalized or not; b away from zero): the
// quotient q1 of the heads, then the remainder a - q1 b computed exactly with
// two_prod, divided again.
constexpr double_double divide(double_double a, double_double b) noexcept {
    const double q1 = a.hi / b.hi;
    const double_double p = two_prod(q1, b.hi);
    const double q2 = (((a.hi - p.hi) - p.lo) + a.lo - q1 * b.lo) / b.hi;
    return fast_two_sum(q1, q2);
}

// tan(x + y) for |x + y| <= ~pi/4; cot_instead gives -cot(x + y) = tan(x + y + pi/2).
constexpr double tan_kernel(double x, double y, bool cot_instead) noexcept {
    const double_double s = sin_kernel(x, y);
    const double_double c = cos_kernel(x, y);
    const double_double sn = fast_two_sum(s.hi, s.lo);
    const double_double cn = fast_two_sum(c.hi, c.lo);
    if (cot_instead) {
        const double_double q = divide(cn, sn);
        return -(q.hi + q.lo);
    }
    const double_double q = divide(sn, cn);
    return q.hi + q.lo;
}

} // namespace fluxion::detail

#endif
