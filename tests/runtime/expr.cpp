// Run-time suite for expressions (include/fluxion/expr/): evaluation at many
// points against formulas written with <cmath> (independent of fluxion's
// math), symbolic derivatives d(f, x) against dual and hyper-dual numbers and
// against the same derivative written by hand, symbolic gradients, Hessians
// and Jacobians against the dual-number ones, and run-time constants.
// (Random expression trees are tested by the printing suite.)
#define BOOST_TEST_MODULE expr
#include <boost/test/unit_test.hpp>

#include <fluxion/fluxion.hpp>

#include <cmath>
#include <random>

namespace {
using namespace fluxion;

// |a - b| <= rel * max(1, |b|)
bool close(double a, double b, double rel) { return std::fabs(a - b) <= rel * std::fmax(1.0, std::fabs(b)); }

std::mt19937_64 generator(20261124);
double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(generator); }

constexpr int points = 2000;

// Evaluate f and compare with a <cmath> formula at `points` points of [lo, hi].
template <class F, class Formula>
void check_values(const F& f, Formula formula, double lo, double hi, double rel) {
    for (int i = 0; i < points; ++i) {
        const double t = uniform(lo, hi);
        BOOST_TEST_REQUIRE(close(f(t), formula(t), rel), "f(" << t << ") = " << f(t) << ", expected " << formula(t));
    }
}

// d(f, x) against the dual number, the hyper-dual second derivative against
// d(d(f, x), x), and d(f, x) against a hand-written derivative.
template <class F, class Derivative>
void check_derivatives(const F& f, Derivative exact, double lo, double hi, double rel) {
    const auto df = d(f, x);
    const auto d2f = d(df, x);
    for (int i = 0; i < points; ++i) {
        const double t = uniform(lo, hi);
        BOOST_TEST_REQUIRE(close(df(t), derivative(f, t), rel), "d(f, x)(" << t << ") = " << df(t));
        BOOST_TEST_REQUIRE(close(df(t), exact(t), rel), "d(f, x)(" << t << ") = " << df(t) << " vs " << exact(t));
        BOOST_TEST_REQUIRE(close(d2f(t), second_derivative(f, t), 64 * rel), "d2 at " << t);
    }
}
} // namespace

BOOST_AUTO_TEST_CASE(values_of_the_worked_examples) {
    check_values(exp(x) - log(x), [](double t) { return std::exp(t) - std::log(t); }, 0.01, 10, 4e-16);
    check_values(exp(x) / sqrt(pow(sin(x), 3_c) + pow(cos(x), 3_c)),
                 [](double t) { return std::exp(t) / std::sqrt(std::pow(std::sin(t), 3) + std::pow(std::cos(t), 3)); },
                 -0.5, 1.5, 2e-15);
    constexpr auto f5 = pow(x, 4_c) + 0.8_c * pow(y, 4_c) + 4_c * x * x + 2_c * y * y - x * y - 0.2_c * x * x * y;
    constexpr auto f7 = 85_c - 1_c / 90_c * x * x * (x - 6_c) * y * y * (y - 6_c);
    for (int i = 0; i < points; ++i) {
        const double a = uniform(-5, 5), b = uniform(-5, 5);
        const double v5 = std::pow(a, 4) + 0.8 * std::pow(b, 4) + 4 * a * a + 2 * b * b - a * b - 0.2 * a * a * b;
        const double v7 = 85 - a * a * (a - 6) * b * b * (b - 6) / 90;
        BOOST_TEST_REQUIRE(close(f5(a, b), v5, 1e-14));
        BOOST_TEST_REQUIRE(close(f7(vector{a, b}), v7, 1e-13));
        // gradients and Hessians: symbolic against dual numbers
        const auto g = gradient_expr(f5)(a, b);
        const auto gd = gradient(f5, vector{a, b});
        const auto H = hessian_expr(f7)(a, b);
        const auto Hd = hessian(f7, vector{a, b});
        for (int j = 0; j < 2; ++j) {
            BOOST_TEST_REQUIRE(close(g[j], gd[j], 1e-14));
            for (int k = 0; k < 2; ++k) BOOST_TEST_REQUIRE(close(H(j, k), Hd(j, k), 1e-13));
        }
        // section 5's gradient by hand
        BOOST_TEST_REQUIRE(close(g[0], 4 * a * a * a + 8 * a - b - 0.4 * a * b, 1e-14));
        BOOST_TEST_REQUIRE(close(g[1], 3.2 * b * b * b + 4 * b - a - 0.2 * a * a, 1e-14));
    }
}

