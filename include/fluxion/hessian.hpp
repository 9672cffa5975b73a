// fluxion/hessian.hpp — hessian(f, point): all second partial derivatives.
//
// H_ij = d2f / dx_i dx_j from ONE evaluation of f on multi_hyper_dual<T, N>
// numbers (ad/multi_hyper_dual.hpp): each coordinate x_k is seeded with the
// k-th unit gradient, and f's result carries its value, gradient and the upper
// triangle of H (H is symmetric for smooth f). Each entry is bit for bit the
// eps1 eps2 part of the hyper-dual evaluation seeded along x_i and x_j (Fike
// and Alonso 2011), exact to rounding error with no step size. The one pass
// calls each math function once instead of n(n+1)/2 times; on the 2-D
// examples of docs/benchmarks_derivatives.md it runs up to 5.5x (GCC) and
// 2.8x (Clang) fewer instructions than the n(n+1)/2 hyper-dual passes.
//
//     constexpr auto f = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
//     constexpr auto H = fluxion::hessian(f, fluxion::vector{0.0, 0.0});
//     static_assert(H(0, 0) == 4 && H(0, 1) == -1 && H(1, 0) == -1 && H(1, 1) == 6);
#ifndef FLUXION_HESSIAN_HPP
#define FLUXION_HESSIAN_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/detail/attributes.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/linalg/matrix.hpp>

#include <cstddef>

namespace fluxion {

template <class F, point P>
    requires differentiable_at<F, P, multi_hyper_dual<point_value_t<P>, point_size<P>>>
FLUXION_ALWAYS_INLINE constexpr matrix<point_value_t<P>, point_size<P>, point_size<P>> hessian(const F& f, const P& p) {
    using T = point_value_t<P>;
    constexpr std::size_t N = point_size<P>;
    using S = multi_hyper_dual<T, N>;
    point_of<P, S> x{};
    for (std::size_t k = 0; k < N; ++k) {
        x[k] = S(static_cast<T>(p[k]));
        x[k].d[k] = 1; // seed: d x_k / d x_k = 1, no curvature
    }
    const S y = S(detail::evaluate_at(f, x));
    matrix<T, N, N> H;
    std::size_t k = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i; j < N; ++j, ++k) H(i, j) = H(j, i) = y.h[k];
    return H;
}

// Wrong uses land here (see gradient.hpp).
template <class F, class P>
constexpr auto hessian(const F&, const P&) {
    if constexpr (detail::check_point_call<F, P>()) {
        constexpr bool ok = differentiable_at<F, P, multi_hyper_dual<point_value_t<P>, point_size<P>>>;
        static_assert(ok,
                      "fluxion::hessian(f, p): f cannot be evaluated on fluxion::multi_hyper_dual numbers (is it "
                      "written for double only? write it generically: [](auto x, auto y) { ... })");
    }
    if constexpr (point<P>) return matrix<point_value_t<P>, point_size<P>, point_size<P>>{};
    else return 0.0;
}

} // namespace fluxion

#endif
