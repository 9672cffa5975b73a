// Compile-time tests of the solvers (include/fluxion/solvers/): the worked
// examples of ../shared/worked-examples.md sections 1, 2, 5 and 7, computed
// by the compiler with the library's solvers, and every bad-input status.
// Iterates are compared with the 40-digit reference values of that file, to
// the digits it lists.
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

// ---- 1. Newton's method for a root: f(x) = x^2 - 9 ----
constexpr auto f = [](auto x) { return x * x - 9; };
constexpr auto from_1 = fluxion::newton_root(f, 1.0);
constexpr auto from_minus_1 = fluxion::newton_root(f, -1.0);
static_assert(from_1.status == status::converged && from_1.x == 3.0);
static_assert(from_minus_1.status == status::converged && from_minus_1.x == -3.0);
static_assert(from_1.trace[0] == 1.0 && from_1.trace[1] == 5.0 && from_1.trace[2] == 3.4);
// iterations counts the updates applied: x_0 plus 7 updates are in the trace.
static_assert(from_1.iterations == 7 && from_1.trace.size() == 8 && from_1.trace.back() == from_1.x);
// the error squares each step: 2.35e-2, 9.16e-5, 1.40e-9
static_assert(near(from_1.trace[3] - 3, 0.0235294, 1e-7) && near(from_1.trace[4] - 3, 9.15541e-5, 1e-10));
static_assert(near(from_1.trace[5] - 3, 1.39698e-9, 1e-14));
static_assert(from_minus_1.trace[1] == -5.0 && from_minus_1.trace[6] == -3.0);

// ---- 2. Newton's method for a minimum: g(x) = e^x - log x, from 0.05 ----
constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
constexpr auto omega = fluxion::newton_minimize(g, 0.05);
static_assert(omega.status == status::converged);
static_assert(omega.x == 0.5671432904097838); // W(1), the omega constant
static_assert(near(omega.trace[1], 0.0972476, 5e-8) && near(omega.trace[2], 0.183177, 5e-7));
static_assert(near(omega.trace[3], 0.320520, 5e-7) && near(omega.trace[4], 0.477298, 5e-7));
static_assert(near(omega.trace[5], 0.557850, 5e-7) && near(omega.trace[6], 0.567060, 5e-7));
static_assert(near(omega.trace[7], 0.567143, 5e-7) && omega.trace[8] == 0.5671432904097838);
static_assert(!near(omega.trace[4], 0.447, 0.01)); // the lecture's erratum: x4 = 0.477, not 0.447
static_assert(fluxion::second_derivative(g, omega.x) > 0); // concave up: a minimum

// ---- 5. Newton in two variables from (4, 4) ----
constexpr auto f5 = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr auto path = fluxion::newton_minimize(f5, vector{4.0, 4.0});
static_assert(path.status == status::converged);
static_assert(near(path.trace[1][0], 2.58274, 5e-6) && near(path.trace[1][1], 2.62129, 5e-6));
static_assert(near(path.trace[2][0], 1.59226, 5e-6) && near(path.trace[2][1], 1.67482, 5e-6));
static_assert(near(path.trace[3][0], 0.870589, 5e-7) && near(path.trace[3][1], 1.00182, 5e-6));
static_assert(near(path.trace[4][0], 0.335194, 5e-7) && near(path.trace[4][1], 0.493976, 5e-7));
static_assert(near(path.trace[5][0], 0.0412359, 5e-8) && near(path.trace[5][1], 0.125459, 5e-7));
static_assert(near(path.trace[6][0], 1.94664e-4, 5e-10) && near(path.trace[6][1], 3.01029e-3, 5e-9));
static_assert(near(path.trace[7][0], -2.48536e-8, 5e-14) && near(path.trace[7][1], 3.55365e-8, 5e-14));
static_assert(near(path.trace[8][0], 4.2e-17, 1e-18) && near(path.trace[8][1], -2.0e-17, 1e-18));
static_assert(path.x[0] == 0 && path.x[1] == 0); // the minimum (0, 0); the gradient is then exactly 0

