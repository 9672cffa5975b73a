// fluxion/detail/trig_kernels.hpp — sin and cos of a reduced argument
// r = x + y (a double-double, |r| <= ~pi/4, |y| <= 1.5 ulp(x) + 2^-82: the
// unnormalized Cody-Waite pair, reduce_pi_over_2.hpp), the polynomial half
// of sin.hpp, cos.hpp and sincos.hpp (tan has its own: tan_kernel.hpp).
//
// Each kernel returns its value as an unevaluated pair head + tail; the
// function's result is their sum, the one rounding that matters. Measured
// against MPFR on 1,000,000 arguments in [2^-27, pi/4] and on the Cody-Waite
// pairs of 1,000,000 arguments in [-1.5e6, 1.5e6], the exact head + tail is
// within 0.140 ulp (sin) and 0.067 ulp (cos) of the true value, so the
// result is within about 0.64 ulp (sin) and 0.57 ulp (cos).
//
// Sources: the minimax polynomials and the evaluation schemes are FreeBSD
// msun's (fdlibm, Sun Microsystems 1993):
//   k_sin.c: |sin(x)/x - (1 + S1 x^2 + ... + S6 x^12)| <= 2^-58 on [-pi/4, pi/4];
//   k_cos.c: |cos(x) - (1 - x^2/2 + C1 x^4 + ... + C6 x^14)| <= 2^-58.3 (Bruce
//            Evans' version, whose evaluation keeps cos near 1 accurate).
// The hex literals are the coefficients' bit patterns as printed in those
// files, the decimals the files' own. Three changes: msun rounds z = x^2 and
// forgets the rounding error; here it is recovered exactly with Dekker's
// product (Veltkamp's split, as in double_double.hpp) and added back, in the
// tails only, so that the heads wait on z alone. sin adds its big correction
// S1 x^3 to x exactly (a fast_two_sum) before the small terms. cos takes y's
// term to third order (y is not normalized). Measured before / after: cos
// 0.276 -> 0.067 ulp, sin 0.233 -> 0.140 ulp (head + tail against MPFR,
// before the final rounding).
//
// The kernels are written in as few statements as possible, because Clang
// charges a constexpr step per statement: the coefficients are static members
// (a constexpr local or a using-directive would cost a step per call) and the
// polynomials sit inside the return statement. At run time they are always
// inlined (detail/attributes.hpp): sincos_double_merged holds both, and a
// call between them and the derivative code around would cost more.
#ifndef FLUXION_DETAIL_TRIG_KERNELS_HPP
#define FLUXION_DETAIL_TRIG_KERNELS_HPP

#include <fluxion/detail/attributes.hpp>
#include <fluxion/detail/double_double.hpp>

namespace fluxion::detail {

// Veltkamp's constant 2^27 + 1: xh = x * c - (x * c - x) is x rounded to 26
// bits, so xh and x - xh multiply exactly, and with z = fl(x * x)
//     x^2 == z + ((xh * xh - z) + 2 xh (x - xh)) + (x - xh)^2     (Dekker).
inline constexpr double veltkamp = 0x1.0000002p27;

struct sin_polynomial { // msun k_sin.c
    static constexpr double S1 = -0x1.5555555555549p-3;  // -1.66666666666666324348e-01  0xBFC55555 55555549
    static constexpr double S2 = 0x1.111111110f8a6p-7;   //  8.33333333332248946124e-03  0x3F811111 1110F8A6
    static constexpr double S3 = -0x1.a01a019c161d5p-13; // -1.98412698298579493134e-04  0xBF2A01A0 19C161D5
    static constexpr double S4 = 0x1.71de357b1fe7dp-19;  //  2.75573137070700676789e-06  0x3EC71DE3 57B1FE7D
    static constexpr double S5 = -0x1.ae5e68a2b9cebp-26; // -2.50507602534068634195e-08  0xBE5AE5E6 8A2B9CEB
    static constexpr double S6 = 0x1.5d93a5acfd57cp-33;  //  1.58969099521155010221e-10  0x3DE5D93A 5ACFD57C

    // sin(x + y) = head + tail for |x + y| <= ~pi/4, |y| <= 1.5 ulp(x) + 2^-82
    // (so y^2, dropped, is below 2^-100 x^2 + 2^-163):
    //   sin(x + y) ~ x + (S1 x^3 + (x^2 (r - y/2) + y)),  r = x^3 (S2 + S3 x^2 + ... + S6 x^8)
    // (the y terms are sin'(x) y = (1 - x^2/2 + ...) y). With z + zl = x^2
    // exactly, the head is h = x + c, c = S1 z x rounded: the big correction,
    // added to x exactly (tail c - (h - x)). What c misses, S1 zl x, joins the
    // tail: h waits on z alone, not on Dekker's split.
    FLUXION_ALWAYS_INLINE static constexpr double_double eval(double x, double y) noexcept {
        const double z = x * x;
        const double zx = z * x;
        const double xh = x * veltkamp - (x * veltkamp - x);
        const double c = zx * S1;
        const double h = x + c;
        return {h, ((c - (h - x)) + (y - z * (0.5 * y - zx * (S2 + z * (S3 + z * S4) + z * (z * z) * (S5 + z * S6))))) +
                       (((xh * xh - z) + 2.0 * xh * (x - xh)) + (x - xh) * (x - xh)) * (x * S1)};
    }
};

struct cos_polynomial { // msun k_cos.c
    static constexpr double C1 = 0x1.555555555554cp-5;   //  4.16666666666666019037e-02  0x3FA55555 5555554C
    static constexpr double C2 = -0x1.6c16c16c15177p-10; // -1.38888888888741095749e-03  0xBF56C16C 16C15177
    static constexpr double C3 = 0x1.a01a019cb159p-16;   //  2.48015872894767294178e-05  0x3EFA01A0 19CB1590
    static constexpr double C4 = -0x1.27e4f809c52adp-22; // -2.75573143513906633035e-07  0xBE927E4F 809C52AD
    static constexpr double C5 = 0x1.1ee9ebdb4b1c4p-29;  //  2.08757232129817482790e-09  0x3E21EE9E BDB4B1C4
    static constexpr double C6 = -0x1.8fae9be8838d4p-37; // -1.13596475577881948265e-11  0xBDA8FAE9 BE8838D4

    // cos(x + y) = head + tail for |x + y| <= ~pi/4, y as for sin:
    //   cos(x + y) ~ w + (((1 - w) - z/2) + (z q - (y (x - x^3/6) + zl/2))),   q = x^2 (C1 + C2 x^2 + ... + C6 x^10)
    // where w = 1 - z/2 rounded: (1 - w) - z/2 is exactly what that rounding
    // lost, and zl/2 what rounding x^2 to z lost. y's term is cos'(x) y =
    // -sin(x) y to third order: with y up to 1.5 ulp, the x^3/6 part is worth
    // up to 0.12 ulp of the result, and x - x^3/6 is ready before y is.
    FLUXION_ALWAYS_INLINE static constexpr double_double eval(double x, double y) noexcept {
        const double z = x * x;
        const double xh = x * veltkamp - (x * veltkamp - x);
        const double w = 1.0 - 0.5 * z;
        return {w, (((1.0 - w) - 0.5 * z) +
                    (z * (z * (C1 + z * (C2 + z * C3)) + (z * z) * (z * z) * (C4 + z * (C5 + z * C6))) - (x - (z * x) * (1.0 / 6)) * y)) -
                       0.5 * (((xh * xh - z) + 2.0 * xh * (x - xh)) + (x - xh) * (x - xh))};
    }
};

} // namespace fluxion::detail

#endif
