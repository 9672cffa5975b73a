// fluxion/gradient.hpp — gradient(f, point): all first partial derivatives.
//
// One evaluation of f on dual<T, N> numbers: coordinate i is seeded with the
// i-th unit vector in its N derivative directions, so f's result carries
// df/dx_0 ... df/dx_{N-1} at once (forward mode, exact to rounding error).
// f takes the coordinates, f(x, y), or the point, f(p); the point is a
// std::array<T, N> or a fluxion::vector<T, N>; the gradient is a vector<T, N>.
//
//     constexpr auto f = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
//     constexpr auto g = fluxion::gradient(f, fluxion::vector{1.0, 2.0});
//     static_assert(g[0] == 2.0 && g[1] == 11.0);      // (4x - y, 6y - x)
#ifndef FLUXION_GRADIENT_HPP
#define FLUXION_GRADIENT_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/detail/attributes.hpp>
#include <fluxion/detail/value_and_gradient.hpp>
#include <fluxion/linalg/vector.hpp>

#include <concepts>
#include <cstddef>

namespace fluxion {

/// f can be evaluated on the point P rebuilt with numbers S, and returns an S
/// (or a plain number: a constant).
template <class F, class P, class S>
concept differentiable_at = callable_at<F, point_of<P, S>> &&
    std::convertible_to<decltype(detail::evaluate_at(std::declval<const F&>(), std::declval<const point_of<P, S>&>())), S>;

template <class F, point P>
    requires differentiable_at<F, P, dual<point_value_t<P>, point_size<P>>>
FLUXION_ALWAYS_INLINE constexpr vector<point_value_t<P>, point_size<P>> gradient(const F& f, const P& p) {
    return detail::value_and_gradient(f, p).gradient;
}

// Wrong uses land here (the overload above is more constrained, so it wins
// whenever it applies): a static_assert names the mistake in the first error
// line (docs/diagnostics.md).
template <class F, class P>
constexpr auto gradient(const F&, const P&) {
    if constexpr (detail::check_point_call<F, P>()) {
        constexpr bool ok = differentiable_at<F, P, dual<point_value_t<P>, point_size<P>>>;
        static_assert(ok,
                      "fluxion::gradient(f, p): f cannot be evaluated on fluxion::dual numbers (is it written for "
                      "double only? write it generically: [](auto x, auto y) { ... })");
    }
    if constexpr (point<P>) return vector<point_value_t<P>, point_size<P>>{}; // the real type: no follow-on errors
    else return 0.0;
}

} // namespace fluxion

#endif
