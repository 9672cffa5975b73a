// fluxion/detail/gradient_step.hpp — how every gradient-based step opens.
//
// newton_minimize (n-D) and gradient_descent both start a step the same way:
// f and grad f at x from ONE evaluation of f on dual numbers, then the rule
// "f not finite -> status::non_finite" (f is NaN where it is undefined, log
// of a negative number, while its gradient may well be finite, d log x = 1/x,
// so the value must be checked too), then ||grad f|| for
// stop_rule::gradient_norm. Here, so that the rule lives in one place.
#ifndef FLUXION_DETAIL_GRADIENT_STEP_HPP
#define FLUXION_DETAIL_GRADIENT_STEP_HPP

#include <fluxion/detail/solver_loop.hpp>
#include <fluxion/detail/value_and_gradient.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/status.hpp>

namespace fluxion::detail {

/// f(x) and grad f(x); sets s.evaluation (non_finite) or s.gradient_norm.
/// The caller computes the step only if s.evaluation is still converged.
template <class F, class X, class T>
constexpr auto open_gradient_step(const F& f, const X& x, step_report<X, T>& s) {
    const auto at_x = value_and_gradient(f, x);
    if (!at_x.finite()) s.evaluation = status::non_finite;
    else s.gradient_norm = norm(at_x.gradient);
    return at_x;
}

} // namespace fluxion::detail

#endif
