// fluxion/math/cos.hpp — cosine of an angle in radians.
//
// Accuracy: at most 1 ulp from the correctly rounded cos(x) for every double,
// DBL_MAX included (MPFR-checked, docs/math/trig.md). Law: cos(-x) == cos(x)
// bit for bit. Special values: cos(+-0) = 1, cos(x) = 1 for |x| < 2^-27,
// cos(NaN) = NaN; cos(+-inf) is a domain error: NaN at run time, and in a
// constant expression a compile error naming detail::cos_of_infinity.
// Compile-time cost: 24 Clang constexpr steps per call for |x| < 1.57e6,
// about 300 beyond (Payne-Hanek reduction).
//
//     static_assert(fluxion::cos(0.0) == 1.0);
#ifndef FLUXION_MATH_COS_HPP
#define FLUXION_MATH_COS_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/detail/reduce_pi_over_2.hpp>
#include <fluxion/detail/trig_float.hpp>
#include <fluxion/detail/trig_kernels.hpp>

#include <limits>

namespace fluxion::detail {

// Not constexpr on purpose: cos(+-inf) has no value, and calling this in a
// constant expression stops compilation with its name in the diagnostic.
inline double cos_of_infinity() noexcept { return quiet_nan; }

constexpr double cos_double(double x) noexcept {
    // The rare cases leave through one test (one constexpr step on the common path):
    // tiny x, where cos(x) = 1 - x^2/2 + ... rounds to 1 (x^2/2 < 2^-55, under
    // half an ulp of 1); NaN in, NaN out; +-inf, a domain error.
    if (!(x >= 0x1p-27 && x <= max_double) && !(x <= -0x1p-27 && x >= -max_double)) {
        if (is_nan(x)) return x;
        return is_finite(x) ? 1.0 : cos_of_infinity();
    }
    // x = k pi/2 + r (Cody-Waite below 1.57e6, Payne-Hanek above), then by k mod 4:
    // cos(x) = cos(r), -sin(r), -cos(r), sin(r).
    const reduced_argument r = x < cody_waite_limit && x > -cody_waite_limit ? reduce_cody_waite_unnormalized(x)
                                                                            : reduce_payne_hanek(x);
    const double_double v = (r.quadrant & 1) != 0 ? sin_polynomial::eval(r.hi, r.lo) : cos_polynomial::eval(r.hi, r.lo);
    return ((r.quadrant + 1) & 2) != 0 ? -(v.hi + v.lo) : v.hi + v.lo;
}

// float: its own shorter path (detail/trig_float.hpp): x = q pi/2 + r, then
// cos(x) = sin(x + pi/2) from the kernel's table row (q + 1) mod 4 (no
// branch on q), rounded once.
constexpr float cos_float(float x) noexcept {
    if (!float_trig_common(x)) return static_cast<float>(cos_double(x));
    const float_reduced r = reduce_float(x);
    return static_cast<float>(sin_quadrant_float_kernel(r.r, r.quadrant + 1));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> cos(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::cos_float(x);
    else return detail::via_double(detail::cos_double, x);
}

} // namespace fluxion

#endif
