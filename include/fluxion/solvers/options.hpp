// fluxion/solvers/options.hpp — solver_options: when an iterative solver stops.
//
// An aggregate, so it is written with designated initialisers, in the order
// the fields are declared (C++20 requires that order):
//     fluxion::solver_options{.max_iterations = 50, .rel_tol = 1e-10}
//     fluxion::solver_options{.learning_rate = 0.01, .rel_tol = 1e-4}
//     fluxion::solver_options{.max_iterations = 50, .variant = fluxion::newton_variant::modified}
// The stopping fields come first, in the order they were introduced; the
// fields that pick a method or a safeguard are appended after them, so
// existing initialisers keep compiling.
// Fields and defaults:
//   max_iterations = 100    the most updates x_k -> x_{k+1} a solver applies.
//                           0 means NO update (not "unlimited"): the solver
//                           checks the start point and returns it with
//                           status::max_iterations (or status::converged if the
//                           gradient rule already holds there, or non_finite).
//   learning_rate  = 0.01   gradient descent's fixed step factor s in
//                           x_{k+1} = x_k - s grad f(x_k); Newton ignores it.
//   abs_tol        = 0      absolute step tolerance (see `stop`).
//   rel_tol        = 1e-12  relative step tolerance (see `stop`). Newton
//                           converges quadratically: once a step is below
//                           1e-12 |x|, the next error is about (1e-12)^2, far
//                           below rounding, so the default gives full precision
//                           without chasing the last ulp. Gradient descent
//                           converges linearly: pass a larger rel_tol (1e-4 in
//                           the course's report).
//   grad_tol       = 1e-12  gradient-norm tolerance (see `stop`).
//   stop           = stop_rule::step
//   variant        = newton_variant::plain   newton_minimize only: plain Newton
//                           (x - H^{-1} grad f: heads for ANY stationary point),
//                           or modified (Hessian shift + Armijo backtracking,
//                           heads for a minimum; newton_minimize.hpp).
//   divergence_bound = 1e100  status::diverged as soon as an iterate has a
//                           coordinate with |x_i| > divergence_bound (the
//                           iterate is applied, counted and traced first).
//                           Pass std::numeric_limits<double>::infinity() to
//                           switch the check off.
// Stopping rules (`stop`), checked after every update x_old -> x_new:
//   stop_rule::step           every coordinate satisfies Python's
//                             math.isclose(new, old, rel_tol, abs_tol):
//                             |new - old| <= max(rel_tol * max(|new|, |old|), abs_tol).
//                             With abs_tol = 0 this is the pure relative rule.
//   stop_rule::absolute_step  every coordinate satisfies |new - old| <= abs_tol.
//   stop_rule::gradient_norm  ||grad f(x)|| <= grad_tol (Euclidean norm), checked
//                             at every iterate before a step is taken, x0
//                             included. For newton_root the "gradient" is the
//                             residual: |f(x)| <= grad_tol.
// An update that leaves x unchanged (x_new == x_old: an exact root, or steps
// below half an ulp of x) meets both step rules, as it meets math.isclose, so
// it is converged there. It does not meet the gradient rule: with
// stop_rule::gradient_norm the run stops with status::stalled, because the
// iteration can make no more progress and ||grad f|| is still above grad_tol.
#ifndef FLUXION_SOLVERS_OPTIONS_HPP
#define FLUXION_SOLVERS_OPTIONS_HPP

#include <cstddef>

namespace fluxion {

enum class stop_rule {
    step,          ///< per coordinate, math.isclose(new, old, rel_tol, abs_tol)
    absolute_step, ///< per coordinate, |new - old| <= abs_tol
    gradient_norm, ///< ||grad f(x)|| <= grad_tol (|f(x)| for newton_root)
};

enum class newton_variant {
    plain,    ///< x - H^{-1} grad f: any stationary point (the lesson's Newton)
    modified, ///< (H + tau I) shift until Cholesky succeeds, then Armijo backtracking
};

struct solver_options {
    std::size_t max_iterations = 100; ///< most updates applied; 0 = none
    double learning_rate = 0.01;      ///< gradient descent's step factor
    double abs_tol = 0;               ///< absolute step tolerance
    double rel_tol = 1e-12;           ///< relative step tolerance (math.isclose)
    double grad_tol = 1e-12;          ///< gradient-norm tolerance
    stop_rule stop = stop_rule::step; ///< which test declares convergence
    newton_variant variant = newton_variant::plain; ///< newton_minimize: plain or modified
    double divergence_bound = 1e100;  ///< |x_i| beyond this: status::diverged
};

} // namespace fluxion

#endif
