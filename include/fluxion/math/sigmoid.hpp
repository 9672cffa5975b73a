// fluxion/math/sigmoid.hpp — the logistic sigmoid 1 / (1 + e^-x), the
// activation of the course's neural network (docs/backprop.md).
//
// Law: sigmoid(x) + sigmoid(-x) == 1 and sigmoid' == sigmoid (1 - sigmoid).
// Accuracy: within 1 ulp of the correctly rounded value for every double and
// float (the value before the final rounding is within 2^-60 relative for
// -38 <= x < 38); measured against MPFR in tests/runtime/math_sigmoid.cpp.
// Special values: sigmoid(+inf) == 1, sigmoid(-inf) == +0, sigmoid(NaN) is
// that NaN, sigmoid(+-0) == 0.5; sigmoid(x) == 1 for x >= 38 (the rounded
// value) and e^x underflows into the subnormals gracefully for x < -708,
// without overflowing arithmetic, so huge |x| work in constant expressions.
//
//     static_assert(fluxion::sigmoid(0.0) == 0.5 && fluxion::sigmoid(40.0) == 1.0);
#ifndef FLUXION_MATH_SIGMOID_HPP
#define FLUXION_MATH_SIGMOID_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/exp.hpp>

namespace fluxion::detail {

constexpr double sigmoid_double(double x) noexcept {
    if (x != x) return x;
    // x >= 38 (+inf included): 1 - sigmoid(x) < e^-38 < 2^-54, below half an
    // ulp of 1, so the rounded value is 1. Never compute e^-x for huge x.
    if (x >= 38.0) return 1.0;
    if (x < -38.0) {
        // sigmoid(x) = e^x / (1 + e^x) = e^x - e^2x + ..., and e^x < 2^-54.8:
        // e - e^2 is e^x (1 - e^x) to far below an ulp; once e^x < 2^-500 the
        // correction is below 2^-447 ulp and e^x alone is the answer (and
        // e * e would only underflow). exp(-inf) == +0 is a value, no arithmetic.
        const double e = exp_double(x);
        return e > 0x1p-500 ? e - e * e : e;
    }
    // Plain doubles would not do: 1 + e^-x rounds once more and the quotient
    // once more, up to 1.5 ulp in all. With e^(-|x|) in double-double
    // (relative error 2^-60), the sum and the quotient in double-double, only
    // the final rounding remains. Each sign uses the form with e^(-|x|) <= 1,
    // so nothing overflows or cancels:
    //     x >= 0: 1 / (1 + e^-x),     x < 0: e^x / (1 + e^x).
    if (x >= 0) {
        const double_double e = exp_as_double_double(-x);
        return exp_dd_divide({1.0, 0.0}, e + 1.0).hi;
    }
    const double_double e = exp_as_double_double(x);
    return exp_dd_divide(e, e + 1.0).hi;
}

} // namespace fluxion::detail

namespace fluxion {

/// The logistic sigmoid 1 / (1 + e^-x), within 1 ulp (see the top of this file).
template <arithmetic T>
constexpr floating_t<T> sigmoid(T x) noexcept {
    return detail::via_double(detail::sigmoid_double, x);
}

} // namespace fluxion

#endif
