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
// Plain Newton (the default) finds a zero of the gradient: a minimum, a
// maximum or a saddle. Where it ended is for the caller to classify
// (fluxion/analysis/classify.hpp).
// Modified Newton, {.variant = newton_variant::modified}, heads for a minimum
// (Nocedal & Wright, Numerical Optimization, 2nd ed.):
//   1. Hessian shift, Algorithm 3.3 ("Cholesky with added multiple of the
//      identity"): tau_0 = 0 if min_i H_ii > 0, else beta - min_i H_ii;
//      tau_{k+1} = max(2 tau_k, beta) until cholesky(H + tau I) succeeds
//      (beta = 1e-3, their choice). d = solve(H + tau I, grad f) is then a
//      descent direction: grad f . d > 0 and x - d lowers f for small steps.
//   2. Backtracking line search, Algorithm 3.1: alpha = 1, halved until the
//      Armijo condition f(x - alpha d) <= f(x) - c1 alpha grad f . d holds
//      (c1 = 1e-4). The update is x - alpha d. Where H is positive definite
//      tau = 0 and alpha = 1 near a minimum: plain Newton's steps, and its
//      quadratic convergence, are kept.
//   If 64 halvings find no decrease, f cannot be lowered along d in floating
//   point: the step is zero, which counts as converged under the step rules
//   (the gradient is then at the rounding level of f) and as stalled under
//   stop_rule::gradient_norm (options.hpp).
// Plain Newton stays the default because where it goes (for example to the
// degenerate point (0, 0) of worked example 7) is part of the lesson.
// Statuses (result.hpp): converged (stopping rule, options.hpp); max_iterations;
// singular when g''(x_k) == 0 or solve() finds H singular, while the gradient
// is not exactly zero (x_k is returned; plain Newton only); non_finite for a
// NaN/infinite start, non-finite derivatives at run time, or a step that
// would overflow; diverged (options.divergence_bound); stalled (gradient rule
// only: an update that left x unchanged, options.hpp).
// A gradient exactly zero is a zero step: converged.
//
//     constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
//     constexpr auto r = fluxion::newton_minimize(g, 0.05);
//     static_assert(r.status == fluxion::status::converged && fluxion::abs(r.x - 0.5671432904097838) < 1e-15);
#ifndef FLUXION_SOLVERS_NEWTON_MINIMIZE_HPP
#define FLUXION_SOLVERS_NEWTON_MINIMIZE_HPP

#include <fluxion/ad/hyper_dual.hpp>
#include <fluxion/ad/multi_hyper_dual.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/derivative.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/detail/solver_loop.hpp>
#include <fluxion/detail/gradient_step.hpp>
#include <fluxion/detail/value_and_gradient.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/hessian.hpp>
#include <fluxion/linalg/cholesky.hpp>
#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/solve.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>
#include <fluxion/status.hpp>

#include <concepts>
#include <cstddef>
#include <limits>

