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

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <ostream>

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
    const double listed[][2] = {{4, 4},
                                {2.58274, 2.62129},
                                {1.59226, 1.67482},
                                {0.870589, 1.00182},
                                {0.335194, 0.493976},
                                {0.0412359, 0.125459},
                                {1.94664e-4, 3.01029e-3},
                                {-2.48536e-8, 3.55365e-8}};
    for (std::size_t k = 0; k < 8; ++k)
        for (std::size_t i = 0; i < 2; ++i)
            BOOST_TEST(std::fabs(r.trace[k][i] - listed[k][i]) <= 5e-6 * std::fabs(listed[k][i]));
    BOOST_TEST(std::fabs(r.trace[8][0]) < 1e-16);
    BOOST_TEST(std::fabs(r.trace[8][1]) < 1e-16);
    BOOST_TEST((r.x == vector{0.0, 0.0}));
    // by hand: grad and H as listed, the 2 x 2 system by Cramer's rule
    double x = 4, y = 4;
    for (std::size_t k = 1; k <= 8; ++k) {
        const double gx = 4 * x * x * x + 8 * x - y - 0.4 * x * y, gy = 3.2 * y * y * y + 4 * y - x - 0.2 * x * x;
        const double a = 12 * x * x + 8 - 0.4 * y, b = -1 - 0.4 * x, d = 9.6 * y * y + 4;
        const double det = a * d - b * b;
        x -= (d * gx - b * gy) / det;
        y -= (a * gy - b * gx) / det;
        BOOST_TEST(std::fabs(r.trace[k][0] - x) <= 1e-14 * (1 + std::fabs(x)) + 1e-20);
        BOOST_TEST(std::fabs(r.trace[k][1] - y) <= 1e-14 * (1 + std::fabs(y)) + 1e-20);
    }
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
}
