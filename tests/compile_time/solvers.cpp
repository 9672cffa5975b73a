// Compile-time tests of the solvers (include/fluxion/solvers/): stopping
// rules, every bad-input status, the bracketed Newton, Halley, Newton for
// systems, modified Newton, divergence, the observed order of convergence.
// The worked examples themselves (sections 1 to 7) are proved in
// worked_examples.cpp, one translation unit.
#include <fluxion/solvers.hpp>
#include <fluxion/fluxion.hpp>

#include <array>
#include <limits>

namespace {
using fluxion::status;
using fluxion::vector;

constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol; }
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

// The worked examples' functions (worked-examples.md sections 1, 2, 5, 7).
constexpr auto f = [](auto x) { return x * x - 9; };
constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
constexpr auto f5 = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr auto f7 = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
constexpr auto descend(double start, double rate) {
    return fluxion::gradient_descent(f7, std::array{start, start},
                                     {.max_iterations = 1000, .learning_rate = rate, .rel_tol = 1e-4});
}

// ---- Stopping rules of gradient descent ----
constexpr auto bowl = [](auto x, auto y) { return (x - 1) * (x - 1) + 2 * y * y; };
constexpr auto by_gradient = fluxion::gradient_descent<128>(
    bowl, vector{0.0, 1.0}, {.learning_rate = 0.1, .grad_tol = 1e-6, .stop = fluxion::stop_rule::gradient_norm});
static_assert(by_gradient.status == status::converged);
static_assert(fluxion::norm(fluxion::gradient(bowl, by_gradient.x)) <= 1e-6);
static_assert(fluxion::norm(fluxion::gradient(bowl, by_gradient.trace[by_gradient.iterations - 1])) > 1e-6);
constexpr auto by_step = fluxion::gradient_descent(
    bowl, vector{0.0, 1.0}, {.learning_rate = 0.1, .abs_tol = 1e-6, .stop = fluxion::stop_rule::absolute_step});
static_assert(by_step.status == status::converged && near(by_step.x[0], 1, 1e-5));
static_assert(!near(by_step.trace[by_step.iterations - 2][0], by_step.trace[by_step.iterations - 1][0], 1e-6));

// ---- Bad input: every status, never a wrong "converged" ----
// A NaN or infinite start: no evaluation, no step.
static_assert(fluxion::newton_root(f, nan).status == status::non_finite);
static_assert(fluxion::newton_root(f, nan).iterations == 0);
static_assert(fluxion::newton_minimize(g, inf).status == status::non_finite);
static_assert(fluxion::newton_minimize(f5, vector{1.0, nan}).status == status::non_finite);
static_assert(fluxion::gradient_descent(f7, std::array{inf, 1.0}).status == status::non_finite);
// A zero derivative: singular, x is where it happened.
constexpr auto flat = fluxion::newton_root(f, 0.0); // f'(0) = 0, f(0) = -9
static_assert(flat.status == status::singular && flat.iterations == 0 && flat.x == 0.0);
constexpr auto cubic = [](auto x) { return x * x * x + x; }; // g'' = 6x is 0 at 0, g'(0) = 1
static_assert(fluxion::newton_minimize(cubic, 0.0).status == status::singular);
constexpr auto valley = [](auto x, auto y) { return (x + y) * (x + y) + x; }; // H = [[2, 2], [2, 2]]
static_assert(fluxion::newton_minimize(valley, vector{1.0, 2.0}).status == status::singular);
// An exact root with f' = 0 there is a zero step: converged.
constexpr auto square = [](auto x) { return x * x; };
static_assert(fluxion::newton_root(square, 0.0).status == status::converged);
// max_iterations = 0 means no step (not "unlimited").
constexpr auto no_step = fluxion::newton_root(f, 1.0, {.max_iterations = 0});
static_assert(no_step.status == status::max_iterations && no_step.iterations == 0 && no_step.x == 1.0);
static_assert(no_step.trace.size() == 1);
static_assert(fluxion::newton_minimize(f5, vector{4.0, 4.0}, {.max_iterations = 0}).x == vector{4.0, 4.0});
static_assert(fluxion::gradient_descent(f7, std::array{1.0, 1.0}, {.max_iterations = 0}).iterations == 0);
// ... unless the start already satisfies the gradient rule.
static_assert(fluxion::gradient_descent(bowl, vector{1.0, 0.0},
                                        {.max_iterations = 0, .stop = fluxion::stop_rule::gradient_norm})
                  .status == status::converged);
