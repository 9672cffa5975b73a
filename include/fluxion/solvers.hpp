// fluxion/solvers.hpp — the iterative solvers, in one include.
//
//   newton_root(f, x0, options)            1-D root: x - f / f'
//   newton_minimize(g, x0, options)        1-D stationary point: x - g' / g''
//   newton_minimize(f, point, options)     n-D: x - H^{-1} grad f (by solve)
//   gradient_descent(f, point, options)    x - s grad f, fixed learning rate s
// Each returns a solver_result (solvers/result.hpp): .x, .iterations,
// .status, .trace; options are a solver_options aggregate (solvers/options.hpp).
//
//     constexpr auto r = fluxion::newton_root([](auto x) { return x * x - 9; }, -1.0);
//     static_assert(r.status == fluxion::status::converged && r.x == -3.0);
#ifndef FLUXION_SOLVERS_HPP
#define FLUXION_SOLVERS_HPP

#include <fluxion/solvers/gradient_descent.hpp>
#include <fluxion/solvers/newton_minimize.hpp>
#include <fluxion/solvers/newton_root.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>

#endif
