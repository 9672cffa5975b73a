// fluxion/detail/narrow.hpp — how every math function serves float, double,
// long double and integers from one double-precision algorithm.
//
// float: the double result is within about 0.5 double ulp of the true value,
// so rounding it to float is correctly rounded except in the rarest of ties.
// long double: computed at double accuracy (documented in docs/math.md); an
// argument beyond double's range saturates to +-inf or +-0 first, because the
// conversion of an out-of-range value is undefined behaviour in C++.
#ifndef FLUXION_DETAIL_NARROW_HPP
#define FLUXION_DETAIL_NARROW_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/ieee.hpp>
#include <limits>

namespace fluxion::detail {

template <arithmetic T>
constexpr double to_double(T x) noexcept {
    if constexpr (std::same_as<T, long double>) {
        if (x != x) return quiet_nan;
        if (x > std::numeric_limits<double>::max()) return inf;
        if (x < -std::numeric_limits<double>::max()) return -inf;
    }
    return static_cast<double>(x);
}

template <std::floating_point R>
constexpr R from_double(double r) noexcept {
    return static_cast<R>(r);
}

// f computes in double; the result has the floating type of T.
template <arithmetic T, class F>
constexpr floating_t<T> via_double(F f, T x) noexcept {
    // double needs no conversion: calling f directly saves a few constant-
    // evaluation steps on every call (they count against Clang's budget).
    if constexpr (std::same_as<T, double>) return f(x);
    else return from_double<floating_t<T>>(f(to_double(x)));
}
template <arithmetic A, arithmetic B, class F>
constexpr floating2_t<A, B> via_double(F f, A a, B b) noexcept {
    return from_double<floating2_t<A, B>>(f(to_double(a), to_double(b)));
}

} // namespace fluxion::detail

#endif
