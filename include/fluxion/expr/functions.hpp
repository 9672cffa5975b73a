// fluxion/expr/functions.hpp — exp, log, sin, ..., pow, atan2, hypot of expressions.
//
// exp(e) builds unary<exp_op, E>: the op tag is the one of fluxion/ad/rules.hpp,
// which names the function and carries its derivative for dual numbers.
// Evaluation calls the function unqualified, so an expression evaluates on
// double, float, dual, hyper_dual and nested duals alike (the number's own
// overloads are found by argument-dependent lookup).
// pow(e, 2_c) has a compile-time exponent (integer powers evaluate by
// repeated multiplication, exactly as fluxion::pow(v, 2)), pow(e, 2.5) a
// run-time real exponent, pow(e1, e2) an expression for both.
// sign(e) (+1 or -1 by the sign bit, a constant for derivatives) exists for
// d(abs(e)) = e' sign(e).
//
//     using namespace fluxion;
//     static_assert(exp(x)(1.0) == fluxion::exp(1.0));
#ifndef FLUXION_EXPR_FUNCTIONS_HPP
#define FLUXION_EXPR_FUNCTIONS_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/ad/rules.hpp>
#include <fluxion/expr/node.hpp>
#include <fluxion/expr/operators.hpp>
#include <fluxion/expr/simplify.hpp>

namespace fluxion {

/// The sign of a number by its sign bit: +1 or -1 (so +0 -> +1, -0 -> -1).
struct sign_op {
    static constexpr const char* name = "sign";
};

// One line per function: the public overload for expressions and its evaluation.
#define FLUXION_EXPR_FUNCTION(F)                                                                          \
    template <expression E> constexpr auto F(const E& e) { return detail::make_unary<F##_op>(e); }      \
    template <> struct detail::op_eval<F##_op> {                                                         \
        template <class T> static constexpr auto apply(const T& v) { return F(v); }                      \
    };
FLUXION_EXPR_FUNCTION(exp)
FLUXION_EXPR_FUNCTION(expm1)
FLUXION_EXPR_FUNCTION(log)
FLUXION_EXPR_FUNCTION(log1p)
FLUXION_EXPR_FUNCTION(log2)
FLUXION_EXPR_FUNCTION(log10)
FLUXION_EXPR_FUNCTION(sqrt)
FLUXION_EXPR_FUNCTION(cbrt)
FLUXION_EXPR_FUNCTION(sin)
FLUXION_EXPR_FUNCTION(cos)
FLUXION_EXPR_FUNCTION(tan)
FLUXION_EXPR_FUNCTION(asin)
FLUXION_EXPR_FUNCTION(acos)
FLUXION_EXPR_FUNCTION(atan)
FLUXION_EXPR_FUNCTION(sinh)
FLUXION_EXPR_FUNCTION(cosh)
FLUXION_EXPR_FUNCTION(tanh)
FLUXION_EXPR_FUNCTION(abs)
FLUXION_EXPR_FUNCTION(sigmoid)
#undef FLUXION_EXPR_FUNCTION

template <expression E> constexpr auto sign(const E& e) { return detail::make_unary<sign_op>(e); }
template <> struct detail::op_eval<sign_op> {
    template <class T> static constexpr auto apply(const T& v) { return real_t<T>(signbit(v) ? -1 : 1); }
};

/// b^p with either side an expression (the other may be a number).
template <class B, class P>
    requires detail::expression_operands<B, P>
constexpr auto pow(const B& b, const P& p) {
    return detail::make_pow(detail::as_expression(b), detail::as_expression(p));
}
template <class Y, class X>
    requires detail::expression_operands<Y, X>
constexpr auto atan2(const Y& y, const X& x) {
    return binary<atan2_op, decltype(detail::as_expression(y)), decltype(detail::as_expression(x))>(
        detail::as_expression(y), detail::as_expression(x));
}
template <class A, class B>
    requires detail::expression_operands<A, B>
constexpr auto hypot(const A& a, const B& b) {
    return binary<hypot_op, decltype(detail::as_expression(a)), decltype(detail::as_expression(b))>(
        detail::as_expression(a), detail::as_expression(b));
}

template <> struct detail::op_eval<pow_op> {
    template <class L, class R, class P> static constexpr auto apply(const L& l, const R& r, const P& p) {
        if constexpr (is_integer_constant<R>) {
            return pow(l.at(p), R::num); // exact integer power (a negative base is fine)
        } else if constexpr (is_constant<R>) {
            using Real = real_t<coordinate_t<P>>;
            return pow(l.at(p), static_cast<Real>(R::num) / static_cast<Real>(R::den));
        } else {
            return pow(l.at(p), r.at(p));
        }
    }
};
template <> struct detail::op_eval<atan2_op> {
    template <class L, class R, class P> static constexpr auto apply(const L& l, const R& r, const P& p) {
        return atan2(l.at(p), r.at(p));
    }
};
template <> struct detail::op_eval<hypot_op> {
    template <class L, class R, class P> static constexpr auto apply(const L& l, const R& r, const P& p) {
        return hypot(l.at(p), r.at(p));
    }
};

} // namespace fluxion

#endif
