// fluxion/solvers.hpp — the iterative solvers, in one include.
//
//   newton_root(f, x0, options)            1-D root: x - f / f'
//   newton_minimize(g, x0, options)        1-D stationary point: x - g' / g''
//   newton_minimize(f, point, options)     n-D: x - H^{-1} grad f (by solve)
//   gradient_descent(f, point, options)    x - s grad f, fixed learning rate s
//   newton_root(F, point, options)         system F(x) = 0: x - J^{-1} F (by solve)
//   newton_root(f, bracket{lo, hi}, opts)  Newton safeguarded by bisection
//   halley_root(f, x0, options)            x - 2 f f' / (2 f'^2 - f f''): cubic
//   convergence_order(result, x_star)      observed order of convergence
// Each returns a solver_result (solvers/result.hpp): .x, .iterations,
// .status, .trace; options are a solver_options aggregate (solvers/options.hpp).
//
//     constexpr auto r = fluxion::newton_root([](auto x) { return x * x - 9; }, -1.0);
//     static_assert(r.status == fluxion::status::converged && r.x == -3.0);
#ifndef FLUXION_SOLVERS_HPP
#define FLUXION_SOLVERS_HPP

#include <fluxion/solvers/bracketed_newton.hpp>
#include <fluxion/solvers/convergence_order.hpp>
#include <fluxion/solvers/gradient_descent.hpp>
#include <fluxion/solvers/halley_root.hpp>
#include <fluxion/solvers/newton_minimize.hpp>
#include <fluxion/solvers/newton_root.hpp>
#include <fluxion/solvers/newton_root_misuse.hpp>
#include <fluxion/solvers/newton_system.hpp>
#include <fluxion/solvers/options.hpp>
#include <fluxion/solvers/result.hpp>

#endif