// An update that moves nothing meets the step rules (math.isclose), not the
// gradient rule. Gradient descent at x = 1e16 + 8 on (x - 1e16)^2 / 2: the step
// 0.01 * 8 is below half an ulp of x (ulp = 2), so x stays put with
// ||grad|| = 8 > grad_tol: stalled, not converged.
constexpr auto far_bowl = [](auto x, auto y) { return (x - 1e16) * (x - 1e16) / 2 + y * y; };
constexpr auto stuck = fluxion::gradient_descent(far_bowl, std::array{1e16 + 8, 0.0},
                                                 {.learning_rate = 0.01, .stop = fluxion::stop_rule::gradient_norm});
static_assert(stuck.status == status::stalled && stuck.iterations == 1 && stuck.x == stuck.trace[0]);
static_assert(fluxion::norm(fluxion::gradient(far_bowl, stuck.x)) == 8);
static_assert(fluxion::gradient_descent(far_bowl, std::array{1e16 + 8, 0.0}, {.learning_rate = 0.01}).status ==
              status::converged); // the same update under stop_rule::step
// Newton for cos x = 0 from 1 with grad_tol = 0: at the double nearest pi/2,
// |cos x| = 6.1e-17 and the step cos x / sin x is below half an ulp.
constexpr auto to_half_pi = fluxion::newton_root([](auto x) { return fluxion::cos(x); }, 1.0,
                                                 {.grad_tol = 0, .stop = fluxion::stop_rule::gradient_norm});
static_assert(to_half_pi.status == status::stalled && to_half_pi.x == to_half_pi.trace[to_half_pi.iterations - 1]);
static_assert(to_half_pi.x == 0x1.921fb54442d18p0 && fluxion::cos(to_half_pi.x) != 0);
// Running out of iterations is max_iterations, never converged.
constexpr auto short_run = fluxion::newton_root(f, 1.0, {.max_iterations = 3});
static_assert(short_run.status == status::max_iterations && short_run.iterations == 3);
static_assert(short_run.x == short_run.trace[3] && near(short_run.x, 3.0235294, 1e-7));
static_assert(fluxion::gradient_descent(f7, std::array{1.0, 1.0}, {.max_iterations = 10}).status == status::max_iterations);
// The relative-step rule can stop far from a minimum: with a tiny learning
// rate the first step is already below 1e-4 of x (here at (1.000005, 1.000005)).
static_assert(descend(1.0, 0.0001).status == status::converged && descend(1.0, 0.0001).iterations == 1);
// A step that would overflow: f'(1e-320) = 2e-320, f = -9, f / f' = 4.5e320.
static_assert(fluxion::newton_root(f, 1e-320).status == status::non_finite);
static_assert(fluxion::newton_root(f, 1e-320).x == 1e-320);
// A learning rate that is not finite.
static_assert(fluxion::gradient_descent(bowl, vector{0.0, 1.0}, {.learning_rate = inf}).status == status::non_finite);
// A trace shorter than the run keeps the first iterates and says so.
constexpr auto short_trace = fluxion::newton_root<3>(f, 1.0);
static_assert(short_trace.trace.size() == 3 && short_trace.trace.truncated && short_trace.x == 3.0);

// float and long double work the same way
static_assert(fluxion::newton_root(f, 1.0f).x == 3.0f);
static_assert(fluxion::newton_root(f, 1.0L).x == 3.0L);

