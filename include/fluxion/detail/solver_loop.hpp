// fluxion/detail/solver_loop.hpp — the iteration every fluxion solver shares.
//
// A solver supplies `step_at(x)`: evaluate f's derivatives at x and say what
// the update would be. run_solver then applies the same rules for every
// method (options.hpp, result.hpp): check the start, test the gradient rule,
// count updates against max_iterations, refuse a step that is singular or
// would overflow, test the step rule, record the trace.
//
// At compile time a NaN or an overflow stops compilation (GCC rejects
// 1e308 * 10, both reject 0.0 / 0.0, Clang rejects NaN + 1), so every
// division, product and difference here is checked BEFORE it is computed;
// at run time the same checks turn the problem into status::non_finite.
#ifndef FLUXION_DETAIL_SOLVER_LOOP_HPP
#define FLUXION_DETAIL_SOLVER_LOOP_HPP

#include <fluxion/detail/checked_arithmetic.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>
#include <fluxion/status.hpp>

#include <concepts>
#include <cstddef>
#include <limits>
#include <type_traits>

namespace fluxion::detail {

// A solver's iterate is a number (1-D) or a point; coordinate(x, i) reads
// either the same way.
template <class X> struct coordinates { static constexpr std::size_t count = X{}.size(); };
template <std::floating_point X> struct coordinates<X> { static constexpr std::size_t count = 1; };

template <class X>
constexpr auto& coordinate(X& x, std::size_t i) noexcept {
    if constexpr (std::floating_point<X>) {
        static_cast<void>(i);
        return x;
    } else {
        return x[i];
    }
}

// The point p (array or vector, any arithmetic coordinates) as the solver's
// iterate type X, coordinate by coordinate.
template <class X, class P>
constexpr X point_cast(const P& p) noexcept {
    X x{};
    for (std::size_t i = 0; i < coordinates<X>::count; ++i)
        coordinate(x, i) = static_cast<std::remove_cvref_t<decltype(coordinate(x, i))>>(p[i]);
    return x;
}

template <class X>
constexpr bool all_coordinates_finite(X x) noexcept {
    for (std::size_t i = 0; i < coordinates<X>::count; ++i)
        if (!isfinite(coordinate(x, i))) return false;
    return true;
}

// The step rules of options.hpp for one coordinate.
template <std::floating_point T>
constexpr bool coordinate_converged(T next, T old, const solver_options& o) noexcept {
    if (o.stop == stop_rule::gradient_norm) return false; // tested on the gradient, before each step
    if (next == old) return true; // |new - old| = 0 meets either step rule
    T diff{};
    if (!checked_subtract(next, old, diff)) return false;
    diff = abs(diff);
    switch (o.stop) {
    case stop_rule::step: { // Python's math.isclose(next, old, rel_tol, abs_tol)
        const T larger = abs(next) > abs(old) ? abs(next) : abs(old);
        T relative{};
        if (!checked_multiply(static_cast<T>(o.rel_tol), larger, relative)) return true;
        return diff <= relative || diff <= static_cast<T>(o.abs_tol);
    }
    case stop_rule::absolute_step: return diff <= static_cast<T>(o.abs_tol);
    case stop_rule::gradient_norm: return false;
    }
    return false;
}

template <class X>
constexpr bool step_converged(X next, X old, const solver_options& o) noexcept {
    for (std::size_t i = 0; i < coordinates<X>::count; ++i)
        if (!coordinate_converged(coordinate(next, i), coordinate(old, i), o)) return false;
    return true;
}

// x_{k+1} == x_k in every coordinate: each step was zero or below half an ulp
// of its coordinate, so every later update would be the same one.
template <class X>
constexpr bool unchanged(X next, X old) noexcept {
    for (std::size_t i = 0; i < coordinates<X>::count; ++i)
        if (coordinate(next, i) != coordinate(old, i)) return false;
    return true;
}

// What a method reports at the current iterate.
template <class X, class T>
struct step_report {
    status evaluation = status::converged; // non_finite if f or a derivative is not finite
    T gradient_norm{};                     // ||grad f||, |g'| or |f| (newton_root)
    status step_status = status::converged; // singular / non_finite if no step can be taken
    X step{};                              // x_{k+1} = x_k - step

    // The step is the solution of a linear system (solve(J, F), solve(H, grad f)),
    // or its status (singular, non_finite) when there is none.
    template <class Solved>
    constexpr void take_solution(const Solved& solved) noexcept {
        step_status = solved.status;
        step = point_cast<X>(solved.x);
    }
};

// Has the iterate left the region the caller expects iterates in?
// (options.divergence_bound; comparisons only, so infinity switches it off.)
template <class X>
constexpr bool beyond_bound(const X& x, double bound) noexcept {
    for (std::size_t i = 0; i < coordinates<X>::count; ++i) {
        const auto v = abs(coordinate(x, i));
        if (v > bound) return true;
    }
    return false;
}

template <std::size_t Capacity, class T, class X, class StepAt>
constexpr solver_result<X, Capacity> run_solver(const X& x0, const solver_options& o, const StepAt& step_at) {
    solver_result<X, Capacity> r;
    r.x = x0;
    r.trace.push(x0);
    if (!all_coordinates_finite(x0)) {
        r.status = status::non_finite;
        return r;
    }
    for (;;) {
        const step_report<X, T> s = step_at(r.x);
        if (s.evaluation != status::converged) {
            r.status = s.evaluation;
            return r;
        }
        if (o.stop == stop_rule::gradient_norm && s.gradient_norm <= static_cast<T>(o.grad_tol)) {
            r.status = status::converged;
            return r;
        }
        if (r.iterations >= o.max_iterations) {
            r.status = status::max_iterations;
            return r;
        }
        if (s.step_status != status::converged) {
            r.status = s.step_status;
            return r;
        }
        X next = r.x;
        for (std::size_t i = 0; i < coordinates<X>::count; ++i) {
            if (!checked_subtract(coordinate(r.x, i), coordinate(s.step, i), coordinate(next, i))) {
                r.status = status::non_finite;
                return r;
            }
        }
        const bool done = step_converged(next, r.x, o);
        // Under the gradient rule an update that moves nothing while ||grad f||
        // > grad_tol must not end as "converged" (the rule was not met), nor
        // spin until max_iterations: the iteration is stuck, and says so.
        const bool stuck = o.stop == stop_rule::gradient_norm && unchanged(next, r.x);
        r.x = next;
        ++r.iterations;
        r.trace.push(next);
        if (beyond_bound(next, o.divergence_bound)) {
            r.status = status::diverged;
            return r;
        }
        if (done) {
            r.status = status::converged;
            return r;
        }
        if (stuck) {
            r.status = status::stalled;
            return r;
        }
    }
}

} // namespace fluxion::detail

#endif
