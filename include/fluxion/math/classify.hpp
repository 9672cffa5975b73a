// fluxion/math/classify.hpp — isnan, isinf, isfinite, signbit, copysign.
//
// The IEEE-754 classification helpers, usable in constant expressions on every
// compiler (they read bits or compare; they never do arithmetic on a NaN).
// Laws: isnan(x) == (x != x); isfinite(x) == !isnan(x) && !isinf(x);
// copysign(x, y) has the magnitude of x and the sign bit of y, also for zeros
// and NaNs (copysign(1.0, -0.0) == -1.0). Integers are finite and never NaN.
//
//     static_assert(fluxion::signbit(-0.0) && !fluxion::isnan(1.0));
//     static_assert(fluxion::copysign(2.0, -0.0) == -2.0);
#ifndef FLUXION_MATH_CLASSIFY_HPP
#define FLUXION_MATH_CLASSIFY_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/ieee.hpp>
#include <limits>

namespace fluxion {

template <arithmetic T>
constexpr bool isnan(T x) noexcept {
    return x != x; // the one value not equal to itself
}

template <arithmetic T>
constexpr bool isinf(T x) noexcept {
    if constexpr (std::integral<T>) return false;
    else return x == std::numeric_limits<T>::infinity() || x == -std::numeric_limits<T>::infinity();
}

template <arithmetic T>
constexpr bool isfinite(T x) noexcept {
    return !isnan(x) && !isinf(x);
}

template <arithmetic T>
constexpr bool signbit(T x) noexcept {
    if constexpr (std::integral<T>) return x < 0;
    // Only zeros and NaNs need the bit itself; converting them to double keeps
    // the sign (and avoids bit-casting long double, which Clang cannot do in a
    // constant expression).
    else return x < 0 || ((x == 0 || x != x) && detail::sign_bit(static_cast<double>(x)));
}

template <arithmetic A, arithmetic B>
constexpr floating2_t<A, B> copysign(A magnitude, B sign) noexcept {
    using R = floating2_t<A, B>;
    const R m = static_cast<R>(magnitude);
    const bool flip = signbit(m) != signbit(sign);
    return flip ? -m : m; // negation only flips the sign bit, NaNs included
}

} // namespace fluxion

#endif
