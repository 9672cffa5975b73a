// fluxion/math/sincos.hpp — sin(x) and cos(x) together, from one argument reduction.
//
// Law: sincos(x) == {sin(x), cos(x)} bit for bit, for every argument (tested);
// it is only cheaper: the reduction x = k pi/2 + r is done once and both
// kernels run on r. The derivative rules of sin and cos use it (detail::
// sin_and_cos in ad/rules.hpp); at run time, for double, through
// sincos_double_merged below, whose repeated calls compilers merge.
// Special values and domain errors are those of sin and cos: sincos(+-inf) stops
// a constant evaluation naming detail::sin_of_infinity.
//
//     static_assert(fluxion::sincos(0.0).sin == 0.0 && fluxion::sincos(0.0).cos == 1.0);
#ifndef FLUXION_MATH_SINCOS_HPP
#define FLUXION_MATH_SINCOS_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/attributes.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/cos.hpp>
#include <fluxion/math/sin.hpp>

#include <cstdint>

namespace fluxion {

template <class T>
struct sin_cos {
    T sin;
    T cos;
};

namespace detail {

// The signs and the swap of sin(x) and cos(x) by k mod 4 (x = k pi/2 + r):
// sin(x) = sin r, cos r, -sin r, -cos r and cos(x) = cos r, -sin r, -cos r,
// sin r, written as sin(x) = S sin r + C cos r (one of S, C is +-1, the other
// 0; likewise cos(x)). Exact, since sin r and cos r are nonzero and finite:
// +-1 and 0 times them are exact, and adding a zero changes nothing. Why
// multiply instead of branch: k mod 4 of random arguments is random, and a
// mispredicted branch costs more than these four products.
struct quadrant_signs {
    double sin_of_sin, sin_of_cos, cos_of_sin, cos_of_cos;
};
inline constexpr quadrant_signs quadrant_table[4] = {{1, 0, 0, 1}, {0, 1, -1, 0}, {-1, 0, 0, -1}, {0, -1, 1, 0}};

// sin(x) and cos(x) from x = k pi/2 + r: both kernels, then the quadrant.
FLUXION_ALWAYS_INLINE constexpr sin_cos<double> sincos_reduced(const reduced_argument& r) noexcept {
    const double_double s = sin_polynomial::eval(r.hi, r.lo);
    const double_double c = cos_polynomial::eval(r.hi, r.lo);
    const double sr = s.hi + s.lo, cr = c.hi + c.lo;
    const quadrant_signs& q = quadrant_table[r.quadrant];
    return {q.sin_of_sin * sr + q.sin_of_cos * cr, q.cos_of_sin * sr + q.cos_of_cos * cr};
}

// Inlined into both of its callers (sincos_double and, at run time,
// sincos_double_merged), as is sincos_reduced into both of its paths: a
// call in between, or a reduced_argument passed through memory from
// whichever reduction ran, costs more than the duplicated code.
FLUXION_ALWAYS_INLINE constexpr sin_cos<double> sincos_double_inline(double x) noexcept {
    // Tiny, NaN, infinite and huge arguments leave the common path through
    // one test: tiny, NaN and infinite ones get exactly what sin and cos
    // return; huge ones take Payne-Hanek's reduction.
    const double a = abs_value(x);
    if (!(a >= 0x1p-27 && a < cody_waite_limit)) {
        if (!(a >= 0x1p-27 && a <= max_double)) return {sin_double(x), cos_double(x)};
        return sincos_reduced(reduce_payne_hanek(x));
    }
    return sincos_reduced(reduce_cody_waite_unnormalized(x));
}

constexpr sin_cos<double> sincos_double(double x) noexcept { return sincos_double_inline(x); }

// Run time only: sincos_double's two results in one register, returned by a
// const, never-inlined function (detail/attributes.hpp). Why: the derivative
// of sin(x) needs cos(x.value) too, and of cos(x) sin(x.value); f = e^(sin x)
// + cos x asks for the pair twice. GCC and Clang merge two const calls with
// one argument into one, but GCC 12 only when the result is a register value,
// not a struct such as sin_cos: hence a GNU vector of two doubles (returned
// in one SSE register). So f, f' and f'' of such an f cost one reduction and
// both kernels once, as glibc's sincos does for hand-written code. Without
// GNU vectors (other compilers) it is sincos_double itself.
#if defined(__GNUC__) || defined(__clang__)
using sin_cos_register = double __attribute__((vector_size(2 * sizeof(double))));
FLUXION_CONST_FUNCTION FLUXION_NOINLINE inline sin_cos_register sincos_double_merged(double x) noexcept {
    const sin_cos<double> sc = sincos_double_inline(x);
    return sin_cos_register{sc.sin, sc.cos};
}
inline sin_cos<double> sincos_double_at_run_time(double x) noexcept {
    const sin_cos_register v = sincos_double_merged(x);
    return {v[0], v[1]};
}
#else
inline sin_cos<double> sincos_double_at_run_time(double x) noexcept { return sincos_double(x); }
#endif

// float: the float path of sin and cos (detail/trig_float.hpp), reduced once:
// the kernel at rows q and q + 1, the very expressions sin_float and cos_float evaluate.
constexpr sin_cos<float> sincos_float(float x) noexcept {
    if (!float_trig_common(x)) return {sin_float(x), cos_float(x)};
    const float_reduced r = reduce_float(x);
    return {static_cast<float>(sin_quadrant_float_kernel(r.r, r.quadrant)),
            static_cast<float>(sin_quadrant_float_kernel(r.r, r.quadrant + 1))};
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
