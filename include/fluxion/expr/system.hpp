// fluxion/expr/system.hpp — system(f1, f2, ...): a vector-valued function of
// expressions; gradient_expr(f), hessian_expr(f), jacobian_expr(F) symbolically.
//
// system(f1, ..., fm) holds the expressions in a hana::tuple (they have
// different types) and evaluates, at n coordinates or a point, to the
// fluxion::vector (f1(p), ..., fm(p)), where n is the largest arity among the
// fi. So it is exactly the callable jacobian(F, point) and Newton's method
// for systems expect: jacobian(system(f1, f2), p) differentiates it with duals.
// gradient_expr(f) is the system of the n partial derivatives d(f, x_i);
// hessian_expr(f) and jacobian_expr(F) are tables of expressions (rows of
// systems) that evaluate to a fluxion::matrix. They are computed by d(), so
// they are simplified expressions, and they evaluate in constant expressions.
// (system is a function, not a type: with <cstdlib>'s ::system in scope,
// `using namespace fluxion; system(f, g)` still finds it by overloading.)
//
//     using namespace fluxion;
//     constexpr auto F = system(x * y, x + 3 * y);
//     static_assert(F(2.0, 5.0)[0] == 10.0 && jacobian_expr(F)(2.0, 5.0)(1, 1) == 3.0);
#ifndef FLUXION_EXPR_SYSTEM_HPP
#define FLUXION_EXPR_SYSTEM_HPP

#include <fluxion/expr/differentiate.hpp>
#include <fluxion/expr/node.hpp>
#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/vector.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/tuple.hpp>

#include <array>
#include <cstddef>
#include <utility>

namespace fluxion {

namespace detail {
template <class... E> inline constexpr std::size_t max_arity = [] {
    std::size_t n = 0;
    ((n = arity<E> > n ? arity<E> : n), ...);
    return n;
}();
} // namespace detail

/// m expressions of N coordinates, evaluated together into a vector.
template <std::size_t N, class... E>
struct expression_system : detail::callable_at_coordinates<expression_system<N, E...>> {
    template <class S> using result_t = vector<S, sizeof...(E)>;
    static constexpr std::size_t coordinates() { return N; }
    static constexpr std::size_t size = sizeof...(E);
    boost::hana::tuple<E...> components;

    constexpr expression_system() = default;
    constexpr explicit expression_system(const boost::hana::tuple<E...>& c) : components(c) {}

    // At a std::array<S, N> of coordinates.
    template <class S> constexpr vector<S, sizeof...(E)> evaluate(const std::array<S, N>& q) const {
        return [&]<std::size_t... J>(std::index_sequence<J...>) {
            return vector<S, sizeof...(E)>{static_cast<S>(boost::hana::at_c<J>(components).at(q))...};
        }(std::index_sequence_for<E...>{});
    }
};

/// Rows of expressions (each an expression_system of N expressions in N coordinates),
/// evaluated into an M x N matrix.
template <std::size_t N, class... Rows>
struct expression_matrix : detail::callable_at_coordinates<expression_matrix<N, Rows...>> {
    template <class S> using result_t = matrix<S, sizeof...(Rows), N>;
    static constexpr std::size_t coordinates() { return N; }
    boost::hana::tuple<Rows...> rows;

    constexpr expression_matrix() = default;
    constexpr explicit expression_matrix(const boost::hana::tuple<Rows...>& r) : rows(r) {}

    template <class S> constexpr matrix<S, sizeof...(Rows), N> evaluate(const std::array<S, N>& q) const {
        constexpr std::size_t M = sizeof...(Rows);
        matrix<S, M, N> r{}; // each row holds N partial derivatives
        [&]<std::size_t... J>(std::index_sequence<J...>) {
            ((fill_row(r, J, boost::hana::at_c<J>(rows).evaluate(q))), ...);
        }(std::index_sequence_for<Rows...>{});
        return r;
    }

private:
    template <class Mat, class Row> static constexpr void fill_row(Mat& m, std::size_t j, const Row& row) {
        for (std::size_t k = 0; k < row.size(); ++k) m(j, k) = row[k];
    }
};

/// The vector-valued function (f1, ..., fm).
template <expression... E>
    requires(sizeof...(E) > 0)
constexpr auto system(const E&... f) {
    return expression_system<detail::max_arity<E...>, E...>(boost::hana::make_tuple(f...));
}

namespace detail {
template <std::size_t N, class E, std::size_t... I>
constexpr auto partials(const E& f, std::index_sequence<I...>) {
    return expression_system<N, decltype(d(f, var<I>{}))...>(boost::hana::make_tuple(d(f, var<I>{})...));
}
} // namespace detail

/// (d f / d x_0, ..., d f / d x_{n-1}) as expressions; n = arity of f.
template <expression E>
constexpr auto gradient_expr(const E& f) {
    constexpr std::size_t N = detail::arity<E>;
    return detail::partials<N>(f, std::make_index_sequence<N>{});
}

/// J_jk = d F_j / d x_k as expressions (m rows, n columns).
template <std::size_t N, class... E>
constexpr auto jacobian_expr(const expression_system<N, E...>& F) {
    return [&]<std::size_t... J>(std::index_sequence<J...>) {
        using rows = boost::hana::tuple<decltype(detail::partials<N>(boost::hana::at_c<J>(F.components),
                                                                     std::make_index_sequence<N>{}))...>;
        return expression_matrix<N, decltype(detail::partials<N>(boost::hana::at_c<J>(F.components),
                                                                 std::make_index_sequence<N>{}))...>(
            rows{detail::partials<N>(boost::hana::at_c<J>(F.components), std::make_index_sequence<N>{})...});
    }(std::index_sequence_for<E...>{});
}

/// H_ij = d2 f / d x_i d x_j as expressions: the Jacobian of the gradient.
template <expression E>
constexpr auto hessian_expr(const E& f) {
    return jacobian_expr(gradient_expr(f));
}

} // namespace fluxion

#endif
