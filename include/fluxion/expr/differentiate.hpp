// fluxion/expr/differentiate.hpp — d(f, x): the symbolic derivative, an expression.
//
// d(f, var<I>) applies the textbook rules to f's type and builds the result
// through the simplifying constructors, so derivatives stay small:
//   d(x_j)/dx_i = 1 if i == j else 0; constants and literals -> 0
//   (a + b)' = a' + b'   (a - b)' = a' - b'   (-a)' = -a'
//   (a b)' = a' b + a b'  (a / b)' = (a' b - a b') / b^2  (= a' / b when b' = 0)
//   f(u)' = u' f'(u) (chain rule; the table below), e.g. exp(u)' = u' exp(u)
//   (u^p)' = p (u' u^(p-1)) for a constant or literal p; (u^v)' = u^v (v' log u + v u' / u)
//   atan2(v, u)' = (u v' - v u') / (u^2 + v^2)   hypot(a, b)' = (a a' + b b') / hypot(a, b)
// f'(u): exp -> exp u, expm1 -> exp u, log -> 1/u (written u'/u), log1p -> 1/(1+u),
// log2 -> 1/(u log 2), log10 -> 1/(u log 10), sqrt -> 1/(2 sqrt u),
// cbrt -> 1/(3 cbrt(u)^2), sin -> cos u, cos -> -sin u, tan -> 1 + tan(u)^2,
// asin -> 1/sqrt(1 - u^2), acos -> -1/sqrt(1 - u^2), atan -> 1/(1 + u^2),
// sinh -> cosh u, cosh -> sinh u, tanh -> 1/cosh(u)^2, abs -> sign u, sign -> 0,
// sigmoid -> sigmoid(u) sigmoid(-u) (= s (1 - s), without the cancellation of 1 - s).
// (The same formulas as the jets of fluxion/ad/rules.hpp, written as expressions.)
//
//     using namespace fluxion;
//     static_assert(std::is_same_v<decltype(d(exp(sin(x)), x)), decltype(cos(x) * exp(sin(x)))>);
#ifndef FLUXION_EXPR_DIFFERENTIATE_HPP
#define FLUXION_EXPR_DIFFERENTIATE_HPP

#include <fluxion/expr/constant.hpp>
#include <fluxion/expr/functions.hpp>
#include <fluxion/expr/node.hpp>
#include <fluxion/expr/simplify.hpp>

#include <cstddef>
#include <type_traits>

namespace fluxion {

namespace detail {

// f'(u) times u', for each function tag (du is never the constant 0 here).
template <class Op> struct chain_rule;
template <> struct chain_rule<exp_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) { return make_mul(du, exp(u)); }
};
template <> struct chain_rule<expm1_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) { return make_mul(du, exp(u)); }
};
template <> struct chain_rule<log_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) { return make_div(du, u); }
};
template <> struct chain_rule<log1p_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_div(du, make_add(constant<1>{}, u));
    }
};
template <> struct chain_rule<log2_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_div(du, make_mul(u, log(constant<2>{})));
    }
};
template <> struct chain_rule<log10_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_div(du, make_mul(u, log(constant<10>{})));
    }
};
template <> struct chain_rule<sqrt_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_div(du, make_mul(constant<2>{}, sqrt(u)));
    }
};
template <> struct chain_rule<cbrt_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_div(du, make_mul(constant<3>{}, make_pow(cbrt(u), constant<2>{})));
    }
};
template <> struct chain_rule<sin_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) { return make_mul(du, cos(u)); }
};
template <> struct chain_rule<cos_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_mul(du, make_neg(sin(u)));
    }
};
template <> struct chain_rule<tan_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_mul(du, make_add(constant<1>{}, make_pow(tan(u), constant<2>{})));
    }
};
template <> struct chain_rule<asin_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_div(du, sqrt(make_sub(constant<1>{}, make_pow(u, constant<2>{}))));
    }
};
template <> struct chain_rule<acos_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_neg(make_div(du, sqrt(make_sub(constant<1>{}, make_pow(u, constant<2>{})))));
    }
};
template <> struct chain_rule<atan_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_div(du, make_add(constant<1>{}, make_pow(u, constant<2>{})));
    }
};
template <> struct chain_rule<sinh_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) { return make_mul(du, cosh(u)); }
};
template <> struct chain_rule<cosh_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) { return make_mul(du, sinh(u)); }
};
template <> struct chain_rule<tanh_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_div(du, make_pow(cosh(u), constant<2>{}));
    }
};
template <> struct chain_rule<abs_op> {
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) { return make_mul(du, sign(u)); }
};
template <> struct chain_rule<sigmoid_op> {
    // sigmoid' = s (1 - s) written s(u) s(-u): 1 - s = sigmoid(-u) keeps full accuracy where s -> 1.
    template <class U, class DU> static constexpr auto apply(const U& u, const DU& du) {
        return make_mul(du, make_mul(sigmoid(u), sigmoid(make_neg(u))));
    }
};
template <> struct chain_rule<sign_op> {
    template <class U, class DU> static constexpr auto apply(const U&, const DU&) { return constant<0>{}; }
};

