// fluxion/math/pow.hpp — x raised to the power y, for a real and for an
// integer exponent.
//
// Law: within 1 ulp of the correctly rounded x^y for every (x, y) (designed for
// 0.5 ulp + 2^-4 ulp at worst, 0.5 + 2^-7 + 2^-5.4 ulp for most arguments;
// measured against MPFR: docs/math/log.md), and
// EXACT whenever x^y is a representable number (pow(3.0, 20), pow(0.5, 1074),
// pow(4.0, 0.5), pow(-2.0, 63), ...): the value before the final rounding is
// within about 2^-58 (relative) of x^y, so when x^y is a double nothing else is
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
// Algorithm: x^y = e^(y ln|x|). ln|x| comes from the double-double log kernel
// (detail/log_kernel.hpp, relative error below 2^-68), the product y ln|x| is
// formed in double-double (Dekker's two_prod), and detail::exp_double_double
// (math/exp.hpp) takes the double-double argument and rounds once. With
// |y ln x| <= 745 wherever the result is finite and nonzero, the error of the
// argument is below 745 * 2^-68 < 2^-58.4, i.e. 2^-5.4 ulp in the result (plus
// 2^-60 from the roundings of the product's low part, see pow_positive). The
// log is not normalised, so t_lo can reach 2^-7.9 (x within 2^-8 of 1 and
// |y ln x| near 745), where exp_double_double's own error grows from 2^-7
// to 2^-5 ulp: 2^-4 ulp in all at worst.
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
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/log_float.hpp>
#include <fluxion/detail/log_kernel.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/exp.hpp>

#include <bit>
#include <concepts>
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

