// Run-time suite for the solvers (include/fluxion/solvers/): the worked
// examples of ../shared/worked-examples.md sections 1, 2, 5 and 7 run again at
// run time (start points laundered through volatile so nothing is folded),
// checked three ways: against the lecture's listed iterates, against
// hand-written Newton / gradient-descent loops in plain double with <cmath>
// and derivatives worked out by hand (independent of fluxion's duals), and bit
// for bit against the same solvers evaluated by the compiler. Then the bad
// inputs that only run time can show: f returning NaN or infinity.
#define BOOST_TEST_MODULE solvers
#include <boost/test/unit_test.hpp>

#include <fluxion/fluxion.hpp>
#include <fluxion/solvers.hpp>

#include "section_5.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <ostream>
#include <stdexcept>

namespace fluxion { // so that BOOST_TEST can print a status that differs
inline std::ostream& operator<<(std::ostream& os, status s) { return os << to_string(s); }
} // namespace fluxion

namespace {
using fluxion::status;
using fluxion::vector;

double launder(double x) {
    volatile double v = x;
    return v;
}

template <class A, class B>
bool same_trace(const A& a, const B& b) {
    if (a.trace.size() != b.trace.size() || a.iterations != b.iterations || a.status != b.status) return false;
    for (std::size_t k = 0; k < a.trace.size(); ++k)
        if (!(a.trace[k] == b.trace[k])) return false;
    return a.x == b.x;
}

constexpr auto f1 = [](auto x) { return x * x - 9; };
constexpr auto g2 = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
constexpr auto f5 = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr auto f7 = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
constexpr fluxion::solver_options report_rule(double rate) {
    return {.max_iterations = 1000, .learning_rate = rate, .rel_tol = 1e-4};
}

// Section 5's iterates x_1 ... x_8 against the hand-written loop.
template <class Result>
bool follows_by_hand(const Result& r) {
    const auto xs = section_5::by_hand();
    for (std::size_t k = 1; k <= 8; ++k)
        for (std::size_t i = 0; i < 2; ++i)
            if (!(std::fabs(r.trace[k][i] - xs[k][i]) <= 1e-14 * (1 + std::fabs(xs[k][i])))) return false;
    return true;
}

// grad f7 and its Hessian, by hand (worked-examples.md section 7)
std::array<double, 2> grad7(double x, double y) {
    return {-(1.0 / 90) * (3 * x * x - 12 * x) * y * y * (y - 6), -(1.0 / 90) * x * x * (x - 6) * (3 * y * y - 12 * y)};
}
} // namespace

BOOST_AUTO_TEST_CASE(section_1_root_of_x2_minus_9) {
    for (double start : {1.0, -1.0}) {
        const auto r = fluxion::newton_root(f1, launder(start));
        BOOST_TEST(r.status == status::converged);
        BOOST_TEST(r.x == 3.0 * start);
        double x = start; // by hand: f' = 2x
        for (std::size_t k = 1; k < r.trace.size(); ++k) {
            x -= (x * x - 9) / (2 * x);
            BOOST_TEST(r.trace[k] == x);
        }
        std::printf("newton_root x^2 - 9 from %g: %zu updates, |x_k - x*| =", start, r.iterations);
        for (double xk : r.trace) std::printf(" %.2e", std::fabs(xk - 3.0 * start));
        std::printf("\n");
    }
    constexpr auto ct = fluxion::newton_root(f1, 1.0);
    BOOST_TEST(same_trace(ct, fluxion::newton_root(f1, launder(1.0))));
}

