// fluxion/expr/node.hpp — the node vocabulary of expression templates.
//
// An expression such as exp(x) - log(x) is a TYPE, a tree of the nodes below;
// the compiler evaluates it (f(0.5)), differentiates it (d(f, x)) and prints it.
//
// Node vocabulary (stable: printing, simplification and d() match on these):
//   var<I>                    the I-th coordinate (x = var<0>, y = var<1>, z = var<2>); ::index
//   constant<N, D>            the compile-time rational N / D in lowest terms, D > 0
//                             (2_c is constant<2>, 0.5_c is constant<1, 2>); ::num, ::den
//   literal<T>                a run-time number stored by value (the 2.0 in 2.0 * x); .value
//   unary<Op, E>              Op applied to E: Op is negate_op, a function tag of
//                             fluxion/ad/rules.hpp (exp_op, log_op, sin_op, ...), or
//                             sign_op (expr/functions.hpp, from d(abs(e))); .arg()
//   binary<Op, L, R>          Op in plus_op, minus_op, times_op, divides_op, and the two-
//                             argument functions pow_op (pow(L, R)), atan2_op, hypot_op;
//                             .left(), .right()
// Every Op tag has `static constexpr const char* name` ("+", "exp", "pow", ...).
// The exponent R of pow is a constant<N, D> (compile-time integer or ratio power),
// a literal<T> (run-time real power) or any expression (x^y, both differentiated).
// Node types expose: unary::op / argument_type, binary::op / left_type / right_type.
// Not nodes: expression_system / expression_matrix (expr/system.hpp) hold
// expressions in a hana::tuple (.components, .rows) and evaluate to vectors / matrices.
//
// Laws: a node built only from var and constant holds no data (std::is_empty,
// sizeof == 1): its children are rebuilt as E{} on use. Every node is a literal,
// structural type (usable as a constexpr variable and, when empty, as a template
// argument). Users never name these templates: x, 2_c, exp, +, pow, ... build
// them through the simplifying constructors of fluxion/expr/simplify.hpp.
//
//     constexpr auto g = fluxion::exp(fluxion::x) - fluxion::log(fluxion::x);
//     static_assert(std::is_same_v<decltype(g), const fluxion::binary<fluxion::minus_op,
//         fluxion::unary<fluxion::exp_op, fluxion::var<0>>, fluxion::unary<fluxion::log_op, fluxion::var<0>>>>);
#ifndef FLUXION_EXPR_NODE_HPP
#define FLUXION_EXPR_NODE_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/point.hpp>

#include <boost/hana/integral_constant.hpp>
#include <boost/hana/set.hpp>
#include <boost/hana/union.hpp>
#include <boost/hana/unpack.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace fluxion {

// The arithmetic operations' tags (the functions' tags are in ad/rules.hpp).
struct plus_op { static constexpr const char* name = "+"; };
struct minus_op { static constexpr const char* name = "-"; };
struct times_op { static constexpr const char* name = "*"; };
struct divides_op { static constexpr const char* name = "/"; };
struct negate_op { static constexpr const char* name = "-"; };

template <class D> struct expression_base;
template <std::size_t I> struct var;
template <long long N, long long D = 1> struct constant;
template <class T> struct literal;
template <class Op, class E> struct unary;
template <class Op, class L, class R> struct binary;

namespace detail {
template <class E> inline constexpr bool is_node = false;
template <std::size_t I> inline constexpr bool is_node<var<I>> = true;
template <long long N, long long D> inline constexpr bool is_node<constant<N, D>> = true;
template <class T> inline constexpr bool is_node<literal<T>> = true;
template <class Op, class E> inline constexpr bool is_node<unary<Op, E>> = true;
template <class Op, class L, class R> inline constexpr bool is_node<binary<Op, L, R>> = true;
} // namespace detail

/// A fluxion expression: a tree of the nodes above.
template <class E>
concept expression = detail::is_node<std::remove_cvref_t<E>>;

