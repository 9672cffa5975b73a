// fluxion/solvers/bracketed_newton.hpp — newton_root(f, bracket{lo, hi}, options):
// Newton's method safeguarded by bisection.
//
// When f(lo) and f(hi) have opposite signs, a continuous f has a root in
// [lo, hi]. The solver keeps such a bracket [a, b] (replacing the end whose
// f has the sign of f(x_k) by x_k) and starts at its midpoint. At each x_k
// it takes the Newton step x_k - f / f' unless that step
//   * is impossible (f'(x_k) == 0, or the quotient would overflow), or
//   * leaves the bracket, or
//   * fails to shrink: |f / f'| > |step two updates back| / 2,
// in which case it bisects: x_{k+1} = (a + b) / 2. This is `rtsafe`
// (Press et al., Numerical Recipes, 3rd ed., section 9.4) and the behaviour of
// Boost.Math's newton_raphson_iterate: the quadratic convergence of Newton
// near the root, and the guarantee of bisection (the bracket at least halves
// every other step) far from it, even where plain Newton cycles or diverges.
// Iterations: x_0 is the midpoint of [lo, hi]; each update (Newton or
// bisection) counts as one; the step rule of options.hpp decides convergence.
// Statuses (result.hpp): converged; max_iterations; non_finite (lo or hi not
// finite, or f not finite at an end or an iterate, at run time); stalled
// (gradient rule only: an update that left x unchanged, options.hpp);
// not_bracketed when f(lo) and f(hi) have the same sign (.x is lo, no
// update); an end where f is exactly 0 is returned at once as converged.
// f needs only be evaluable on fluxion::dual.
//
//     constexpr auto r = fluxion::newton_root([](auto x) { return fluxion::atan(x); },
//                                             fluxion::bracket{-1.0, 20.0});
//     static_assert(r.status == fluxion::status::converged && r.x == 0.0);
#ifndef FLUXION_SOLVERS_BRACKETED_NEWTON_HPP
#define FLUXION_SOLVERS_BRACKETED_NEWTON_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/derivative.hpp>
#include <fluxion/detail/solver_loop.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>
#include <fluxion/status.hpp>

#include <cstddef>
#include <limits>
#include <type_traits>

namespace fluxion {

/// An interval [lo, hi] expected to hold a sign change of f.
template <arithmetic T>
struct bracket {
    T lo;
    T hi;
};
template <arithmetic A, arithmetic B>
bracket(A, B) -> bracket<std::common_type_t<A, B>>;

template <std::size_t Capacity = default_trace_capacity, class F, arithmetic T>
    requires differentiable<F, dual<floating_t<T>>>
constexpr solver_result<floating_t<T>, Capacity> newton_root(const F& f, const bracket<T>& interval,
                                                             const solver_options& options = {}) {
    using R = floating_t<T>;
    const R lo = static_cast<R>(interval.lo), hi = static_cast<R>(interval.hi);
    const auto value = [&f](R x) { return dual<R>(f(dual<R>{x, R(1)})); };

    solver_result<R, Capacity> early; // for an interval rejected before any update
    early.x = lo;
    early.trace.push(lo);
    if (!isfinite(lo) || !isfinite(hi)) {
        early.status = status::non_finite;
        return early;
    }
    const R f_lo = value(lo).value, f_hi = value(hi).value;
    if (!isfinite(f_lo) || !isfinite(f_hi)) {
        early.status = status::non_finite;
        return early;
    }
    if (f_lo == 0 || f_hi == 0) { // an end is an exact root
        early.x = early.trace.points[0] = f_lo == 0 ? lo : hi;
        early.status = status::converged;
        return early;
    }
    if ((f_lo < 0) == (f_hi < 0)) {
        early.status = status::not_bracketed;
        return early;
    }

    // negative / positive: the ends where f < 0 and f > 0.
    R negative = f_lo < 0 ? lo : hi, positive = f_lo < 0 ? hi : lo;
    const R half_width = abs(hi / 2 - lo / 2); // halves first: hi - lo may overflow
    R last_step = half_width <= std::numeric_limits<R>::max() / 2 ? 2 * half_width : std::numeric_limits<R>::max();
    R step_before = last_step;
    const auto step_at = [&](R x) {
        detail::step_report<R, R> s;
        const dual<R> y = value(x);
        const R fx = y.value, dfx = y.d[0];
        if (!isfinite(fx) || !isfinite(dfx)) {
            s.evaluation = status::non_finite;
            return s;
        }
        s.gradient_norm = abs(fx);
        if (fx == 0) return s; // an exact root: step 0
        (fx < 0 ? negative : positive) = x;
        const R a = negative < positive ? negative : positive, b = negative < positive ? positive : negative;
        R newton{}, landing{};
        const bool newton_ok = dfx != 0 && detail::checked_divide(fx, dfx, newton) &&
                               detail::checked_subtract(x, newton, landing) && landing >= a && landing <= b &&
                               abs(newton) <= abs(step_before) / 2;
        if (newton_ok) s.step = newton;
        else if (!detail::checked_subtract(x, a / 2 + b / 2, s.step)) s.step_status = status::non_finite;
        step_before = last_step;
        last_step = s.step;
        return s;
    };
    return detail::run_solver<Capacity, R>(lo / 2 + hi / 2, options, step_at);
}

} // namespace fluxion

#endif
