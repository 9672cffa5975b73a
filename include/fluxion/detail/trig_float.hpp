// fluxion/detail/trig_float.hpp — sin, cos and tan of a FLOAT argument: a
// shorter path than the double algorithm, computed in double and rounded once.
//
// Law: within 1 ulp of the correctly rounded float result for every float
// (MPFR-checked in tests/runtime/math_trig.cpp, hard cases included);
// bit-identical at compile time and at run time (plain double arithmetic).
//
// Why a float path pays: a float is exact in double and has only 24
// significant bits, and the result needs only about 2^-30 relative accuracy
// to round to the right float almost always. So:
//  - |x| < 0x1.8p20: Cody-Waite with fdlibm's 33-bit pieces of pi/2
//    (reduce_pi_over_2.hpp): k pio2_i is exact (|k| < 2^20), x - k pio2_1 is
//    exact (Sterbenz), and the two further subtractions each round at most
//    half an ulp of (about) r: r to about 2^-52 relative, in plain double.
//  - larger |x| (up to FLT_MAX = 2^128): Payne-Hanek with a 96-bit window of
//    2/pi. |x| = m' 2^E with m' < 2^31 an integer and E a multiple of 8, so
//    the three 32-bit words of the window come from a table indexed by the
//    exponent (no shifts, no branches), and m' times the window is a 127-bit
//    integer whose bits 32..95 are formed with three 64-bit products (modulo
//    2^64: the carries lost above are whole turns). Bits of 2/pi before the
//    window only add multiples of 4 (whole turns) to x 2/pi, those after it
//    less than 2^-63; the 62 fraction bits kept (each of the two truncations
//    below 2^-62) give r to better than 2^-60 absolute (in quarter turns),
//    against |r| >= 2^-31 or so for the floats closest to a multiple of pi/2
//    (the test suite's continued-fraction worst cases of every float
//    exponent are among the swept arguments). The sign of x negates the
//    fixed-point product (two's complement), not a branch.
//    Compared with the double Payne-Hanek (8 words of 32 bits, 192-bit
//    fraction, loops) this is about ten times cheaper.
//  - the polynomials: sin r = r + r z S(z) and cos r = 1 + z C(z), z = r^2,
//    minimax with 6 coefficients each (tests/tools/
//    gen_sincos_float_polynomial.py: relative error 2^-56.4 and 2^-53.5),
//    evaluated in plain double by Estrin's scheme: error about 2^-52, so the
//    float results are those of the double algorithm (correctly rounded) on
//    every float the tests sweep. The same shape serves both, so the quadrant
//    picks a table row (u = +-r or +-1, and the coefficients) instead of a
//    branch that a random quadrant would mispredict half the time.
// References: M. Payne and R. Hanek, "Radian reduction for trigonometric
// functions", SIGNUM Newsletter 18 (1983); J.-M. Muller, "Elementary
// Functions", 3rd ed., ch. 11; glibc's s_sinf.c and sincosf.h reduce float
// arguments the same way (a table of 2/pi indexed by the exponent, times the
// significand shifted by the exponent mod 8) and pick the kernel by a table
// indexed by the quadrant.
#ifndef FLUXION_DETAIL_TRIG_FLOAT_HPP
#define FLUXION_DETAIL_TRIG_FLOAT_HPP

#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/reduce_pi_over_2.hpp>
#include <fluxion/detail/two_over_pi.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace fluxion::detail {

// x = quadrant * pi/2 + r (modulo 2 pi), |r| <= ~pi/4, r in double.
struct float_reduced {
    int quadrant;
    double r;
};

// 32 bits of 2/pi from bit s on (bit 1 is the first after the binary point;
// bits at or before the point, s <= 0, are zeros), as an integer.
constexpr std::uint64_t two_over_pi_window(int s) noexcept {
    if (s <= 0) return two_over_pi_bits[0] >> (1 - s);
    const std::uint64_t pair = (std::uint64_t{two_over_pi_bits[(s - 1) >> 5]} << 32) | two_over_pi_bits[((s - 1) >> 5) + 1];
    return (pair << ((s - 1) & 31)) >> 32;
}

