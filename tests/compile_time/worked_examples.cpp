// Every worked example of ../shared/worked-examples.md (sections 1 to 7),
// proved by the compiler in ONE translation unit under both compilers'
// default constexpr limits (its cost is recorded in docs/benchmarks.md,
// benchmarks/compile_time.py --source). Iterates are compared with the
// 40-digit reference values of that file, to the digits it lists;
// classifications with the analytic eigenvalues; errata are asserted false.
#include <fluxion/fluxion.hpp>

#include "../support/section_5.hpp"

#include <array>
#include <cstddef>

namespace {
using fluxion::status;
using fluxion::vector;
using kind = fluxion::stationary_kind;

constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol; }

// Section 5's listed iterates x1 ... x8 (tests/support/section_5.hpp), to the digits listed.
template <class Result>
constexpr bool follows_section_5(const Result& r) {
    using section_5::listed;
    for (std::size_t k = 0; k < 9; ++k)
        for (std::size_t i = 0; i < 2; ++i)
            if (!near(r.trace[k][i], listed[k][i], 5e-6 * fluxion::abs(listed[k][i]) * (k == 8 ? 5e3 : 1))) return false;
    return true;
}

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
// ... so the observed order of convergence is 2 (from the errors, and from the steps alone)
static_assert(near(fluxion::convergence_order(from_1, 3.0).order, 2, 0.01));
static_assert(near(fluxion::convergence_order(from_1).order, 2, 0.01));

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

// ---- 3. Second derivative and curvature (1-D) ----
// g'' > 0: concave up, a stationary point is a minimum; g'' < 0: concave down,
// a maximum; g'' = 0: inconclusive.
constexpr auto at_omega = fluxion::classify(g, omega.x);
static_assert(at_omega.kind == kind::minimum && at_omega.concavity == fluxion::concavity::up);
static_assert(near(at_omega.second_derivative, fluxion::exp(omega.x) + 1 / (omega.x * omega.x), 1e-15));
constexpr auto cap = [](auto x) { return 1 - x * x; };
static_assert(fluxion::classify(cap, 0.0).kind == kind::maximum);
static_assert(fluxion::classify(cap, 0.0).concavity == fluxion::concavity::down);
constexpr auto cube = [](auto x) { return x * x * x; };    // an inflection point at 0
constexpr auto quartic = [](auto x) { return x * x * x * x; }; // a minimum at 0, yet g''(0) = 0
static_assert(fluxion::classify(cube, 0.0).kind == kind::inconclusive);
static_assert(fluxion::classify(quartic, 0.0).kind == kind::inconclusive);
static_assert(fluxion::classify(quartic, 0.0).concavity == fluxion::concavity::inconclusive);
static_assert(fluxion::classify(g, 1.0).kind == kind::not_stationary); // g'(1) = e - 1
static_assert(fluxion::classify(g, 1.0).concavity == fluxion::concavity::up);

// ---- 4. The Hessian and classification of stationary points ----
constexpr std::array origin{0.0, 0.0};
constexpr double root_2 = 1.4142135623730951;
constexpr auto bowl4 = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
constexpr auto cap4 = [](auto x, auto y) { return -2 * x * x - 3 * y * y - x * y + 15; };
constexpr auto saddle4 = [](auto x, auto y) { return 2 * x * x - 2 * y * y; };
static_assert(fluxion::hessian(bowl4, origin) == fluxion::matrix<double, 2, 2>{{{4, -1}, {-1, 6}}});
static_assert(fluxion::hessian(cap4, origin) == fluxion::matrix<double, 2, 2>{{{-4, -1}, {-1, -6}}});
static_assert(fluxion::hessian(saddle4, origin) == fluxion::matrix<double, 2, 2>{{{4, 0}, {0, -4}}});
constexpr auto minimum4 = fluxion::classify(bowl4, origin);
static_assert(minimum4.kind == kind::minimum && minimum4.gradient_norm == 0);
static_assert(near(minimum4.eigenvalues[0], 5 - root_2, 1e-14) && near(minimum4.eigenvalues[1], 5 + root_2, 1e-14));
static_assert(near(minimum4.eigenvalues[0], 3.585786, 5e-7) && near(minimum4.eigenvalues[1], 6.414214, 5e-7));
constexpr auto maximum4 = fluxion::classify(cap4, origin);
static_assert(maximum4.kind == kind::maximum);
static_assert(near(maximum4.eigenvalues[0], -5 - root_2, 1e-14) && near(maximum4.eigenvalues[1], -5 + root_2, 1e-14));
static_assert(!near(maximum4.eigenvalues[1], -3.49, 0.01)); // the lecture's erratum: -3.585786, not -3.49
constexpr auto saddle_point4 = fluxion::classify(saddle4, origin);
static_assert(saddle_point4.kind == kind::saddle);
static_assert(saddle_point4.eigenvalues[0] == -4 && saddle_point4.eigenvalues[1] == 4);
// Away from (0, 0) the gradient is not zero: grad = (4x - y, 6y - x) = (2, 11) at (1, 2).
static_assert(fluxion::classify(bowl4, std::array{1.0, 2.0}).kind == kind::not_stationary);
static_assert(near(fluxion::classify(bowl4, std::array{1.0, 2.0}).gradient_norm, 11.180339887498949, 1e-14));

// ---- 5. Newton in two variables from (4, 4) ----
constexpr auto f5 = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr auto path = fluxion::newton_minimize(f5, vector{4.0, 4.0});
static_assert(path.status == status::converged);
static_assert(follows_section_5(path));
static_assert(path.x[0] == 0 && path.x[1] == 0); // the minimum (0, 0); the gradient is then exactly 0
static_assert(path.iterations == 10);
static_assert(fluxion::classify(f5, path.x).kind == kind::minimum);

