// fluxion/math/pow.hpp — x raised to the power y, for a real and for an
// integer exponent.
//
// Law: within 1 ulp of the correctly rounded x^y for every (x, y) (designed for
// 0.5 ulp + 2^-4 ulp at worst, 0.5 + 2^-4.6 ulp for most arguments;
// measured against MPFR: docs/math/log.md), and
// EXACT whenever x^y is a representable number (pow(3.0, 20), pow(0.5, 1074),
// pow(4.0, 0.5), pow(-2.0, 63), ...): the value before the final rounding is
// within 2^-57 (relative) of x^y, so when x^y is a double nothing else is
// nearer. Results near overflow and in the subnormal range are rounded once.
//
// Two overloads:
//   pow(x, y)  y any arithmetic type: the result type is floating2_t<X, Y>, as
//              std::pow (pow(2.0f, 0.5) is a double, pow(2.0f, 0.5f) a float).
//   pow(x, n)  n a std::integral type (pow(2.0, 3), pow(x, -7), pow(x, INT_MIN),
//              pow(x, 1ull << 60)): the result type is floating_t<X> (the
//              base's type, as C23's pown), every value of n is exact (no
//              conversion of n to double, no overflow of -n), and a negative
//              base is never a domain error. This overload is chosen whenever
//              the exponent is an integer: its constraint std::integral<N>
//              subsumes arithmetic<N>, so overload resolution prefers it.
//              A float base with |n| <= 2^24 takes the float path below.
//
// Algorithm: x^y = e^(y ln|x|) (the layout of ARM's optimized-routines pow.c
// by Szabolcs Nagy, glibc's since 2.28, without FMA). ln|x| comes from the
// double-double log kernel (detail/log_kernel.hpp, relative error below
// 2^-68, not normalised), the product t = y ln|x| is formed in double-double
// from heads of y and ln|x| cut after 26 bits (pow_kernel), and pow_exp
// (exp's table-driven reduction, its series summed for a short chain) takes
// the double-double argument and rounds once. With |y ln x| <= 745 wherever
// the result is finite and nonzero, the error of the argument is below
// 745 * 2^-68 + 2^-59.8 (the product's roundings) < 2^-57.9, i.e. 2^-4.9 ulp
// in the result, and pow_exp adds below 2^-5.2 ulp (2^-6.8 when |t_lo| <=
// 2^-20; the log's low part, so t_lo, reaches 2^-7.9 for x within 2^-8 of 1
// and |y ln x| near 745): 2^-4 ulp in all at worst.
// Time: the run time is the latency of the chain log -> product -> exp (the
// calls are independent, but one call is some 170 instructions, so only two
// or three are in flight); so everything on it is inlined into one function,
// the tests of special arguments are two integer comparisons in front with
// every special case out of line (pow_double_other), and the splits are cuts
// of the bits (one operation) instead of Veltkamp's (three).
//
// Special values (C99 Annex F, F.10.4.4): pow(x, +-0) = 1 for every x, NaN
// too; pow(1, y) = 1 for every y, NaN too; pow(-1, +-inf) = 1;
// pow(+-0, y) = +-inf for y a negative odd integer, +inf for other y < 0,
// +-0 for y a positive odd integer, +0 for other y > 0; pow(x, -inf) = +inf
// for |x| < 1 and +0 for |x| > 1; pow(x, +inf) = +0 for |x| < 1 and +inf for
// |x| > 1; pow(-inf, y) = -0 / +0 for y a negative odd integer / other y < 0
// and -inf / +inf for y a positive odd integer / other y > 0; pow(+inf, y) =
// +0 for y < 0 and +inf for y > 0; otherwise a NaN argument gives NaN.
// pow(x < 0, y) for finite x and a finite non-integer y is a domain error: NaN
// at run time, a compile error naming
// fluxion::detail::pow_of_negative_base_with_non_integer_exponent in a
// constant expression. Overflow gives +-inf and underflow +-0, as values.
//
//     static_assert(fluxion::pow(2.0, 10) == 1024.0 && fluxion::pow(4.0, 0.5) == 2.0);
#ifndef FLUXION_MATH_POW_HPP
#define FLUXION_MATH_POW_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/attributes.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/exp2_float.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/log_kernel.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/exp.hpp>
#include <fluxion/math/log2.hpp>

