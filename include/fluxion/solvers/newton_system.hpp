// fluxion/solvers/newton_system.hpp — newton_root(F, point, options): a zero of
// a system of N equations in N unknowns.
//
// Newton's method for F: R^N -> R^N (MIT 18.065, lecture 21): linearise,
// F(x + dx) ~ F(x) + J(x) dx, and solve J(x_k) (x_{k+1} - x_k) = -F(x_k):
//     x_{k+1} = x_k - J^{-1} F(x_k),
// with J^{-1} F computed by solve(J, F) (LU with partial pivoting; the inverse
// is never formed). F(x_k) and J(x_k) come from ONE evaluation of F on
// dual<T, N> numbers (exact J, no step size). Near a solution where J is
// invertible the error squares each step. With F = grad f the Jacobian is the
// Hessian of f, so this reproduces newton_minimize(f, point) step for step.
// F is any callable that takes the point, F(p), or its coordinates, F(x, y),
// and returns a std::array or fluxion::vector of N numbers (for example
// fluxion's expression `system(f1, f2)`, or a lambda).
// Statuses (result.hpp): converged; max_iterations; singular when solve()
// finds J(x_k) singular while F(x_k) != 0 (x_k is returned); non_finite for a
// NaN/infinite start, a non-finite F or J at run time, or a step that would
// overflow; diverged (options.divergence_bound); stalled (gradient rule only:
// an update that left x unchanged, options.hpp). F(x_k) == 0 exactly is a zero
// step: converged. The residual ||F(x_k)|| plays the gradient's part in
// stop_rule::gradient_norm.
// A square system is checked at compile time: an F returning M != N values
// is rejected by a static_assert naming the mistake.
//
//     constexpr auto F = [](auto x, auto y) { return std::array{x * x + y * y - 4, x - y}; };
//     constexpr auto r = fluxion::newton_root(F, std::array{1.0, 2.0});
//     static_assert(r.status == fluxion::status::converged);   // (sqrt 2, sqrt 2)
#ifndef FLUXION_SOLVERS_NEWTON_SYSTEM_HPP
#define FLUXION_SOLVERS_NEWTON_SYSTEM_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/detail/solver_loop.hpp>
#include <fluxion/detail/value_and_gradient.hpp>
#include <fluxion/jacobian.hpp>
#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/solve.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>
#include <fluxion/status.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace fluxion {

namespace detail {
template <class F, class P>
inline constexpr std::size_t system_size =
    point_traits<std::remove_cvref_t<decltype(evaluate_at(std::declval<const F&>(), std::declval<const P&>()))>>::size;
} // namespace detail

template <std::size_t Capacity = default_trace_capacity, class F, point P>
    requires vector_function_at<F, P, dual<point_value_t<P>, point_size<P>>>
constexpr solver_result<point_of<P, point_value_t<P>>, Capacity>
newton_root(const F& system, const P& x0, const solver_options& options = {}) {
    using T = point_value_t<P>;
    using X = point_of<P, T>;
    using S = dual<T, point_size<P>>;
    constexpr std::size_t N = point_size<P>;
    constexpr std::size_t M = detail::system_size<F, point_of<P, S>>;
    static_assert(M == N, "fluxion::newton_root on a system: F must return as many values as the point has "
                          "coordinates (Newton needs a square Jacobian)");
    if constexpr (M != N) {
        return {};
    } else {
        const auto step_at = [&system](const X& x) {
            detail::step_report<X, T> s;
            const auto y = detail::evaluate_at(system, detail::seeded_point(x)); // F and J at once
            vector<T, N> value;
            matrix<T, N, N> J;
            for (std::size_t j = 0; j < N; ++j) {
                value[j] = y[j].value;
                for (std::size_t k = 0; k < N; ++k) J(j, k) = y[j].d[k];
            }
            if (!detail::all_coordinates_finite(value) || !detail::max_abs(J).finite) {
                s.evaluation = status::non_finite;
                return s;
            }
            s.gradient_norm = norm(value);
            if (value == vector<T, N>{}) return s; // an exact solution: step 0
            s.take_solution(solve(J, value)); // singular / non_finite J reported here
            return s;
        };
        return detail::run_solver<Capacity, T>(detail::point_cast<X>(x0), options, step_at);
    }
}

} // namespace fluxion

#endif