namespace detail {

// A child of a node: stored when it carries data, rebuilt as E{} when it is
// empty, so that trees of variables and constants stay empty types. K tells
// the two children of a binary node apart (two empty bases of one type could
// not share an address).
template <std::size_t K, class E, bool = std::is_empty_v<E>>
struct slot {
    E held{};
    constexpr slot() = default;
    constexpr slot(const E& e) : held(e) {}
    constexpr const E& get() const { return held; }
};
template <std::size_t K, class E>
struct slot<K, E, true> {
    constexpr slot() = default;
    constexpr slot(const E&) {}
    constexpr E get() const { return E{}; }
};

// The number type constants take beside a coordinate of type S: the plain
// real under the AD layers (double for dual<hyper_dual<double>>), so that
// 2 * x costs a scalar product, not a dual one.
template <class S> struct real_of { using type = S; };
template <arithmetic S> struct real_of<S> { using type = floating_t<S>; };
template <class S>
    requires is_ad_number<S>
struct real_of<S> { using type = typename real_of<typename S::value_type>::type; };
template <class S> using real_t = typename real_of<S>::type;

template <class P> using coordinate_t = std::remove_cvref_t<decltype(std::declval<const P&>()[0])>;

// Evaluation of a function tag on a number: op_eval<Op>::apply(v) (and
// apply(a, b) for two arguments). Specialised in fluxion/expr/functions.hpp.
template <class Op> struct op_eval;

// The set of variable indices an expression uses, as a hana::set of
// hana::size_t<I> (Boost.Hana: the set is a type, computed by the compiler).
template <class E>
constexpr auto variable_set() {
    if constexpr (requires { E::index; }) return boost::hana::make_set(boost::hana::size_c<E::index>);
    else if constexpr (requires { typename E::argument_type; }) return variable_set<typename E::argument_type>();
    else if constexpr (requires { typename E::left_type; })
        return boost::hana::union_(variable_set<typename E::left_type>(), variable_set<typename E::right_type>());
    else return boost::hana::make_set();
}

// 1 + the highest variable index: how many coordinates an evaluation takes.
template <class E>
inline constexpr std::size_t arity = boost::hana::unpack(variable_set<E>(), [](auto... i) {
    std::size_t n = 0;
    ((n = decltype(i)::value + 1 > n ? decltype(i)::value + 1 : n), ...);
    return n;
});

// Whether Given coordinates suit a function of Expected (1 + its highest
// variable index). A constant (Expected = 0) is a function of any number of
// coordinates: d(3 * x, x) is still a function of x. The evaluation's
// static_assert names this check, so both compilers print the two numbers.
template <std::size_t Expected, std::size_t Given>
inline constexpr bool coordinates_expected_given = Expected == Given || Expected == 0;

template <class P> inline constexpr bool is_point_container = requires { typename point_traits<P>::value_type; };

// A number an expression can be evaluated on: a built-in number, a dual or
// hyper-dual, or any other field-like type (not a point, not an expression).
template <class A>
concept scalar_argument = arithmetic<A> || is_ad_number<A> ||
    (!is_node<A> && !is_point_container<A> && requires(const A& a) { a + a; a - a; a * a; a / a; });

template <class A> struct promoted { using type = A; };
template <arithmetic A> struct promoted<A> { using type = floating_t<A>; };
template <class... A> struct common_scalar { using type = std::common_type_t<typename promoted<A>::type...>; };
template <> struct common_scalar<> { using type = double; };

} // namespace detail

namespace detail {
// The coordinates of an evaluation as a std::array<S, N> of its number type S.
// (A constant, N = 0, takes any number of coordinates and uses none.)
template <std::size_t N, class S, class... A>
constexpr std::array<S, N> coordinates_of(const A&... a) {
    if constexpr (sizeof...(A) == N) return {static_cast<S>(a)...};
    else return {}; // N == 0, or the caller's static_assert has stopped compilation
}
template <std::size_t N, class S, class P>
constexpr std::array<S, N> coordinates_of_point(const P& p) {
    std::array<S, N> q{};
    if constexpr (point_traits<P>::size == N)
        for (std::size_t i = 0; i < N; ++i) q[i] = static_cast<S>(p[i]);
    return q;
}

// f(a, b, ...) by position (a is x, b is y, ...), or f(p) with p a std::array
// or fluxion::vector: both call D::evaluate(q) with q the std::array<S, N> of
// coordinates (integers are taken as doubles), N = D::coordinates().
// The return type is spelled (D::result_t<S>), not deduced, so that asking
// whether f is callable (std::invocable, as gradient's constraint does) never
// looks inside: a wrong number of coordinates is then reported once, by the
// static_assert, instead of as an unsatisfied constraint. (The static_assert
// sits right here, not in a helper, to keep the diagnostic's backtrace short.)
// D::coordinates(), looked up only when a call names the arguments (D is still
// incomplete where callable_at_coordinates<D> is instantiated).
template <class D, class...> inline constexpr std::size_t coordinates_of_function = D::coordinates();
template <class D, class S> struct result_of_evaluation { using type = typename D::template result_t<S>; };
template <class D>
struct callable_at_coordinates {
    // (Expected and Given are template parameters so that diagnostics show their values.)
    template <class... A, std::size_t Expected = coordinates_of_function<D, A...>, std::size_t Given = sizeof...(A)>
        requires(scalar_argument<A> && ...)
    constexpr typename result_of_evaluation<D, typename common_scalar<A...>::type>::type operator()(const A&... a) const {
        static_assert(coordinates_expected_given<Expected, Given>,
                      "fluxion: wrong number of coordinates: an expression takes 1 + its highest variable index");
        using S = typename common_scalar<A...>::type;
        return static_cast<const D&>(*this).evaluate(coordinates_of<Expected, S>(a...));
    }
    template <class P, std::size_t Expected = coordinates_of_function<D, P>, std::size_t Given = point_traits<P>::size>
        requires is_point_container<P>
    constexpr typename result_of_evaluation<D, typename promoted<typename point_traits<P>::value_type>::type>::type
    operator()(const P& p) const {
        static_assert(coordinates_expected_given<Expected, Given>,
                      "fluxion: wrong number of coordinates: an expression takes 1 + its highest variable index");
        using S = typename promoted<typename point_traits<P>::value_type>::type;
        return static_cast<const D&>(*this).evaluate(coordinates_of_point<Expected, S>(p));
    }
};
} // namespace detail

