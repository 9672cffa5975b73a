// fluxion/detail/tan_kernel.hpp — tan(x) from x = k pi/4 + u, |u| <= pi/8:
// its own reduction (by pi/4, not pi/2) and one kernel for all four k mod 4.
//
// Law: with t = tan(u) (a double-double), tan(k pi/4 + u) is
//     k = 0: t,   k = 1: (1 + t) / (1 - t),   k = 2: -1 / t,   k = 3: (t - 1) / (1 + t)
// (the addition formula tan(a + u) = (tan a + t) / (1 - t tan a) with
// tan(pi/4) = 1, and tan(u + pi/2) = -1/t). All four are n / d with
// n = alpha + beta t, d = gamma + delta t and alpha..delta in {0, 1, -1}: one
// row of a table picked by k, so the quadrant costs no branch (k mod 4 of
// random arguments is unpredictable) and exactly one division.
//
// Steps, and why:
//  - Reduce by pi/4, so the polynomial only covers |u| <= pi/8: nine terms
//    instead of the 13 msun's k_tan.c needs on [0, 0.6744]. Below 0x1.8p19:
//    Cody-Waite in one step, k = round(x 4/pi), u = (x - k pio4_1) - k pio4_1t
//    with pio4_1 the 33 leading bits of pi/4 (k pio4_1 and the subtraction are
//    exact) and pio4_1t the rest rounded to double (fdlibm/msun e_rem_pio2.c's
//    pio2_1 and pio2_1t, halved): absolute error below 2^-67 (|k| < 2^20). That
//    is 2^-60 relative when |u| >= 2^-7; a smaller |u| (2 % of arguments, and
//    every argument near a multiple of pi/4) takes the full three-piece
//    reduction, reduce_cody_waite(2x) halved (2x = k pi/2 + 2u exactly, and
//    k mod 4 is the same k). Above 0x1.8p19: reduce_pi_over_2 (Cody-Waite or
//    Payne-Hanek) and a fold of r in [-pi/4, pi/4] to u = r -+ pi/4 when
//    |r| > pi/8 (exact: Sterbenz), k = 2 quadrant +- 1.
//  - t = u + c, c = u^3 (T0 + T1 u^2 + ... + T8 u^16) + ul (1 + u^2) (the
//    tail ul of the reduced argument enters to first order: tan' = 1 + tan^2),
//    Estrin's scheme, the late product added last; then t = th + tl exactly
//    (fast_two_sum). |c| <= 0.055 |t|, so the roundings inside c cost at most
//    about 0.12 ulp.
//  - n and d in double-double from th, tl (products by 0 and +-1 are exact,
//    and fast_two_sum applies: |alpha| = 1 >= |t| or alpha = 0).
//  - n / d with one division (after msun k_tan.c's reciprocal: a quotient cut
//    short so its products are exact): inv = 1/dh, qt = nh inv rounded to 26
//    bits and d1 = dh rounded to 26 bits (Veltkamp), so qt d1 and
//    qt (dh - d1) are exact and nh - qt d1 is exact (Sterbenz); the remainder
//    n - qt d (about 2^-25 n) times inv corrects qt to about 2^-75. The
//    result is qt + correction, rounded once.
//
// Measured against MPFR: qt + correction, before the final rounding, within
// 0.155 ulp of tan(x) (1,000,000 arguments in [0.35, 0.45], where |u| is
// near pi/8 and c largest; 0.146 ulp on [-pi, pi]); the results within 1 ulp,
// 98.9 % correctly rounded (tests/runtime/math_trig.cpp, docs/math/trig.md).
//
// The coefficients are a minimax (Remez) approximation of tan's relative error
// on |u| <= pi/8, 2^-58.7 after rounding to double, computed by
// tests/tools/gen_tan_polynomial.py (mpmath, 300 bits).
#ifndef FLUXION_DETAIL_TAN_KERNEL_HPP
#define FLUXION_DETAIL_TAN_KERNEL_HPP

#include <fluxion/detail/reduce_pi_over_2.hpp>
#include <fluxion/detail/trig_kernels.hpp>

