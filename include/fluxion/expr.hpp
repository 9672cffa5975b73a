// fluxion/expr.hpp — expression templates: functions as types, evaluated,
// differentiated symbolically, grouped into systems.
//
//   <fluxion/expr/node.hpp>           the node vocabulary (var, constant, literal, unary, binary)
//   <fluxion/expr/variable.hpp>       x, y, z         <fluxion/expr/constant.hpp>  2_c, constant<N, D>
//   <fluxion/expr/operators.hpp>      + - * /         <fluxion/expr/functions.hpp> exp, log, ..., pow
//   <fluxion/expr/simplify.hpp>       the type-level simplification rules
//   <fluxion/expr/differentiate.hpp>  d(f, x)
//   <fluxion/expr/variables.hpp>      variables(f), arity_v (Boost.Hana)
//   <fluxion/expr/system.hpp>         system(f1, f2, ...), gradient_expr, hessian_expr, jacobian_expr
//
//     using namespace fluxion;
//     constexpr auto g = exp(x) - log(x);
//     static_assert(std::is_same_v<decltype(d(g, x)), decltype(exp(x) - 1_c / x)>);
#ifndef FLUXION_EXPR_HPP
#define FLUXION_EXPR_HPP

// node.hpp first: diagnostics from it then show the shortest include chain.
#include <fluxion/expr/node.hpp>
#include <fluxion/expr/constant.hpp>
#include <fluxion/expr/differentiate.hpp>
#include <fluxion/expr/functions.hpp>
#include <fluxion/expr/operators.hpp>
#include <fluxion/expr/print.hpp>
#include <fluxion/expr/latex.hpp>
#include <fluxion/expr/simplify.hpp>
#include <fluxion/expr/system.hpp>
#include <fluxion/expr/variable.hpp>
#include <fluxion/expr/variables.hpp>

#endif