namespace fluxion {

namespace detail {

// Nocedal & Wright, Algorithm 3.3: the smallest tau in 0, beta, 2 beta, 4 beta,
// ... (or from beta - min H_ii) with H + tau I positive definite, and
// d = (H + tau I)^{-1} grad. H is finite and symmetric, so tau reaches
// 2 N max|H_ij| + beta (positive definite by Gershgorin) long before it could
// overflow; the bound on the loop is only a guard.
template <std::floating_point T, std::size_t N>
constexpr solve_result<T, N> shifted_newton_direction(const matrix<T, N, N>& H, const vector<T, N>& grad) {
    constexpr T beta = T(1e-3);
    T min_diagonal = H(0, 0);
    for (std::size_t i = 1; i < N; ++i)
        if (H(i, i) < min_diagonal) min_diagonal = H(i, i);
    T tau = min_diagonal > 0 ? T(0) : beta - min_diagonal;
    for (int k = 0; k < 2100; ++k) {
        matrix<T, N, N> shifted = H;
        for (std::size_t i = 0; i < N; ++i) shifted(i, i) += tau;
        if (cholesky(shifted).status == status::converged) return solve(shifted, grad);
        if (tau > std::numeric_limits<T>::max() / 4) break;
        tau = 2 * tau > beta ? 2 * tau : beta;
    }
    return {}; // status non_finite
}

// Nocedal & Wright, Algorithm 3.1 (backtracking, rho = 1/2, c1 = 1e-4): the
// step alpha d with alpha = 1, 1/2, 1/4, ... satisfying Armijo's condition
// f(x - alpha d) <= f(x) - c1 alpha slope, slope = grad f . d > 0.
// `value_at(x)` is f(x), `fx` = f(x). A trial point that would overflow, or
// where f is not finite (run time), is treated as no decrease. Reports
// non_finite when no trial point was finite, a zero step when f cannot be
// lowered (see the header comment).
template <class X, class T, class ValueAt>
constexpr void armijo_step(const ValueAt& value_at, const X& x, T fx, const X& d, T slope, step_report<X, T>& s) {
    constexpr T c1 = T(1e-4);
    bool any_finite = false;
    T alpha = 1;
    for (int j = 0; j < 64; ++j, alpha /= 2) {
        X step{}, trial = x;
        bool representable = true;
        for (std::size_t i = 0; i < coordinates<X>::count; ++i)
            representable = representable && checked_multiply(alpha, coordinate(d, i), coordinate(step, i)) &&
                            checked_subtract(coordinate(x, i), coordinate(step, i), coordinate(trial, i));
        if (!representable) continue;
        const T ft = value_at(trial);
        if (!isfinite(ft)) continue;
        any_finite = true;
        if (ft <= fx - c1 * alpha * slope) {
            s.step = step;
            return;
        }
    }
    if (!any_finite) s.step_status = status::non_finite;
    s.step = X{}; // no representable decrease: a zero step
}

} // namespace detail

/// 1-D: x - g'(x) / g''(x).
template <std::size_t Capacity = default_trace_capacity, class F, arithmetic T>
    requires differentiable<F, hyper_dual<floating_t<T>>>
constexpr solver_result<floating_t<T>, Capacity> newton_minimize(const F& g, T x0, const solver_options& options = {}) {
    using R = floating_t<T>;
    const bool modified = options.variant == newton_variant::modified;
    const auto step_at = [&g, modified](R x) {
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
        if (modified) {
            const auto d = detail::shifted_newton_direction(matrix<R, 1, 1>{{{d2g}}}, vector<R, 1>{dg});
            if (d.status != status::converged) s.step_status = d.status;
            else detail::armijo_step([&g](R t) { return hyper_dual<R>(g(hyper_dual<R>(t))).value; }, x, y.value, d.x[0],
                                     dg * d.x[0], s);
            return s;
        }
        if (d2g == 0) s.step_status = status::singular;
        else if (!detail::checked_divide(dg, d2g, s.step)) s.step_status = status::non_finite;
        return s;
    };
    return detail::run_solver<Capacity, R>(static_cast<R>(x0), options, step_at);
}

/// n-D: x - H^{-1} grad f, by solve(H, grad f).
template <std::size_t Capacity = default_trace_capacity, class F, point P>
    requires differentiable_at<F, P, dual<point_value_t<P>, point_size<P>>> &&
             differentiable_at<F, P, multi_hyper_dual<point_value_t<P>, point_size<P>>> // hessian()
constexpr solver_result<point_of<P, point_value_t<P>>, Capacity>
newton_minimize(const F& f, const P& x0, const solver_options& options = {}) {
    using T = point_value_t<P>;
    using X = point_of<P, T>;
    constexpr std::size_t N = point_size<P>;
    const bool modified = options.variant == newton_variant::modified;
    const auto value_at = [&f](const X& x) { return detail::value_and_gradient(f, x).value; };
    const auto step_at = [&f, &value_at, modified](const X& x) {
        detail::step_report<X, T> s;
        const auto [fx, grad] = detail::open_gradient_step(f, x, s);
        if (s.evaluation != status::converged) return s;
        if (grad == vector<T, N>{}) return s; // exactly stationary: step 0
        if (modified) {
            const auto d = detail::shifted_newton_direction(hessian(f, x), grad);
            if (d.status != status::converged) {
                s.step_status = d.status;
            } else {
                detail::armijo_step(value_at, x, fx, detail::point_cast<X>(d.x), dot(grad, d.x), s);
            }
            return s;
        }
        s.take_solution(solve(hessian(f, x), grad)); // singular / non_finite H reported here
        return s;
    };
    return detail::run_solver<Capacity, T>(detail::point_cast<X>(x0), options, step_at);
}

} // namespace fluxion

#endif
