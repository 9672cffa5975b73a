// fluxion/detail/point.hpp — what counts as a point, and how f is called there.
//
// A point is a std::array<T, N> or a fluxion::vector<T, N> of numbers. A
// function of a point may take its coordinates one by one, f(x, y), or the
// whole point, f(p): evaluate_at calls it whichever way it accepts (one by one
// first), with the point rebuilt in the same container for the number type S
// (dual or hyper-dual) the derivative needs.
#ifndef FLUXION_DETAIL_POINT_HPP
#define FLUXION_DETAIL_POINT_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/linalg/vector.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace fluxion::detail {

template <class P> struct point_traits {};
template <class T, std::size_t N> struct point_traits<std::array<T, N>> {
    using value_type = T;
    static constexpr std::size_t size = N;
    template <class S> using rebind = std::array<S, N>;
};
template <class T, std::size_t N> struct point_traits<vector<T, N>> {
    using value_type = T;
    static constexpr std::size_t size = N;
    template <class S> using rebind = vector<S, N>;
};

template <class S, std::size_t> using repeat = S;

template <class F, class P, class Seq = std::make_index_sequence<point_traits<P>::size>>
inline constexpr bool takes_coordinates = false;
template <class F, class P, std::size_t... I>
inline constexpr bool takes_coordinates<F, P, std::index_sequence<I...>> =
    std::invocable<const F&, repeat<const typename point_traits<P>::value_type&, I>...>;

template <class F, class P>
constexpr decltype(auto) evaluate_at(const F& f, const P& p) {
    if constexpr (takes_coordinates<F, P>) {
        return [&]<std::size_t... I>(std::index_sequence<I...>) -> decltype(auto) {
            return f(p[I]...);
        }(std::make_index_sequence<point_traits<P>::size>{});
    } else {
        return f(p);
    }
}

} // namespace fluxion::detail

namespace fluxion {

/// A std::array<T, N> or fluxion::vector<T, N> of arithmetic T.
template <class P>
concept point = requires { typename detail::point_traits<P>::value_type; } &&
                arithmetic<typename detail::point_traits<P>::value_type>;

template <point P> using point_value_t = floating_t<typename detail::point_traits<P>::value_type>;
template <point P> inline constexpr std::size_t point_size = detail::point_traits<P>::size;
/// The point P with its coordinates of type S.
template <point P, class S> using point_of = typename detail::point_traits<P>::template rebind<S>;

/// R is a std::array or fluxion::vector whose elements are S.
template <class R, class S>
concept point_of_numbers = requires { typename detail::point_traits<std::remove_cvref_t<R>>::value_type; } &&
                           std::same_as<typename detail::point_traits<std::remove_cvref_t<R>>::value_type, S>;

/// f can be evaluated at a point of S (coordinate by coordinate or whole).
template <class F, class P>
concept callable_at = detail::takes_coordinates<F, P> || std::invocable<const F&, const P&>;

} // namespace fluxion

namespace fluxion::detail {
// For the wrong-use overloads of gradient, hessian and jacobian: which of
// "p is not a point" and "f does not take p's coordinates" is the mistake.
// (A point of the wrong dimension is the second: f(x, y) given 3 coordinates.)
// Returns whether p is a point f takes, so the caller can go on to say why f
// is not differentiable. Each static_assert fires alone (if constexpr chain),
// and tests a plain bool, not the concept: Clang would otherwise explain the
// concept's definition line by line, which adds 10 lines and no information.
template <class F, class P>
consteval bool check_point_call() {
    constexpr bool is_point = point<P>;
    if constexpr (!is_point) {
        static_assert(is_point, "fluxion: the point must be a std::array<T, N> or fluxion::vector<T, N> of numbers");
        return false;
    } else if constexpr (constexpr bool callable = callable_at<F, P>; !callable) {
        static_assert(callable, "fluxion: f cannot be called with the point's coordinates f(p[0], ..., p[N-1]) "
                                "nor with the point f(p): wrong point dimension?");
        return false;
    } else {
        return true;
    }
}
} // namespace fluxion::detail

#endif