// ---- 7. Gradient descent versus Newton: f = 85 - (1/90) x^2 (x - 6) y^2 (y - 6) ----
constexpr auto f7 = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
constexpr auto newton7 = fluxion::newton_minimize(f7, std::array{3.2, 3.2});
static_assert(newton7.status == status::converged && newton7.x[0] == 4.0 && newton7.x[1] == 4.0);
static_assert(near(newton7.trace[1][0], 4.693333, 5e-7) && near(newton7.trace[2][0], 3.933574, 5e-7));
static_assert(near(newton7.trace[3][0], 4.001253, 5e-7) && near(newton7.trace[4][0], 4.0000004, 5e-8));
static_assert(near(newton7.trace[5][0], 4.0, 1e-12) && near(newton7.trace[5][1], 4.0, 1e-12));
// five steps reach (4, 4); the sixth is the step that shows nothing moves any more
static_assert(newton7.iterations == 6);

// The report's rule: stop when every coordinate is math.isclose(new, old, rel_tol=1e-4).
constexpr auto descend(double start, double rate) {
    return fluxion::gradient_descent(f7, std::array{start, start},
                                     {.max_iterations = 1000, .learning_rate = rate, .rel_tol = 1e-4});
}
constexpr auto gd_1_slow = descend(1.0, 0.01);
constexpr auto gd_32_slow = descend(3.2, 0.01);
constexpr auto gd_1_fast = descend(1.0, 0.05);
constexpr auto gd_32_fast = descend(3.2, 0.05);
static_assert(gd_1_slow.status == status::converged && gd_1_slow.iterations == 250);
static_assert(gd_32_slow.status == status::converged && gd_32_slow.iterations == 110);
static_assert(gd_1_fast.status == status::converged && gd_1_fast.iterations == 57);
static_assert(gd_32_fast.status == status::converged && gd_32_fast.iterations == 28);
// A small step is not a small error: linear convergence stops about 0.01 short.
static_assert(near(gd_1_slow.x[0], 4, 0.01) && near(gd_32_slow.x[1], 4, 0.01));
static_assert(near(gd_1_fast.x[0], 4, 0.002) && near(gd_32_fast.x[1], 4, 0.002));
static_assert(gd_1_slow.trace[1][0] == 1.005); // grad f(1, 1) = (-0.5, -0.5)
static_assert(gd_1_slow.trace.truncated && gd_1_slow.trace.size() == 64);

// Newton from (1, 1) heads for the degenerate stationary point (0, 0), slowly
// (linearly: each step keeps about 2/3 of the distance), not to the minimum.
constexpr auto newton7_from_1 = fluxion::newton_minimize(f7, std::array{1.0, 1.0});
static_assert(newton7_from_1.status == status::max_iterations && newton7_from_1.iterations == 100);
static_assert(near(newton7_from_1.trace[1][0], 0.594595, 5e-7) && near(newton7_from_1.trace[2][0], 0.375623, 5e-7));
static_assert(near(newton7_from_1.x[0], 0, 1e-15) && near(newton7_from_1.x[1], 0, 1e-15));
constexpr auto newton7_to_0 = fluxion::newton_minimize(f7, std::array{1.0, 1.0}, {.abs_tol = 1e-10});
static_assert(newton7_to_0.status == status::converged && near(newton7_to_0.x[0], 0, 1e-9));
// ... where the Hessian is (numerically) zero: classification is inconclusive.
static_assert(near(fluxion::eigenvalues(fluxion::hessian(f7, newton7_to_0.x)).values[1], 0, 1e-12));

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

// ---- The examples in the headers' documentation ----
constexpr auto r = fluxion::newton_root([](auto x) { return x * x - 9; }, 1.0);
static_assert(r.trace[0] == 1.0 && r.trace[1] == 5.0 && r.x == 3.0);
constexpr auto descent = fluxion::gradient_descent(bowl, std::array{0.0, 1.0}, {.learning_rate = 0.25});
static_assert(fluxion::abs(descent.x[0] - 1) < 1e-11 && descent.x[1] == 0.0);
} // namespace

int main() {}
