// fluxion/solvers/convergence_order.hpp — the observed order of convergence
// of a solver's run, from its trace (a teaching aid).
//
// If e_{k+1} ~ C e_k^q, three consecutive errors give q:
//     q ~ log(e_{k+1} / e_k) / log(e_k / e_{k-1}).
// q ~ 1 is linear convergence (gradient descent; Newton at a degenerate
// root or stationary point), q ~ 2 quadratic (Newton near a simple root),
// q ~ 3 cubic (Halley).
//   convergence_order(result, x_star)  e_k = |x_k - x*|, the distance to a
//                                      known solution (max norm for points);
//   convergence_order(result)          e_k = |x_{k+1} - x_k|, the step
//                                      lengths, when x* is unknown (a step
//                                      estimates the error once convergence
//                                      is fast).
// Rounding floors the errors at a few ulps of x*, where they stop following
// the law, so the estimate uses the LAST three consecutive errors above
// 64 epsilon max(1, |x*|) (for steps: max(1, |x_k|)) that are distinct. Only
// the iterates kept in .trace are used.
// Result: .order (q), .iterate (k: e_{k-1}, e_k, e_{k+1} were used), .found
// (false, order 0, when no such three errors exist: too few iterates, or
// convergence in one or two steps).
//
//     constexpr auto r = fluxion::newton_root([](auto x) { return x * x - 9; }, 1.0);
//     static_assert(fluxion::abs(fluxion::convergence_order(r, 3.0).order - 2) < 0.05);
#ifndef FLUXION_SOLVERS_CONVERGENCE_ORDER_HPP
#define FLUXION_SOLVERS_CONVERGENCE_ORDER_HPP

#include <fluxion/detail/solver_loop.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/math/log.hpp>
#include <fluxion/solvers/result.hpp>

#include <cstddef>
#include <limits>
#include <type_traits>

namespace fluxion {

template <class T>
struct convergence_order_estimate {
    T order{};               ///< q from log(e_{k+1} / e_k) / log(e_k / e_{k-1})
    std::size_t iterate = 0; ///< k
    bool found = false;      ///< three usable errors were found
};

namespace detail {

// max_i |a_i - b_i| for numbers or points (the differences of finite iterates
// of one run do not overflow in practice; the max norm avoids squaring).
template <class X>
constexpr auto max_distance(const X& a, const X& b) noexcept {
    using T = std::remove_cvref_t<decltype(coordinate(a, 0))>;
    T d = 0;
    for (std::size_t i = 0; i < coordinates<X>::count; ++i) {
        const T e = abs(coordinate(a, i) - coordinate(b, i));
        if (e > d) d = e;
    }
    return d;
}

template <class X>
constexpr auto max_magnitude(const X& a) noexcept {
    using T = std::remove_cvref_t<decltype(coordinate(a, 0))>;
    T m = 1;
    for (std::size_t i = 0; i < coordinates<X>::count; ++i)
        if (abs(coordinate(a, i)) > m) m = abs(coordinate(a, i));
    return m;
}

// The estimate from errors error(k), k = 0 .. count - 1, floored at floor(k).
template <class T, class Error, class Floor>
constexpr convergence_order_estimate<T> order_from(std::size_t count, const Error& error, const Floor& floor) {
    convergence_order_estimate<T> q;
    for (std::size_t k = 1; k + 1 < count; ++k) {
        const T e0 = error(k - 1), e1 = error(k), e2 = error(k + 1);
        if (!(e0 > floor(k - 1) && e1 > floor(k) && e2 > floor(k + 1)) || e0 == e1 || e1 == e2) continue;
        q.order = log(e2 / e1) / log(e1 / e0);
        q.iterate = k;
        q.found = true;
    }
    return q;
}

} // namespace detail

/// From the distances to a known solution x_star.
template <class X, std::size_t Capacity>
constexpr auto convergence_order(const solver_result<X, Capacity>& r, const X& x_star) {
    using T = decltype(detail::max_distance(x_star, x_star));
    const T floor = 64 * std::numeric_limits<T>::epsilon() * detail::max_magnitude(x_star);
    return detail::order_from<T>(
        r.trace.size(), [&](std::size_t k) { return detail::max_distance(r.trace[k], x_star); },
        [floor](std::size_t) { return floor; });
}

/// From the step lengths |x_{k+1} - x_k| (x_star unknown).
template <class X, std::size_t Capacity>
constexpr auto convergence_order(const solver_result<X, Capacity>& r) {
    using T = decltype(detail::max_distance(r.x, r.x));
    const std::size_t steps = r.trace.size() > 0 ? r.trace.size() - 1 : 0;
    return detail::order_from<T>(
        steps, [&](std::size_t k) { return detail::max_distance(r.trace[k + 1], r.trace[k]); },
        [&](std::size_t k) { return 64 * std::numeric_limits<T>::epsilon() * detail::max_magnitude(r.trace[k]); });
}

} // namespace fluxion

#endif