BOOST_AUTO_TEST_CASE(derivative_of_every_function) {
    constexpr double e15 = 1e-15, e14 = 1e-14;
    check_derivatives(exp(x), [](double t) { return std::exp(t); }, -5, 5, 2 * e15);
    check_derivatives(expm1(x), [](double t) { return std::exp(t); }, -5, 5, 2 * e15);
    check_derivatives(log(x), [](double t) { return 1 / t; }, 0.01, 100, e15);
    check_derivatives(log1p(x), [](double t) { return 1 / (1 + t); }, -0.9, 100, e15);
    check_derivatives(log2(x), [](double t) { return 1 / (t * std::log(2.0)); }, 0.01, 100, 2 * e15);
    check_derivatives(log10(x), [](double t) { return 1 / (t * std::log(10.0)); }, 0.01, 100, 2 * e15);
    check_derivatives(sqrt(x), [](double t) { return 0.5 / std::sqrt(t); }, 0.01, 100, e15);
    check_derivatives(cbrt(x), [](double t) { return 1 / (3 * std::cbrt(t) * std::cbrt(t)); }, 0.01, 100, 2 * e15);
    check_derivatives(sin(x), [](double t) { return std::cos(t); }, -3, 3, e15);
    check_derivatives(cos(x), [](double t) { return -std::sin(t); }, -3, 3, e15);
    check_derivatives(tan(x), [](double t) { return 1 / (std::cos(t) * std::cos(t)); }, -1.5, 1.5, e14);
    check_derivatives(asin(x), [](double t) { return 1 / std::sqrt(1 - t * t); }, -0.99, 0.99, e14);
    check_derivatives(acos(x), [](double t) { return -1 / std::sqrt(1 - t * t); }, -0.99, 0.99, e14);
    check_derivatives(atan(x), [](double t) { return 1 / (1 + t * t); }, -10, 10, e15);
    check_derivatives(sinh(x), [](double t) { return std::cosh(t); }, -5, 5, 2 * e15);
    check_derivatives(cosh(x), [](double t) { return std::sinh(t); }, -5, 5, 2 * e15);
    check_derivatives(tanh(x), [](double t) { return 1 / (std::cosh(t) * std::cosh(t)); }, -5, 5, 2 * e15);
    check_derivatives(sigmoid(x), [](double t) { return std::exp(-t) / ((1 + std::exp(-t)) * (1 + std::exp(-t))); },
                      -20, 20, e14);
    check_derivatives(abs(x), [](double t) { return t < 0 ? -1.0 : 1.0; }, -5, 5, 0);
    check_derivatives(pow(x, 3_c), [](double t) { return 3 * t * t; }, -5, 5, e15);
    check_derivatives(pow(x, -2_c), [](double t) { return -2 / (t * t * t); }, 0.1, 5, e15);
    check_derivatives(pow(x, 1.5), [](double t) { return 1.5 * std::sqrt(t); }, 0.01, 5, e15);
    check_derivatives(pow(x, x), [](double t) { return std::pow(t, t) * (std::log(t) + 1); }, 0.1, 5, e14);
    check_derivatives(pow(3.0, x), [](double t) { return std::pow(3.0, t) * std::log(3.0); }, -3, 3, e15);
    check_derivatives(atan2(x, 2_c), [](double t) { return 2 / (4 + t * t); }, -5, 5, e15);
    check_derivatives(hypot(x, 3_c), [](double t) { return t / std::hypot(t, 3.0); }, -5, 5, e15);
    // products, quotients and compositions
    check_derivatives(exp(x) / sqrt(pow(sin(x), 3_c) + pow(cos(x), 3_c)),
                      [](double t) {
                          const double s = std::sin(t), c = std::cos(t), u = s * s * s + c * c * c;
                          return std::exp(t) / std::sqrt(u) - std::exp(t) * (3 * s * s * c - 3 * c * c * s) / (2 * u * std::sqrt(u));
                      },
                      -0.5, 1.5, 4 * e14);
    check_derivatives(x * sin(x * x) / (1_c + x * x),
                      [](double t) {
                          const double q = 1 + t * t;
                          return (std::sin(t * t) + 2 * t * t * std::cos(t * t)) / q - 2 * t * t * std::sin(t * t) / (q * q);
                      },
                      -3, 3, e14);
}

BOOST_AUTO_TEST_CASE(run_time_constants) {
    for (int i = 0; i < points; ++i) {
        const double c = uniform(-3, 3), t = uniform(0.1, 3);
        const auto f = c * exp(x) + x / c - pow(x, c); // c is stored in the expression
        BOOST_TEST_REQUIRE(close(f(t), c * std::exp(t) + t / c - std::pow(t, c), 1e-14));
        BOOST_TEST_REQUIRE(close(d(f, x)(t), c * std::exp(t) + 1 / c - c * std::pow(t, c - 1), 1e-13));
    }
}

BOOST_AUTO_TEST_CASE(systems_and_jacobians) {
    constexpr auto F = system(x * x + y * y - 4_c, exp(x) + sin(y) * z, x * y * z);
    for (int i = 0; i < points; ++i) {
        const vector p{uniform(-2, 2), uniform(-2, 2), uniform(-2, 2)};
        const auto J = jacobian(F, p);
        const auto Js = jacobian_expr(F)(p);
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 3; ++k) BOOST_TEST_REQUIRE(close(J(j, k), Js(j, k), 1e-15));
        BOOST_TEST_REQUIRE(close(J(1, 1), std::cos(p[1]) * p[2], 1e-15));
        BOOST_TEST_REQUIRE(F(p)[2] == p[0] * p[1] * p[2]);
    }
}

BOOST_AUTO_TEST_CASE(other_number_types) {
    for (int i = 0; i < points; ++i) {
        const float t = static_cast<float>(uniform(0.1, 3));
        const auto g = exp(x) - log(x);
        BOOST_TEST_REQUIRE(g(t) == fluxion::exp(t) - fluxion::log(t)); // float in, float out
        BOOST_TEST_REQUIRE(close(g(t), std::exp(double(t)) - std::log(double(t)), 1e-6));
    }
}

BOOST_AUTO_TEST_CASE(run_time_equals_compile_time) {
    // The same expression evaluated by the compiler and at run time: the same bits.
    constexpr auto hard = exp(x) / sqrt(pow(sin(x), 3_c) + pow(cos(x), 3_c));
    constexpr auto hard2 = d(d(hard, x), x);
    constexpr double at_compile_time = hard2(0.5);
    volatile double half = 0.5; // not folded
    BOOST_TEST(hard2(half) == at_compile_time);
    constexpr auto H = hessian_expr(85_c - 1_c / 90_c * x * x * (x - 6_c) * y * y * (y - 6_c));
    constexpr auto H_at = H(3.2, 3.2);
    volatile double a = 3.2;
    BOOST_TEST((H(a, a) == H_at));
}