// e^((y_hi + y_lo) ln a) for a finite a > 0 and a finite y = y_hi + y_lo
// (normalised, |y| < 2^65), negated when `negative`.
constexpr double pow_positive(double a, double y_hi, double y_lo, bool negative) noexcept {
    const double_double l = log_double_double(a); // not normalised: |l.lo| <= 2^-17.5 |l.hi|
    // t = y ln a = t_hi + t_lo: Dekker's exact product y_hi l.hi = t_hi + e
    // (Veltkamp's split of both factors into 26-bit heads, written out in place
    // as in two_prod, to save constexpr steps), plus the cross terms y_lo l.hi
    // and, last, y_hi l.lo: l.lo ends the longest chain of the log kernel, and
    // l.hi (so t_hi, and exp's reduction with it) does not wait for it. |y| <
    // 2^65 and |ln a| < 745, so nothing overflows (the split needs |v| < 2^995).
    // Where exp_double_double does not return 0 or inf at once, |t_hi| < 745.2
    // and t_lo is below 2^-17.5 |t_hi| + 2^-52 |t_hi| < 2^-7.9, inside its
    // |lo| <= 2^-7.5; its roundings (three, each at most 2^-53 |t_lo|) add
    // below 2^-60 to the argument.
    const double yh = 134217729.0 * y_hi - (134217729.0 * y_hi - y_hi);
    const double lh = 134217729.0 * l.hi - (134217729.0 * l.hi - l.hi);
    const double t_hi = y_hi * l.hi;
    const double t_lo = ((((yh * lh - t_hi) + yh * (l.hi - lh) + (y_hi - yh) * lh) + (y_hi - yh) * (l.hi - lh)) +
                         y_lo * l.hi) + y_hi * l.lo;
    const double r = exp_double_double(t_hi, t_lo);
    return negative ? -r : r;
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

constexpr double pow_double(double x, double y) noexcept {
    if (y == 0) return 1.0; // even for a NaN x
    if (x == 0 || x == 1 || !is_finite(x) || !is_finite(y)) return pow_special(x, y);
    // |y| >= 2^64 is an even integer, so pow(-1, y) = 1; for |x| != 1,
    // |y ln|x|| >= 2^64 * 2^-53 = 2048 (|ln|x|| is at least that of the
    // neighbours of 1): the result overflows or underflows. (Returning here
    // also keeps Veltkamp's split below from overflowing: it needs |y| < 2^995.)
    if (abs_value(y) >= 0x1p64) {
        if (x == -1) return 1.0;
        return (abs_value(x) > 1) == (y > 0) ? inf : 0.0;
    }
    if (x > 0) return pow_positive(x, y, 0.0, false);
    // x < 0: only an integer y has a real result, negative for an odd y
    const integer_kind kind = kind_of_integer(y);
    if (kind == integer_kind::not_integer) return pow_of_negative_base_with_non_integer_exponent();
    return pow_positive(-x, y, 0.0, kind == integer_kind::odd);
}

// pow(x, n) for an integer n given as its magnitude and sign: no conversion of
// n to double (2^64 - 1 is exact here), no negation overflow (INT_MIN).
constexpr double pow_integer_double(double x, std::uint64_t magnitude, bool negative_n) noexcept {
    if (magnitude == 0) return 1.0; // even for a NaN x
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
    const double_double n = fast_two_sum(n_hi, n_lo); // |n_hi| >= |n_lo| or n_hi == 0
    return negative_n ? pow_positive(abs_value(x), -n.hi, -n.lo, odd && x < 0)
                      : pow_positive(abs_value(x), n.hi, n.lo, odd && x < 0);
}

// e^t in plain double for pow_float: within 2^-49 (relative) for |t| < 104,
// the range of normal float results; exp_double beyond. exp's reduction
// (Tang 1989, detail/exp_kernel.hpp: t = k ln2/128 + r, |r| <= ln2/256, with
// k ln2/128 in two parts) but with the table's head 2^(j/128) alone (2^-53)
// and the Taylor series of e^r - 1 only to r^4/4! (coefficients 1/n!; first
// omitted term r^5/5! < 2^-49.6), in Estrin's form: pow_float needs 2^-44.
constexpr double pow_float_exp(double t) noexcept {
    if (!(t > -104 && t < 104)) return exp_double(t);
    const double kd = (t * exp_inv_step + 0x1.8p52) - 0x1.8p52; // round to nearest integer
    const int k = static_cast<int>(kd);
    const double r = (t - kd * exp_step_hi) - kd * exp_step_lo;
    const double r2 = r * r;
    const double head = exp_table[k & 127].hi;
    return (head + head * (r + r2 * ((0.5 + r * (1.0 / 6)) + r2 * (1.0 / 24)))) *
           std::bit_cast<double>(static_cast<std::uint64_t>((k >> 7) + 1023) << 52); // 2^m, m = floor(k/128)
}

// float^float: e^(y ln|x|) in plain double (detail/log_float.hpp's kernel,
// relative error about 2^-52, then pow_float_exp), rounded once to float.
// Wherever the result is a normal float or overflows (|y ln|x|| <= 104
// otherwise), the exponent is off by at most 104 * 2^-51 < 2^-44 and
// pow_float_exp adds 2^-49, so the double result is within 2^-43.9 (relative)
// of x^y. If it lies farther than 2^-41 from a float midpoint, it rounds to the
// correctly rounded float; if not (about
// one argument in 2^15, among them the exact ties such as 4097^2 = 2^24 + 2^13
// + 1), or if the result is below the normal floats, pow_double decides. So
// the float path is correctly rounded wherever the double algorithm rounded
// to float is, and exact cases stay exact.
constexpr float pow_float(float xf, float yf) noexcept {
    const double x = xf, y = yf;
    // Zeros, infinities and NaNs in one test per argument: the bits shifted
    // left by one (sign dropped), minus 1, wrap for a zero and are >= 0xff000000 - 1
    // for an infinity or a NaN.
    const std::uint32_t x2 = std::bit_cast<std::uint32_t>(xf) << 1, y2 = std::bit_cast<std::uint32_t>(yf) << 1;
    if (x2 - 1 >= 0xfeff'ffff || y2 - 1 >= 0xfeff'ffff || xf == 1) return static_cast<float>(pow_double(x, y));
    bool negative = false;
    if (x < 0) {
        const integer_kind kind = kind_of_integer(y);
        if (kind == integer_kind::not_integer) return static_cast<float>(pow_of_negative_base_with_non_integer_exponent());
        negative = kind == integer_kind::odd;
    }
    const double r = pow_float_exp(y * log_float_kernel(abs_value(x)));
    // The 29 bits that rounding to float drops: a midpoint is 0x10000000; the
    // margin 0x1000 double ulps is 2^-41 or more (relative) each side.
    const std::uint64_t dropped = to_bits(r) & 0x1fff'ffff;
    if (dropped - (0x1000'0000 - 0x1000) < 0x2000 || r < 0x1p-126) return static_cast<float>(pow_double(x, y));
    return static_cast<float>(negative ? -r : r);
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
