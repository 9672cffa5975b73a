// fluxion/expr/operators.hpp — + - * / and unary minus on expressions.
//
// An operator applies when one side is an expression and the other an
// expression or a plain number (any arithmetic type, kept as a run-time
// literal<double>); it builds the node through the simplifying constructors
// (fluxion/expr/simplify.hpp). The constraint keeps these templates away from
// every other type: dual + dual, vector + vector and std::string + std::string
// pick their own operators. An expression beside anything else (a string, a
// dual) is a mistake, reported by a static_assert that names it.
//
//     using namespace fluxion;
//     constexpr auto f = 2 * x * x + 3 * y * y - x * y;    // worked example 4
//     static_assert(f(1.0, 2.0) == 12.0);
#ifndef FLUXION_EXPR_OPERATORS_HPP
#define FLUXION_EXPR_OPERATORS_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/expr/node.hpp>
#include <fluxion/expr/simplify.hpp>

namespace fluxion {

namespace detail {
template <class T>
concept operand = expression<T> || arithmetic<T>;
template <class A, class B>
concept expression_operands = (expression<A> || expression<B>) && operand<A> && operand<B>;
template <class A, class B>
concept unsupported_operands = (expression<A> || expression<B>) && !(operand<A> && operand<B>);
template <class... T> inline constexpr bool always_false = false;

// A number becomes a run-time literal; an expression stays itself.
template <class T>
constexpr auto as_expression(const T& t) {
    if constexpr (expression<T>) return t;
    else return literal<floating_t<T>>(static_cast<floating_t<T>>(t));
}
} // namespace detail

template <class A, class B>
    requires detail::expression_operands<A, B>
constexpr auto operator+(const A& a, const B& b) {
    return detail::make_add(detail::as_expression(a), detail::as_expression(b));
}
template <class A, class B>
    requires detail::expression_operands<A, B>
constexpr auto operator-(const A& a, const B& b) {
    return detail::make_sub(detail::as_expression(a), detail::as_expression(b));
}
template <class A, class B>
    requires detail::expression_operands<A, B>
constexpr auto operator*(const A& a, const B& b) {
    return detail::make_mul(detail::as_expression(a), detail::as_expression(b));
}
template <class A, class B>
    requires detail::expression_operands<A, B>
constexpr auto operator/(const A& a, const B& b) {
    return detail::make_div(detail::as_expression(a), detail::as_expression(b));
}
template <expression A> constexpr auto operator-(const A& a) { return detail::make_neg(a); }
template <expression A> constexpr A operator+(const A& a) { return a; }

// The mistake, named: one static_assert instead of a page of candidate operators.
#define FLUXION_EXPR_UNSUPPORTED(OP)                                                                          \
    template <class A, class B>                                                                               \
        requires detail::unsupported_operands<A, B>                                                           \
    constexpr auto operator OP(const A&, const B&) {                                                          \
        static_assert(detail::always_false<A, B>,                                                             \
                      "fluxion: unsupported operation: an expression combines (+ - * /) only with another "  \
                      "expression or a plain number (an arithmetic type)");                                   \
    }
FLUXION_EXPR_UNSUPPORTED(+)
FLUXION_EXPR_UNSUPPORTED(-)
FLUXION_EXPR_UNSUPPORTED(*)
FLUXION_EXPR_UNSUPPORTED(/)
#undef FLUXION_EXPR_UNSUPPORTED

} // namespace fluxion

#endif