/// Evaluation, shared by every node: the result has the coordinates' type.
template <class D>
struct expression_base : detail::callable_at_coordinates<D> {
    template <class S> using result_t = S;
    static constexpr std::size_t coordinates() { return detail::arity<D>; }
    template <class S, std::size_t N> constexpr S evaluate(const std::array<S, N>& q) const {
        return static_cast<S>(static_cast<const D&>(*this).at(q));
    }
};

/// The I-th coordinate.
template <std::size_t I>
struct var : expression_base<var<I>> {
    static constexpr std::size_t index = I;
    template <class P> constexpr auto at(const P& p) const { return p[I]; }
};

/// The rational constant N / D, known to the compiler (so 0 * e and 1 * e simplify).
template <long long N, long long D>
struct constant : expression_base<constant<N, D>> {
    static_assert(D > 0, "fluxion: constant<N, D> needs a positive denominator D");
    static constexpr long long num = N;
    static constexpr long long den = D;
    template <class P> constexpr auto at(const P&) const {
        using R = detail::real_t<detail::coordinate_t<P>>;
        if constexpr (D == 1) return static_cast<R>(N);
        else return static_cast<R>(N) / static_cast<R>(D); // correctly rounded N / D
    }
};

/// A run-time number (2.0 in 2.0 * x), stored by value; T is a floating type.
template <class T>
struct literal : expression_base<literal<T>> {
    using value_type = T;
    T value{};
    constexpr literal() = default;
    constexpr explicit literal(T v) : value(v) {}
    template <class P> constexpr auto at(const P&) const {
        return static_cast<detail::real_t<detail::coordinate_t<P>>>(value);
    }
};

/// Op applied to one expression: a function (exp_op, ...) or negation (negate_op).
template <class Op, class E>
struct unary : expression_base<unary<Op, E>>, detail::slot<0, E> {
    using op = Op;
    using argument_type = E;
    constexpr unary() = default;
    constexpr explicit unary(const E& e) : detail::slot<0, E>(e) {}
    constexpr decltype(auto) arg() const { return detail::slot<0, E>::get(); }
    template <class P> constexpr auto at(const P& p) const {
        if constexpr (std::is_same_v<Op, negate_op>) return -arg().at(p);
        else return detail::op_eval<Op>::apply(arg().at(p));
    }
};

/// Op applied to two expressions: + - * / or pow, atan2, hypot.
template <class Op, class L, class R>
struct binary : expression_base<binary<Op, L, R>>, detail::slot<0, L>, detail::slot<1, R> {
    using op = Op;
    using left_type = L;
    using right_type = R;
    constexpr binary() = default;
    constexpr binary(const L& l, const R& r) : detail::slot<0, L>(l), detail::slot<1, R>(r) {}
    constexpr decltype(auto) left() const { return detail::slot<0, L>::get(); }
    constexpr decltype(auto) right() const { return detail::slot<1, R>::get(); }
    template <class P> constexpr auto at(const P& p) const {
        if constexpr (std::is_same_v<Op, plus_op>) return left().at(p) + right().at(p);
        else if constexpr (std::is_same_v<Op, minus_op>) return left().at(p) - right().at(p);
        else if constexpr (std::is_same_v<Op, times_op>) return left().at(p) * right().at(p);
        else if constexpr (std::is_same_v<Op, divides_op>) return left().at(p) / right().at(p);
        else return detail::op_eval<Op>::template apply<L, R>(left(), right(), p);
    }
};

} // namespace fluxion

#endif
