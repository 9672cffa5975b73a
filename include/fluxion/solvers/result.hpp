// fluxion/solvers/result.hpp — what a solver returns: solver_result<X, Capacity>.
//
//   .x           the last iterate (a number for 1-D solvers; for n-D solvers
//                the same kind of point that was passed, std::array<T, N> or
//                fluxion::vector<T, N>, with floating-point T).
//   .iterations  the number of updates x_k -> x_{k+1} APPLIED, so
//                .x == x_{iterations}. A step that was refused (singular
//                derivative, a non-finite value) is not counted; 0 means the
//                start point was returned unchanged.
//   .status      status::converged       the stopping rule held (options.hpp);
//                status::max_iterations  options.max_iterations updates were
//                                        applied without meeting the rule
//                                        (never reported as converged);
//                status::singular        f'(x) == 0, g''(x) == 0, or a Hessian /
//                                        Jacobian that solve() finds singular, at .x;
//                status::non_finite      a NaN or an infinity in the start point,
//                                        in f or its derivatives, or a step that
//                                        would overflow; .x is the last iterate
//                                        (where f was not finite, if it was f);
//                status::diverged        an update gave a coordinate beyond
//                                        options.divergence_bound (.x is it);
//                status::not_bracketed   newton_root(f, bracket{lo, hi}): f(lo)
//                                        and f(hi) have the same sign (.x is lo);
//                status::stalled         stop_rule::gradient_norm only: an update
//                                        left .x unchanged (every step below half
//                                        an ulp) with the gradient norm still above
//                                        grad_tol (the update is counted and traced).
//   .trace       the iterates x_0, x_1, ..., x_{iterations}, in a fixed-capacity
//                array (usable in constant expressions). It keeps the first
//                Capacity iterates; later ones are dropped and .trace.truncated
//                is set (x_{iterations} is still .x). trace[k] with
//                k >= trace.size() is a mistake, never a silent zero: a compile
//                error naming detail::trace_index_beyond_size in a constant
//                expression, std::out_of_range at run time.
// Capacity is a template parameter of every solver (default 64); it must be
// at least 1, since the trace always holds x_0.
//
//     constexpr auto r = fluxion::newton_root([](auto x) { return x * x - 9; }, 1.0);
//     static_assert(r.trace[0] == 1.0 && r.trace[1] == 5.0 && r.x == 3.0);
#ifndef FLUXION_SOLVERS_RESULT_HPP
#define FLUXION_SOLVERS_RESULT_HPP

#include <fluxion/status.hpp>

#include <array>
#include <cstddef>
#include <stdexcept>

namespace fluxion {

namespace detail {
// Not constexpr on purpose: trace[k] past the stored iterates has no iterate
// to return. In a constant expression the call stops compilation and the
// diagnostic names this function; at run time it throws, as std::vector::at
// does, instead of handing back a zero-initialised slot or reading past the end.
[[noreturn]] inline void trace_index_beyond_size() {
    throw std::out_of_range("fluxion: trace[k] with k >= trace.size(): only x_0 ... x_{size() - 1} are stored");
}
} // namespace detail

inline constexpr std::size_t default_trace_capacity = 64;

/// The iterates x_0, x_1, ... of a solver: the first Capacity of them.
template <class X, std::size_t Capacity>
struct iterate_trace {
    static_assert(Capacity > 0,
                  "fluxion: a solver's trace capacity must be at least 1 (the trace always holds the start point x0)");

    std::array<X, Capacity> points{};
    std::size_t count = 0;  ///< how many iterates are stored (<= Capacity)
    bool truncated = false; ///< iterates were dropped because the trace was full

    static constexpr std::size_t capacity() noexcept { return Capacity; }
    constexpr std::size_t size() const noexcept { return count; }
    constexpr const X& operator[](std::size_t k) const {
        if (k >= count) detail::trace_index_beyond_size();
        return points[k];
    }
    constexpr const X& back() const { return (*this)[count - 1]; } // empty: count - 1 wraps, and is caught
    constexpr const X* begin() const noexcept { return points.data(); }
    constexpr const X* end() const noexcept { return points.data() + count; }

    constexpr void push(const X& x) noexcept {
        if (count < Capacity) points[count++] = x;
        else truncated = true;
    }
};

template <class X, std::size_t Capacity = default_trace_capacity>
struct solver_result {
    X x{};
    std::size_t iterations = 0;
    fluxion::status status = fluxion::status::max_iterations;
    iterate_trace<X, Capacity> trace{};
};

} // namespace fluxion

#endif
