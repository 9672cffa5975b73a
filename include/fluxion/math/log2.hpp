// fluxion/math/log2.hpp — binary logarithm log2(x).
//
// Law: within 1 ulp of the correctly rounded log2 x for every x (measured
// against MPFR, see docs/math/log.md); log2(2^k) == k exactly for every
// representable power of two, k in [-1074, 1023], subnormals included.
// Special values (C99 Annex F): log2(+-0) = -inf (pole, a value also in a
// constant expression), log2(+inf) = +inf, log2(NaN) = NaN, log2(x < 0) is a
// domain error: NaN at run time, a compile error naming
// fluxion::detail::log2_of_negative_argument in a constant expression.
// Algorithm (double): in base 2 throughout, as ARM's optimized-routines log2.c
// (without FMA): x = m 2^k, log2 x = k + log2 c + log2(1 + r) with the table
// and the exact r = m invc - 1 of detail/log_kernel.hpp, log2 c from a table
// derived at compile time (log2_table_by_bits), r split so that r_hi times
// 1/ln 2 rounded to 8 bits is exact, and the series of log(1 + r) with its
// coefficients divided by ln 2: hi + lo within 2^-59.5 of log2 x (measured
// 2^-60.08), rounded once: within 0.5 + 2^-6.5 ulp. k is added exactly, first:
// for x = 2^k everything else is an exact zero and the result is k, subnormals
// included, without a special case.
// Algorithm (float): the same table and reduction read from the float's bits,
// r exact, in plain double (within 2^-49 of log2 x), rounded once to float;
// log2(2^k) = k again because everything but k is an exact zero.
//
//     static_assert(fluxion::log2(1024.0) == 10.0 && fluxion::log2(0.125f) == -3.0f);
#ifndef FLUXION_MATH_LOG2_HPP
#define FLUXION_MATH_LOG2_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/log_kernel.hpp>
#include <fluxion/detail/narrow.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

// 1/ln 2 = inv_ln2_hi + inv_ln2_lo to about 2^-107 (MPFR/mpmath at 300 bits).
inline constexpr double_double inv_ln2 = {0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56};

// 1/ln 2 = inv_ln2_8.hi + inv_ln2_8.lo with hi = 185/128, 1/ln 2 rounded to 8
// significant bits, and lo the rest rounded to double (|lo| < 2^-8.5; checked
// against MPFR by the run-time suite): r_hi * hi is exact for the 45-bit r_hi
// of log2_hi_lo_normal.
inline constexpr double_double inv_ln2_8 = {0x1.72p+0, (inv_ln2.hi - 0x1.72p+0) + inv_ln2.lo};

// log_table_by_bits (detail/log_kernel.hpp) in base 2: the same invc, and
// log2 c = -log(invc) / ln 2 as hi + lo with hi a multiple of 2^-42 (so k + hi
// is exact for |k| < 2^11) and lo the rest. Computed here, at compile time,
// from the natural-log entries: (log_c_hi + log_c_lo) * inv_ln2 in
// double-double (about 2^-95 absolute: the entries are within 2^-97 of
// -log(invc), and the product adds a few 2^-96), then hi = that rounded to a
// multiple of 2^-42 by adding and subtracting 1.5 * 2^10 (whose ulp is 2^-42),
// lo = the remainder. No new numbers: the test log2_table_matches_mpfr checks
// every entry against MPFR's log2.
struct log2_table_entry {
    double invc;
    double log2_c_hi;
    double log2_c_lo;
};
struct log2_table_by_bits_t {
    log2_table_entry entry[256];
};
constexpr log2_table_by_bits_t make_log2_table_by_bits() noexcept {
    log2_table_by_bits_t t{};
    for (int u = 0; u < 256; ++u) {
        const log_table_entry& e = log_table_by_bits.entry[u];
        const double_double v = double_double{e.log_c_hi, e.log_c_lo} * inv_ln2;
        const double hi = (v.hi + 0x1.8p10) - 0x1.8p10;
        t.entry[u] = {e.invc, hi, (v.hi - hi) + v.lo};
    }
    return t;
}
inline constexpr log2_table_by_bits_t log2_table_by_bits = make_log2_table_by_bits();

