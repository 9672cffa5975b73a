// fluxion/solvers/newton_minimize.hpp — Newton's method for a stationary point.
//
// 1-D:  newton_minimize(g, x0, options):  x_{k+1} = x_k - g'(x_k) / g''(x_k),
//       g' and g'' from ONE evaluation of g on the hyper-dual x_k + eps1 + eps2.
// n-D:  newton_minimize(f, point, options):  x_{k+1} = x_k - H^{-1} grad f(x_k),
//       where H^{-1} grad f is computed by solve(H, grad f) (LU with partial
//       pivoting; the inverse is never formed), grad f by duals and H by
//       hyper-duals (exact, no step size). The point is a std::array<T, N> or a
//       fluxion::vector<T, N>; f takes the coordinates f(x, y) or the point f(p);
//       the result's .x is the same kind of point.
// Plain Newton finds a zero of the gradient: a minimum, a maximum or a saddle.
// Where it ended is for the caller to classify (the sign of g'' / the
// Hessian's eigenvalues); it is not a minimiser with safeguards.
// Statuses (result.hpp): converged (stopping rule, options.hpp); max_iterations;
// singular when g''(x_k) == 0 or solve() finds H singular, while the gradient
// is not exactly zero (x_k is returned); non_finite for a NaN/infinite start,
// non-finite derivatives at run time, or a step that would overflow.
// A gradient exactly zero is a zero step: converged.
//
//     constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
//     constexpr auto r = fluxion::newton_minimize(g, 0.05);
//     static_assert(r.status == fluxion::status::converged && fluxion::abs(r.x - 0.5671432904097838) < 1e-15);
#ifndef FLUXION_SOLVERS_NEWTON_MINIMIZE_HPP
#define FLUXION_SOLVERS_NEWTON_MINIMIZE_HPP

#include <fluxion/ad/hyper_dual.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/derivative.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/detail/solver_loop.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/hessian.hpp>
#include <fluxion/linalg/solve.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>
#include <fluxion/status.hpp>

#include <cstddef>

namespace fluxion {

/// 1-D: x - g'(x) / g''(x).
template <std::size_t Capacity = default_trace_capacity, class F, arithmetic T>
    requires differentiable<F, hyper_dual<floating_t<T>>>
constexpr solver_result<floating_t<T>, Capacity> newton_minimize(const F& g, T x0, const solver_options& options = {}) {
    using R = floating_t<T>;
    const auto step_at = [&g](R x) {
        detail::step_report<R, R> s;
        const hyper_dual<R> y = hyper_dual<R>(g(hyper_dual<R>{x, 1, 1, 0})); // g, g', g', g''
        const R dg = y.d1;
        const R d2g = y.d12;
        if (!isfinite(y.value) || !isfinite(dg) || !isfinite(d2g)) {
            s.evaluation = status::non_finite;
            return s;
        }
        s.gradient_norm = abs(dg);
        if (dg == 0) return s; // exactly stationary: step 0
        if (d2g == 0) s.step_status = status::singular;
        else if (!detail::checked_divide(dg, d2g, s.step)) s.step_status = status::non_finite;
        return s;
    };
    return detail::run_solver<Capacity, R>(static_cast<R>(x0), options, step_at);
}

/// n-D: x - H^{-1} grad f, by solve(H, grad f).
template <std::size_t Capacity = default_trace_capacity, class F, point P>
    requires differentiable_at<F, P, dual<point_value_t<P>, point_size<P>>> &&
             differentiable_at<F, P, hyper_dual<point_value_t<P>>>
constexpr solver_result<point_of<P, point_value_t<P>>, Capacity>
newton_minimize(const F& f, const P& x0, const solver_options& options = {}) {
    using T = point_value_t<P>;
    using X = point_of<P, T>;
    constexpr std::size_t N = point_size<P>;
    const auto step_at = [&f](const X& x) {
        detail::step_report<X, T> s;
        const vector<T, N> grad = gradient(f, x);
        if (!detail::all_coordinates_finite(grad)) {
            s.evaluation = status::non_finite;
            return s;
        }
        s.gradient_norm = norm(grad);
        if (grad == vector<T, N>{}) return s; // exactly stationary: step 0
        const auto solved = solve(hessian(f, x), grad); // singular / non_finite H reported here
        s.step_status = solved.status;
        for (std::size_t i = 0; i < N; ++i) s.step[i] = solved.x[i];
        return s;
    };
    X start{};
    for (std::size_t i = 0; i < N; ++i) start[i] = static_cast<T>(x0[i]);
    return detail::run_solver<Capacity, T>(start, options, step_at);
}

} // namespace fluxion

#endif
