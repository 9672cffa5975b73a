// fluxion/detail/asin_float.hpp — asin and acos of a FLOAT argument: a
// shorter path than the double algorithm, computed in plain double, which
// returns exactly the double algorithm's result rounded to float.
//
// Law: for every float x in [-1, 1], asin_float(x) == float(asin_double(x))
// and acos_float(x) == float(acos_double(x)), bit for bit (a Ziv rounding
// test sends the rare doubtful cases to the double algorithm; checked on
// dense float sweeps in tests/runtime/math_inverse_trig.cpp); bit-identical
// at compile time and at run time (plain double arithmetic, and sqrt_double,
// which is correctly rounded in both).
//
// Why a float path pays: the double algorithm (asin.hpp, acos.hpp) needs a
// rational approximation (a division) and, for |x| >= 1/2, a second division
// to correct the square root, with double-double reconstruction, to reach
// 2^-52. A float result needs about 2^-30 to round right almost always. So:
//  - a = |x|. For a < 1/2, asin(a) = p(a); for a >= 1/2, asin(a) = pi/2 -
//    2 p(s) with s = sqrt(t), t = (1 - a) / 2 (exact: Sterbenz, then an exact
//    halving) and s <= 1/2 (fdlibm's reduction, FreeBSD lib/msun/src/e_asin.c).
//    p(s) = s (1 + z P(z)) with z = a^2, or z = t (exactly s^2 before s is
//    rounded); P is a degree-6 polynomial, the relative minimax approximation
//    of asin on [0, 1/2] (Remez; tests/tools/gen_asin_float_polynomial.py
//    prints it): 2^-35.85 relative, no division. Estrin's scheme keeps the
//    dependency chain short.
//  - acos from the same p: acos(x) = pi/2 - p(x) for a < 1/2, 2 p(s) for
//    x >= 1/2, pi - 2 p(s) for x <= -1/2.
//  - No data-dependent branch: both reductions are computed (the square root
//    for every argument) and the right one selected; the constants of the
//    four forms come from a table indexed by (x < 0, a >= 1/2). On arguments
//    of random size the branch on a < 1/2 mispredicts half the time: on a
//    million non-repeating uniform arguments in [-1, 1] (an ad-hoc loop, not
//    in benchmarks/) a branching version took 12.5 ns per call, the
//    branch-free variants tried 7 to 9.7, glibc 2.36's asinf 10.3.
//    (Replaying 4096 arguments, as benchmarks/math_speed does, lets branch
//    predictors partly learn them: there the branching version matched
//    glibc, 5.3 to 5.6 ns, and this one took 6.7 to 7.6.)
// Error of the fast double result r, relative (before rounding to float):
// P's 2^-35.85 is doubled at most by the reconstruction pi/2 - 2 p (2 p <=
// pi/3 against a result >= pi/6), and the roundings (s's, the polynomial's
// with positive terms only, pi/2's and the two final sums') add about
// 12 * 2^-53: below 2^-34.8. The double algorithm is within 1 ulp, 2^-52. So
// the real asin(x) and the double algorithm's result both lie within
// 2^-34.8 |r| < 2^18.2 double ulps of r (measured on every float of [-1, 1]:
// at most 2^17.22 ulps between r and the double algorithm). If no float
// midpoint (the rounding boundary between two floats: the 29 bits that
// rounding to float drops equal 0x10000000) lies within 2^19 ulps of r, r
// rounds to the same float as the double algorithm; otherwise (about one
// argument in 500 uniform in [-1, 1]; 0.02 % of all floats in [-1, 1] for
// asin, 0.04 % for acos) the double algorithm runs.
// Special values: zeros, subnormals, NaN and |x| > 1 go to the double
// algorithm (a domain error in a constant expression names
// detail::asin_of_argument_beyond_one or detail::acos_of_argument_beyond_one),
// which keeps the fast path's a a normal double built from x's bits. +-1
// needs no case: t = 0 gives S = 0, hence +-pi/2, +0 and pi.
// References: J.-M. Muller, "Elementary Functions", 3rd ed. (Remez, ch. 3;
// Ziv's rounding test, ch. 12); A. Ziv, "Fast evaluation of elementary
// mathematical functions with correctly rounded last bit", ACM TOMS 17 (1991).
#ifndef FLUXION_DETAIL_ASIN_FLOAT_HPP
#define FLUXION_DETAIL_ASIN_FLOAT_HPP

#include <fluxion/detail/ieee.hpp>
#include <fluxion/math/atan.hpp> // inverse_trig::pi_over_2, pi
#include <fluxion/math/sqrt.hpp>

#include <bit>
#include <cstdint>
#include <type_traits>