// (log(1 + r) - r) / ln 2 for |r| <= 2^-8: the Taylor series of log(1 + r) to
// r^8/8, as log1p_minus_r of detail/log_kernel.hpp, with every coefficient
// (-1)^(n+1)/n times 1/ln 2 rounded to double (exact for n = 2, 4, 8; within
// 2^-53 otherwise). Evaluated as r^2 (p_low + r^4 p_high), p_low = c2 + r (c3
// + r (c4 + r c5)) in Horner's form and p_high = (c6 + r c7) + r^2 c8: two
// chains of different shapes. The fully Estrin form (pairs c_n + r c_(n+1)
// everywhere) was turned by clang++'s SLP vectorizer into packed products and
// additions with shuffles around them (unpcklpd, shufpd, unpckhpd): more
// instructions and a longer chain than the scalar code; these two shapes give
// it nothing to pair, and cost one multiply-add of latency over Estrin's.
constexpr double log1p_minus_r_over_ln2(double r) noexcept {
    constexpr double c = inv_ln2.hi;
    // r * r written out, not named (one constexpr step less; computed once)
    return (r * r) * ((-0.5 * c + r * (c / 3 + r * (-0.25 * c + r * (c / 5)))) +
                      ((r * r) * (r * r)) * ((-c / 6 + r * (c / 7)) + (r * r) * (-0.125 * c)));
}

