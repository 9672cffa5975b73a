// fluxion/math/abs.hpp — absolute value |x|.
//
// Law: abs(x) == copysign(x, +1): exact, abs(-0.0) == +0.0, abs(-inf) == +inf,
// and a NaN stays NaN with its sign bit cleared. As every fluxion math function,
// abs returns floating_t<T>: an integer argument gives a double, so
// abs(INT_MIN) is 2147483648.0 instead of undefined behaviour.
//
//     static_assert(fluxion::abs(-2.5) == 2.5);
#ifndef FLUXION_MATH_ABS_HPP
#define FLUXION_MATH_ABS_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/math/classify.hpp>

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> abs(T x) noexcept {
    const floating_t<T> y = static_cast<floating_t<T>>(x);
    return signbit(y) ? -y : y;
}

} // namespace fluxion

#endif
