// fluxion/detail/exp2_float.hpp — 2^t in plain double, the kernel behind the
// FLOAT path of exp (and its reduction, exp2_float_reduce, behind pow's, which
// sums a shorter series: pow_float_exp2 in math/pow.hpp).
//
// Law: for |t| <= 150 (every t whose 2^t is a normal float or overflows a
// float, with room), exp2_float_kernel(t) is within 2^-49.3 (relative) of 2^t.
// A float result needs about 2^-30 to be correctly rounded almost always; the
// callers test the distance to a float midpoint and let the double algorithm
// decide the rare close cases, so their results are the double algorithm's
// rounded to float.
#ifndef FLUXION_DETAIL_EXP2_FLOAT_HPP
#define FLUXION_DETAIL_EXP2_FLOAT_HPP

#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/ieee.hpp>

#include <array>
#include <bit>
#include <cstdint>

namespace fluxion::detail {

// 2^t in plain double, |t| <= 150: within 2^-49.3 (relative; measured on
// 2*10^7 random t against long double, and by the run-time test
// exp2_float_kernel_relative_error_below_2_to_minus_49 against MPFR).
// Reduce: t = k/128 + r, |r| <= 1/256, k = round(128 t), read from the bits
// of t + 1.5 2^45 (whose ulp is 2^-7: adding rounds t to a multiple of
// 1/128, and the low bits of the sum's significand are k), and r = t - k/128
// is exact (both are multiples of t's ulp and |r| is small): no two-part
// constant as in exp's reduction, which has to multiply by 128/ln 2 first.
// Approximate: 2^r - 1 = sum (r ln 2)^n / n!, n = 1..4, in Estrin's form
// (first omitted term (ln2/256)^5 / 5! < 2^-49.6); the coefficients
// (ln 2)^n / n! computed here in double from 128 (exp_step_hi + exp_step_lo)
// (detail/exp_kernel.hpp), which is ln 2 correctly rounded: within a few
// 2^-53 (relative), negligible on terms below 2^-8.
// Reconstruct: 2^t = 2^m 2^(j/128) 2^r with k = 128 m + j: exp_table[j].hi
// (detail/exp_kernel.hpp, 2^-53) scaled by 2^m by adding m to its exponent
// field (exact: the result is a normal double), off the critical path. As in
// glibc's exp2f, the table below holds each entry's bits minus j 2^45, so that
// adding k 2^45 (two's complement) adds m 2^52 and nothing else.
constexpr std::array<std::uint64_t, 128> make_exp2_float_kernel_table() noexcept {
    std::array<std::uint64_t, 128> table{};
    for (std::uint64_t j = 0; j < 128; ++j) table[j] = to_bits(exp_table[j].hi) - (j << 45);
    return table;
}
inline constexpr std::array<std::uint64_t, 128> exp2_float_kernel_table = make_exp2_float_kernel_table();

// The reduction alone: t = k/128 + r, |r| <= 1/256, and 2^(k/128) (exact
// up to the table's 2^-53), for the kernel below and pow's float path.
struct exp2_float_parts {
    double r;
    double scaled_head;
};
constexpr exp2_float_parts exp2_float_reduce(double t) noexcept {
    const double shifted = t + 0x1.8p45;
    // k = the low 32 bits of the significand, as a two's-complement integer
    const std::uint64_t k =
        static_cast<std::uint64_t>(static_cast<std::int32_t>(static_cast<std::uint32_t>(std::bit_cast<std::uint64_t>(shifted))));
    return {t - (shifted - 0x1.8p45), std::bit_cast<double>(exp2_float_kernel_table[k & 127] + (k << 45))};
}
// (ln 2)^n / n!, n = 1..4, from ln 2 correctly rounded (see above)
inline constexpr double exp2_float_c1 = 128 * (exp_step_hi + exp_step_lo), exp2_float_c2 = exp2_float_c1 * exp2_float_c1 / 2,
                        exp2_float_c3 = exp2_float_c2 * exp2_float_c1 / 3, exp2_float_c4 = exp2_float_c3 * exp2_float_c1 / 4;

constexpr double exp2_float_kernel(double t) noexcept {
    const exp2_float_parts p = exp2_float_reduce(t);
    const double r = p.r, r2 = r * r;
    return p.scaled_head +
           p.scaled_head * (r * exp2_float_c1 + r2 * ((exp2_float_c2 + r * exp2_float_c3) + r2 * exp2_float_c4));
}

} // namespace fluxion::detail

#endif
