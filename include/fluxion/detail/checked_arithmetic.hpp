// fluxion/detail/checked_arithmetic.hpp — a / b, a * b and a - b that report
// overflow instead of producing it.
//
// In a constant expression an overflow is a compile error on GCC (1e308 * 10
// is rejected) and a NaN is one on both compilers, so code that must give the
// same answer at compile time and at run time checks BEFORE it computes; at
// run time the same checks turn the problem into a status (non_finite).
// Each function stores the result in `out` and returns true, or returns false
// (out untouched) when the exact result exceeds the largest finite T.
// Arguments must be finite.
#ifndef FLUXION_DETAIL_CHECKED_ARITHMETIC_HPP
#define FLUXION_DETAIL_CHECKED_ARITHMETIC_HPP

#include <fluxion/math/abs.hpp>

#include <concepts>
#include <limits>

namespace fluxion::detail {

// out = num / den unless the quotient would overflow (den != 0, both finite).
// |den| >= 1 cannot overflow; otherwise |num| / |den| > max iff |num| > |den| max,
// and |den| max does not overflow because |den| < 1.
template <std::floating_point T>
constexpr bool checked_divide(T num, T den, T& out) noexcept {
    const T d = abs(den);
    if (d < 1 && abs(num) > d * std::numeric_limits<T>::max()) return false;
    out = num / den;
    return true;
}

// out = a * b unless the product would overflow (both finite).
template <std::floating_point T>
constexpr bool checked_multiply(T a, T b, T& out) noexcept {
    const T m = abs(a);
    if (m > 1 && abs(b) > std::numeric_limits<T>::max() / m) return false;
    out = a * b;
    return true;
}

// out = a - b unless the difference would overflow (both finite): only when
// a and -b have the same sign can |a - b| exceed max.
template <std::floating_point T>
constexpr bool checked_subtract(T a, T b, T& out) noexcept {
    if ((a > 0 && b < 0) || (a < 0 && b > 0))
        if (abs(b) > std::numeric_limits<T>::max() - abs(a)) return false;
    out = a - b;
    return true;
}

} // namespace fluxion::detail

#endif
