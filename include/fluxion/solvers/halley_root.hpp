// fluxion/solvers/halley_root.hpp — halley_root(f, x0, options): a zero of f
// (1-D) with cubic convergence.
//
// Halley's method uses the second derivative too:
//     x_{k+1} = x_k - 2 f f' / (2 f'^2 - f f'')
//             = x_k - n / (1 - n f'' / (2 f')),   n = f / f' (the Newton step),
// the second form as in Boost.Math's halley_iterate (fewer overflows). f, f'
// and f'' come from ONE evaluation of f on the hyper-dual x + eps1 + eps2:
// exact, no step size. Near a simple root e_{k+1} ~ C e_k^3, with
// C = f''^2 / (4 f'^2) - f''' / (6 f'): the correct digits roughly triple.
// Statuses (result.hpp): as newton_root: converged; max_iterations; singular
// when f'(x_k) == 0 or 1 - n f'' / (2 f') == 0 while f(x_k) != 0; non_finite
// for a NaN/infinite start, non-finite f, f', f'' at run time, or a step that
// would overflow; diverged (options.divergence_bound); stalled (gradient rule
// only: an update that left x unchanged, options.hpp).
//
//     constexpr auto r = fluxion::halley_root([](auto x) { return x * x - 9; }, 1.0);
//     static_assert(r.status == fluxion::status::converged && r.x == 3.0 && r.iterations < 7);
#ifndef FLUXION_SOLVERS_HALLEY_ROOT_HPP
#define FLUXION_SOLVERS_HALLEY_ROOT_HPP

#include <fluxion/ad/hyper_dual.hpp>
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
    requires differentiable<F, hyper_dual<floating_t<T>>>
constexpr solver_result<floating_t<T>, Capacity> halley_root(const F& f, T x0, const solver_options& options = {}) {
    using R = floating_t<T>;
    const auto step_at = [&f](R x) {
        detail::step_report<R, R> s;
        const hyper_dual<R> y = hyper_dual<R>(f(hyper_dual<R>{x, 1, 1, 0})); // f, f', f', f''
        const R fx = y.value, dfx = y.d1, d2fx = y.d12;
        if (!isfinite(fx) || !isfinite(dfx) || !isfinite(d2fx)) {
            s.evaluation = status::non_finite;
            return s;
        }
        s.gradient_norm = abs(fx);
        if (fx == 0) return s; // an exact root: step 0
        if (dfx == 0) {
            s.step_status = status::singular;
            return s;
        }
        R newton{}, ratio{}, correction{}; // n = f / f', f'' / (2 f'), n f'' / (2 f')
        if (!detail::checked_divide(fx, dfx, newton) || !detail::checked_divide(d2fx / 2, dfx, ratio) ||
            !detail::checked_multiply(newton, ratio, correction)) {
            s.step_status = status::non_finite;
            return s;
        }
        const R denominator = 1 - correction;
        if (denominator == 0) s.step_status = status::singular;
        else if (!detail::checked_divide(newton, denominator, s.step)) s.step_status = status::non_finite;
        return s;
    };
    return detail::run_solver<Capacity, R>(static_cast<R>(x0), options, step_at);
}

} // namespace fluxion

#endif
