// fluxion/solvers/newton_root_misuse.hpp — one readable error for every
// wrong call of newton_root.
//
// newton_root has three forms: a number start (newton_root.hpp), a bracket
// (bracketed_newton.hpp) and a point for a system (newton_system.hpp). A call
// that fits none would list all three candidates and why each failed (over
// 40 lines on g++). This overload is chosen exactly when none fits, and says
// what is wrong in its first error line:
//   * f cannot be evaluated on fluxion::dual numbers (a callable taking
//     double only): Newton gets f' from f(x + eps);
//   * for a point, F does not take it (or its coordinates) as duals, or does
//     not return a std::array / fluxion::vector of them;
//   * the start is not a number, a bracket or a point.
//
//     constexpr auto f = [](double x) { return x * x - 9; };   // not generic
//     // fluxion::newton_root(f, 1.0);  error: "... f cannot be evaluated on fluxion::dual numbers ..."
#ifndef FLUXION_SOLVERS_NEWTON_ROOT_MISUSE_HPP
#define FLUXION_SOLVERS_NEWTON_ROOT_MISUSE_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/derivative.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/jacobian.hpp>
#include <fluxion/solvers/bracketed_newton.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>

#include <cstddef>

namespace fluxion::detail {

template <class X> inline constexpr bool is_bracket = false;
template <class T> inline constexpr bool is_bracket<bracket<T>> = true;

template <class F, class X> constexpr bool newton_root_accepts() {
    if constexpr (arithmetic<X>) return differentiable<F, dual<floating_t<X>>>;
    else if constexpr (is_bracket<X>) return differentiable<F, dual<floating_t<decltype(X::lo)>>>;
    else if constexpr (point<X>) return vector_function_at<F, X, dual<point_value_t<X>, point_size<X>>>;
    else return false;
}

template <class> inline constexpr bool dependent_false = false;

} // namespace fluxion::detail

namespace fluxion {

template <std::size_t Capacity = default_trace_capacity, class F, class X>
    requires(!detail::newton_root_accepts<F, X>())
constexpr solver_result<double, Capacity> newton_root(const F&, const X&, const solver_options& = {}) {
    if constexpr (arithmetic<X> || detail::is_bracket<X>)
        static_assert(detail::dependent_false<F>, "fluxion::newton_root(f, x0): f cannot be evaluated on fluxion::dual "
                                                  "numbers; write f as a generic callable, [](auto x) { ... }");
    else if constexpr (point<X>)
        static_assert(detail::dependent_false<F>,
                      "fluxion::newton_root(F, point): F must accept the point (or its coordinates) as "
                      "fluxion::dual numbers and return a std::array or fluxion::vector of them");
    else
        static_assert(detail::dependent_false<F>, "fluxion::newton_root: the start must be a number, a "
                                                  "fluxion::bracket or a point (std::array or fluxion::vector)");
    return {};
}

} // namespace fluxion

#endif
