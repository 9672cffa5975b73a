// fluxion/math/hypot.hpp — sqrt(x^2 + y^2) without spurious overflow or underflow.
//
// Law: hypot(x, y) is CORRECTLY ROUNDED for every pair of doubles (an exact
// integer test picks the result; ties, which do occur for hypot, go to even);
// within 1 ulp for float (computed as sqrt(x^2 + y^2) in double, rounded
// once to float; see hypot_float). Symmetric, even in both
// arguments; exact for Pythagorean triples (hypot(3, 4) == 5). No intermediate
// overflows or underflows: hypot(1e300, 1e300) and hypot(1e-320, 1e-320) are
// correctly rounded. long double is computed at double accuracy.
// Special values (C99 Annex F.10.4.3): hypot(+-inf, y) = +inf even if y is a
// NaN; otherwise a NaN argument gives NaN; hypot(x, +-0) = |x|. Overflow gives
// +inf. There is no domain error.
//
//     static_assert(fluxion::hypot(3.0, -4.0) == 5.0);
#ifndef FLUXION_MATH_HYPOT_HPP
#define FLUXION_MATH_HYPOT_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/sqrt.hpp>

#include <bit>
#include <concepts>
#include <cstdint>
#include <type_traits>

namespace fluxion::detail {

// v = significand * 2^exponent with 2^52 <= significand < 2^53 (subnormals are
// normalized too), for the bit pattern of a finite positive double v.
struct normalized_significand {
    std::uint64_t significand;
    int exponent;
};
constexpr normalized_significand normalize(std::uint64_t bits) noexcept {
    const int field = static_cast<int>(bits >> 52);
    if (field != 0) return {(bits & 0x000fffffffffffff) | (std::uint64_t{1} << 52), field - 1075};
    const int shift = 53 - std::bit_width(bits);
    return {bits << shift, -1074 - shift};
}

// floor(v^2 / 2^s) modulo 2^64, and whether the division has a remainder, for
// v < 2^53 and 1 <= s <= 63: the 106-bit square is formed exactly in two 64-bit
// words from 32-bit halves (v = h 2^32 + l, v^2 = h^2 2^64 + 2hl 2^32 + l^2).
struct shifted_square {
    std::uint64_t quotient;
    bool remainder;
};
constexpr shifted_square square_shifted_right(std::uint64_t v, int s) noexcept {
    const std::uint64_t h = v >> 32, l = v & 0xffffffff;
    const std::uint64_t cross = 2 * h * l; // < 2^54
    const std::uint64_t low = l * l + (cross << 32);
    const std::uint64_t high = h * h + (cross >> 32) + (low < l * l ? 1 : 0);
    return {(low >> s) | (high << (64 - s)), (low << (64 - s)) != 0};
}

// The sign (-1, 0, +1) of a^2 + b^2 - c^2 for a = A 2^-52, b = B 2^(-52-t),
// c = C 2^(G/2), all exactly, given that the difference is below 2^(G + 62) in
// magnitude and -108 <= G <= -104, 0 <= t <= 28, A, B < 2^53, C < 2^55.
// In units of 2^G the difference is the integer A^2 2^sa + B^2 2^(sa - 2t) - C^2
// (sa = -104 - G) plus, when sa < 2t, a fraction in [0, 1) from the low bits
// of B^2. The integer part is small, so it is computed modulo 2^64 (unsigned
// arithmetic wraps exactly) and read as a signed number; the fraction only
// matters when the integer part is 0.
constexpr int sign_of_sum_of_squares_minus(std::uint64_t A, std::uint64_t B, int t, std::uint64_t C, int G) noexcept {
    const int sa = -104 - G;
    const int sb = sa - 2 * t;
    shifted_square b2{(B * B) << (sb > 0 ? sb : 0), false};
    if (sb < 0) b2 = square_shifted_right(B, -sb);
    const auto difference = static_cast<std::int64_t>(((A * A) << sa) + b2.quotient - C * C);
    if (difference != 0) return difference > 0 ? 1 : -1;
    return b2.remainder ? 1 : 0;
}

// v^2 = hi + lo exactly: Dekker's two_prod(v, v), which needs only one
// Veltkamp split (fewer constexpr steps).
constexpr double_double exact_square(double v) noexcept {
    const auto [h, l] = split(v);
    const double p = v * v;
    return {p, ((h * h - p) + h * l + l * h) + l * l};
}

// The exact rounding decision, for the rare z that lies within 2^-95 of a
// midpoint: compare S = a^2 + b^2 (a = A 2^-52, b = B 2^(-52-t)) with the
// squares of the midpoints around z, (z + ulp/2)^2 and (z - ulp_below/2)^2,
// exactly, in integers (sign_of_sum_of_squares_minus); step z up or down when
// S lies beyond a midpoint, and on a tie (possible: 2pq, p^2 - q^2 and
// p^2 + q^2 are a Pythagorean triple for any p, q) take the even neighbour.
// z = Z 2^ez with 2^52 <= Z < 2^53; 1 <= z < 4 so ez is -52 or -51.
constexpr double hypot_round_exactly(std::uint64_t A, std::uint64_t B, int t, double z) noexcept {
    const int ez = z < 2 ? -52 : -51;
    const auto Z = static_cast<std::uint64_t>(z * pow2(-ez));
    const double ulp = pow2(ez);
    const int above = sign_of_sum_of_squares_minus(A, B, t, 2 * Z + 1, 2 * (ez - 1));
    if (above > 0 || (above == 0 && Z % 2 == 1)) return z + ulp;
    if (Z == (std::uint64_t{1} << 52)) {
        // z is a power of 2: the spacing below is ulp / 2 (on a tie z, even, wins).
        if (sign_of_sum_of_squares_minus(A, B, t, 4 * Z - 1, 2 * (ez - 2)) < 0) return z - ulp / 2;
        return z;
    }
    const int below = sign_of_sum_of_squares_minus(A, B, t, 2 * Z - 1, 2 * (ez - 1));
    if (below < 0 || (below == 0 && Z % 2 == 1)) return z - ulp;
    return z;
}

// Special values, off the common path: an infinity wins over a NaN (Annex F).
constexpr double hypot_special(double x, double y) noexcept {
    if (x == inf || x == -inf || y == inf || y == -inf) return inf;
    return is_nan(x) ? x : y;
}

// If a is subnormal the result may be subnormal too, with fewer bits than z:
// then it is rounded again, exactly, on the subnormal grid. With a = A' 2^-1074,
// b = B' 2^-1074 (A', B' < 2^52, the bit patterns) the result is
// round(sqrt(N)) 2^-1074, N = A'^2 + B'^2, chosen by the same test as in sqrt:
// Y within 1 of sqrt(N), then 4N against (2Y +- 1)^2 modulo 2^64 (|difference|
// < 2^57; no ties: 4N is even, an odd square odd).
constexpr double hypot_subnormal(std::uint64_t a_bits, std::uint64_t b_bits, double sqrt_n) noexcept {
    const std::uint64_t four_n = 4 * (a_bits * a_bits + b_bits * b_bits); // modulo 2^64
    const auto Y = static_cast<std::uint64_t>(sqrt_n);
    const auto up = static_cast<std::int64_t>(four_n - (2 * Y + 1) * (2 * Y + 1));
    const auto down = static_cast<std::int64_t>(four_n - (2 * Y - 1) * (2 * Y - 1));
    const std::uint64_t rounded = up > 0 ? Y + 1 : (down < 0 ? Y - 1 : Y);
    return std::bit_cast<double>(rounded); // rounded 2^-1074 (a normal number if rounded >= 2^52)
}

// The run-time fast path, for 2^-450 <= b <= a <= 2^450 (no square can
// overflow or underflow), with a and b at most 30 binades apart (see
// hypot_impl). First r = sqrt(s), s = a*a + b*b, three roundings and the
// hardware square root (as glibc's hypot without FMA; Borges, "An improved
// algorithm for hypot(a, b)", arXiv:1904.09481, 2019, section 2). r is within
// 1.4 ulp of hypot: |a^2 - a*a| <= ulp(a*a)/2, the same for b (ulp(b*b) <=
// ulp(s)/2 because b*b <= s/2), and the sum adds ulp(s)/2, so s is within
// 1.25 ulp(s) of S = a^2 + b^2; sqrt turns that into at most 1.25/sqrt(2) =
// 0.89 ulp of r, and rounding r adds 0.5. The correctly rounded hypot is
// therefore r, or its neighbour above or below, and which one is decided
// EXACTLY, in integers, instead of by a double-double Newton step: with
// a = A 2^ea, b = B 2^eb, r = R 2^er (53-bit integer significands), the
// midpoint above r is (2R + 1) 2^(er - 1), and in units of 2^(2er - 2)
//     D = S - midpoint^2 = A^2 2^(2 - 2(er - ea)) + floor((2B)^2 2^-2(er - eb)) - (2R + 1)^2,
// up to a fraction f in [0, 1) that the floor drops (A's term is exact: er is
// ea or ea + 1, since r >= a: a*a is within 2^-53 (relative) of a^2, so its
// square root is within less than half an ulp of a, and rounds to a; and r
// <= sqrt(2) a (1 + 2^-52) < 2^(ea + 54)). |S - r^2| < 3 r ulp(r)
// makes |D| < 2^58, so D is computed modulo 2^64 (unsigned arithmetic wraps
// exactly) with one 64x64 -> 128-bit product for B (the shift 2(er - eb) <=
// 62) and the low halves of the other two. D > 0: hypot is above the midpoint
// and rounds to r's successor (its bit pattern plus 1); D + 8R < 0 (the
// midpoint below, (2R - 1)^2 = (2R + 1)^2 - 8R): to its predecessor;
// otherwise to r. D == 0 or D + 8R == 0 (the sign then depends on f, and f
// == 0 is an exact tie) and r a power of 2 (the spacing below is halved) are
// left to the general path. Integer multiplications are short and need no
// Veltkamp splits: this replaces three exact squares in double-double and a
// division (the previous fast path: 130 instructions per call with g++
// against 95 now, benchmark loop included; docs/benchmarks.md).
inline constexpr std::uint64_t hypot_fast_max = std::uint64_t(1023 + 450) << 52; // 2^450
inline constexpr std::uint64_t hypot_fast_min = std::uint64_t(1023 - 450) << 52; // 2^-450

// 1. Order and reduce: a = |x| >= b = |y| > 0 (compared as bit patterns, which
//    order like the magnitudes), a = A 2^ea, b = B 2^eb with normalized 53-bit
//    integer significands, t = ea - eb. If t > 28, b/a < 2^-27 and
//    hypot = a sqrt(1 + (b/a)^2) < a (1 + 2^-55): a is the correctly rounded
//    result (half an ulp of a is at least a 2^-54).
// 2. Scale (exactly) to as = A 2^-52 in [1, 2) and bs = B 2^(-52-t) >= 2^-28:
//    no overflow or underflow can happen from here on. S = as^2 + bs^2 in
//    double-double (two_prod makes the squares exact; the sum errs by at most
//    about 2^-100, S < 8).
// 3. Square root of the double-double S, 1 <= S < 8. First r ~ sqrt(S.hi) as
//    in sqrt_double, without its reduction and final correction: the linear
//    minimax estimate of sqrt on [1, 8] for relative error, b (2 sqrt(2) + m)
//    with b = 2 / (2^(3/4) + 1)^2 (the error b (a + m) / sqrt(m) - 1
//    equioscillates at m = 1, a, 8 when a = 2 sqrt(2); it is 0.0646), then four
//    Newton steps: 0.0646 -> 2.1e-3 -> 2.2e-6 -> 2.4e-12 -> rounding level, so
//    r is within 0.75 ulp of sqrt(S.hi). Then one Newton step in double-double,
//    r + c, c = (S - r^2) / (2r), with S - r^2 computed almost exactly
//    (r^2 = p + q exactly; S.hi - p is exact by Sterbenz). Error of r + c
//    against sqrt(S): from S's error <= 2^-101, from computing c (two additions
//    and a division, each rounding a value below 2^-49) <= 2^-102, Newton's
//    truncation (r - sqrt(S))^2 / (2r) <= 2^-103: in all below 2^-100.
// 4. Round: z + w = r + c exactly (fast_two_sum), z the double nearest r + c.
//    z is the correctly rounded sqrt(S) unless |w| is within 2^-100 of half the
//    spacing of the doubles around z (ulp/2, or ulp/4 below a power of 2). The
//    test below uses a margin of 2^-95; inside it (about one argument in 2^40,
//    and every exact tie) the exact integer test decides (hypot_round_exactly).
// 5. Reconstruct: z 2^(ea + 52), exact, with an explicit +inf on overflow; a
//    subnormal a is rounded again on the subnormal grid (hypot_subnormal).
//    At run time r is the hardware square root of S.hi instead (sqrt_double):
//    correctly rounded, so within the 0.75 ulp the argument needs; both ways
//    the result is the correctly rounded hypot, hence bit-identical.
//    (software = true forces the Newton steps at run time too: the run-time
//    suite sweeps both ways. The steps are written inline, not as a helper,
//    because each call costs Clang constexpr steps.)
template <bool software>
constexpr double hypot_general(std::uint64_t a_bits, std::uint64_t b_bits) noexcept {
    const auto [A, ea] = normalize(a_bits);
    const auto [B, eb] = normalize(b_bits);
    const int t = ea - eb;
    if (t > 28) return std::bit_cast<double>(a_bits);

    const double as = static_cast<double>(A) * 0x1p-52;
    const double bs = static_cast<double>(B) * std::bit_cast<double>(std::uint64_t(1023 - 52 - t) << 52);
    const double_double S = exact_square(as) + exact_square(bs);
    double r = 0;
    if (software || std::is_constant_evaluated()) {
        constexpr double b = 0x1.1cc2a5960c927p-2; // 2 / (2^(3/4) + 1)^2 (any nearby value works)
        r = b * (0x1.6a09e667f3bcdp+1 + S.hi);
        r = 0.5 * (r + S.hi / r);
        r = 0.5 * (r + S.hi / r);
        r = 0.5 * (r + S.hi / r);
        r = 0.5 * (r + S.hi / r);
    } else {
        r = sqrt_double(S.hi);
    }
    const auto [p, q] = exact_square(r);
    const auto [z0, w] = fast_two_sum(r, (((S.hi - p) + S.lo) - q) / (2 * r));
    const double half_spacing = z0 < 2 ? 0x1p-53 : 0x1p-52;
    const double aw = w < 0 ? -w : w;
    const bool near_midpoint = (aw - half_spacing < 0x1p-95 && aw - half_spacing > -0x1p-95) ||
                               (aw - half_spacing / 2 < 0x1p-95 && aw - half_spacing / 2 > -0x1p-95);
    const double z = near_midpoint ? hypot_round_exactly(A, B, t, z0) : z0;

    const int k = ea + 52; // hypot = z 2^k
    if (k + (z < 2 ? 0 : 1) > 1023) return inf;
    if (a_bits >= (std::uint64_t{1} << 52)) return z * std::bit_cast<double>(std::uint64_t(k + 1023) << 52);
    return hypot_subnormal(a_bits, b_bits, z * pow2(k + 1074)); // 0 <= k + 1074 <= 51
}

// The entry point: special values, order, hypot(x, 0), then the run-time fast
// path (see hypot_fast_max) or the general algorithm above. At run time the fast path
// is taken for most arguments; in constant expressions the general algorithm
// always (fewer steps), and both give the correctly rounded hypot: the
// results are bit-identical.
template <bool software>
constexpr double hypot_impl(double x, double y) noexcept {
    const std::uint64_t x_bits = to_bits(x) & 0x7fffffffffffffff;
    const std::uint64_t y_bits = to_bits(y) & 0x7fffffffffffffff;
    const std::uint64_t a_bits = x_bits > y_bits ? x_bits : y_bits;
    const std::uint64_t b_bits = x_bits > y_bits ? y_bits : x_bits;
    if (a_bits >= 0x7ff0000000000000) return hypot_special(x, y); // an infinity or a NaN
    if (b_bits == 0) return from_bits(a_bits);                     // hypot(x, +-0) = |x|
    // b < 2^-28 a certainly (exponent fields 29 apart), see step 1 below.
    if (a_bits - b_bits >= std::uint64_t{30} << 52) return from_bits(a_bits);
#if defined(__SIZEOF_INT128__) // g++ and clang++ on 64-bit targets; otherwise always the general path
    if constexpr (!software) {
        if (!std::is_constant_evaluated() && a_bits <= hypot_fast_max && b_bits >= hypot_fast_min) {
            __extension__ using uint128 = unsigned __int128;
            const double a = from_bits(a_bits), b = from_bits(b_bits);
            const std::uint64_t r_bits = to_bits(__builtin_sqrt(a * a + b * b)); // see sqrt_double
            constexpr std::uint64_t field = 0x000fffffffffffff, hidden = std::uint64_t{1} << 52;
            const std::uint64_t A = (a_bits & field) | hidden, B = (b_bits & field) | hidden;
            const std::uint64_t R = (r_bits & field) | hidden;
            const int er_ea = static_cast<int>(r_bits >> 52) - static_cast<int>(a_bits >> 52); // 0 or 1
            const int er_eb = static_cast<int>(r_bits >> 52) - static_cast<int>(b_bits >> 52); // 0 to 31
            // (& 63 changes nothing, the shift is <= 62, but tells the compiler so.)
            const std::uint64_t b_term = static_cast<std::uint64_t>(uint128(2 * B) * (2 * B) >> ((2 * er_eb) & 63));
            const auto above = static_cast<std::int64_t>(((A * A) << (2 - 2 * er_ea)) + b_term - (2 * R + 1) * (2 * R + 1));
            const std::int64_t below = above + static_cast<std::int64_t>(8 * R);
            if (above != 0 && below != 0 && R != hidden)
                return from_bits(r_bits + (above > 0 ? 1 : 0) - (below < 0 ? 1 : 0));
            // else a tie or too close to one to tell, or r a power of 2: the general path decides
        }
    }
#endif
    return hypot_general<software>(a_bits, b_bits);
}

// float: x^2 and y^2 are exact in double (48-bit products, exponents within
// double's range even for subnormal or maximal floats), their sum is rounded
// once (relative error <= 2^-53), and the correctly rounded double sqrt adds
// half an ulp: the double result is within about 0.75 double ulp of hypot,
// so rounding it to float is within 1 float ulp, and correctly rounded unless
// hypot lies within ~2^-52 (relative) of a float midpoint (glibc's hypotf is
// computed the same way). Exact ties (a 25-bit hypotenuse) stay exact: the
// sum of squares is then exact, so is its sqrt, and the tie goes to even.
constexpr float hypot_float(float x, float y) noexcept {
    if (!(x > -inf && x < inf && y > -inf && y < inf)) return static_cast<float>(hypot_special(x, y));
    const double a = x, b = y;
    return static_cast<float>(sqrt_double(a * a + b * b));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic A, arithmetic B>
constexpr floating2_t<A, B> hypot(A x, B y) noexcept {
    if constexpr (std::same_as<floating2_t<A, B>, float>) return detail::hypot_float(x, y);
    else return detail::via_double(detail::hypot_impl<false>, x, y);
}

} // namespace fluxion

#endif
