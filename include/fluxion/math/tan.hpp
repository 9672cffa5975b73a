// fluxion/math/tan.hpp — tangent of an angle in radians.
//
// Accuracy: at most 1 ulp from the correctly rounded tan(x) for every double,
// DBL_MAX included (MPFR-checked, docs/math/trig.md). Law: tan(-x) == -tan(x)
// bit for bit. Near an odd multiple of pi/2 the result is large (up to about
// 2^61 for the closest doubles) and has the sign of the true tangent: no double
// is a multiple of pi/2, so tan never overflows nor divides by zero.
// Algorithm (detail/tan_kernel.hpp): x = k pi/4 + u with |u| <= pi/8, a
// minimax polynomial for tan(u) in double-double, then by k mod 4 one of t,
// (1 + t)/(1 - t), -1/t, (t - 1)/(1 + t), as one double-double division
// picked from a table without a branch.
// Special values: tan(+-0) = +-0, tan(x) = x for |x| < 2^-27, tan(NaN) = NaN;
// tan(+-inf) is a domain error: NaN at run time, and in a constant expression
// a compile error naming detail::tan_of_infinity.
// Compile-time cost: 24 Clang constexpr steps per call for |x| < 786432
// (34 within 2^-7 of a multiple of pi/4, or up to 1.57e6), about 290 beyond
// (Payne-Hanek reduction).
//
//     static_assert(fluxion::tan(0.0) == 0.0);
#ifndef FLUXION_MATH_TAN_HPP
#define FLUXION_MATH_TAN_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/detail/reduce_pi_over_2.hpp>
#include <fluxion/detail/tan_kernel.hpp>
#include <fluxion/detail/trig_float.hpp>

#include <limits>

namespace fluxion::detail {

// Not constexpr on purpose: tan(+-inf) has no value, and calling this in a
// constant expression stops compilation with its name in the diagnostic.
inline double tan_of_infinity() noexcept { return quiet_nan; }

constexpr double tan_double(double x) noexcept {
    // The rare cases leave through one test: tiny x, where tan(x) = x (1 + x^2/3 + ...)
    // rounds to x (keeping +-0 and subnormals exact); NaN in, NaN out; +-inf, a domain error.
    if (!(x >= 0x1p-27 && x <= max_double) && !(x <= -0x1p-27 && x >= -max_double)) {
        if (!is_finite(x) && !is_nan(x)) return tan_of_infinity();
        return x;
    }
    // x = k pi/4 + u, |u| <= pi/8, then tan by k mod 4 (detail/tan_kernel.hpp).
    return tan_kernel::eval(x < tan_kernel::limit && x > -tan_kernel::limit ? tan_kernel::reduce(x)
                                                                            : tan_kernel::fold(reduce_pi_over_2(x)));
}

// float: its own shorter path (detail/trig_float.hpp): sin x / cos x from the
// float kernels in double (each within about 2^-52, so the quotient within
// about 2^-51; in the odd quadrants that is -cos r / sin r), rounded once.
constexpr float tan_float(float x) noexcept {
    if (!float_trig_common(x)) return static_cast<float>(tan_double(x));
    const float_reduced r = reduce_float(x);
    return static_cast<float>(sin_quadrant_float_kernel(r.r, r.quadrant) /
                              sin_quadrant_float_kernel(r.r, r.quadrant + 1));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> tan(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::tan_float(x);
    else return detail::via_double(detail::tan_double, x);
}

} // namespace fluxion

#endif
