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
//    2/pi. |x| = m 2^e with m a 24-bit integer, so m times the window is a
//    120-bit integer whose bits 32..95 are formed with three 64-bit products
//    (modulo 2^64: the carries lost above are whole turns). Bits of 2/pi
//    before the window only add multiples of 4 (whole turns) to x 2/pi,
//    those after it less than 2^-70; the 62 fraction bits kept give |r| to
//    2^-62 absolute (in quarter turns), against |r| >= 2^-31 or so for the
//    floats closest to a multiple of pi/2 (the test suite's continued-fraction
//    worst cases of every float exponent are among the swept arguments).
//    Compared with the double Payne-Hanek (8 words of 32 bits, 192-bit
//    fraction, loops) this is about ten times cheaper.
//  - the polynomials: msun's double kernels (trig_kernels.hpp, k_sin.c and
//    k_cos.c, errors below 2^-58) evaluated in plain double, without the
//    double-double corrections the double results need: error about 2^-52.
// References: M. Payne and R. Hanek, "Radian reduction for trigonometric
// functions", SIGNUM Newsletter 18 (1983); J.-M. Muller, "Elementary
// Functions", 3rd ed., ch. 11; glibc's s_sinf.c reduces float arguments
// the same way (a 2/pi window times the 24-bit significand).
#ifndef FLUXION_DETAIL_TRIG_FLOAT_HPP
#define FLUXION_DETAIL_TRIG_FLOAT_HPP

#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/reduce_pi_over_2.hpp>
#include <fluxion/detail/trig_kernels.hpp>
#include <fluxion/detail/two_over_pi.hpp>

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

// Payne-Hanek for a float argument x with 0x1.8p20 <= |x| < 2^128.
constexpr float_reduced reduce_float_payne_hanek(double x) noexcept {
    // |x| = m 2^e, m an integer in [2^23, 2^24) (the low 29 bits of a float's
    // double significand are zero), e in [-3, 104].
    const std::uint64_t m = ((to_bits(x) & 0x000f'ffff'ffff'ffffu) | 0x0010'0000'0000'0000u) >> 29;
    const int e = exponent_field(x) - 1023 - 23;
    // The window W: 96 bits of 2/pi from bit e - 1 on. Then x 2/pi = m W 2^-94
    // + (multiples of 4) + (below 2^-70): the binary point of P = m W is at bit 94.
    const std::uint64_t w2 = two_over_pi_window(e - 1), w1 = two_over_pi_window(e + 31), w0 = two_over_pi_window(e + 63);
    // Bits 32..95 of P, modulo 2^64: bits 62, 63 are x 2/pi mod 4, the rest the fraction.
    const std::uint64_t f = ((m * w0) >> 32) + m * w1 + ((m * w2) << 32);
    // Round to the nearest quadrant: read the fraction bits as a signed number
    // (a fraction >= 1/2 becomes fraction - 1, exactly) and carry into the quadrant.
    const int quadrant = static_cast<int>(((f + (std::uint64_t{1} << 61)) >> 62) & 3);
    const double r = static_cast<double>(static_cast<std::int64_t>(f << 2)) * (0x1p-64 * 0x1.921fb54442d18p+0);
    return x < 0 ? float_reduced{(4 - quadrant) & 3, -r} : float_reduced{quadrant, r};
}

// x = quadrant * pi/2 + r for a float x with 2^-27 <= |x| < 2^128.
constexpr float_reduced reduce_float(double x) noexcept {
    if (!(x < cody_waite_limit && x > -cody_waite_limit)) return reduce_float_payne_hanek(x);
    const double k = (x * cody_waite::inv_pio2 + cody_waite::shifter) - cody_waite::shifter;
    return {static_cast<int>(k) & 3, ((x - k * cody_waite::pio2_1) - k * cody_waite::pio2_2) - k * cody_waite::pio2_3};
}

// sin(r) and cos(r), |r| <= ~pi/4, in plain double (msun's coefficients).
constexpr double sin_float_kernel(double r) noexcept {
    using p = sin_polynomial;
    const double z = r * r;
    return r + r * z * (p::S1 + z * (p::S2 + z * (p::S3 + z * (p::S4 + z * (p::S5 + z * p::S6)))));
}
constexpr double cos_float_kernel(double r) noexcept {
    using p = cos_polynomial;
    const double z = r * r;
    return (1.0 - 0.5 * z) + (z * z) * (p::C1 + z * (p::C2 + z * (p::C3 + z * (p::C4 + z * (p::C5 + z * p::C6)))));
}

// The float rare cases (|x| < 2^-27, NaN, +-inf) are those of the double
// functions, which the callers delegate to.
constexpr bool float_trig_common(float x) noexcept {
    return (x >= 0x1p-27f && x <= 0x1.fffffep127f) || (x <= -0x1p-27f && x >= -0x1.fffffep127f);
}

} // namespace fluxion::detail

#endif