namespace fluxion::detail {

// x = k pi/4 + (hi + lo), k given modulo 4.
struct tan_reduced {
    int k;
    double hi;
    double lo;
};

// The constants are static members and the functions member functions, so
// that they use the constants without a prefix and without the constexpr step
// a `using` declaration in a function body costs.
struct tan_kernel {
    // tests/tools/gen_tan_polynomial.py
    static constexpr double T0 = 0x1.5555555555574p-2;  // 0.33333333333333504
    static constexpr double T1 = 0x1.111111110d2ecp-3;  // 0.13333333333289177
    static constexpr double T2 = 0x1.ba1ba1bf860b5p-5;  // 0.05396825400765818
    static constexpr double T3 = 0x1.664f46a9ac8cdp-6;  // 0.02186948681509975
    static constexpr double T4 = 0x1.226e9078a7169p-7;  // 0.00886327795279192
    static constexpr double T5 = 0x1.d6beb37269c48p-9;  // 0.003591498761312848
    static constexpr double T6 = 0x1.7f22ee848a278p-10; // 0.001461549575774294
    static constexpr double T7 = 0x1.2524881035ad2p-11; // 0.0005591253302793203
    static constexpr double T8 = 0x1.58b0fd569051bp-12; // 0.00032872330249141137
    // pi/4 = pio4_1 + pio4_1t + (below 2^-88): msun e_rem_pio2.c's pio2_1
    // (0x3FF921FB 54400000) and pio2_1t (6.07710050650619224932e-11,
    // 0x3DD0B461 1A626331), halved.
    static constexpr double inv_pio4 = 2 * cody_waite::inv_pio2;
    static constexpr double pio4_1 = cody_waite::pio2_1 / 2;
    static constexpr double pio4_1t = 0x1.0b4611a626331p-35;
    // pi/4 = pio4_hi + pio4_lo to 2^-107 (msun k_tan.c's pio4, pio4lo:
    // 0x3FE921FB 54442D18, 0x3C81A626 33145C07), for the fold.
    static constexpr double pio4_hi = 0x1.921fb54442d18p-1;
    static constexpr double pio4_lo = 0x1.1a62633145c07p-55;
    static constexpr double pio8 = pio4_hi / 2;
    // {alpha, beta, gamma, delta} by k mod 4: tan = (alpha + beta t) / (gamma + delta t).
    static constexpr double rows[4][4] = {{0, 1, 1, 0}, {1, 1, 1, -1}, {-1, 0, 0, 1}, {-1, 1, 1, 1}};

    // Below this bound, k = round(x 4/pi) < 2^20 and k pio4_1 is exact.
    static constexpr double limit = 0x1.8p19;

    // x = k pi/4 + u for |x| < limit.
    static constexpr tan_reduced reduce(double x) noexcept {
        const double k = (x * inv_pio4 + cody_waite::shifter) - cody_waite::shifter;
        const double a = x - k * pio4_1, hi = a - k * pio4_1t;
        if (hi < 0x1p-7 && hi > -0x1p-7) {
            const reduced_argument r = reduce_cody_waite(2 * x);
            return {r.quadrant, 0.5 * r.hi, 0.5 * r.lo};
        }
        return {static_cast<int>(k) & 3, hi, (a - hi) - k * pio4_1t};
    }

    // r from reduce_pi_over_2 (|r| <= ~pi/4) as k pi/4 + u, |u| <= ~pi/8.
    static constexpr tan_reduced fold(reduced_argument r) noexcept {
        const int f = static_cast<int>(r.hi > pio8) - static_cast<int>(r.hi < -pio8);
        const double xa = r.hi - f * pio4_hi, ya = r.lo - f * pio4_lo;
        return {(2 * r.quadrant + f) & 3, xa + ya, ya - ((xa + ya) - xa)};
    }

    // tan(k pi/4 + u + ul), |u| <= ~pi/8, |ul| <= ulp(u) / 2.
    static constexpr double eval(tan_reduced r) noexcept {
        const double u = r.hi, z = u * u, w = z * z, s = z * u;
        const double c = (T0 * s + (r.lo + z * r.lo)) +
                         (s * z) * ((T1 + T2 * z) + w * (T3 + T4 * z) + (w * w) * ((T5 + T6 * z) + w * (T7 + T8 * z)));
        const double th = u + c, tl = c - (th - u);
        const double(&m)[4] = rows[r.k];
        const double nh = m[0] + m[1] * th, nl = (m[1] * th - (nh - m[0])) + m[1] * tl;
        const double dh = m[2] + m[3] * th, dl = (m[3] * th - (dh - m[2])) + m[3] * tl;
        const double inv = 1.0 / dh, q = nh * inv, d1 = dh * veltkamp - (dh * veltkamp - dh);
        const double qt = q * veltkamp - (q * veltkamp - q);
        return qt + ((nh - qt * d1) - (qt * ((dh - d1) + dl) - nl)) * inv;
    }
};

} // namespace fluxion::detail

#endif
