// fluxion/hessian.hpp — hessian(f, point): all second partial derivatives.
//
// H_ij = d2f / dx_i dx_j from hyper-dual numbers: seeding eps1 along x_i and
// eps2 along x_j, the eps1 eps2 part of f is exactly H_ij (Fike and Alonso
// 2011). H is symmetric for smooth f, so only the upper triangle is evaluated:
// n(n+1)/2 evaluations of f, each exact to rounding error, with no step size.
//
//     constexpr auto f = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
//     constexpr auto H = fluxion::hessian(f, fluxion::vector{0.0, 0.0});
//     static_assert(H(0, 0) == 4 && H(0, 1) == -1 && H(1, 0) == -1 && H(1, 1) == 6);
#ifndef FLUXION_HESSIAN_HPP
#define FLUXION_HESSIAN_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/linalg/matrix.hpp>

#include <cstddef>

namespace fluxion {

template <class F, point P>
    requires differentiable_at<F, P, hyper_dual<point_value_t<P>>>
constexpr matrix<point_value_t<P>, point_size<P>, point_size<P>> hessian(const F& f, const P& p) {
    using T = point_value_t<P>;
    constexpr std::size_t N = point_size<P>;
    using S = hyper_dual<T>;
    matrix<T, N, N> H;
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = i; j < N; ++j) {
            point_of<P, S> x{};
            for (std::size_t k = 0; k < N; ++k) x[k] = S(static_cast<T>(p[k]));
            x[i].d1 = 1; // eps1 along x_i
            x[j].d2 = 1; // eps2 along x_j
            H(i, j) = H(j, i) = S(detail::evaluate_at(f, x)).d12;
        }
    }
    return H;
}

// Wrong uses land here (see gradient.hpp).
template <class F, class P>
constexpr auto hessian(const F&, const P&) {
    if constexpr (detail::check_point_call<F, P>()) {
        constexpr bool ok = differentiable_at<F, P, hyper_dual<point_value_t<P>>>;
        static_assert(ok,
                      "fluxion::hessian(f, p): f cannot be evaluated on fluxion::hyper_dual numbers (is it written "
                      "for double only? write it generically: [](auto x, auto y) { ... })");
    }
    if constexpr (point<P>) return matrix<point_value_t<P>, point_size<P>, point_size<P>>{};
    else return 0.0;
}

} // namespace fluxion

#endif