BOOST_AUTO_TEST_CASE(section_2_minimum_of_exp_minus_log) {
    const auto r = fluxion::newton_minimize(g2, launder(0.05));
    BOOST_TEST(r.status == status::converged);
    BOOST_TEST(r.x == 0.5671432904097838);
    const double listed[] = {0.05, 0.0972476, 0.183177, 0.320520, 0.477298, 0.557850, 0.567060, 0.567143};
    for (std::size_t k = 1; k < 8; ++k) BOOST_TEST(std::fabs(r.trace[k] - listed[k]) <= 5e-7);
    double x = 0.05; // by hand, with <cmath>: g' = e^x - 1/x, g'' = e^x + 1/x^2
    for (std::size_t k = 1; k < r.trace.size(); ++k) {
        x -= (std::exp(x) - 1 / x) / (std::exp(x) + 1 / (x * x));
        BOOST_TEST(std::fabs(r.trace[k] - x) <= 1e-15);
    }
    constexpr auto ct = fluxion::newton_minimize(g2, 0.05);
    BOOST_TEST(same_trace(ct, r));
}

BOOST_AUTO_TEST_CASE(section_5_newton_in_two_variables) {
    const auto r = fluxion::newton_minimize(f5, vector{launder(4.0), launder(4.0)});
    BOOST_TEST(r.status == status::converged);
    for (std::size_t k = 0; k < 8; ++k)
        for (std::size_t i = 0; i < 2; ++i)
            BOOST_TEST(std::fabs(r.trace[k][i] - section_5::listed[k][i]) <= 5e-6 * std::fabs(section_5::listed[k][i]));
    BOOST_TEST(std::fabs(r.trace[8][0]) < 1e-16);
    BOOST_TEST(std::fabs(r.trace[8][1]) < 1e-16);
    BOOST_TEST((r.x == vector{0.0, 0.0}));
    BOOST_TEST(follows_by_hand(r));
    constexpr auto ct = fluxion::newton_minimize(f5, vector{4.0, 4.0});
    BOOST_TEST(same_trace(ct, r));
}

BOOST_AUTO_TEST_CASE(section_7_newton_and_gradient_descent) {
    const auto newton = fluxion::newton_minimize(f7, std::array{launder(3.2), launder(3.2)});
    BOOST_TEST(newton.status == status::converged);
    const double listed[] = {3.2, 4.693333, 3.933574, 4.001253, 4.0000004};
    for (std::size_t k = 0; k < 5; ++k) BOOST_TEST(std::fabs(newton.trace[k][0] - listed[k]) <= 5e-7);
    BOOST_TEST(std::fabs(newton.trace[5][0] - 4) <= 1e-12);
    BOOST_TEST((newton.x == std::array{4.0, 4.0}));
    constexpr auto ct = fluxion::newton_minimize(f7, std::array{3.2, 3.2});
    BOOST_TEST(same_trace(ct, newton));

    constexpr std::array<std::size_t, 4> expected_iterations{250, 110, 57, 28};
    std::size_t n = 0;
    for (double rate : {0.01, 0.05}) {
        for (double start : {1.0, 3.2}) {
            const auto r = fluxion::gradient_descent(f7, std::array{launder(start), launder(start)}, report_rule(rate));
            BOOST_TEST(r.status == status::converged);
            BOOST_TEST(r.iterations == expected_iterations[n++]);
            BOOST_TEST(std::fabs(r.x[0] - 4) <= 0.01);
            BOOST_TEST(std::fabs(r.x[1] - 4) <= 0.01);
            // by hand: the same loop with the hand-derived gradient and math.isclose
            double x = start, y = start;
            std::size_t k = 0;
            for (bool close = false; !close; ++k) {
                const auto g = grad7(x, y);
                const double nx = x - rate * g[0], ny = y - rate * g[1];
                close = std::fabs(nx - x) <= 1e-4 * std::fmax(std::fabs(nx), std::fabs(x)) &&
                        std::fabs(ny - y) <= 1e-4 * std::fmax(std::fabs(ny), std::fabs(y));
                x = nx;
                y = ny;
            }
            BOOST_TEST(k == r.iterations);
            BOOST_TEST(std::fabs(x - r.x[0]) <= 1e-12);
            std::printf("gradient descent rate %g from (%g, %g): %zu updates to (%.6f, %.6f)\n", rate, start, start,
                        r.iterations, r.x[0], r.x[1]);
        }
    }
    constexpr auto gd_ct = fluxion::gradient_descent(f7, std::array{1.0, 1.0}, report_rule(0.05));
    BOOST_TEST(same_trace(gd_ct, fluxion::gradient_descent(f7, std::array{launder(1.0), launder(1.0)}, report_rule(0.05))));

    const auto degenerate = fluxion::newton_minimize(f7, std::array{launder(1.0), launder(1.0)});
    BOOST_TEST(degenerate.status == status::max_iterations);
    BOOST_TEST(std::fabs(degenerate.x[0]) < 1e-15);
    const auto eig = fluxion::eigenvalues(fluxion::hessian(f7, degenerate.x)).values;
    BOOST_TEST(std::fabs(eig[0]) < 1e-12);
    BOOST_TEST(std::fabs(eig[1]) < 1e-12);
}