#include <array>
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>

namespace fluxion::detail {

// Not constexpr on purpose: a negative number to a non-integer power has no
// real value. At run time this returns NaN as IEEE-754 requires; in a constant
// expression the call of a non-constexpr function stops compilation, and the
// diagnostic names it.
inline double pow_of_negative_base_with_non_integer_exponent() noexcept { return quiet_nan; }

// What kind of number a finite y is: not an integer, an odd or an even integer.
// Read from the bits: y = M 2^q with M the 53-bit integer significand
// (q = exponent field - 1075). q >= 1 means an even integer (|y| >= 2^53);
// otherwise the -q lowest bits of M are y's fraction and the next bit its
// parity.
enum class integer_kind { not_integer, odd, even };
constexpr integer_kind kind_of_integer(double y) noexcept {
    if (y == 0) return integer_kind::even;
    const int q = exponent_field(y) - 1075;
    if (q >= 1) return integer_kind::even;
    if (q < -52) return integer_kind::not_integer; // 0 < |y| < 1
    const std::uint64_t significand = (to_bits(y) & 0x000f'ffff'ffff'ffff) | 0x0010'0000'0000'0000;
    if ((significand & ((std::uint64_t{1} << -q) - 1)) != 0) return integer_kind::not_integer;
    return ((significand >> -q) & 1) != 0 ? integer_kind::odd : integer_kind::even;
}

// e^(hi + lo) for pow's argument t = y ln x (pow_kernel): hi finite,
// |lo| <= 2^-7.9. For |hi| < 700 (the result and every intermediate value a
// normal number), Tang's reduction as in exp_kernel (math/exp.hpp),
// hi + lo = k ln2/128 + r with |r| <= ln2/256 + |lo| < 0.0069, and
//     e^(hi + lo) = s (1 + r + p(r)) + l,  s = 2^m t.hi,  l = 2^m t.lo,
// with 2^(j/128) = t.hi + t.lo from exp_table (k = 128 m + j) and
// p(r) = e^r - 1 - r = r^2/2! + ... + r^6/6! (first omitted term below
// 2^-62.6 for |r| < 0.0069), summed as
//     s + (s r + (((l + l r) + s r^2 (1/2 + r/6)) + s r^4 (1/24 + r/120 + r^2/720)))
// (l p(r), below 2^-53 r^2 s, is left out). Why this layout (pow's time is
// the latency of one long chain, see pow_kernel): the scaling by 2^m (exact)
// comes first, so that after the series there are one product and three
// additions (exp_kernel has a product by t.hi and two additions, then the
// product by 2^m); and l and the series are summed before s r, so that only
// two roundings (of s r and of the sum with it) are of the size of
// 2^-53 |r| s. k is the low 32 bits of hi 128/ln2 + 1.5 2^52, not kd
// converted back to an integer. The last term is subtracted as
// s r^4 (-1/24 - r/120 - r^2/720), the same number: with a sum there clang's
// SLP vectorizer paired the two products of the series into one vector
// product with shuffles around it, 1.5 ns more per call.
// Error before the final rounding, relative: r rounds twice (2^-53 of
// |lo - kd ln2_lo/128| < 0.0043 and of |r|), s r and the sum with it once
// each, the series' truncation 2^-62.6: below 2^-58.2 in all for
// |lo| <= 2^-7.9, below 2^-59.8 when |lo| <= 2^-20 (|r| <= 0.0028).
// m >= -1010, so l's rounding below the normal range costs at most 2^-65.
// Other hi (results near overflow, or below 2^-1010): exp_double_double, out
// of line. |hi| < 700 is tested as hi^2 < 700^2: one multiplication, where
// clearing the sign bit is a round trip through an integer register with g++.
FLUXION_NOINLINE constexpr double pow_exp_far(double hi, double lo) noexcept { return exp_double_double(hi, lo); }
FLUXION_ALWAYS_INLINE constexpr double pow_exp(double hi, double lo) noexcept {
    if (!(hi * hi < 700.0 * 700.0)) return pow_exp_far(hi, lo);
    // (kd = shifted - 1.5 2^52 is written out twice: one constexpr step less;
    // the compiler computes it once.)
    const double shifted = hi * exp_inv_step + 0x1.8p52;
    const auto k = static_cast<std::int32_t>(static_cast<std::uint32_t>(to_bits(shifted)));
    const double r = (hi - (shifted - 0x1.8p52) * exp_step_hi) + (lo - (shifted - 0x1.8p52) * exp_step_lo);
    const double scale = from_bits(static_cast<std::uint64_t>((k >> 7) + 1023) << 52);
    const double s = exp_table[k & 127].hi * scale, l = exp_table[k & 127].lo * scale;
    const double s_r2 = s * (r * r);
    return s + (s * r + (((l + l * r) + s_r2 * (0.5 + r * (1.0 / 6))) -
                         (s_r2 * (r * r)) * ((-1.0 / 24 - r * (1.0 / 120)) - (r * r) * (1.0 / 720))));
}

// e^((y + y_lo) ln a) for a normal a > 0 times 2^k_bias (a subnormal is passed
// scaled by 2^64 with k_bias = -64) and |y + y_lo| < 2^64 (y_lo: only the
// integer overload, for |n| >= 2^53, with_y_lo).
// t = y ln a = t_hi + t_lo: l = ln a = l.hi + l.lo (log_kernel_normal, not
// normalised, |l.lo| <= 2^-17.5 |l.hi|); y and l.hi are cut after 26
// significant bits (yh, lh: one AND on the bits each, no Veltkamp split), so
// t_hi = yh lh is exact, and t_lo = (y - yh) lh + y (l.hi - lh) (+ y_lo l.hi)
// + y l.lo, with y l.lo last: l.lo ends the longest chain of the log kernel,
// and t_hi (so exp's reduction with it) does not wait for it (the layout of
// the FMA-free path of ARM's optimized-routines pow.c). |y - yh| < 2^-25 |y|
// and |l.hi - lh| < 2^-25 |l.hi|, so |t_lo| < (2^-17.5 + 2^-23.9) |t| < 2^-7.9
// wherever |t| <= 745.2 (beyond, the result is 0 or inf and pow_exp_far
// decides); t_lo's roundings (five; the two of the size 2^-53 2^-17.5 |t|
// matter) add below 2^-69.4 |t| < 2^-59.8 to the argument.
template <bool with_y_lo>
FLUXION_ALWAYS_INLINE constexpr double pow_kernel(double a, std::int64_t k_bias, double y, double y_lo) noexcept {
    const double_double l = log_kernel_normal(a, k_bias);
    const double yh = from_bits(to_bits(y) & ~std::uint64_t{0x7ff'ffff});
    const double lh = from_bits(to_bits(l.hi) & ~std::uint64_t{0x7ff'ffff});
    if constexpr (with_y_lo) return pow_exp(yh * lh, (((y - yh) * lh + y * (l.hi - lh)) + y_lo * l.hi) + y * l.lo);
    else return pow_exp(yh * lh, ((y - yh) * lh + y * (l.hi - lh)) + y * l.lo);
}

// pow(x, y) when x or y is zero, infinite or NaN, or x == 1 (Annex F). y != 0.
constexpr double pow_special(double x, double y) noexcept {
    if (x == 1) return 1.0; // even for a NaN y
    if (is_nan(x)) return x;
    if (is_nan(y)) return y;
    const bool odd = is_finite(y) && kind_of_integer(y) == integer_kind::odd;
    if (x == 0) { // pole for y < 0
        if (y < 0) return odd ? with_sign_of(inf, x) : inf;
        return odd ? x : 0.0;
    }
    if (!is_finite(y)) { // y = +-inf: |x| against 1 decides
        const double a = abs_value(x);
        if (a == 1) return 1.0; // pow(-1, +-inf)
        return (a < 1) == (y < 0) ? inf : 0.0;
    }
    // x = +-inf, y finite nonzero
    if (y < 0) return odd ? with_sign_of(0.0, x) : 0.0;
    return odd ? x : inf;
}

// pow(x, y) for the arguments pow_double does not send straight to pow_kernel:
// a zero, subnormal, negative, infinite or NaN x, a zero, infinite or NaN y, or
// |y| >= 2^64. Out of line, so that the common path stays short.
FLUXION_NOINLINE constexpr double pow_double_other(double x, double y) noexcept {
    if (y == 0) return 1.0; // even for a NaN x
    if (x == 0 || x == 1 || !is_finite(x) || !is_finite(y)) return pow_special(x, y);
    // |y| >= 2^64 is an even integer, so pow(-1, y) = 1; for |x| != 1,
    // |y ln|x|| >= 2^64 * 2^-53 = 2048 (|ln|x|| is at least that of the
    // neighbours of 1): the result overflows or underflows.
    if (abs_value(y) >= 0x1p64) {
        if (x == -1) return 1.0;
        return (abs_value(x) > 1) == (y > 0) ? inf : 0.0;
    }
    bool negative = false;
    if (x < 0) { // only an integer y has a real result, negative for an odd y
        const integer_kind kind = kind_of_integer(y);
        if (kind == integer_kind::not_integer) return pow_of_negative_base_with_non_integer_exponent();
        negative = kind == integer_kind::odd;
    }
    const double a = abs_value(x);
    const bool subnormal = a < 0x1p-1022; // scaled by 2^64 (exact)
    const double r = pow_kernel<false>(subnormal ? a * 0x1p64 : a, subnormal ? -64 : 0, y, 0.0);
    return negative ? -r : r;
}

// x^y. The common case, x a positive normal number and y finite, nonzero and
// below 2^64 in magnitude, is told by two integer comparisons on the bits (as
// in optimized-routines' pow): x's bits minus those of 2^-1022 are below
// those of +inf minus them (a negative x has the sign bit set and fails), and
// y's bits shifted left by one (the sign dropped), minus one, wrap for a zero
// and are below those of 2^64 shifted likewise. x == 1 needs no test: its
// log is exactly +0, t = +-0 and e^t = 1 exactly.
constexpr double pow_double(double x, double y) noexcept {
    if (to_bits(x) - 0x0010'0000'0000'0000 < 0x7fe0'0000'0000'0000 &&
        (to_bits(y) << 1) - 1 < (std::uint64_t{0x43f0'0000'0000'0000} << 1) - 1)
        return pow_kernel<false>(x, 0, y, 0.0);
    return pow_double_other(x, y);
}

// pow(x, n) for an integer n given as its magnitude and sign: no conversion of
// n to double for |n| >= 2^53 (2^64 - 1 is exact here), no negation overflow
// (INT_MIN). Below 2^53, n is exactly a double and pow_double decides.
constexpr double pow_integer_double(double x, std::uint64_t magnitude, bool negative_n) noexcept {
    if (magnitude < (std::uint64_t{1} << 53)) {
        const double n = static_cast<double>(magnitude);
        return pow_double(x, negative_n ? -n : n);
    }
    if (x == 1) return 1.0;
    const bool odd = (magnitude & 1) != 0;
    if (is_nan(x)) return x;
    if (x == 0) { // pole for n < 0
        if (negative_n) return odd ? with_sign_of(inf, x) : inf;
        return odd ? x : 0.0;
    }
    if (!is_finite(x)) {
        if (negative_n) return odd ? with_sign_of(0.0, x) : 0.0;
        return odd ? x : inf;
    }
    // n = n_hi + n_lo exactly: the high and low 32 bits, each exact in a double.
    const double n_hi = static_cast<double>(magnitude >> 32) * 0x1p32;
    const double n_lo = static_cast<double>(magnitude & 0xffff'ffff);
    const double_double n = fast_two_sum(n_hi, n_lo); // |n_hi| >= |n_lo|
    const double a = abs_value(x);
    const bool subnormal = a < 0x1p-1022; // scaled by 2^64 (exact)
    const double sign = negative_n ? -1.0 : 1.0; // exact products: one inlined kernel, not two
    const double r = pow_kernel<true>(subnormal ? a * 0x1p64 : a, subnormal ? -64 : 0, sign * n.hi, sign * n.lo);
    return odd && x < 0 ? -r : r;
}

// pow_float computes x^y = 2^(y log2 x) in plain double (the layout of
// glibc's powf, from ARM's optimized-routines by Szabolcs Nagy: log2 then exp2,
// both table-driven), with dependency chains kept short because the float path
// is bound by their latency, not by its instruction count.

// log2 x in plain double, for a normal float x > 0 given by its bits.
// Reduction and table as detail/log_float.hpp: x = m 2^k, m in [0.75, 1.5),
// r = m invc - 1 exact (20-bit invc times 24-bit m), |r| <= 2^-8; but read
// from the float's bits (as glibc's powf does): tmp = bits - bits(0.75f), k =
// tmp >> 23 (arithmetic), m's bits = the low 23 bits of tmp + bits(0.75f).
// The table entry for floor(256 m) is picked by the top 8 of those 23 bits: for
// m < 1 they count steps of 1/512 (two per entry), for m >= 1 steps of 1/256,
// so pow_float_log2_table (built below from log_table) repeats each entry of
// [0.75, 1) twice. It also holds log2 c = log_c / ln 2 (log_c_hi + log_c_lo
// from log_table times inv_ln2 = 1/ln 2 as hi + lo, math/log2.hpp: one
// rounding), so the run time computes neither the index nor log2 c. Then
//     log2 x = (k + log2 c) + log2(1 + r),
// log2(1 + r) = (r - r^2/2 + r^3/3 - r^4/4 + r^5/5) / ln 2 (Taylor, the
// coefficients (-1)^(n+1) / (n ln 2) rounded to double), in Estrin's form.
// Only as accurate as pow_float needs (see there): the first omitted term
// r^6/6 is below r^5/6 < 2^-42.5 of log(1 + r) for |r| <= 2^-8, which is
// |r| in the two cells around 1 (c = 1, log2 x = log2(1 + r) itself); in
// the other cells |r| <= 2^-8.58 and |log2 x| >= log2(256/255) > 2^-7.5, so
// the term is below 2^-46 of log2 x. The roundings add about 2^-50 of
// log2 x (2^-53 of each of |k + log2 c|, |log2 c| <= 3 |log2 x| and
// |log2 x|): below 2^-42.4 of log2 x in all (the run-time test
// pow_float_log2_relative_error_below_2_to_minus_42 measures 2^-42.6 at
// x near 1 +- 2^-8).
// m is built as a double from the float's 23 fraction bits shifted into the
// double's 52 (the same number, without a float-to-double conversion), k from
// the bits of 1.5 2^52 + k as in log_parts_normal (detail/log_kernel.hpp; no
// cvtsi2sd): shorter chains, and no false dependency on a register the
// previous call wrote last.
struct pow_float_log2_entry {
    double invc;
    double log2_c;
};
constexpr std::array<pow_float_log2_entry, 256> make_pow_float_log2_table() noexcept {
    std::array<pow_float_log2_entry, 256> table{};
    for (int j = 0; j < 256; ++j) {
        const log_table_entry& e = log_table[j < 128 ? j / 2 : j - 64];
        table[static_cast<std::size_t>(j)] = {
            e.invc, e.log_c_hi * inv_ln2.hi + (e.log_c_lo * inv_ln2.hi + e.log_c_hi * inv_ln2.lo)};
    }
    return table;
}
inline constexpr std::array<pow_float_log2_entry, 256> pow_float_log2_table = make_pow_float_log2_table();

constexpr double pow_float_log2(std::uint32_t bits) noexcept {
    const std::uint32_t tmp = bits - 0x3f40'0000;
    const pow_float_log2_entry& e = pow_float_log2_table[(tmp >> 15) & 0xff];
    const double m = std::bit_cast<double>((static_cast<std::uint64_t>(tmp & 0x007f'ffff) << 29) + 0x3fe8'0000'0000'0000);
    const double r = m * e.invc - 1.0;
    const double head =
        (std::bit_cast<double>(0x4338'0000'0000'0000 + static_cast<std::uint64_t>(static_cast<std::int32_t>(tmp) >> 23)) - 0x1.8p52) + e.log2_c;
    constexpr double c1 = inv_ln2.hi, c2 = -inv_ln2.hi / 2, c3 = inv_ln2.hi / 3, c4 = -inv_ln2.hi / 4,
                     c5 = inv_ln2.hi / 5;
    const double r2 = r * r;
    return (head + (r * c1 + r2 * (c2 + r * c3))) + (r2 * r2) * (c4 + r * c5);
}

// 2^t in plain double for |t| < 150, as pow_float needs it: within 2^-38.6
// (relative). exp2_float_kernel's reduction (detail/exp2_float.hpp: t = k/128
// + r, |r| <= 1/256, s = 2^(k/128) from the table) and its series one degree
// shorter, 2^r = 1 + c1 r + c2 r^2 + c3 r^3 (c_n = (ln 2)^n / n!; first
// omitted term (ln 2 / 256)^4 / 4! < 2^-38.7), summed as (s + r (s c1)) +
// r^2 (s (c2 + c3 r)): s times each coefficient is formed while r is
// computed, and after r the longest chain is r^2, a product and a sum (the
// roundings add about 3 * 2^-53).
constexpr double pow_float_exp2(double t) noexcept {
    const exp2_float_parts p = exp2_float_reduce(t);
    const double r = p.r;
    return (p.scaled_head + r * (p.scaled_head * exp2_float_c1)) + (r * r) * (p.scaled_head * (exp2_float_c2 + r * exp2_float_c3));
}

// float^float: |x|^y = 2^t, t = y log2|x|, in plain double (pow_float_log2,
// pow_float_exp2), rounded once to float, with the sign of an odd integer
// power of a negative base. Wherever the result is a normal float or
// overflows (|t| < 150; beyond, pow_double decides), the error of log2 (below
// 2^-42.4 of it) and the product's rounding (2^-53) make t off by at most
// 150 * 2^-42.4 = 2^-35.2, a relative error of ln 2 * 2^-35.2 = 2^-35.7 in
// 2^t, and pow_float_exp2 adds 2^-38.6: the double result is within 2^-35.5
// (relative) of |x|^y (the run-time test
// pow_float_double_result_within_2_to_minus_35_5 measures it where it is
// largest: x near 1 +- 2^-8, |t| near 150), which is less than 2^17.5
// double ulps of the result (an ulp is at least 2^-53 of it). If it lies
// farther than 2^18 ulps (relative 2^-35 or more) from a float midpoint, it
// rounds to the correctly rounded float, as the double algorithm does; if
// not (about one argument in 2^10, among them the exact ties such as 4097^2
// = 2^24 + 2^13 + 1), or if the result is below the normal floats, pow_double
// decides. So the float path is the double algorithm rounded to float, and
// exact cases stay exact (x = 1 included: log2 1 = +0, t = +-0, 2^t = 1
// exactly). The common path is as short as glibc's powf (ARM's
// optimized-routines: table log2, one product, table exp2, integer tests),
// which needs only 2^-26 (its results are within 0.82 ulp); the 2^-35.5 here
// costs a degree-5 log2 and the rare calls of pow_double.
// The calls of pow_double above and below, out of line and returning the float
// itself: each is then a jump (a tail call), and the common path needs no
// stack frame. y comes as a double (y's float value, converted once by the
// caller): were the float y still needed after its conversion, clang would
// convert it into another register, and cvtss2sd, which writes only the low
// half of its destination, would wait for that register's last write in the
// previous call (the end of its exp2): a chain from call to call.
FLUXION_NOINLINE constexpr float pow_float_by_double(float xf, double y) noexcept {
    return static_cast<float>(pow_double(xf, y));
}

// pow_float for a positive normal float |x| given by its bits, y finite and
// nonzero; negative says whether to negate the result (odd integer y, x < 0).
FLUXION_ALWAYS_INLINE constexpr float pow_float_normal(float xf, double y, std::uint32_t abs_x_bits,
                                                       bool negative) noexcept {
    const double t = y * pow_float_log2(abs_x_bits);
    // |t| >= 150 (t's bits without the sign, in one unsigned comparison): an
    // overflow or an underflow to zero in float, which pow_double decides.
    if ((std::bit_cast<std::uint64_t>(t) << 1) >= (std::bit_cast<std::uint64_t>(150.0) << 1)) return pow_float_by_double(xf, y);
    const double r = pow_float_exp2(t);
    // The 29 bits that rounding to float drops: a midpoint is 0x10000000; the
    // margin is 0x40000 (2^18) double ulps each side.
    const std::uint64_t r_bits = std::bit_cast<std::uint64_t>(r), dropped = r_bits & 0x1fff'ffff;
    // (0x3810000000000000 is 2^-126: r > 0, so its bits order as its values.)
    if (dropped - (0x1000'0000 - 0x4'0000) < 0x8'0000 || r_bits < 0x3810'0000'0000'0000)
        return pow_float_by_double(xf, y);
    return static_cast<float>(negative ? -r : r);
}

// A negative x or a special argument, out of line (as in glibc's powf, the
// sign of x is caught by the same test as the special values).
FLUXION_NOINLINE constexpr float pow_float_other(float xf, float yf) noexcept {
    const std::uint32_t abs_x_bits = std::bit_cast<std::uint32_t>(xf) & 0x7fff'ffff;
    const std::uint32_t y2 = std::bit_cast<std::uint32_t>(yf) << 1;
    // |x| zero, subnormal, infinite or NaN; y zero, infinite or NaN
    if (abs_x_bits - 0x0080'0000 >= 0x7f00'0000 || y2 - 1 >= 0xfeff'ffff) return pow_float_by_double(xf, yf);
    const integer_kind kind = kind_of_integer(yf); // x < 0 here
    if (kind == integer_kind::not_integer) return static_cast<float>(pow_of_negative_base_with_non_integer_exponent());
    return pow_float_normal(xf, yf, abs_x_bits, kind == integer_kind::odd);
}

constexpr float pow_float(float xf, float yf) noexcept {
    // Special arguments in one test each: x's bits minus 2^23 wrap for a zero or
    // a subnormal and are >= 0x7f000000 for an infinity, a NaN or a negative
    // x; y's bits shifted left by one (sign dropped), minus 1, wrap for a zero
    // and are >= 0xff000000 - 1 for an infinity or a NaN.
    const std::uint32_t x_bits = std::bit_cast<std::uint32_t>(xf);
    const std::uint32_t y2 = std::bit_cast<std::uint32_t>(yf) << 1;
    if (x_bits - 0x0080'0000 >= 0x7f00'0000 || y2 - 1 >= 0xfeff'ffff) return pow_float_other(xf, yf);
    return pow_float_normal(xf, yf, x_bits, false);
}

} // namespace fluxion::detail

namespace fluxion {

/// x^y for a floating-point exponent: result type floating2_t<X, Y>.
template <arithmetic X, arithmetic Y>
constexpr floating2_t<X, Y> pow(X x, Y y) noexcept {
    if constexpr (std::same_as<floating2_t<X, Y>, float>) return detail::pow_float(x, y);
    else return detail::via_double(detail::pow_double, x, y);
}

/// x^n for an integer exponent: result type floating_t<X>, exact whenever the
/// result is representable.
template <arithmetic X, std::integral N>
constexpr floating_t<X> pow(X x, N n) noexcept {
    static_assert(sizeof(N) <= 8, "fluxion::pow: integer exponents wider than 64 bits are not supported");
    bool negative_n = false;
    if constexpr (std::signed_integral<N>) negative_n = n < 0;
    // |n| in unsigned arithmetic: 0 - n wraps instead of overflowing for INT_MIN.
    const std::uint64_t magnitude = negative_n ? std::uint64_t{0} - static_cast<std::uint64_t>(n)
                                               : static_cast<std::uint64_t>(n);
    // A float base takes the float path when n is exactly a float (|n| <= 2^24):
    // for an integer y it computes what the double algorithm rounded to float gives.
    if constexpr (std::same_as<X, float>)
        if (magnitude <= (std::uint64_t{1} << 24)) {
            const float y = static_cast<float>(magnitude);
            return detail::pow_float(x, negative_n ? -y : y);
        }
    return detail::from_double<floating_t<X>>(
        detail::pow_integer_double(detail::to_double(x), magnitude, negative_n));
}

} // namespace fluxion

#endif
