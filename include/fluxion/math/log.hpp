// fluxion/math/log.hpp — natural logarithm log(x).
//
// Law: within 1 ulp of the correctly rounded ln x for every x (designed for
// 0.5 + 2^-7 ulp; measured against MPFR, see docs/math/log.md); exact cases
// stay exact: log(1) == +0.
// Special values (C99 Annex F): log(+-0) = -inf (a pole: a value, also in a
// constant expression), log(+inf) = +inf, log(NaN) = NaN, log(x < 0) is a
// domain error: NaN at run time, a compile error naming
// fluxion::detail::log_of_negative_argument in a constant expression.
// Algorithm: log_hi_lo of detail/log_kernel.hpp (table-driven reduction to an
// exact r, |r| <= 2^-8, Taylor series of log(1 + r) in double, reconstruction
// as hi + lo within 2^-60 of ln x), rounded once.
//
//     static_assert(fluxion::log(1.0) == 0.0 && fluxion::log(2.0) == 0x1.62e42fefa39efp-1);
#ifndef FLUXION_MATH_LOG_HPP
#define FLUXION_MATH_LOG_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/log_float.hpp>
#include <fluxion/detail/log_kernel.hpp>
#include <fluxion/detail/narrow.hpp>

namespace fluxion::detail {

// Not constexpr on purpose: log of a negative number has no real value. At run
// time this returns NaN as IEEE-754 requires; in a constant expression the call
// of a non-constexpr function stops compilation, and the diagnostic names it.
inline double log_of_negative_argument() noexcept { return quiet_nan; }

// log of the arguments the fast path does not take: subnormals, NaN, zeros,
// negatives, +inf.
constexpr double log_special(double x) noexcept {
    if (x > 0 && x < inf) { // subnormal
        const double_double l = log_hi_lo(x);
        return l.hi + l.lo;
    }
    if (x == 0) return -inf;                               // pole, either sign of zero
    if (x < 0) return log_of_negative_argument();          // includes -inf
    return x;                                              // +inf and NaN are their own log
}

constexpr double log_double(double x) noexcept {
    if (x >= 0x1p-1022 && x < inf) { // the common path
        const log_parts p = log_parts_normal(x, 0); // the series last: it ends the longest chain
        return p.hi + (p.early + p.series);
    }
    return log_special(x);
}

// float: the plain-double kernel of detail/log_float.hpp, rounded once.
constexpr float log_float(float x) noexcept {
    if (x > 0 && x < inf) return static_cast<float>(log_float_kernel(x));
    return static_cast<float>(log_double(x)); // zeros, negatives, +inf, NaN
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> log(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::log_float(x);
    else return detail::via_double(detail::log_double, x);
}

} // namespace fluxion

#endif