template <std::size_t I, class E>
constexpr auto derive(const E& e) {
    if constexpr (requires { E::index; }) {
        return constant<(E::index == I ? 1 : 0)>{};
    } else if constexpr (is_constant<E> || is_literal<E>) {
        return constant<0>{};
    } else if constexpr (requires { typename E::argument_type; }) {
        using Op = typename E::op;
        const auto du = derive<I>(e.arg()); // (decltype(du) is const: compared without cv)
        if constexpr (is_zero<std::remove_cv_t<decltype(du)>>) return constant<0>{};
        else if constexpr (std::is_same_v<Op, negate_op>) return make_neg(du);
        else return chain_rule<Op>::apply(e.arg(), du);
    } else {
        using Op = typename E::op;
        const auto a = e.left();
        const auto b = e.right();
        const auto da = derive<I>(a);
        const auto db = derive<I>(b);
        if constexpr (std::is_same_v<Op, plus_op>) {
            return make_add(da, db);
        } else if constexpr (std::is_same_v<Op, minus_op>) {
            return make_sub(da, db);
        } else if constexpr (std::is_same_v<Op, times_op>) {
            return make_add(make_mul(da, b), make_mul(a, db));
        } else if constexpr (std::is_same_v<Op, divides_op>) {
            if constexpr (is_zero<std::remove_cv_t<decltype(db)>>) return make_div(da, b);
            else return make_div(make_sub(make_mul(da, b), make_mul(a, db)), make_pow(b, constant<2>{}));
        } else if constexpr (std::is_same_v<Op, pow_op>) {
            if constexpr (is_zero<std::remove_cv_t<decltype(db)>>) {
                // b is constant in x_I: (a^b)' = b a' a^(b-1)
                if constexpr (is_zero<std::remove_cv_t<decltype(da)>>) return constant<0>{};
                else return make_mul(b, make_mul(da, make_pow(a, make_sub(b, constant<1>{}))));
            } else {
                // (a^b)' = a^b (b' log a + b a' / a)
                return make_mul(e, make_add(make_mul(db, log(a)), make_div(make_mul(b, da), a)));
            }
        } else if constexpr (std::is_same_v<Op, atan2_op>) {
            return make_div(make_sub(make_mul(b, da), make_mul(a, db)),
                            make_add(make_pow(b, constant<2>{}), make_pow(a, constant<2>{})));
        } else {
            static_assert(std::is_same_v<Op, hypot_op>);
            return make_div(make_add(make_mul(a, da), make_mul(b, db)), e);
        }
    }
}

} // namespace detail

/// The derivative of f with respect to the variable v, as a new expression.
template <expression E, std::size_t I>
constexpr auto d(const E& f, var<I>) {
    return detail::derive<I>(f);
}

} // namespace fluxion

#endif