// ---- Divergence: options.divergence_bound (default 1e100) ----
// Newton on atan from 1.5 overshoots further each step: 1.5, -1.69, 2.32, -5.11, 32.3, ...
constexpr auto arctan = [](auto x) { return fluxion::atan(x); };
constexpr auto runaway = fluxion::newton_root(arctan, 1.5);
static_assert(runaway.status == status::diverged && runaway.iterations == 10);
static_assert(fluxion::abs(runaway.x) > 1e100 && fluxion::abs(runaway.trace[9]) <= 1e100);
static_assert(near(runaway.trace[1], -1.694079600553820, 1e-14) && near(runaway.trace[4], 32.29568391421, 1e-9));
static_assert(near(runaway.trace[2], 2.32, 0.005) && near(runaway.trace[3], -5.11, 0.005) && near(runaway.trace[5], -1575.3, 0.05));
// A smaller bound stops earlier: x^2 - 9 from 0.1 jumps to 45.05.
static_assert(fluxion::newton_root(f, 0.1, {.divergence_bound = 10}).status == status::diverged);
static_assert(fluxion::newton_root(f, 0.1, {.divergence_bound = 10}).iterations == 1);
static_assert(fluxion::newton_root(f, 0.1, {.divergence_bound = 10}).x == 0.1 - (0.01 - 9) / 0.2); // 45.05
// Gradient descent with a learning rate above 2 / L: x <- x - 1.5 * 2x = -2x.
constexpr auto parabola = [](auto x, auto y) { return x * x + y * y; };
constexpr auto overshoot = fluxion::gradient_descent(parabola, std::array{1.0, 0.0},
                                                     {.max_iterations = 1000, .learning_rate = 1.5});
static_assert(overshoot.status == status::diverged && overshoot.iterations == 333);
static_assert(overshoot.trace[3][0] == -8.0);

// ---- Newton safeguarded by bisection: newton_root(f, bracket{lo, hi}) ----
// Where plain Newton diverges, the bracket [-1, 20] holds: bisect while Newton
// would leave it, then Newton's quadratic steps.
constexpr auto safe = fluxion::newton_root(arctan, fluxion::bracket{-1.0, 20.0});
static_assert(safe.status == status::converged && safe.x == 0.0);
static_assert(safe.trace[0] == 9.5 && safe.trace[1] == 4.25 && safe.trace[2] == 1.625); // bisections
static_assert(safe.trace[3] == 0.3125 && near(safe.trace[4], 0.3125 - fluxion::atan(0.3125) * (1 + 0.3125 * 0.3125), 1e-16));
// Plain Newton cycles on x^3 - 2x + 2 from 0 (0, 1, 0, 1, ...); the bracket finds the root.
constexpr auto cycle = [](auto x) { return x * x * x - 2 * x + 2; };
static_assert(fluxion::newton_root(cycle, 0.0).status == status::max_iterations);
static_assert(fluxion::newton_root(cycle, 0.0).trace[1] == 1.0 && fluxion::newton_root(cycle, 0.0).trace[2] == 0.0);
constexpr auto cycle_root = fluxion::newton_root(cycle, fluxion::bracket{-3.0, 0.0});
static_assert(cycle_root.status == status::converged && near(cycle_root.x, -1.7692923542386314, 1e-15));
static_assert(near(cycle(cycle_root.x), 0, 1e-14));
// x^2 - 9 on both sides; mixed argument types deduce a common type.
static_assert(fluxion::newton_root(f, fluxion::bracket{0.0, 10.0}).x == 3.0);
static_assert(fluxion::newton_root(f, fluxion::bracket{-10, 0.0}).x == -3.0);
// No sign change: not_bracketed, no update, x = lo.
constexpr auto same_sign = fluxion::newton_root(f, fluxion::bracket{4.0, 10.0});
static_assert(same_sign.status == status::not_bracketed && same_sign.iterations == 0 && same_sign.x == 4.0);
static_assert(fluxion::newton_root(f, fluxion::bracket{-4.0, 4.0}).status == status::not_bracketed); // two roots
// An end that is a root; NaN and infinite ends; no update allowed.
constexpr auto at_end = fluxion::newton_root(f, fluxion::bracket{0.0, 3.0});
static_assert(at_end.status == status::converged && at_end.x == 3.0 && at_end.iterations == 0);
static_assert(fluxion::newton_root(f, fluxion::bracket{nan, 4.0}).status == status::non_finite);
static_assert(fluxion::newton_root(f, fluxion::bracket{0.0, inf}).status == status::non_finite);
constexpr auto bracket_no_step = fluxion::newton_root(f, fluxion::bracket{0.0, 10.0}, {.max_iterations = 0});
static_assert(bracket_no_step.status == status::max_iterations && bracket_no_step.x == 5.0);
// A zero derivative inside the bracket is bisected over: f'(0) = 0 at the midpoint of [-2, 2].
constexpr auto shifted_square = [](auto x) { return x * x * x - 1; };
constexpr auto over_zero = fluxion::newton_root(shifted_square, fluxion::bracket{-2.0, 2.0});
static_assert(over_zero.status == status::converged && over_zero.x == 1.0 && over_zero.trace[1] == 1.0);