BOOST_AUTO_TEST_CASE(bad_input) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    BOOST_TEST((fluxion::newton_root(f1, launder(nan)).status == status::non_finite));
    BOOST_TEST((fluxion::newton_minimize(g2, launder(-inf)).status == status::non_finite));
    BOOST_TEST((fluxion::newton_minimize(f5, vector{launder(nan), 1.0}).status == status::non_finite));
    BOOST_TEST((fluxion::gradient_descent(f7, std::array{1.0, launder(inf)}).status == status::non_finite));

    const auto flat = fluxion::newton_root(f1, launder(0.0));
    BOOST_TEST((flat.status == status::singular && flat.iterations == 0 && flat.x == 0.0));
    const auto valley = [](auto x, auto y) { return (x + y) * (x + y) + x; };
    BOOST_TEST((fluxion::newton_minimize(valley, vector{launder(1.0), 2.0}).status == status::singular));

    const auto none = fluxion::newton_root(f1, launder(1.0), {.max_iterations = 0});
    BOOST_TEST((none.status == status::max_iterations && none.iterations == 0 && none.x == 1.0));
    const auto few = fluxion::newton_minimize(f5, vector{launder(4.0), 4.0}, {.max_iterations = 3});
    BOOST_TEST((few.status == status::max_iterations && few.iterations == 3 && few.x == few.trace[3]));

    // f returns NaN: Newton for log x = 0 from 3 steps to 3 - 3 log 3 < 0, where log is NaN.
    const auto log_root = fluxion::newton_root([](auto x) { return fluxion::log(x); }, launder(3.0));
    BOOST_TEST((log_root.status == status::non_finite));
    BOOST_TEST(log_root.iterations == 1);
    BOOST_TEST(log_root.x < 0); // the last iterate, where f was not finite
    // f overflows to infinity at run time
    const auto blow_up = fluxion::gradient_descent([](auto x, auto y) { return fluxion::exp(x * x) + y; },
                                                   std::array{launder(30.0), 0.0});
    BOOST_TEST((blow_up.status == status::non_finite));
    // a step that would overflow
    BOOST_TEST((fluxion::newton_root(f1, launder(1e-320)).status == status::non_finite));

    // An update below half an ulp under the gradient rule: stalled, never converged.
    const auto far_bowl = [](auto x, auto y) { return (x - 1e16) * (x - 1e16) / 2 + y * y; };
    const fluxion::solver_options by_gradient{.learning_rate = 0.01, .stop = fluxion::stop_rule::gradient_norm};
    const auto stuck = fluxion::gradient_descent(far_bowl, std::array{launder(1e16 + 8), 0.0}, by_gradient);
    BOOST_TEST((stuck.status == status::stalled));
    BOOST_TEST(fluxion::norm(fluxion::gradient(far_bowl, stuck.x)) > by_gradient.grad_tol);
    const auto to_half_pi = fluxion::newton_root([](auto x) { return fluxion::cos(x); }, launder(1.0),
                                                 {.grad_tol = 0, .stop = fluxion::stop_rule::gradient_norm});
    BOOST_TEST((to_half_pi.status == status::stalled));
    BOOST_TEST(to_half_pi.x == 0x1.921fb54442d18p0);
    BOOST_TEST(to_half_pi.x == to_half_pi.trace[to_half_pi.iterations - 1]);

    // trace[k] past the stored iterates throws (never a zero slot, never a read past the end).
    const auto run = fluxion::newton_root(f1, launder(1.0));
    BOOST_TEST(run.trace[run.trace.size() - 1] == run.x);
    BOOST_CHECK_THROW(static_cast<void>(run.trace[run.trace.size()]), std::out_of_range);
    BOOST_CHECK_THROW(static_cast<void>(run.trace[run.trace.capacity()]), std::out_of_range);
    BOOST_CHECK_THROW(static_cast<void>(fluxion::iterate_trace<double, 4>{}.back()), std::out_of_range);
}

