// fluxion/jacobian.hpp — jacobian(F, point): J_jk = dF_j / dx_k.
//
// F maps a point of R^N to M values (it returns a std::array or a
// fluxion::vector of M numbers). One evaluation on dual<T, N> numbers gives
// every row: component j carries its N partials. The result is the M x N
// matrix of the linearisation F(x + dx) ~ F(x) + J dx, the matrix that Newton's
// method for systems solves with.
//
//     constexpr auto F = [](auto x, auto y) { return fluxion::vector{x * y, x + 3 * y}; };
//     constexpr auto J = fluxion::jacobian(F, fluxion::vector{2.0, 5.0});
//     static_assert(J(0, 0) == 5 && J(0, 1) == 2 && J(1, 0) == 1 && J(1, 1) == 3);
#ifndef FLUXION_JACOBIAN_HPP
#define FLUXION_JACOBIAN_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/detail/value_and_gradient.hpp>
#include <fluxion/linalg/matrix.hpp>

#include <cstddef>
#include <type_traits>

namespace fluxion {

/// F evaluated at a point of S returns a point (array or vector) of S: a
/// vector-valued function that dual numbers can differentiate.
template <class F, class P, class S>
concept vector_function_at = callable_at<F, point_of<P, S>> && requires(const F& f, const point_of<P, S>& x) {
    { detail::evaluate_at(f, x) } -> point_of_numbers<S>;
};

template <class F, point P>
    requires vector_function_at<F, P, dual<point_value_t<P>, point_size<P>>>
constexpr auto jacobian(const F& f, const P& p) {
    using T = point_value_t<P>;
    constexpr std::size_t N = point_size<P>;
    const auto y = detail::evaluate_at(f, detail::seeded_point(p)); // component j carries row j
    constexpr std::size_t M = detail::point_traits<std::remove_cvref_t<decltype(y)>>::size;
    matrix<T, M, N> J;
    for (std::size_t j = 0; j < M; ++j)
        for (std::size_t k = 0; k < N; ++k) J(j, k) = y[j].d[k];
    return J;
}

} // namespace fluxion

#endif