// ---- 6. Newton for systems: with F = grad f the Jacobian is the Hessian ----
constexpr auto grad5 = [](auto x, auto y) {
    return std::array{4 * x * x * x + 8 * x - y - 0.4 * x * y, 3.2 * y * y * y + 4 * y - x - 0.2 * x * x};
};
// At (4, 4): grad f = (277.6, 213.6), J = H = [[198.4, -2.6], [-2.6, 157.6]].
constexpr auto J5 = fluxion::jacobian(grad5, std::array{4.0, 4.0});
static_assert(near(J5(0, 0), 198.4, 1e-12) && near(J5(0, 1), -2.6, 1e-14) && near(J5(1, 0), -2.6, 1e-14));
static_assert(near(J5(1, 1), 157.6, 1e-12) && near(grad5(4.0, 4.0)[0], 277.6, 1e-12));
static_assert(near(grad5(4.0, 4.0)[1], 213.6, 1e-12));
constexpr auto H5 = fluxion::hessian(f5, std::array{4.0, 4.0});
static_assert(near(J5(0, 0), H5(0, 0), 1e-12) && J5(0, 1) == H5(0, 1) && near(J5(1, 1), H5(1, 1), 1e-12));
constexpr auto system5 = fluxion::newton_root(grad5, std::array{4.0, 4.0});
static_assert(system5.status == status::converged && system5.iterations == path.iterations);
static_assert(follows_section_5(system5) && system5.x[0] == 0 && system5.x[1] == 0);
constexpr bool same_iterates = [] { // newton_root on grad f and newton_minimize on f, to rounding
    for (std::size_t k = 0; k < path.trace.size(); ++k)
        for (std::size_t i = 0; i < 2; ++i)
            if (!near(system5.trace[k][i], path.trace[k][i], 1e-14 * fluxion::abs(path.trace[k][i]))) return false;
    return true;
}();
static_assert(same_iterates);
// Newton converges quadratically near a non-degenerate solution, steepest
// descent linearly: the observed orders of convergence.
constexpr auto circle_and_line = [](auto x, auto y) { return std::array{x * x + y * y - 4, x - y}; };
constexpr auto crossing = fluxion::newton_root(circle_and_line, std::array{1.0, 2.0});
static_assert(crossing.status == status::converged && near(crossing.x[0], root_2, 1e-15));
static_assert(near(fluxion::convergence_order(crossing, std::array{root_2, root_2}).order, 2, 0.1));
constexpr auto steepest5 = fluxion::gradient_descent(f5, std::array{1.0, 1.0}, {.learning_rate = 0.05});
static_assert(near(fluxion::convergence_order(steepest5, std::array{0.0, 0.0}).order, 1, 0.01));

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
// classify says so: at (0, 0) H = 0, inconclusive (the report's erratum calls
// a zero eigenvalue a saddle); at (4, 4) a minimum, eigenvalues 64/15.
constexpr auto at_zero = fluxion::classify(f7, origin);
static_assert(at_zero.kind == kind::inconclusive && at_zero.eigenvalues == vector{0.0, 0.0});
static_assert(fluxion::classify(f7, newton7_from_1.x).kind == kind::inconclusive);
// A purely relative zero test (curvature_scale = 0) would see the ~1e-32
// Hessian there as indefinite and repeat the erratum:
static_assert(fluxion::classify(f7, newton7_from_1.x, {.curvature_scale = 0}).kind == kind::saddle);
constexpr auto at_four = fluxion::classify(f7, newton7.x);
static_assert(at_four.kind == kind::minimum);
static_assert(near(at_four.eigenvalues[0], 64.0 / 15, 1e-13) && near(at_four.eigenvalues[1], 64.0 / 15, 1e-13));
static_assert(near(at_four.eigenvalues[0], 4.2666667, 5e-8));
// Gradient descent's end point is 0.009 short: not stationary.
static_assert(fluxion::classify(f7, gd_1_slow.x).kind == kind::not_stationary);
// Modified Newton (Hessian shift + Armijo backtracking) from (1, 1) reaches the minimum.
constexpr auto modified7 =
    fluxion::newton_minimize(f7, std::array{1.0, 1.0}, {.variant = fluxion::newton_variant::modified});
static_assert(modified7.status == status::converged && modified7.x[0] == 4.0 && modified7.x[1] == 4.0);
static_assert(modified7.iterations == 8 && fluxion::classify(f7, modified7.x).kind == kind::minimum);
// From (3.2, 3.2), where H is positive definite, it takes plain Newton's steps.
constexpr auto modified7_32 =
    fluxion::newton_minimize(f7, std::array{3.2, 3.2}, {.variant = fluxion::newton_variant::modified});
static_assert(modified7_32.iterations == newton7.iterations && modified7_32.trace[1] == newton7.trace[1]);
// Observed orders: Newton at the minimum ~2, at the degenerate point 1
// (2/3 of the distance kept per step), gradient descent 1.
static_assert(near(fluxion::convergence_order(newton7, std::array{4.0, 4.0}).order, 2, 0.2));
static_assert(near(fluxion::convergence_order(newton7_from_1, origin).order, 1, 1e-6));
static_assert(near(fluxion::convergence_order(gd_32_fast, std::array{4.0, 4.0}).order, 1, 0.01));
} // namespace

int main() {}