// ---- Section 6: Newton for the system grad f = 0 (J = H) ----
BOOST_AUTO_TEST_CASE(section_6_newton_for_systems) {
    const auto grad5 = [](auto x, auto y) {
        return std::array{4 * x * x * x + 8 * x - y - 0.4 * x * y, 3.2 * y * y * y + 4 * y - x - 0.2 * x * x};
    };
    const auto r = fluxion::newton_root(grad5, std::array{launder(4.0), launder(4.0)});
    const auto path = fluxion::newton_minimize(f5, std::array{launder(4.0), launder(4.0)});
    BOOST_TEST(r.status == status::converged);
    BOOST_TEST(r.iterations == path.iterations);
    for (std::size_t k = 0; k < r.trace.size(); ++k)
        for (std::size_t i = 0; i < 2; ++i)
            BOOST_TEST(std::fabs(r.trace[k][i] - path.trace[k][i]) <= 1e-14 * std::fabs(path.trace[k][i]));
    BOOST_TEST(follows_by_hand(r)); // the hand-derived Jacobian of grad f is the Hessian
    constexpr auto ct = fluxion::newton_root(grad5, std::array{4.0, 4.0});
    BOOST_TEST(same_trace(ct, r));
    std::printf("newton_root on grad f from (4, 4): %zu updates, observed order %.2f\n", r.iterations,
                fluxion::convergence_order(r).order);

    // bad input at run time: F not finite (log of a negative coordinate)
    const auto logs = [](auto u, auto v) { return std::array{fluxion::log(u), v - 1}; };
    const auto nan_system = fluxion::newton_root(logs, std::array{launder(3.0), 1.0});
    BOOST_TEST((nan_system.status == status::non_finite));
    BOOST_TEST(nan_system.iterations == 1);
    BOOST_TEST(nan_system.x[0] < 0);
    const auto parallel = [](auto u, auto v) { return std::array{u + v, 2 * u + 2 * v - 1}; };
    BOOST_TEST((fluxion::newton_root(parallel, std::array{launder(0.0), 0.0}).status == status::singular));
    BOOST_TEST((fluxion::newton_root(parallel, std::array{launder(std::nan("")), 0.0}).status == status::non_finite));
}

