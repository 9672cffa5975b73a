// fluxion/fluxion.hpp — everything fluxion offers, in one include.
//
// fluxion does calculus and Newton's method at compile time. The parts, each
// with its own header (and finer headers under its folder):
//   <fluxion/math.hpp>         constexpr exp, log, sin, pow, ... (math/)
//   <fluxion/ad/dual.hpp>      dual numbers, <fluxion/ad/hyper_dual.hpp> hyper-duals
//   <fluxion/derivative.hpp>   derivative, second_derivative, derivative<K>
//   <fluxion/gradient.hpp>     gradient; <fluxion/hessian.hpp>; <fluxion/jacobian.hpp>
//   <fluxion/linalg.hpp>       vector, matrix, solve, determinant, eigenvalues (linalg/)
//   <fluxion/solvers.hpp>      newton_root, newton_minimize, gradient_descent (solvers/)
//   <fluxion/expr.hpp>         expressions: x, y, exp(x) - log(x), d(f, x), system (expr/)
//   <fluxion/nn.hpp>           a small neural network, backpropagation, training (nn/)
//
//     #include <fluxion/fluxion.hpp>
//     constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
//     static_assert(fluxion::derivative(g, 1.0) == fluxion::exp(1.0) - 1.0);
#ifndef FLUXION_FLUXION_HPP
#define FLUXION_FLUXION_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/analysis.hpp>
#include <fluxion/derivative.hpp>
#include <fluxion/expr.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/hessian.hpp>
#include <fluxion/jacobian.hpp>
#include <fluxion/linalg.hpp>
#include <fluxion/status.hpp>
#include <fluxion/math.hpp>
#include <fluxion/nn.hpp>
#include <fluxion/solvers.hpp>

#endif
