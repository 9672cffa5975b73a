// fluxion/derivative.hpp — derivative(f, x), second_derivative(f, x) and
// derivative<K>(f, x), for any generic callable f.
//
// f is anything that can be called on fluxion's dual numbers: a generic lambda
// `[](auto t) { return t * fluxion::exp(t); }`, a function object with a
// template call operator (and, later, a fluxion expression). No step size,
// no truncation error: the result is f'(x) exact to rounding error.
//   derivative(f, x)        one evaluation of f on the dual number x + eps
//   second_derivative(f, x) one evaluation on the hyper-dual x + eps1 + eps2
//   derivative<K>(f, x)     one evaluation on K nested duals (cost grows as 2^K)
// A callable that only accepts double (`[](double t) { ... }`) cannot be
// differentiated this way; it is rejected by the concept `differentiable`.
//
//     constexpr auto g = [](auto t) { return fluxion::exp(t) - fluxion::log(t); };
//     static_assert(fluxion::derivative(g, 1.0) == fluxion::exp(1.0) - 1.0);
#ifndef FLUXION_DERIVATIVE_HPP
#define FLUXION_DERIVATIVE_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/attributes.hpp>

#include <concepts>
#include <cstddef>
#include <type_traits>

namespace fluxion {

// f can be evaluated on the number type S and gives an S (or a plain number,
// which converts to a constant S).
template <class F, class S>
concept differentiable = std::invocable<const F&, const S&> && std::convertible_to<std::invoke_result_t<const F&, const S&>, S>;

namespace detail {
// dual<dual<...<T>...>>, K levels deep.
template <std::size_t K, class T> struct nested_dual { using type = dual<typename nested_dual<K - 1, T>::type>; };
template <class T> struct nested_dual<0, T> { using type = T; };

// x + eps at every level: the K-th derivative then sits K levels down the eps parts.
template <std::size_t K, class T>
FLUXION_ALWAYS_INLINE constexpr typename nested_dual<K, T>::type seed_nested(T x) {
    if constexpr (K == 0) {
        return x;
    } else {
        using inner = typename nested_dual<K - 1, T>::type;
        return {seed_nested<K - 1>(x), inner(1)};
    }
}
template <std::size_t K, class S>
FLUXION_ALWAYS_INLINE constexpr auto eps_part(const S& s) {
    if constexpr (K == 0) return s;
    else return eps_part<K - 1>(s.d[0]);
}
} // namespace detail

template <std::size_t K = 1, class F, arithmetic T>
    requires(K >= 1) && differentiable<F, typename detail::nested_dual<K, floating_t<T>>::type>
FLUXION_ALWAYS_INLINE constexpr floating_t<T> derivative(const F& f, T x) {
    using S = typename detail::nested_dual<K, floating_t<T>>::type;
    return detail::eps_part<K>(S(f(detail::seed_nested<K>(static_cast<floating_t<T>>(x)))));
}

template <class F, arithmetic T>
    requires differentiable<F, hyper_dual<floating_t<T>>>
FLUXION_ALWAYS_INLINE constexpr floating_t<T> second_derivative(const F& f, T x) {
    using S = hyper_dual<floating_t<T>>;
    return S(f(S{static_cast<floating_t<T>>(x), 1, 1, 0})).d12;
}

// Wrong uses. The constrained overloads above are more constrained, so they
// win whenever they apply; a call that fits none lands here, and a
// static_assert names the mistake in the first line of the error instead of
// "no matching function" followed by the unsatisfied constraint some lines
// further down (docs/diagnostics.md). The return type is the real one, so
// the surrounding expression adds no error of its own.
template <std::size_t K = 1, class F, class T>
constexpr floating_t<T> derivative(const F&, T) {
    constexpr bool is_number = arithmetic<T>; // a bool, not the concept: see detail/point.hpp
    if constexpr (!is_number)
        static_assert(is_number, "fluxion::derivative(f, x): x must be a number (an integer or floating-point type)");
    else if constexpr (K == 0)
        static_assert(K >= 1, "fluxion::derivative<K>(f, x): the order K must be at least 1");
    else if constexpr (constexpr bool ok = differentiable<F, typename detail::nested_dual<K, floating_t<T>>::type>; !ok)
        static_assert(ok, "fluxion::derivative(f, x): f cannot be evaluated on fluxion::dual numbers (is it written for "
                      "double only? write it generically: [](auto t) { ... })");
    return {};
}
template <class F, class T>
constexpr floating_t<T> second_derivative(const F&, T) {
    constexpr bool is_number = arithmetic<T>;
    if constexpr (!is_number)
        static_assert(is_number, "fluxion::second_derivative(f, x): x must be a number (an integer or floating-point type)");
    else if constexpr (constexpr bool ok = differentiable<F, hyper_dual<floating_t<T>>>; !ok)
        static_assert(ok, "fluxion::second_derivative(f, x): f cannot be evaluated on fluxion::hyper_dual numbers (is it "
                      "written for double only? write it generically: [](auto t) { ... })");
    return {};
}

} // namespace fluxion

#endif