// 32-bit windows of 2/pi from bit 8k - 151 on, k = 16 .. 39 (entry k - 16):
// the three windows a float argument needs (k = e div 8, + 4, + 8 for an
// exponent field e in 147 .. 254), read by e with no shift.
inline constexpr auto two_over_pi_windows_by_8 = [] {
    std::array<std::uint32_t, 24> w{};
    for (int k = 16; k < 40; ++k) w[static_cast<std::size_t>(k - 16)] = static_cast<std::uint32_t>(two_over_pi_window(8 * k - 151));
    return w;
}();

// Payne-Hanek for a float argument x with 0x1.8p20 <= |x| < 2^128.
constexpr float_reduced reduce_float_payne_hanek(float x) noexcept {
    // |x| = m 2^(e - 150) with e the exponent field and m the 24-bit
    // significand; = m' 2^E with m' = m 2^(e mod 8) < 2^31, E = 8 (e div 8) - 150
    // (glibc's s_sinf.c does the same: the table is indexed without shifts).
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(x);
    const std::uint32_t e = (bits >> 23) & 0xff;
    const std::uint64_t m = std::uint64_t{(bits & 0x7f'ffffu) | 0x80'0000u} << (e & 7);
    // The window W: 96 bits of 2/pi from bit E - 1 on. Then x 2/pi = m' W 2^-94
    // + (multiples of 4) + (below m' 2^-94 < 2^-63): the binary point of P = m' W is at bit 94.
    const std::size_t k = (e >> 3) - 16;
    const std::uint64_t w2 = two_over_pi_windows_by_8[k], w1 = two_over_pi_windows_by_8[k + 4],
                        w0 = two_over_pi_windows_by_8[k + 8];
    // Bits 32..95 of P, modulo 2^64: bits 62, 63 are |x| 2/pi mod 4, the rest
    // the fraction. For x < 0, minus that (two's complement, without a branch:
    // the sign of a large argument is as good as random): -|x| 2/pi mod 4.
    const std::uint64_t negative = bits >> 31;
    const std::uint64_t f = ((((m * w0) >> 32) + m * w1 + ((m * w2) << 32)) ^ (0 - negative)) + negative;
    // Round to the nearest quadrant: read the fraction bits as a signed number
    // (a fraction >= 1/2 becomes fraction - 1, exactly) and carry into the
    // quadrant. Negating f negates r exactly and the quadrant modulo 4, so
    // sin(-x) = -sin(x) bit for bit (unless f << 2 were exactly 2^63, a
    // fraction of exactly 1/2: x 2/pi within 2^-60 of a half-integer).
    const int quadrant = static_cast<int>(((f + (std::uint64_t{1} << 61)) >> 62) & 3);
    return {quadrant, static_cast<double>(static_cast<std::int64_t>(f << 2)) * (0x1p-64 * 0x1.921fb54442d18p+0)};
}

// The bit patterns the comparisons below use: 0x1.8p20f, 2^-27, FLT_MAX.
static_assert(std::bit_cast<std::uint32_t>(static_cast<float>(cody_waite_limit)) == 0x49c0'0000u);
static_assert(std::bit_cast<std::uint32_t>(0x1p-27f) == 0x3200'0000u);
static_assert(std::bit_cast<std::uint32_t>(0x1.fffffep127f) == 0x7f7f'ffffu);

// x = quadrant * pi/2 + r for a float x with 2^-27 <= |x| < 2^128.
constexpr float_reduced reduce_float(float xf) noexcept {
    // Converted before the test on purpose: clang++ 14 otherwise moves the
    // conversion into the Cody-Waite branch, as a cvtss2sd that keeps a false
    // dependency on the previous call's register (a loop of calls ran 2.5x slower).
    const double x = xf;
    // |x| >= cody_waite_limit = 0x1.8p20 (float bits 0x49c00000): one comparison.
    if ((std::bit_cast<std::uint32_t>(xf) & 0x7fff'ffffu) >= 0x49c0'0000u) return reduce_float_payne_hanek(xf);
    const double k = (x * cody_waite::inv_pio2 + cody_waite::shifter) - cody_waite::shifter;
    return {static_cast<int>(k) & 3, ((x - k * cody_waite::pio2_1) - k * cody_waite::pio2_2) - k * cody_waite::pio2_3};
}

// sin(x) and cos(x) from one polynomial, whichever the quadrant, without a
// branch: x = q pi/2 + r gives sin(x) = sin r, cos r, -sin r, -cos r for
// q mod 4 = 0, 1, 2, 3 (and cos(x) = sin(x + pi/2): q + 1). Both kernels have
// the shape v = u + u z P(z), z = r^2: sin r with u = r, cos r with u = 1, so
// the quadrant only picks u = a r + b (exact: a, b in {0, +-1}, the sign
// folded in) and P's coefficients from a table. The quadrant of a large x is
// as good as random, and a branch on it would be mispredicted half the time.
// P: minimax of relative error on |r| <= pi/4 (tests/tools/
// gen_sincos_float_polynomial.py): sin to 2^-56.4, cos to 2^-53.5 with the
// coefficients rounded to double; with the evaluation in double, about 2^-52.
struct sin_cos_float_polynomial {
    static constexpr double sin_p[6] = {-0x1.5555555555548p-3, 0x1.111111110f7d0p-7, -0x1.a01a019bfdee3p-13,
                                        0x1.71de3567d2b92p-19, -0x1.ae5e5a91192eep-26, 0x1.5d8fd18c64f3ep-33};
    static constexpr double cos_p[6] = {-0x1.fffffffffff96p-2, 0x1.555555554f0aap-5, -0x1.6c16c1640aa86p-10,
                                        0x1.a019f81cb2e48p-16, -0x1.27df46084ef38p-22, 0x1.1b8b98d7c285ep-29};
    // Row q mod 4: u's scale and offset, then P's coefficients.
    struct row {
        double scale, offset, p[6];
    };
    static constexpr row rows[4] = {
        {1.0, 0.0, {sin_p[0], sin_p[1], sin_p[2], sin_p[3], sin_p[4], sin_p[5]}},
        {0.0, 1.0, {cos_p[0], cos_p[1], cos_p[2], cos_p[3], cos_p[4], cos_p[5]}},
        {-1.0, 0.0, {sin_p[0], sin_p[1], sin_p[2], sin_p[3], sin_p[4], sin_p[5]}},
        {0.0, -1.0, {cos_p[0], cos_p[1], cos_p[2], cos_p[3], cos_p[4], cos_p[5]}},
    };
};

// sin(q pi/2 + r) for |r| <= ~pi/4 (any int q), in plain double.
constexpr double sin_quadrant_float_kernel(double r, int q) noexcept {
    const sin_cos_float_polynomial::row& t = sin_cos_float_polynomial::rows[q & 3];
    const double u = r * t.scale + t.offset, z = r * r, z2 = z * z;
    // Estrin's scheme: three independent pairs, then two steps in z^2.
    return u + (u * z) * ((t.p[0] + z * t.p[1]) + z2 * ((t.p[2] + z * t.p[3]) + z2 * (t.p[4] + z * t.p[5])));
}

// The float rare cases (|x| < 2^-27, NaN, +-inf) are those of the double
// functions, which the callers delegate to.
constexpr bool float_trig_common(float x) noexcept {
    // 2^-27 <= |x| <= FLT_MAX in one unsigned comparison of the magnitude's
    // bits (NaN's are above infinity's): one branch on the common path.
    return (std::bit_cast<std::uint32_t>(x) & 0x7fff'ffffu) - 0x3200'0000u < 0x7f80'0000u - 0x3200'0000u;
}

} // namespace fluxion::detail

#endif
