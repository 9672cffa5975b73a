// fluxion/math/sincos.hpp — sin(x) and cos(x) together, from one argument reduction.
//
// Law: sincos(x) == {sin(x), cos(x)} bit for bit, for every argument (tested);
// it is only cheaper: the reduction x = k pi/2 + r is done once and both
// kernels run on r. (At run time the derivative rules of sin and cos call sin
// and cos separately for double, so that compilers can merge repeated calls:
// see detail::sin_and_cos in ad/rules.hpp.)
// Special values and domain errors are those of sin and cos: sincos(+-inf) stops
// a constant evaluation naming detail::sin_of_infinity.
//
//     static_assert(fluxion::sincos(0.0).sin == 0.0 && fluxion::sincos(0.0).cos == 1.0);
#ifndef FLUXION_MATH_SINCOS_HPP
#define FLUXION_MATH_SINCOS_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/cos.hpp>
#include <fluxion/math/sin.hpp>

namespace fluxion {

template <class T>
struct sin_cos {
    T sin;
    T cos;
};

namespace detail {

constexpr sin_cos<double> sincos_double(double x) noexcept {
    // Tiny, NaN and infinite arguments: exactly what sin and cos return.
    if (!(x >= 0x1p-27 && x <= max_double) && !(x <= -0x1p-27 && x >= -max_double))
        return {sin_double(x), cos_double(x)};
    const reduced_argument r = x < cody_waite_limit && x > -cody_waite_limit ? reduce_cody_waite(x)
                                                                            : reduce_payne_hanek(x);
    const double_double s = sin_polynomial::eval(r.hi, r.lo);
    const double_double c = cos_polynomial::eval(r.hi, r.lo);
    // By k mod 4: sin(x) = sin r, cos r, -sin r, -cos r; cos(x) = cos r, -sin r, -cos r, sin r.
    const double_double vs = (r.quadrant & 1) != 0 ? c : s;
    const double_double vc = (r.quadrant & 1) != 0 ? s : c;
    return {(r.quadrant & 2) != 0 ? -(vs.hi + vs.lo) : vs.hi + vs.lo,
            ((r.quadrant + 1) & 2) != 0 ? -(vc.hi + vc.lo) : vc.hi + vc.lo};
}

// float: the float path of sin and cos (detail/trig_float.hpp), reduced once.
constexpr sin_cos<float> sincos_float(float x) noexcept {
    if (!float_trig_common(x)) return {sin_float(x), cos_float(x)};
    const float_reduced r = reduce_float(x);
    const double s = sin_float_kernel(r.r), c = cos_float_kernel(r.r);
    const double vs = (r.quadrant & 1) != 0 ? c : s;
    const double vc = (r.quadrant & 1) != 0 ? s : c;
    return {static_cast<float>((r.quadrant & 2) != 0 ? -vs : vs), static_cast<float>(((r.quadrant + 1) & 2) != 0 ? -vc : vc)};
}

} // namespace detail

template <arithmetic T>
constexpr sin_cos<floating_t<T>> sincos(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::sincos_float(x);
    using R = floating_t<T>;
    const sin_cos<double> sc = detail::sincos_double(detail::to_double(x));
    return {detail::from_double<R>(sc.sin), detail::from_double<R>(sc.cos)};
}

} // namespace fluxion

#endif