// log2 x for a normal x > 0 (2^-1022 <= x < inf) times 2^k_bias, in base 2
// throughout (the layout of ARM's optimized-routines log2.c, without FMA):
//   log2 x = k + log2 c + log2(1 + r),  x = m 2^k,  r = m invc - 1,
// with the reduction, the table index and the exact r = a + b of
// log_parts_normal (detail/log_kernel.hpp). Then
//   r = r_hi + r_lo exactly: b_hi = b rounded to a multiple of 2^-53 (adding
//     and subtracting 0.75, whose ulp is 2^-53; |b| < 2^-25), r_hi = a + b_hi
//     is exact (a is a multiple of 2^-45, |r_hi| < 2^-8) and has at most 45
//     significant bits, r_lo = b - b_hi is exact (|r_lo| <= 2^-54). In the two
//     cells around 1 (invc = 1) r = m - 1 is itself on that grid: r_lo = 0.
//   r_hi * 185/128 is exact (45 + 8 bits), and w = k + log2_c_hi is exact;
//     hi = w + r_hi 185/128 with its rounding error by fast_two_sum (Dekker:
//     w = 0 in the cells around 1 with k = 0, otherwise |w| >= 2^-7 >
//     |r_hi| 1.45).
//   the small terms: that error, log2_c_lo, r_lo / ln 2, r_hi inv_ln2_8.lo and,
//     last (it ends the longest chain), the series (log(1 + r) - r) / ln 2 at
//     r = a + b rounded (|r_lo| times its slope |r| would be too much).
// |small| <= 2^-8 |hi|, and its rounding errors are a few 2^-53 of it: within
// 2^-59.5 of log2 x before the last rounding (the series' own rounding at |r|
// near 2^-8 around 1 is the largest part), so within 0.5 + 2^-6.5 ulp. Against
// the natural log times 1/ln 2 (log_times(log_parts_normal(x)), used before)
// the reconstruction k ln2 + log c and the product of the whole logarithm by
// 1/ln 2 (a Veltkamp split and four products) are gone: about 10 operations
// less, for a bound 2^-0.5 looser (2^-59.5 against 2^-60).
// x = 2^k gives m = 1, r = 0, w = k and zeros elsewhere: exactly k.
constexpr double_double log2_hi_lo_normal(double x, std::int64_t k_bias) noexcept {
    const std::uint64_t tmp = std::bit_cast<std::uint64_t>(x) - 0x3fe8'0000'0000'0000;
    const double k = // as in log_parts_normal (detail/log_kernel.hpp): no cvtsi2sd
        std::bit_cast<double>(0x4338'0000'0000'0000 + static_cast<std::uint64_t>((static_cast<std::int64_t>(tmp) >> 52) + k_bias)) - 0x1.8p52;
    const log2_table_entry& t = log2_table_by_bits.entry[(tmp >> 44) & 0xff]; // the cell of m
    // m's bits are tmp's low 52 bits plus those of 0.75; m_head = m cut after 26 bits
    const double m_head =
        std::bit_cast<double>(((tmp & 0x000f'ffff'ffff'ffff) + 0x3fe8'0000'0000'0000) & ~std::uint64_t{0x7ff'ffff});
    const double a = m_head * t.invc - 1.0;
    const double b = (std::bit_cast<double>((tmp & 0x000f'ffff'ffff'ffff) + 0x3fe8'0000'0000'0000) - m_head) * t.invc;
    // b_hi = (b + 0.75) - 0.75 and r_hi = a + b_hi are written out where used
    // (one constexpr step less each; the compiler computes them once)
    const double hi = (k + t.log2_c_hi) + (a + ((b + 0.75) - 0.75)) * inv_ln2_8.hi;
    return {hi, ((((k + t.log2_c_hi) - hi) + (a + ((b + 0.75) - 0.75)) * inv_ln2_8.hi) + t.log2_c_lo) +
                    ((b - ((b + 0.75) - 0.75)) * inv_ln2.hi + (a + ((b + 0.75) - 0.75)) * inv_ln2_8.lo) +
                    log1p_minus_r_over_ln2(a + b)};
}

// Not constexpr on purpose: log2 of a negative number has no real value. At run
// time this returns NaN as IEEE-754 requires; in a constant expression the call
// of a non-constexpr function stops compilation, and the diagnostic names it.
inline double log2_of_negative_argument() noexcept { return quiet_nan; }

constexpr double log2_double(double x) noexcept {
    // the common path, 2^-1022 <= x < inf: one unsigned comparison of the bits
    // (zeros, subnormals, negatives, +inf and NaN all fall outside)
    if (std::bit_cast<std::uint64_t>(x) - 0x0010'0000'0000'0000 < 0x7fe0'0000'0000'0000) {
        const double_double l = log2_hi_lo_normal(x, 0);
        return l.hi + l.lo;
    }
    if (x > 0 && x < inf) { // subnormal, scaled exactly
        const double_double l = log2_hi_lo_normal(x * 0x1p64, -64);
        return l.hi + l.lo;
    }
    if (x == 0) return -inf;                       // pole, either sign of zero
    if (x < 0) return log2_of_negative_argument(); // includes -inf
    return x;                                      // +inf and NaN are their own log2
}

// log2 x in plain double for a normal float x > 0 given by its bits, times
// 2^k_bias (the float path; the layout of glibc's log2f and powf, from ARM's
// optimized-routines by Szabolcs Nagy):
//   log2 x = ((k + log2_c_hi) + log2_c_lo) + log2(1 + r),  x = m 2^k,  r = m invc - 1,
// with log2_table_by_bits above, indexed by the top 8 of m's 23 fraction bits
// as the double path does by the top 8 of its 52: tmp = bits - bits(0.75f),
// k = tmp >> 23 (arithmetic), m = the low 23 bits of tmp + bits(0.75f), in
// [0.75, 1.5). The index is a shift and log2 c comes from the table: no
// float->int conversion of 256 m and no product by 1/ln 2 (the plain-double
// natural-log kernel of detail/log_float.hpp, used before branch log2s).
// Errors (the double value, before the rounding to float):
//   r is exact (20-bit invc times 24-bit m, then Sterbenz), |r| <= 2^-8;
//   k + log2_c_hi is exact (multiples of 2^-42 below 2^8), adding log2_c_lo
//     (|log2_c_lo| <= 2^-43, within 2^-94 of the rest of log2 c) rounds:
//     2^-53 |k + log2 c|;
//   log2(1 + r) = (r - r^2/2 + ... - r^6/6) / ln 2 (Taylor, first omitted term
//     r^7/7 < 2^-58 |r|; coefficients (-1)^(n+1) / (n ln 2) rounded to
//     double, Estrin's form): within about 2^-51 |log2(1 + r)|;
//   the last addition: 2^-53 |log2 x|.
// When c != 1, |log2 x| >= 2^-8.5 (m outside [255/256, 257/256)) and
// |log2(1 + r)| < 2^-7.4, so |k + log2 c| <= 3.2 |log2 x| and the total is
// (2^-53 + 2^-51.3 + 2^-49.9) |log2 x| < 2^-49.3 |log2 x|; when c = 1 the
// head is k exactly and the total is smaller. So within 2^-49 of log2 x
// (the test log2_float_kernel_relative_error_below_2_to_minus_49 checks that
// against MPFR on every 1021st positive float and around 1, 255/256, 257/256,
// 0.75, 1.5; measured 2^-50.3). A float result within 1 ulp needs 2^-25, and
// with 2^-49 it differs from the double algorithm rounded at most about once
// in 2^24 results (when log2 x lies that close to a midpoint between floats),
// by one ulp (none of the 4.2 million floats of float_paths_dense_check).
// x = 2^k: m = 1 is in the cell with invc = 1 and log2 c = 0, so r = 0 and
// the result is exactly k (+0 for x = 1).
// (pow_float_log2 in math/pow.hpp computes the same with its own table, log2 c
// in one double: one of the two should go.)
constexpr double log2_float_normal(std::uint32_t bits, std::int32_t k_bias) noexcept {
    const std::uint32_t tmp = bits - 0x3f40'0000;
    const log2_table_entry& t = log2_table_by_bits.entry[(tmp >> 15) & 0xff];
    // m (as double), k and r * r written out where used: constexpr steps less
    const double r = static_cast<double>(std::bit_cast<float>((tmp & 0x007f'ffff) + 0x3f40'0000)) * t.invc - 1.0;
    constexpr double c1 = inv_ln2.hi, c2 = -inv_ln2.hi / 2, c3 = inv_ln2.hi / 3, c4 = -inv_ln2.hi / 4,
                     c5 = inv_ln2.hi / 5, c6 = -inv_ln2.hi / 6;
    return ((static_cast<double>((static_cast<std::int32_t>(tmp) >> 23) + k_bias) + t.log2_c_hi) + t.log2_c_lo) +
           ((r * c1 + (r * r) * (c2 + r * c3)) + ((r * r) * (r * r)) * ((c4 + r * c5) + (r * r) * c6));
}

// float: log2_float_normal rounded once; subnormals scaled exactly by 2^23
// first; zeros, negatives, +inf and NaN through the double path. The kernel
// appears once (the rare cases only change its arguments) so that clang++
// inlines log2_float into a loop: called out of line, its int->double and
// float->double conversions (cvtsi2sd, cvtss2sd write only the low half of
// their register) were left depending on the previous call's last value in
// that register, a chain from call to call that made the float path 1.5x
// slower than glibc's log2f with clang++; inlined, clang++ breaks it (xorps).
constexpr float log2_float(float x) noexcept {
    std::uint32_t bits = std::bit_cast<std::uint32_t>(x);
    std::int32_t k_bias = 0;
    // the common path, 2^-126 <= x < inf: one unsigned comparison of the bits
    if (bits - 0x0080'0000u >= 0x7f00'0000u) {
        if (!(x > 0 && x < inf)) return static_cast<float>(log2_double(x));
        bits = std::bit_cast<std::uint32_t>(x * 0x1p23f); // subnormal, scaled exactly
        k_bias = -23;
    }
    return static_cast<float>(log2_float_normal(bits, k_bias));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> log2(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::log2_float(x);
    else return detail::via_double(detail::log2_double, x);
}

} // namespace fluxion

#endif
