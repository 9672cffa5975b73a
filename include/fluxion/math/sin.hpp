// fluxion/math/sin.hpp — sine of an angle in radians.
//
// Accuracy: at most 1 ulp from the correctly rounded sin(x) for every double,
// DBL_MAX included (MPFR-checked, docs/math/trig.md); float results are
// correctly rounded in all measured cases. Law: sin(-x) == -sin(x) bit for bit.
// Special values: sin(+-0) = +-0, sin(x) = x for |x| < 2^-27 (subnormals
// too), sin(NaN) = NaN; sin(+-inf) is a domain error: NaN at run time, and in
// a constant expression a compile error naming detail::sin_of_infinity.
// Compile-time cost: 24 Clang constexpr steps per call for |x| < 1.57e6,
// about 300 beyond (Payne-Hanek reduction).
//
//     static_assert(fluxion::sin(0.0) == 0.0);
#ifndef FLUXION_MATH_SIN_HPP
#define FLUXION_MATH_SIN_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/detail/reduce_pi_over_2.hpp>
#include <fluxion/detail/trig_float.hpp>
#include <fluxion/detail/trig_kernels.hpp>

#include <limits>

namespace fluxion::detail {

// Not constexpr on purpose: sin(+-inf) has no value, and calling this in a
// constant expression stops compilation with its name in the diagnostic.
inline double sin_of_infinity() noexcept { return quiet_nan; }

constexpr double sin_double(double x) noexcept {
    // The rare cases leave through one test (one constexpr step on the common path):
    // tiny x, where sin(x) = x (1 - x^2/6 + ...) rounds to x (keeping +-0 and
    // subnormals exact); NaN in, NaN out; +-inf, a domain error.
    if (!(x >= 0x1p-27 && x <= max_double) && !(x <= -0x1p-27 && x >= -max_double)) {
        if (!is_finite(x) && !is_nan(x)) return sin_of_infinity();
        return x;
    }
    // x = k pi/2 + r (Cody-Waite below 1.57e6, Payne-Hanek above), then by k mod 4:
    // sin(x) = sin(r), cos(r), -sin(r), -cos(r).
    const reduced_argument r = x < cody_waite_limit && x > -cody_waite_limit ? reduce_cody_waite_unnormalized(x)
                                                                            : reduce_payne_hanek(x);
    const double_double v = (r.quadrant & 1) != 0 ? cos_polynomial::eval(r.hi, r.lo) : sin_polynomial::eval(r.hi, r.lo);
    return (r.quadrant & 2) != 0 ? -(v.hi + v.lo) : v.hi + v.lo;
}

// float: its own shorter path (detail/trig_float.hpp): x = q pi/2 + r, then
// sin(x) from the kernel's table row q mod 4 (no branch on q), rounded once.
constexpr float sin_float(float x) noexcept {
    if (!float_trig_common(x)) return static_cast<float>(sin_double(x));
    const float_reduced r = reduce_float(x);
    return static_cast<float>(sin_quadrant_float_kernel(r.r, r.quadrant));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> sin(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::sin_float(x);
    else return detail::via_double(detail::sin_double, x);
}

} // namespace fluxion

#endif
