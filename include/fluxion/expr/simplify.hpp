// fluxion/expr/simplify.hpp — the simplifying node constructors.
//
// Every node is made here: by the operators and functions users call and by
// d(), so every expression, written or derived, is simplified the same way.
// The rules only rewrite at the level of TYPES (no values are inspected):
//   0 * e -> 0      1 * e -> e      e * 1 -> e      -1 * e -> -e    e * c -> c * e
//   e + 0 -> e      0 + e -> e      e - 0 -> e      0 - e -> -e
//   e - e -> 0      e / e -> 1      e + e -> 2 * e  e * e -> e^2     (same EMPTY type:
//                                                   equal types then mean equal values)
//   e^p * e -> e^(p+1),  e * e^p -> e^(p+1),  e^p * e^q -> e^(p+q),  e^p / e -> e^(p-1)
//   -(-e) -> e      -(c * e) -> (-c) * e    -(c / e) -> (-c) / e   -(a - b) -> b - a
//   (-a) * b, a * (-b) -> -(a * b)          (-a) / b, a / (-b) -> -(a / b)
//   a + (-b) -> a - b    a - (-b) -> a + b  a + c * b -> a - (-c) * b for c < 0 (and c / b)
//   c1 * (c2 * e) -> (c1 c2) * e            a * (c * e) -> c * (a * e)   (c * a) * b -> c * (a * b)
//   e^0 -> 1   e^1 -> e   (e^p)^n -> e^(p n) for an integer n   c^n folded
//   constants fold exactly (ratio arithmetic); two literals fold at run time.
// Identities that need values or domains (x / x when x may be 0, e^(1/2) squared,
// log(exp(e))) are not applied; e^p * e -> e^(p+1) assumes e^p is defined.
//
//     using namespace fluxion;
//     static_assert(std::is_same_v<decltype(sin(x) / sin(x)), constant<1>>);
#ifndef FLUXION_EXPR_SIMPLIFY_HPP
#define FLUXION_EXPR_SIMPLIFY_HPP

#include <fluxion/ad/rules.hpp>
#include <fluxion/expr/constant.hpp>
#include <fluxion/expr/node.hpp>

#include <type_traits>

