// fluxion/solvers/gradient_descent.hpp — gradient_descent(f, point, options).
//
// Steepest descent with a fixed learning rate s = options.learning_rate:
//     x_{k+1} = x_k - s grad f(x_k),
// grad f from one evaluation of f on dual numbers (exact, no step size). It
// converges linearly (at best), so the stopping rule matters; choose it with
// options.stop (options.hpp):
//   stop_rule::step           every coordinate math.isclose(new, old, rel_tol, abs_tol)
//                             (the course report's rule with rel_tol = 1e-4);
//   stop_rule::absolute_step  every coordinate |new - old| <= abs_tol;
//   stop_rule::gradient_norm  ||grad f(x_k)|| <= grad_tol.
// Beware: a small step is not a small error. With contraction factor q per
// step, the distance left is about step * q / (1 - q).
// Statuses (result.hpp): converged; max_iterations; non_finite for a
// NaN/infinite start, a non-finite f or gradient at run time, or a step that
// would overflow; diverged (options.divergence_bound); stalled (gradient rule
// only: an update below half an ulp left x unchanged, options.hpp). The point is a std::array<T, N> or fluxion::vector<T, N>; f takes
// the coordinates or the point; .x is the same kind of point.
//
//     constexpr auto f = [](auto x, auto y) { return (x - 1) * (x - 1) + 2 * y * y; };
//     constexpr auto r = fluxion::gradient_descent(f, std::array{0.0, 1.0}, {.learning_rate = 0.25});
//     static_assert(fluxion::abs(r.x[0] - 1) < 1e-11 && r.x[1] == 0.0);   // the minimum (1, 0)
#ifndef FLUXION_SOLVERS_GRADIENT_DESCENT_HPP
#define FLUXION_SOLVERS_GRADIENT_DESCENT_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/detail/solver_loop.hpp>
#include <fluxion/detail/gradient_step.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>
#include <fluxion/status.hpp>

#include <cstddef>

namespace fluxion {

template <std::size_t Capacity = default_trace_capacity, class F, point P>
    requires differentiable_at<F, P, dual<point_value_t<P>, point_size<P>>>
constexpr solver_result<point_of<P, point_value_t<P>>, Capacity>
gradient_descent(const F& f, const P& x0, const solver_options& options = {}) {
    using T = point_value_t<P>;
    using X = point_of<P, T>;
    constexpr std::size_t N = point_size<P>;
    const T rate = static_cast<T>(options.learning_rate);
    const auto step_at = [&f, rate](const X& x) {
        detail::step_report<X, T> s;
        const auto grad = detail::open_gradient_step(f, x, s).gradient;
        if (s.evaluation != status::converged) return s;
        if (!isfinite(rate)) { // a NaN or infinite learning rate: no step can be taken
            s.step_status = status::non_finite;
            return s;
        }
        for (std::size_t i = 0; i < N; ++i)
            if (!detail::checked_multiply(rate, grad[i], s.step[i])) s.step_status = status::non_finite;
        return s;
    };
    return detail::run_solver<Capacity, T>(detail::point_cast<X>(x0), options, step_at);
}

} // namespace fluxion

#endif