// ---- Halley's method: cubic convergence ----
constexpr auto halley = fluxion::halley_root(f, 1.0);
static_assert(halley.status == status::converged && halley.x == 3.0);
static_assert(halley.trace[1] == 1 + 32.0 / 24); // 1 - 2 f f' / (2 f'^2 - f f'') = 1 + 32 / 24
static_assert(near(halley.trace[2], 2.988304093567251, 1e-15) && near(halley.trace[3], 2.999999955296517, 1e-15));
static_assert(halley.iterations == 5 && fluxion::newton_root(f, 1.0).iterations == 7);
static_assert(near(fluxion::convergence_order(halley, 3.0).order, 3.09, 0.005)); // cubic
constexpr auto ln2 = fluxion::halley_root([](auto x) { return fluxion::exp(x) - 2; }, 0.0);
static_assert(ln2.status == status::converged && near(ln2.x, 0.6931471805599453, 1e-16));
static_assert(fluxion::halley_root(f, 0.0).status == status::singular); // f'(0) = 0
// 1 - n f'' / (2 f') = 0: e^x + 1 at 0 (n = 2, f'' / (2 f') = 1/2)
static_assert(fluxion::halley_root([](auto x) { return fluxion::exp(x) + 1; }, 0.0).status == status::singular);
static_assert(fluxion::halley_root(f, nan).status == status::non_finite);
static_assert(fluxion::halley_root(f, 1.0, {.max_iterations = 0}).status == status::max_iterations);
static_assert(fluxion::halley_root(f, 1.0, {.max_iterations = 2}).x == halley.trace[2]);

// ---- Newton for systems: newton_root(F, point) ----
constexpr auto circle_and_line = [](auto x, auto y) { return std::array{x * x + y * y - 4, x - y}; };
constexpr auto crossing = fluxion::newton_root(circle_and_line, vector{1.0, 2.0}); // a vector point
static_assert(crossing.status == status::converged && near(crossing.x[0], 1.4142135623730951, 1e-15));
static_assert(crossing.trace[1][0] == 1.5 && crossing.trace[1][1] == 1.5); // J = [[2, 4], [1, -1]], F = (1, -1)
// F taking the whole point and returning a fluxion::vector
constexpr auto on_point = [](const auto& p) { return vector{p[0] * p[0] + p[1] * p[1] - 4, p[0] + p[1]}; };
static_assert(near(fluxion::newton_root(on_point, std::array{2.0, -1.0}).x[0], 1.4142135623730951, 1e-15));
// J = [[1, 1], [2, 2]] is singular everywhere
constexpr auto parallel = [](auto x, auto y) { return std::array{x + y, 2 * x + 2 * y - 1}; };
constexpr auto no_solution = fluxion::newton_root(parallel, std::array{0.0, 0.0});
static_assert(no_solution.status == status::singular && no_solution.iterations == 0);
static_assert(fluxion::newton_root(circle_and_line, std::array{nan, 1.0}).status == status::non_finite);
constexpr auto system_no_step = fluxion::newton_root(circle_and_line, std::array{1.0, 2.0}, {.max_iterations = 0});
static_assert(system_no_step.status == status::max_iterations && system_no_step.x == std::array{1.0, 2.0});
static_assert(fluxion::newton_root(circle_and_line, std::array{1.0, 2.0}, {.max_iterations = 2}).status ==
              status::max_iterations);
// An exact solution is a zero step: converged, the point unchanged.
constexpr auto product_and_sum = [](auto x, auto y) { return std::array{x * y - 2, x + y - 3}; };
constexpr auto exact = fluxion::newton_root(product_and_sum, std::array{1.0, 2.0});
static_assert(exact.status == status::converged && exact.x == std::array{1.0, 2.0} && exact.iterations == 1);