namespace fluxion::detail {

// is_op<E, Op>: E is a node of operation Op.
template <class E, class Op> inline constexpr bool is_op = false;
template <class Op, class E> inline constexpr bool is_op<unary<Op, E>, Op> = true;
template <class Op, class L, class R> inline constexpr bool is_op<binary<Op, L, R>, Op> = true;

template <class E> inline constexpr bool is_negation = false;
template <class E> inline constexpr bool is_negation<unary<negate_op, E>> = true;

// c * e with a compile-time constant c (the canonical place of a constant factor).
template <class E> inline constexpr bool is_scaled = false;
template <long long N, long long D, class E> inline constexpr bool is_scaled<binary<times_op, constant<N, D>, E>> = true;

// e^c with a compile-time exponent c.
template <class E> inline constexpr bool is_power_c = false;
template <class B, long long N, long long D> inline constexpr bool is_power_c<binary<pow_op, B, constant<N, D>>> = true;

// Equal types mean equal values only when the type carries no data.
template <class A, class B> inline constexpr bool same_empty = std::is_same_v<A, B> && std::is_empty_v<A>;

// c * e or c / e with a negative constant c: the sign can move to the operator.
template <class E> inline constexpr bool is_negatively_scaled = false;
template <long long N, long long D, class E>
inline constexpr bool is_negatively_scaled<binary<times_op, constant<N, D>, E>> = (N < 0);
template <long long N, long long D, class E>
inline constexpr bool is_negatively_scaled<binary<divides_op, constant<N, D>, E>> = (N < 0);

// P is B^c (c a constant) and B is empty: then P and B have equal bases.
template <class P, class B> inline constexpr bool is_power_of = false;
template <class B, long long N, long long D>
inline constexpr bool is_power_of<binary<pow_op, B, constant<N, D>>, B> = std::is_empty_v<B>;
template <class P, class Q> inline constexpr bool same_power_base = false;
template <class B, long long N, long long D, long long M, long long E>
inline constexpr bool same_power_base<binary<pow_op, B, constant<N, D>>, binary<pow_op, B, constant<M, E>>> =
    std::is_empty_v<B>;

template <class A, class B> constexpr auto make_add(const A& a, const B& b);
template <class A, class B> constexpr auto make_sub(const A& a, const B& b);
template <class A, class B> constexpr auto make_mul(const A& a, const B& b);
template <class A, class B> constexpr auto make_div(const A& a, const B& b);
template <class A> constexpr auto make_neg(const A& a);
template <class B, class P> constexpr auto make_pow(const B& b, const P& p);

template <class A>
constexpr auto make_neg(const A& a) {
    if constexpr (is_constant<A>) return to_constant<negate(ratio_of<A>)>();
    else if constexpr (is_literal<A>) return A(-a.value);
    else if constexpr (is_negation<A>) return a.arg();
    else if constexpr (is_scaled<A>) return make_mul(make_neg(a.left()), a.right());
    else if constexpr (is_op<A, divides_op>) {
        if constexpr (is_constant<typename A::left_type>) return make_div(make_neg(a.left()), a.right());
        else return unary<negate_op, A>(a);
    } else if constexpr (is_op<A, minus_op>) return make_sub(a.right(), a.left());
    else return unary<negate_op, A>(a);
}

template <class A, class B>
constexpr auto make_add(const A& a, const B& b) {
    if constexpr (is_zero<A>) return b;
    else if constexpr (is_zero<B>) return a;
    else if constexpr (is_constant<A> && is_constant<B>) return to_constant<add(ratio_of<A>, ratio_of<B>)>();
    else if constexpr (is_literal<A> && is_literal<B>) return literal(a.value + b.value);
    else if constexpr (is_negation<B>) return make_sub(a, b.arg());
    else if constexpr (is_negatively_scaled<B>) return make_sub(a, make_neg(b));
    else if constexpr (same_empty<A, B>) return make_mul(constant<2>{}, a);
    else return binary<plus_op, A, B>(a, b);
}

template <class A, class B>
constexpr auto make_sub(const A& a, const B& b) {
    if constexpr (is_zero<B>) return a;
    else if constexpr (is_zero<A>) return make_neg(b);
    else if constexpr (is_constant<A> && is_constant<B>) return to_constant<add(ratio_of<A>, negate(ratio_of<B>))>();
    else if constexpr (is_literal<A> && is_literal<B>) return literal(a.value - b.value);
    else if constexpr (same_empty<A, B>) return constant<0>{};
    else if constexpr (is_negation<B>) return make_add(a, b.arg());
    else if constexpr (is_negatively_scaled<B>) return make_add(a, make_neg(b));
    else return binary<minus_op, A, B>(a, b);
}

template <class A, class B>
constexpr auto make_mul(const A& a, const B& b) {
    if constexpr (is_zero<A> || is_zero<B>) return constant<0>{};
    else if constexpr (is_one<A>) return b;
    else if constexpr (is_one<B>) return a;
    else if constexpr (is_constant<A> && is_constant<B>) return to_constant<mul(ratio_of<A>, ratio_of<B>)>();
    else if constexpr (is_literal<A> && is_literal<B>) return literal(a.value * b.value);
    else if constexpr (is_constant<B>) return make_mul(b, a); // constants first
    else if constexpr (is_constant<A> && is_scaled<B>) return make_mul(make_mul(a, b.left()), b.right());
    else if constexpr (is_scaled<A>) return make_mul(a.left(), make_mul(a.right(), b)); // (c a) b -> c (a b)
    else if constexpr (std::is_same_v<A, constant<-1>>) return make_neg(b);
    else if constexpr (is_negation<A>) return make_neg(make_mul(a.arg(), b));
    else if constexpr (is_negation<B>) return make_neg(make_mul(a, b.arg()));
    else if constexpr (!is_constant<A> && is_scaled<B>) return make_mul(b.left(), make_mul(a, b.right()));
    else if constexpr (same_empty<A, B>) return make_pow(a, constant<2>{});
    else if constexpr (is_power_of<A, B>)
        return make_pow(b, make_add(a.right(), constant<1>{}));
    else if constexpr (is_power_of<B, A>)
        return make_pow(a, make_add(b.right(), constant<1>{}));
    else if constexpr (same_power_base<A, B>)
        return make_pow(a.left(), make_add(a.right(), b.right()));
    else return binary<times_op, A, B>(a, b);
}

template <class A, class B>
constexpr auto make_div(const A& a, const B& b) {
    static_assert(!is_zero<B>, "fluxion: division by the compile-time constant 0");
    if constexpr (is_zero<A>) return constant<0>{};
    else if constexpr (is_one<B>) return a;
    else if constexpr (is_constant<A> && is_constant<B>) return to_constant<mul(ratio_of<A>, invert(ratio_of<B>))>();
    else if constexpr (is_literal<A> && is_literal<B>) return literal(a.value / b.value);
    else if constexpr (same_empty<A, B>) return constant<1>{};
    else if constexpr (is_negation<A>) return make_neg(make_div(a.arg(), b));
    else if constexpr (is_negation<B>) return make_neg(make_div(a, b.arg()));
    else if constexpr (is_power_of<A, B>)
        return make_pow(b, make_sub(a.right(), constant<1>{}));
    else return binary<divides_op, A, B>(a, b);
}

// b^p: p a constant (exact integer or ratio power), a literal (run-time real
// power) or an expression.
template <class B, class P>
constexpr auto make_pow(const B& b, const P& p) {
    if constexpr (is_zero<P>) return constant<1>{};
    else if constexpr (is_one<P>) return b;
    else if constexpr (is_one<B> && is_constant<P>) return constant<1>{};
    else if constexpr (is_constant<B> && is_integer_constant<P>) {
        static_assert(!(is_zero<B> && P::num < 0), "fluxion: the compile-time constant 0 to a negative power");
        return to_constant<power(ratio_of<B>, P::num)>();
    } else if constexpr (is_power_c<B> && is_integer_constant<P>)
        return make_pow(b.left(), make_mul(b.right(), p)); // (e^q)^n = e^(q n) for integer n
    else return binary<pow_op, B, P>(b, p);
}

template <class Op, class E>
constexpr auto make_unary(const E& e) {
    return unary<Op, E>(e);
}

} // namespace fluxion::detail

#endif