BOOST_AUTO_TEST_CASE(halley_bracketed_and_divergence) {
    // Halley against a hand-written loop with the hand-derived f' = 2x, f'' = 2
    const auto h = fluxion::halley_root(f1, launder(1.0));
    BOOST_TEST(h.status == status::converged);
    double x = 1;
    for (std::size_t k = 1; k < h.trace.size(); ++k) {
        const double fx = x * x - 9, d = 2 * x, n = fx / d;
        x -= n / (1 - n * 2 / (2 * d));
        BOOST_TEST(h.trace[k] == x);
    }
    constexpr auto h_ct = fluxion::halley_root(f1, 1.0);
    BOOST_TEST(same_trace(h_ct, h));
    // its order against <cmath>'s logarithms at the same three errors
    const auto q = fluxion::convergence_order(h, 3.0);
    const std::size_t k = q.iterate;
    const double e0 = std::fabs(h.trace[k - 1] - 3), e1 = std::fabs(h.trace[k] - 3), e2 = std::fabs(h.trace[k + 1] - 3);
    BOOST_TEST(std::fabs(q.order - std::log(e2 / e1) / std::log(e1 / e0)) <= 1e-13);
    std::printf("halley_root x^2 - 9 from 1: %zu updates, observed order %.3f\n", h.iterations, q.order);

    // Bracketed Newton: compile time and run time agree; NaN at an end; no sign change
    const auto arctan = [](auto t) { return fluxion::atan(t); };
    constexpr auto safe_ct = fluxion::newton_root(arctan, fluxion::bracket{-1.0, 20.0});
    BOOST_TEST(same_trace(safe_ct, fluxion::newton_root(arctan, fluxion::bracket{launder(-1.0), 20.0})));
    const auto ln = [](auto t) { return fluxion::log(t); };
    BOOST_TEST((fluxion::newton_root(ln, fluxion::bracket{launder(-1.0), 2.0}).status == status::non_finite));
    BOOST_TEST(fluxion::newton_root(ln, fluxion::bracket{launder(0.5), 2.0}).x == 1.0);
    BOOST_TEST((fluxion::newton_root(ln, fluxion::bracket{launder(2.0), 3.0}).status == status::not_bracketed));
    // Plain Newton on log from 3 fails (NaN), the bracket [0.5, 3] does not.
    BOOST_TEST((fluxion::newton_root(ln, launder(3.0)).status == status::non_finite));
    BOOST_TEST((fluxion::newton_root(ln, fluxion::bracket{launder(0.5), 3.0}).status == status::converged));

    // Divergence: Newton on atan from 1.5
    const auto runaway = fluxion::newton_root(arctan, launder(1.5));
    BOOST_TEST((runaway.status == status::diverged));
    BOOST_TEST(runaway.iterations == 10u);
    constexpr auto runaway_ct = fluxion::newton_root(arctan, 1.5);
    BOOST_TEST(same_trace(runaway_ct, runaway));
    // with the check off it runs until the numbers give out, never "converged"
    const auto unbounded = fluxion::newton_root(arctan, launder(1.5), {.divergence_bound = std::numeric_limits<double>::infinity()});
    BOOST_TEST((unbounded.status != status::converged && unbounded.status != status::diverged));
    BOOST_TEST(unbounded.iterations >= 10u);
}

BOOST_AUTO_TEST_CASE(modified_newton) {
    const fluxion::solver_options modified{.variant = fluxion::newton_variant::modified};
    const auto r = fluxion::newton_minimize(f7, std::array{launder(1.0), launder(1.0)}, modified);
    BOOST_TEST(r.status == status::converged);
    BOOST_TEST((r.x == std::array{4.0, 4.0}));
    for (std::size_t k = 1; k < r.trace.size(); ++k) // Armijo: f never rises
        BOOST_TEST(f7(r.trace[k][0], r.trace[k][1]) <= f7(r.trace[k - 1][0], r.trace[k - 1][1]));
    constexpr auto ct = fluxion::newton_minimize(f7, std::array{1.0, 1.0}, {.variant = fluxion::newton_variant::modified});
    BOOST_TEST(same_trace(ct, r));
    std::printf("modified Newton from (1, 1):");
    for (const auto& p : r.trace) std::printf(" (%.6f, %.6f)", p[0], p[1]);
    std::printf("\n");
    // Backtracking also steps back into f's domain (run time only: at compile
    // time evaluating log(-6) stops compilation). g = x - 2 log x, minimum at 2:
    // plain Newton from 6 jumps to -6 (NaN); modified halves the step to 3.
    const auto g = [](auto t) { return t - 2 * fluxion::log(t); };
    BOOST_TEST((fluxion::newton_minimize(g, launder(6.0)).status == status::non_finite));
    const auto safe = fluxion::newton_minimize(g, launder(6.0), modified);
    BOOST_TEST((safe.status == status::converged));
    BOOST_TEST(std::fabs(safe.trace[1] - 3) <= 1e-15);
    BOOST_TEST(std::fabs(safe.x - 2) <= 1e-15);
    // The same in 2-D. At (-6, 1) the gradient (1 - 2/x, 2y) is finite but f
    // is not (log of a negative): plain Newton reports non_finite there.
    const auto g2d = [](auto t, auto u) { return t - 2 * fluxion::log(t) + u * u; };
    const auto plain2 = fluxion::newton_minimize(g2d, std::array{launder(6.0), 1.0});
    BOOST_TEST((plain2.status == status::non_finite));
    BOOST_TEST(plain2.iterations == 1u);
    BOOST_TEST(std::fabs(plain2.x[0] + 6) <= 1e-14); // the last iterate, where f is NaN
    const auto safe2 = fluxion::newton_minimize(g2d, std::array{launder(6.0), 1.0}, modified);
    BOOST_TEST((safe2.status == status::converged));
    BOOST_TEST(std::fabs(safe2.x[0] - 2) <= 1e-15);
    BOOST_TEST(safe2.x[1] == 0.0);
}

