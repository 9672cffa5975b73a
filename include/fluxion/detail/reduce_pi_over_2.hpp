// fluxion/detail/reduce_pi_over_2.hpp — argument reduction for sin, cos, tan:
// x = k * pi/2 + r with |r| <= pi/4 (a few ulps more at the rounding
// boundary), r returned as a double-double hi + lo and k modulo 4 (sin and
// cos take the Cody-Waite pair unnormalized, see below).
//
// Law: |(hi + lo) - (x - k pi/2)| <= 2^-70 |x - k pi/2| for every finite x
// (measured against MPFR: at most 2^-87.0 over 1,025,165 arguments, among
// them the double nearest to k pi/2 for every k <= 10^6 and the worst case of
// every exponent; tests/runtime/math_trig.cpp). So the kernels see the right
// argument even when x is the double nearest to a multiple of pi/2, which a
// naive `x - k * 1.5707963267948966` gets wrong by millions of ulps.
//
// How close can a double come to a multiple of pi/2? x = m 2^e is close when
// m * frac(2^e 2/pi) is close to an integer; the continued fraction of
// frac(2^e 2/pi) gives the worst m for each exponent e (Muller, "Elementary
// Functions", ch. 11; the test suite redoes the search with MPFR). Overall the
// closest is x = 6381956970095103 * 2^797 with |r| = 2^-60.9 (61 bits cancel);
// below 0x1.8p20 it is x = 45.553093477052002 with |r| = 2^-60.5.
//
// Two methods:
//  - |x| < 0x1.8p20 (~1.57e6, |k| <= 1001345 < 2^20): Cody-Waite. pi/2 is
//    split into pio2_1 + pio2_2 + pio2_3 + pio2_3t, the first three with at
//    most 33 significant bits (trailing zeros), so k * pio2_i is exact. The
//    constants and the idea are fdlibm/FreeBSD msun e_rem_pio2.c's; their sum
//    differs from pi/2 by 7.4e-49 (MPFR, tests/tools/gen_two_over_pi.cpp), so
//    k times that error is below 2^-140. x - k pio2_1 is exact (Sterbenz), the
//    next two subtractions are exact two_sums, and only the last tiny terms
//    (below 2^-100) are rounded: absolute error about 2^-130 against
//    |r| >= 2^-60.5. Costs 8 Clang constexpr steps.
//  - larger |x|, up to DBL_MAX: Payne-Hanek. |x| = m 2^e with m an integer
//    < 2^53; x * 2/pi = m * 2^e * sum(bits of 2/pi), and only the window of
//    2/pi's bits that lands between 2^1 and 2^-190 after multiplying matters
//    (higher bits give multiples of 4, i.e. whole turns; lower ones are below
//    the precision kept: they change the product by less than 2^-170). That
//    window (8 words of 32 bits) times m is computed exactly in integer
//    arithmetic with 32 x 32 -> 64-bit products; the two bits above the binary
//    point are k mod 4, the 192 bits below it the fraction f, rounded to the
//    nearest quadrant (f in [-1/2, 1/2), negated in integer arithmetic so
//    nothing cancels in floating point), and r = f * pi/2 in double-double:
//    with at most 61 leading zero bits, 130 significant bits of f remain.
//    A sin or cos through it costs about 290 Clang constexpr steps (loops over the words).
//    References: M. Payne and R. Hanek, "Radian reduction for trigonometric
//    functions", SIGNUM Newsletter 18 (1983); J.-M. Muller, "Elementary
//    Functions", 3rd ed., ch. 11.
#ifndef FLUXION_DETAIL_REDUCE_PI_OVER_2_HPP
#define FLUXION_DETAIL_REDUCE_PI_OVER_2_HPP

#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/two_over_pi.hpp>

#include <cstdint>
#include <limits>

