// fluxion/solvers/newton_root.hpp — newton_root(f, x0, options): a zero of f (1-D).
//
// Newton's method: x_{k+1} = x_k - f(x_k) / f'(x_k), with f and f' from ONE
// evaluation of f on the dual number x_k + eps (exact f', no step size). Near
// a simple root the error squares each step (quadratic convergence).
// f is a generic callable ([](auto x) { ... }) evaluable on fluxion::dual.
// Statuses (result.hpp): converged by the stopping rule (options.hpp; default:
// relative step <= 1e-12); max_iterations; singular when f'(x_k) == 0 while
// f(x_k) != 0 (x_k is returned); non_finite for a NaN/infinite start, a
// non-finite f(x_k) or f'(x_k) at run time, or a step that would overflow;
// diverged (options.divergence_bound); stalled under stop_rule::gradient_norm
// when an update below half an ulp leaves x unchanged with |f(x)| > grad_tol.
// An exact root (f(x_k) == 0) is a zero step: converged, even if f' is 0 there.
// Capacity (the trace's, default 64) is the first template argument.
//
//     constexpr auto r = fluxion::newton_root([](auto x) { return x * x - 9; }, 1.0);
//     static_assert(r.status == fluxion::status::converged && r.x == 3.0);
#ifndef FLUXION_SOLVERS_NEWTON_ROOT_HPP
#define FLUXION_SOLVERS_NEWTON_ROOT_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/derivative.hpp>
#include <fluxion/detail/solver_loop.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>
#include <fluxion/status.hpp>

#include <cstddef>

namespace fluxion {

template <std::size_t Capacity = default_trace_capacity, class F, arithmetic T>
    requires differentiable<F, dual<floating_t<T>>>
constexpr solver_result<floating_t<T>, Capacity> newton_root(const F& f, T x0, const solver_options& options = {}) {
    using R = floating_t<T>;
    const auto step_at = [&f](R x) {
        detail::step_report<R, R> s;
        const dual<R> y = dual<R>(f(dual<R>{x, R(1)})); // f(x) + f'(x) eps
        const R fx = y.value;
        const R dfx = y.d[0];
        if (!isfinite(fx) || !isfinite(dfx)) {
            s.evaluation = status::non_finite;
            return s;
        }
        s.gradient_norm = abs(fx);
        if (fx == 0) return s; // an exact root: step 0
        if (dfx == 0) s.step_status = status::singular;
        else if (!detail::checked_divide(fx, dfx, s.step)) s.step_status = status::non_finite;
        return s;
    };
    return detail::run_solver<Capacity, R>(static_cast<R>(x0), options, step_at);
}

} // namespace fluxion

#endif