// The new solvers' bad input at run time, as at compile time (solvers.cpp).
BOOST_AUTO_TEST_CASE(bad_input_halley_bracket_system) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    BOOST_TEST((fluxion::halley_root(f1, launder(nan)).status == status::non_finite));
    BOOST_TEST((fluxion::halley_root(f1, launder(0.0)).status == status::singular));
    const auto h0 = fluxion::halley_root(f1, launder(1.0), {.max_iterations = 0});
    BOOST_TEST((h0.status == status::max_iterations && h0.iterations == 0 && h0.x == 1.0));
    // Halley on log x from 10 (> e^2) steps below 0, where log is NaN
    BOOST_TEST((fluxion::halley_root([](auto x) { return fluxion::log(x); }, launder(10.0)).status == status::non_finite));

    BOOST_TEST((fluxion::newton_root(f1, fluxion::bracket{launder(nan), 4.0}).status == status::non_finite));
    BOOST_TEST((fluxion::newton_root(f1, fluxion::bracket{0.0, launder(inf)}).status == status::non_finite));
    const auto same = fluxion::newton_root(f1, fluxion::bracket{launder(4.0), 10.0});
    BOOST_TEST((same.status == status::not_bracketed && same.iterations == 0 && same.x == 4.0));
    const auto b0 = fluxion::newton_root(f1, fluxion::bracket{launder(0.0), 10.0}, {.max_iterations = 0});
    BOOST_TEST((b0.status == status::max_iterations && b0.x == 5.0));

    const auto circle_and_line = [](auto x, auto y) { return std::array{x * x + y * y - 4, x - y}; };
    const auto s0 = fluxion::newton_root(circle_and_line, std::array{launder(1.0), 2.0}, {.max_iterations = 0});
    BOOST_TEST((s0.status == status::max_iterations && s0.iterations == 0 && s0.x == std::array{1.0, 2.0}));
    BOOST_TEST((fluxion::newton_root(circle_and_line, std::array{launder(inf), 2.0}).status == status::non_finite));
    const auto crossing = fluxion::newton_root(circle_and_line, std::array{launder(1.0), 2.0});
    BOOST_TEST(std::fabs(crossing.x[0] - std::sqrt(2.0)) <= 1e-15);

    const fluxion::solver_options modified{.variant = fluxion::newton_variant::modified};
    BOOST_TEST((fluxion::newton_minimize(f7, std::array{launder(nan), 1.0}, modified).status == status::non_finite));
    BOOST_TEST((fluxion::newton_minimize(g2, launder(inf), modified).status == status::non_finite));
}