namespace fluxion::detail {

namespace asin_float_polynomial {
// |asin(s) - (s + s^3 P(s^2))| / asin(s) on 0 <= s <= 1/2: 2^-35.85 (exact
// coefficients), 2^-35.85 (rounded to double); gen_asin_float_polynomial.py 7.
// All positive (as asin's Taylor coefficients): P's evaluation cannot cancel.
inline constexpr double A0 = 0x1.55555605cdf8cp-3; // 0.16666667180265582
inline constexpr double A1 = 0x1.3332aa059f4b4p-4; // 0.07499948897198544
inline constexpr double A2 = 0x1.6ddac0096febfp-5; // 0.044659972259521556
inline constexpr double A3 = 0x1.ed5d14afac254p-6; // 0.030112524224650564
inline constexpr double A4 = 0x1.931fac267d80bp-6; // 0.024604719272211677
inline constexpr double A5 = 0x1.ec23ada488b2bp-8; // 0.007509450810661271
inline constexpr double A6 = 0x1.1bd2accd7fe12p-5; // 0.034646356110894186
} // namespace asin_float_polynomial

// asin(x) and acos(x) are off + S (1 + z P(z)) with S = sa a + sr sqrt(t):
// one of sa, sr is 0, the other +-1 or +-2 (so S is +-a or +-2 sqrt(t),
// exactly: the values are finite and a > 0), and z = a^2 or t to match.
// The form index is 2 * (x < 0) + (a >= 1/2). off + S is formed first and
// the small S z P(z) added to it, as fdlibm does.
struct asin_float_form {
    double off, sa, sr;
};
inline constexpr asin_float_form asin_float_forms[4] = {
    {0.0, 1.0, 0.0},                          // 0 < x < 1/2:   p(a)
    {inverse_trig::pi_over_2.hi, 0.0, -2.0},  // x >= 1/2:      pi/2 - 2 p(s)
    {0.0, -1.0, 0.0},                         // -1/2 < x < 0:  -p(a)
    {-inverse_trig::pi_over_2.hi, 0.0, 2.0},  // x <= -1/2:     -(pi/2 - 2 p(s))
};
inline constexpr asin_float_form acos_float_forms[4] = {
    {inverse_trig::pi_over_2.hi, -1.0, 0.0},  // 0 < x < 1/2:   pi/2 - p(a)
    {0.0, 0.0, 2.0},                          // x >= 1/2:      2 p(s)
    {inverse_trig::pi_over_2.hi, 1.0, 0.0},   // -1/2 < x < 0:  pi/2 + p(a)
    {inverse_trig::pi.hi, 0.0, -2.0},         // x <= -1/2:     pi - 2 p(s)
};

// The fast result r (before rounding to float) for a float x with bit pattern
// bits, and whether it rounds safely (see the top): false also for the floats
// the fast path does not take, zeros, subnormals, NaN and |x| > 1 (asin(x) =
// x and acos(x) = pi/2 for zeros and subnormals in float; the double
// algorithm returns them and its domain error or NaN for the others).
// Both reductions are computed and selected without a branch (see the top):
// S by the weights sa, sr (exact), z by a bit mask. A conditional expression
// became a branch with both compilers, and weights for z too made Clang pair
// z's and S's products in vector registers, which delayed the polynomial
// until the square root was done. a is built from x's bits (a normal float
// is exact in double: the exponent rebiased, the significand shifted) rather
// than by a conversion: Clang's cvtss2sd kept a false dependency on the
// previous call's registers.
struct asin_float_result {
    double r;
    bool safe;
};
constexpr asin_float_result asin_float_fast(const asin_float_form (&forms)[4], std::uint32_t bits) noexcept {
    using namespace asin_float_polynomial;
    // (Few statements and calls: each costs Clang constexpr steps.)
    const std::uint32_t abs_bits = bits & 0x7fff'ffff;
    if (abs_bits - 0x0080'0000u > 0x3f80'0000u - 0x0080'0000u) return {0.0, false};
    const bool reduced = abs_bits >= 0x3f00'0000; // a >= 1/2
    const asin_float_form& f = forms[((bits >> 30) & 2) + static_cast<std::uint32_t>(reduced)];
    const std::uint64_t mask = 0 - std::uint64_t{reduced};
    // In a constant expression the square root is taken only when it is used
    // (the software sqrt costs about 30 Clang steps); S is the same either
    // way, as sr = 0 when it is not.
    const double a = std::bit_cast<double>((std::uint64_t{abs_bits} << 29) + (std::uint64_t{1023 - 127} << 52)),
                 t = (1.0 - a) * 0.5,
                 S = f.sa * a + f.sr * (reduced || !std::is_constant_evaluated() ? sqrt_double(t) : 0.0),
                 z = std::bit_cast<double>((std::bit_cast<std::uint64_t>(t) & mask) |
                                           (std::bit_cast<std::uint64_t>(a * a) & ~mask)),
                 z2 = z * z,
                 r = (f.off + S) +
                     S * (z * (((A0 + A1 * z) + z2 * (A2 + A3 * z)) + (z2 * z2) * ((A4 + A5 * z) + z2 * A6)));
    // No float midpoint within 2^19 double ulps of r: the 29 bits that
    // rounding to float drops are not within 2^19 of 0x10000000.
    return {r, (std::bit_cast<std::uint64_t>(r) & 0x1fff'ffff) - (0x1000'0000 - 0x8'0000) >= 0x10'0000};
}

} // namespace fluxion::detail

#endif
