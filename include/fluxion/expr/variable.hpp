// fluxion/expr/variable.hpp — the variables x, y, z (and var<I> for more).
//
// var<I> is the I-th coordinate of the point an expression is evaluated at:
// f(a, b) binds x = a, y = b. An expression takes 1 + its highest index
// coordinates, so y * y is a function of (x, y) that ignores x.
// More variables: name them yourself, `constexpr fluxion::var<3> w;`.
//
//     using namespace fluxion;
//     static_assert((x * y)(2.0, 3.0) == 6.0);
#ifndef FLUXION_EXPR_VARIABLE_HPP
#define FLUXION_EXPR_VARIABLE_HPP

#include <fluxion/expr/node.hpp>

namespace fluxion {

inline constexpr var<0> x{};
inline constexpr var<1> y{};
inline constexpr var<2> z{};

} // namespace fluxion

#endif