// ---- Modified Newton (Hessian shift + Armijo backtracking) ----
// 1-D: x^3 - 3x has a maximum at -1 and a minimum at 1. From -0.5 plain
// Newton climbs to the maximum, modified Newton descends to the minimum.
constexpr auto hump = [](auto x) { return x * x * x - 3 * x; };
constexpr auto to_max = fluxion::newton_minimize(hump, -0.5);
constexpr auto to_min = fluxion::newton_minimize(hump, -0.5, {.variant = fluxion::newton_variant::modified});
static_assert(to_max.status == status::converged && to_max.x == -1.0);
static_assert(to_min.status == status::converged && to_min.x == 1.0);
static_assert(hump(to_min.trace[1]) < hump(-0.5)); // every accepted step lowers f (Armijo)
// Where g'' > 0 it takes plain Newton's steps.
static_assert(fluxion::newton_minimize(g, 0.05, {.variant = fluxion::newton_variant::modified}).trace[3] ==
              fluxion::newton_minimize(g, 0.05).trace[3]);
// The singular Hessian of (x + y)^2 + x does not stop it (plain Newton: singular);
// f is unbounded below there, so it runs on: max_iterations or diverged, never converged.
constexpr auto down_the_valley =
    fluxion::newton_minimize(valley, vector{1.0, 2.0}, {.variant = fluxion::newton_variant::modified});
static_assert(down_the_valley.status == status::max_iterations || down_the_valley.status == status::diverged);
static_assert(valley(down_the_valley.x[0], down_the_valley.x[1]) < valley(1.0, 2.0) - 1);
static_assert(fluxion::newton_minimize(f7, std::array{nan, 1.0}, {.variant = fluxion::newton_variant::modified})
                  .status == status::non_finite);
static_assert(fluxion::newton_minimize(f7, std::array{1.0, 1.0},
                                       {.max_iterations = 0, .variant = fluxion::newton_variant::modified})
                  .iterations == 0);

// ---- The observed order of convergence ----
// No three usable errors: a start that is a root, a run of one step.
static_assert(!fluxion::convergence_order(fluxion::newton_root(f, 3.0), 3.0).found);
static_assert(!fluxion::convergence_order(fluxion::newton_root(f, 1.0, {.max_iterations = 1}), 3.0).found);
constexpr auto order_1 = fluxion::convergence_order(fluxion::newton_root(f, 1.0), 3.0);
static_assert(order_1.found && order_1.iterate == 4); // e_3, e_4, e_5 = 2.35e-2, 9.16e-5, 1.40e-9

// ---- solve's overflow guard (every Newton step solves with it) ----
// A pivot above the singularity tolerance can still make x overflow: at
// compile time GCC would reject the overflow, so solve checks first.
static_assert(fluxion::solve(fluxion::matrix<double, 1, 1>{{{1e-300}}}, vector<double, 1>{1e10}).status ==
              status::non_finite);
constexpr auto tiny_pivots = fluxion::solve(fluxion::matrix<double, 2, 2>{{{1e-300, 0}, {0, 1e-300}}}, vector{1.0, 1.0});
static_assert(tiny_pivots.status == status::converged && near(tiny_pivots.x[1], 1e300, 1e285)); // no overflow: fine
constexpr auto faint = [](auto x, auto y) { return 1e-300 * (x * x + y * y) / 2 - 1e10 * x; };
static_assert(fluxion::newton_minimize(faint, vector{0.0, 0.0}).status == status::non_finite);

// ---- The examples in the headers' documentation ----
constexpr auto r = fluxion::newton_root([](auto x) { return x * x - 9; }, 1.0);
static_assert(r.trace[0] == 1.0 && r.trace[1] == 5.0 && r.x == 3.0);
constexpr auto descent = fluxion::gradient_descent(bowl, std::array{0.0, 1.0}, {.learning_rate = 0.25});
static_assert(fluxion::abs(descent.x[0] - 1) < 1e-11 && descent.x[1] == 0.0);
} // namespace

int main() {}