namespace fluxion::detail {

// x = quadrant * pi/2 + (hi + lo) modulo 2 pi, with quadrant in 0..3.
struct reduced_argument {
    int quadrant;
    double hi;
    double lo;
};

// Below this bound the Cody-Waite reduction is exact enough (|k| <= 1001345 < 2^20).
inline constexpr double cody_waite_limit = 0x1.8p20;
inline constexpr double max_double = std::numeric_limits<double>::max();

// The Cody-Waite constants of fdlibm/msun e_rem_pio2.c (bit patterns as printed
// there). At namespace scope: a constexpr local, or a using-directive, would
// cost a constexpr step per call.
namespace cody_waite {
inline constexpr double inv_pio2 = 0x1.45f306dc9c883p-1;  // 2/pi rounded, 0x3FE45F30 6DC9C883
inline constexpr double pio2_1 = 0x1.921fb544p+0;         // first 33 bits of pi/2, 0x3FF921FB 54400000
inline constexpr double pio2_2 = 0x1.0b4611a6p-34;        // next 33 bits, 0x3DD0B461 1A600000
inline constexpr double pio2_3 = 0x1.3198a2ep-69;         // next 33 bits, 0x3BA3198A 2E000000
inline constexpr double pio2_3t = 0x1.b839a252049c1p-104; // pi/2 - pio2_1 - pio2_2 - pio2_3, 0x397B839A 252049C1
inline constexpr double shifter = 0x1.8p52;               // round to nearest integer, see ieee.hpp
} // namespace cody_waite

// Cody-Waite reduction for |x| < cody_waite_limit, r = hi + lo left
// unnormalized: hi is x - k (pio2_1 + pio2_2 + pio2_3) rounded, lo every
// smaller term: the two roundings (at most ulp(hi) / 2 and, where s1 below
// is within a factor 2 of hi, ulp(hi)) and k pio2_3t (below 2^-83), so
// |lo| <= 1.5 ulp(hi) + 2^-82 (tested). Why not normalized: hi is ready
// after five dependent operations, hi + lo after about twelve, and the sin
// and cos kernels start from hi alone; they use lo only to first order, late
// in their tails (trig_kernels.hpp), where such a lo is as good as one of
// half an ulp: lo^2 is below 2^-100 hi^2 + 2^-163.
constexpr reduced_argument reduce_cody_waite_unnormalized(double x) noexcept {
    // k = nearest integer to x * 2/pi (an off-by-one at a tie only makes |r| a hair above pi/4).
    const double k = (x * cody_waite::inv_pio2 + cody_waite::shifter) - cody_waite::shifter;
    // a = x - k pio2_1 is exact: k pio2_1 has <= 53 bits and lies within a factor 2 of x (Sterbenz).
    const double a = x - k * cody_waite::pio2_1;
    // s1 + e1 = a - k pio2_2 exactly (Knuth's two_sum, inline to save constexpr steps).
    const double s1 = a - k * cody_waite::pio2_2;
    const double e1 = (a - (s1 - (s1 - a))) + (-(k * cody_waite::pio2_2) - (s1 - a));
    // s2 + (error) = s1 - k pio2_3 exactly; the last sum gathers every small
    // term, the two late ones (e1, k pio2_3t) added to each other first so
    // that they wait on nothing.
    const double s2 = s1 - k * cody_waite::pio2_3;
    return {static_cast<int>(k) & 3, s2,
            ((s1 - (s2 - (s2 - s1))) + (-(k * cody_waite::pio2_3) - (s2 - s1))) + (e1 - k * cody_waite::pio2_3t)};
}

// The same, normalized: |lo| <= ulp(hi) / 2 (fast_two_sum, inline).
constexpr reduced_argument reduce_cody_waite(double x) noexcept {
    const reduced_argument r = reduce_cody_waite_unnormalized(x);
    return {r.quadrant, r.hi + r.lo, r.lo - ((r.hi + r.lo) - r.hi)};
}

// 32 bits of p (little-endian 32-bit limbs) starting at bit `offset`.
constexpr std::uint32_t bits_at(const std::uint32_t* p, int offset) noexcept {
    const int w = offset >> 5;
    const int s = offset & 31;
    return s == 0 ? p[w] : static_cast<std::uint32_t>((p[w] >> s) | (std::uint64_t{p[w + 1]} << (32 - s)));
}

// Payne-Hanek reduction for finite |x| >= 2^20 (any such double, up to DBL_MAX).
constexpr reduced_argument reduce_payne_hanek(double x) noexcept {
    constexpr int window = 8; // words of 2/pi multiplied by m
    // |x| = m 2^e, m an integer in [2^52, 2^53); e >= -32 because |x| >= 2^20.
    const std::uint64_t m = (to_bits(x) & 0x000f'ffff'ffff'ffffu) | 0x0010'0000'0000'0000u;
    const int e = exponent_field(x) - 1075;
    // Word w of 2/pi holds bits 32w+1 .. 32w+32 after the point. Times m 2^e,
    // a word with 32(w+1) <= e - 2 only adds multiples of 4 (whole turns):
    // skip those. The window is words w0 .. w0+7.
    const int w0 = e > 2 ? (e - 2) / 32 : 0;
    // p = m * (the window as one 256-bit integer), exactly, schoolbook with
    // 32 x 32 -> 64-bit products (no carry can overflow: (2^32-1)^2 + 2 (2^32-1) < 2^64).
    std::uint32_t p[window + 3] = {};
    const std::uint64_t m_limb[2] = {m & 0xffff'ffffu, m >> 32};
    for (int j = 0; j < 2; ++j) {
        std::uint64_t carry = 0;
        for (int i = 0; i < window; ++i) {
            const std::uint64_t t = p[i + j] + m_limb[j] * two_over_pi_bits[w0 + window - 1 - i] + carry;
            p[i + j] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
        p[window + j] = static_cast<std::uint32_t>(carry);
    }
    // |x| * 2/pi = p * 2^(e - 32 (w0 + window)) + (multiples of 4) + (tail < 2^-170):
    // the binary point sits at bit `point` of p (223 <= point <= 288).
    const int point = 32 * (w0 + window) - e;
    int quadrant = static_cast<int>(bits_at(p, point) & 3);
    // The fraction: 192 bits, u[0] the most significant word.
    std::uint32_t u[6] = {};
    for (int j = 0; j < 6; ++j) u[j] = bits_at(p, point - 32 * (j + 1));
    // Round to the nearest quadrant: a fraction >= 1/2 becomes -(1 - f), in
    // integer arithmetic (two's complement), so no bit is lost to cancellation.
    const bool upper_half = (u[0] >> 31) != 0;
    if (upper_half) {
        quadrant = (quadrant + 1) & 3;
        std::uint64_t carry = 1;
        for (int j = 5; j >= 0; --j) {
            const std::uint64_t t = std::uint64_t{static_cast<std::uint32_t>(~u[j])} + carry;
            u[j] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
    }
    // |f| = sum u[j] 2^(-32 (j+1)): each term is an exact double; summed from
    // the smallest in double-double (relative error ~2^-104).
    double_double f{0.0, 0.0};
    for (int j = 5; j >= 0; --j) f = f + static_cast<double>(u[j]) * pow2(-32 * (j + 1));
    // r = f * pi/2 (pi/2 as a double-double, MPFR: tests/tools/gen_two_over_pi.cpp).
    const double_double r = f * double_double{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
    const double sign = (x < 0) != upper_half ? -1.0 : 1.0;
    // A negative x reduces as -|x|: quadrant -k (mod 4) and -r.
    return {x < 0 ? (4 - quadrant) & 3 : quadrant, sign * r.hi, sign * r.lo};
}

// x = quadrant * pi/2 + hi + lo for any finite x.
constexpr reduced_argument reduce_pi_over_2(double x) noexcept {
    const bool small = x < cody_waite_limit && x > -cody_waite_limit;
    return small ? reduce_cody_waite(x) : reduce_payne_hanek(x);
}

} // namespace fluxion::detail

#endif
