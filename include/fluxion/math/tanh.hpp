// fluxion/math/tanh.hpp — the hyperbolic tangent sinh x / cosh x.
//
// Accuracy: within 1 ulp of the correctly rounded tanh(x) for every double
// (designed for 0.5 ulp + 2^-5.3; glibc's tanh is documented at 2 ulp);
// measured against MPFR in tests/runtime/math_hyperbolic.cpp, reported in
// docs/math/exp.md.
// Special values (C99 Annex F): tanh(+-0) == +-0, tanh(+-inf) == +-1,
// tanh(NaN) is that NaN; tanh is odd, tanh(x) == x for |x| < 2^-27
// (subnormals included) and tanh(x) == +-1 for |x| > 19.07 (the rounded value).
//
//     static_assert(fluxion::tanh(-30.0) == -1.0 && fluxion::tanh(1e-300) == 1e-300);
#ifndef FLUXION_MATH_TANH_HPP
#define FLUXION_MATH_TANH_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/exp_float.hpp>
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/hyperbolic_series.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>

namespace fluxion::detail {

// tanh a for 2^-27 <= a < 1 from Lambert's continued fraction (1768)
//     tanh a = a / (1 + a^2 / (3 + a^2 / (5 + a^2 / (7 + ...)))),
// cut after the partial denominator 19: a rational function a N(z) / D(z),
// z = a^2, with integer coefficients (the convergent's recurrence
// A_k = (2k + 1) A_(k-1) + z A_(k-2); divided by 654729075 below):
//     a (654729075 + 91891800 z + 2837835 z^2 + 25740 z^3 + 55 z^4)
//     / (654729075 + 310134825 z + 18918900 z^2 + 315315 z^3 + 1485 z^4 + z^5),
// within 2^-63.7 (relative) of tanh a on (0, 1] (tests/tools/gen_tanh_lambert.py
// derives the coefficients and the split constants below and measures this;
// the error grows like a^20). Ten coefficients instead of the twenty of sinh's
// and cosh's series, and one division.
// n = a N(z) and d = D(z) are formed as sinh_series forms sinh
// (detail/hyperbolic_series.hpp): the terms above 2^-12 of their sum are exact
// (n1 ah^3, n2 ah^5, d1 ah^2, d2 ah^4, with heads n1_hi, n2_hi = 2^-8, d1_hi,
// d2_hi of 22, 1, 27 and 12 bits; 1 + d1_hi ah^2 has its bits from 2^0 to
// 2^-48) and summed by fast_two_sum; the rest (the tails' products, the terms
// with a^k - ah^k, from a^7 and z^3 on) in plain double, at most 2^-11 of n
// and 2^-9 of d, within 2^-62 of each.
// The quotient: q0 = n.hi (1 / d.hi) cut to 26 bits (one AND, as pow.hpp cuts
// y), d.hi = dh1 + dh2 with dh1 on the grid of 2^-26 (d.hi is in [1, 1.51):
// at most 27 bits, |dh2| <= 2^-27), so q0 dh1 is exact and n.hi - q0 dh1 too
// (Sterbenz: q0 dh1 is n.hi to 2^-24); q0 (dh2 + d.lo), about 2^-27 of n,
// rounds by 2^-80 of n. The remainder r = n - q0 d (at most 2^-10 n) then
// carries errors of 2^-62, and tanh a = q0 + r / d with r / d as
// r (1 / d.hi): 2^-52 of 2^-10 q0. In all within 2^-60 before the final
// rounding (0.5 + 2^-7 ulp; measured 2^-8.5 ulp).
// Written so that Clang's SLP vectorizer does not pair the numerator's and
// the denominator's operations into vectors with shuffles around them (it
// did: 19.5 ns a call instead of 15.3 with clang++, docs/math/exp.md): no
// sum whose two operands are independent sums or products where avoidable
// (n's two heads summed in a chain, d.lo folded into q0 (dh2 + d.lo), dh1 by
// the magic-number rounding rather than a second AND).
inline constexpr double lambert_n1_hi = 0x1.1f7048p-3;                 // 91891800 / 654729075 to 22 bits
inline constexpr double lambert_n1_lo = -0x1.1f7047dc11f70p-30;
inline constexpr double lambert_n2_hi = 0x1p-8;                        // 2837835 / 654729075, 2^-8 + lo
inline constexpr double lambert_n2_lo = 0x1.c0e9551f3a2cbp-12;
inline constexpr double lambert_d1_hi = 0x1.e50d794p-2;                // 310134825 / 654729075 to 27 bits
inline constexpr double lambert_d1_lo = 0x1.af286bca1af28p-33;
inline constexpr double lambert_d2_hi = 0x1.d96p-6;                    // 18918900 / 654729075 to 12 bits
inline constexpr double lambert_d2_lo = 0x1.b47112c1ea562p-19;

// x cut to its 26 leading significant bits (the low 27 bits of the
// significand cleared): exact products with numbers of up to 27 bits.
constexpr double leading_26_bits(double x) noexcept { return from_bits(to_bits(x) & ~std::uint64_t{0x7ff'ffff}); }

// Returns q0 and the correction, tanh a = q0 + correction (the caller rounds).
constexpr double_double tanh_lambert(const series_split& s) noexcept {
    constexpr double scale = 654729075.0;
    const double z = s.z, z2 = z * z;
    const double h4 = s.h2 * s.h2; // ah^4, exact
    // n = a + n1 a^3 + n2 a^5 + a^7 (n3 + n4 z); n1 ah^3 >= n2 ah^5 and a >= both.
    const double n_small = ((s.a * z) * z2) * (25740.0 / scale + z * (55.0 / scale)) +
                           ((s.h5 * lambert_n2_lo + s.e5 * (2837835.0 / scale)) +
                            (s.h3 * lambert_n1_lo + s.e3 * (91891800.0 / scale)));
    const double_double t = fast_two_sum(s.h3 * lambert_n1_hi, s.h5 * lambert_n2_hi);
    const double_double n = fast_two_sum(s.a, t.hi);
    const double n_hi = n.hi, n_lo = n.lo + (t.lo + n_small);
    // d = 1 + d1 z + d2 z^2 + z^3 (d3 + d4 z + d5 z^2)
    // (a^2 - ah^2) d1 + (a^4 - ah^4) d2 = e2 (d1 + d2 (a^2 + ah^2)): one product
    // less on the way to the division than forming a^4 - ah^4 first.
    const double d_small = (z * z2) * ((315315.0 / scale + z * (1485.0 / scale)) + z2 * (1.0 / scale)) +
                           (s.h2 * (lambert_d1_lo + s.h2 * lambert_d2_lo) +
                            s.e2 * (310134825.0 / scale + (18918900.0 / scale) * (z + s.h2)));
    // d = d_hi + d_lo, d_hi the rounded sum (two additions after h4: the
    // division waits for it), d_lo the two additions' rounding errors (exact,
    // as in fast_two_sum: |d0| >= |d4| and |d1_hi| >= |d_small|).
    const double d0 = 1.0 + s.h2 * lambert_d1_hi, d4 = h4 * lambert_d2_hi;
    const double d1_hi = d0 + d4, d_hi = d1_hi + d_small;
    const double_double d{d_hi, (d_small + (d1_hi - d_hi)) + (d4 - (d1_hi - d0))};
    // n / d by one quotient cut to 26 bits and one correction (see above).
    const double inverse = 1.0 / d.hi;
    const double q0 = leading_26_bits(n_hi * inverse);
    const double dh1 = (d.hi + 0x1.8p26) - 0x1.8p26, dh2 = d.hi - dh1;
    const double remainder = ((n_hi - q0 * dh1) - q0 * (dh2 + d.lo)) + n_lo;
    return {q0, remainder * inverse};
}

constexpr double tanh_double(double x) noexcept {
    const double a = abs_value(x);
    // NaN stays; |x| < 2^-27: tanh x = x (1 - x^2/3 + ...) and x^2/3 < 2^-55 is
    // below half an ulp, so x is correctly rounded (keeps -0, subnormals).
    if (!(a >= 0x1p-27)) return x;
    // |x| < 1: Lambert's continued fraction (see tanh_lambert above).
    if (a < 1.0) {
        const double_double t = tanh_lambert(split_on_grid(a));
        return with_sign_of(t.hi + t.lo, x);
    }
    // |x| > 22 (+-inf included): 1 - tanh|x| = 2 / (e^2|x| + 1) < 2^-62 is
    // below half an ulp of 1 (2^-54; true already from |x| > 19.07).
    if (a > 22.0) return with_sign_of(1.0, x);
    // tanh a = (e^a - e^-a) / (e^a + e^-a) = n / d, with e^a and e^-a from one
    // reduction (exp_pair in exp_kernel.hpp), head + tail within 2^-59.5 each:
    // n within 2^-59.5 coth a <= 2^-59.1 (a >= 1), d within 2^-59.5. The
    // heads' difference and sum are exact as hi + lo (fast_two_sum); the
    // quotient is Dekker's division (as exp_dd_divide): q ~ n.hi / d.hi, the
    // remainder n - q d with q d.hi exact (two_prod), and q + remainder / d.
    // The lows are not normalized (up to 0.4 % of the highs): the remainder is
    // divided by d.hi + d.lo, not d.hi alone, which would leave an error of
    // (remainder / d) (d.lo / d), about 2^-18. Both divisions are
    // multiplications by reciprocals computed at once (the two divisions
    // overlap instead of waiting for each other): q = n.hi (1 / d.hi) is within
    // 2 ulp of n.hi / d.hi, so n.hi - q d.hi stays exact (Sterbenz); the
    // reciprocal of d.hi + d_lo adds one rounding, 2^-53 of the correction
    // (below 2^-8 q): 2^-61 of the result.
    const exp_pair_parts e = exp_pair(a);
    const double_double n = fast_two_sum(e.plus_head, -e.minus_head);
    const double_double d = fast_two_sum(e.plus_head, e.minus_head);
    const double n_lo = (n.lo + e.plus_tail) - e.minus_tail, d_lo = (d.lo + e.plus_tail) + e.minus_tail;
    const double q = n.hi * (1.0 / d.hi);
    const double_double qd = two_prod(q, d.hi);
    const double remainder = (((n.hi - qd.hi) - qd.lo) + n_lo) - q * d_lo;
    return with_sign_of(q + remainder * (1.0 / (d.hi + d_lo)), x);
}

// float: tanh a = u / (u + 2) with u = e^(2a) - 1 from detail/exp_float.hpp
// (within 2^-47), in plain double, rounded once; tiny, NaN, large and
// infinite arguments take the double path.
constexpr float tanh_float(float xf) noexcept {
    const double x = xf, a = abs_value(x);
    if (!(a >= 0x1p-27 && a <= 22.0)) return static_cast<float>(tanh_double(x));
    const double u = expm1_float_kernel(2.0 * a);
    return static_cast<float>(with_sign_of(u / (u + 2.0), x));
}

} // namespace fluxion::detail

namespace fluxion {

/// tanh x, within 1 ulp (see the top of this file).
template <arithmetic T>
constexpr floating_t<T> tanh(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::tanh_float(x);
    else return detail::via_double(detail::tanh_double, x);
}

} // namespace fluxion

#endif
