// Run-time suite: derivatives from dual and hyper-dual numbers against the
// analytic derivatives evaluated in 256-bit MPFR arithmetic, for every math
// function and for the lecture's composed functions; and the comparison with
// finite differences that motivates hyper-duals.
#define BOOST_TEST_MODULE ad_dual
#include <boost/test/unit_test.hpp>

#include <fluxion/derivative.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/hessian.hpp>

#include "bigfloat.hpp"
#include "mpfr_oracle.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace ft = fluxion_test;
using ft::bigfloat;

namespace {

// Relative error of a double against a 256-bit reference, in units of 2^-53.
double relative_error_in_eps(double got, const bigfloat& exact) {
    if (exact.to_double() == 0) return got == 0 ? 0 : HUGE_VAL;
    return std::fabs(((bigfloat(got) - exact) / exact).to_double()) / 0x1p-53;
}

struct rule_case {
    std::string name;
    std::function<double(double)> first, second;           // fluxion, through duals
    std::function<bigfloat(const bigfloat&)> d1, d2;       // analytic, in MPFR
    std::vector<double> points;
};

template <class F>
std::function<double(double)> first_of(F f) { return [f](double x) { return fluxion::derivative(f, x); }; }
template <class F>
std::function<double(double)> second_of(F f) { return [f](double x) { return fluxion::second_derivative(f, x); }; }

#define FLUXION_RULE(fn) [](auto t) { return fluxion::fn(t); }

std::vector<rule_case> rule_cases() {
    const auto wide = ft::uniform<double>(2000, -20, 20, 11);
    const auto positive = ft::log_uniform<double>(2000, -30, 30, false, 12);
    const auto unit = ft::uniform<double>(2000, -0.999, 0.999, 13);
    const auto moderate = ft::uniform<double>(2000, -1.5, 1.5, 14);
    const auto above_minus_1 = ft::uniform<double>(2000, -0.99, 100, 15);
    const bigfloat one(1.0), two(2.0), three(3.0), nine(9.0);
    return {
        {"exp", first_of(FLUXION_RULE(exp)), second_of(FLUXION_RULE(exp)),
         [](const bigfloat& x) { return exp(x); }, [](const bigfloat& x) { return exp(x); }, wide},
        {"expm1", first_of(FLUXION_RULE(expm1)), second_of(FLUXION_RULE(expm1)),
         [](const bigfloat& x) { return exp(x); }, [](const bigfloat& x) { return exp(x); }, wide},
        {"log", first_of(FLUXION_RULE(log)), second_of(FLUXION_RULE(log)),
         [=](const bigfloat& x) { return one / x; }, [=](const bigfloat& x) { return -(one / (x * x)); }, positive},
        {"log1p", first_of(FLUXION_RULE(log1p)), second_of(FLUXION_RULE(log1p)),
         [=](const bigfloat& x) { return one / (one + x); },
         [=](const bigfloat& x) { return -(one / ((one + x) * (one + x))); }, above_minus_1},
        {"log2", first_of(FLUXION_RULE(log2)), second_of(FLUXION_RULE(log2)),
         [=](const bigfloat& x) { return one / (x * ft::ln2()); },
         [=](const bigfloat& x) { return -(one / (x * x * ft::ln2())); }, positive},
        {"sqrt", first_of(FLUXION_RULE(sqrt)), second_of(FLUXION_RULE(sqrt)),
         [=](const bigfloat& x) { return one / (two * sqrt(x)); },
         [=](const bigfloat& x) { return -(one / (two * two * x * sqrt(x))); }, positive},
        {"cbrt", first_of(FLUXION_RULE(cbrt)), second_of(FLUXION_RULE(cbrt)),
         [=](const bigfloat& x) { return one / (three * cbrt(x) * cbrt(x)); },
         [=](const bigfloat& x) { return -(two / (nine * x * cbrt(x) * cbrt(x))); }, positive},
        {"sin", first_of(FLUXION_RULE(sin)), second_of(FLUXION_RULE(sin)),
         [](const bigfloat& x) { return cos(x); }, [](const bigfloat& x) { return -sin(x); }, wide},
        {"cos", first_of(FLUXION_RULE(cos)), second_of(FLUXION_RULE(cos)),
         [](const bigfloat& x) { return -sin(x); }, [](const bigfloat& x) { return -cos(x); }, wide},
        {"tan", first_of(FLUXION_RULE(tan)), second_of(FLUXION_RULE(tan)),
         [=](const bigfloat& x) { return one + tan(x) * tan(x); },
         [=](const bigfloat& x) { return two * tan(x) * (one + tan(x) * tan(x)); }, moderate},
        {"asin", first_of(FLUXION_RULE(asin)), second_of(FLUXION_RULE(asin)),
         [=](const bigfloat& x) { return one / sqrt(one - x * x); },
         [=](const bigfloat& x) { return x / ((one - x * x) * sqrt(one - x * x)); }, unit},
        {"acos", first_of(FLUXION_RULE(acos)), second_of(FLUXION_RULE(acos)),
         [=](const bigfloat& x) { return -(one / sqrt(one - x * x)); },
         [=](const bigfloat& x) { return -(x / ((one - x * x) * sqrt(one - x * x))); }, unit},
        {"atan", first_of(FLUXION_RULE(atan)), second_of(FLUXION_RULE(atan)),
         [=](const bigfloat& x) { return one / (one + x * x); },
         [=](const bigfloat& x) { return -(two * x / ((one + x * x) * (one + x * x))); }, wide},
        {"sinh", first_of(FLUXION_RULE(sinh)), second_of(FLUXION_RULE(sinh)),
         [](const bigfloat& x) { return cosh(x); }, [](const bigfloat& x) { return sinh(x); }, wide},
        {"cosh", first_of(FLUXION_RULE(cosh)), second_of(FLUXION_RULE(cosh)),
         [](const bigfloat& x) { return sinh(x); }, [](const bigfloat& x) { return cosh(x); }, wide},
        {"tanh", first_of(FLUXION_RULE(tanh)), second_of(FLUXION_RULE(tanh)),
         [=](const bigfloat& x) { return one - tanh(x) * tanh(x); },
         [=](const bigfloat& x) { return -(two * tanh(x) * (one - tanh(x) * tanh(x))); }, wide},
    };
}

} // namespace

// Each rule's f' and f'' (a few roundings of functions within 1 ulp) must be
// within a small multiple of the unit roundoff of the analytic value: 4 eps
// for f', 8 eps for f''. A rule that cancels (1 - v^2 near |v| = 1) fails this.
BOOST_AUTO_TEST_CASE(every_rule_matches_the_analytic_derivatives) {
    for (const auto& c : rule_cases()) {
        double worst1 = 0, worst2 = 0;
        for (double x : c.points) {
            worst1 = std::max(worst1, (relative_error_in_eps(c.first(x), c.d1(bigfloat(x)))));
            worst2 = std::max(worst2, (relative_error_in_eps(c.second(x), c.d2(bigfloat(x)))));
        }
        std::printf("derivative rule %-6s max relative error: f' %5.2f eps, f'' %5.2f eps (eps = 2^-53)\n",
                    c.name.c_str(), worst1, worst2);
        BOOST_TEST(worst1 <= 4.0, c.name << ": f' error " << worst1 << " eps");
        BOOST_TEST(worst2 <= 8.0, c.name << ": f'' error " << worst2 << " eps");
    }
}

// The lecture's g(x) = e^x - log x. g' = e^x - 1/x cancels near the minimum,
// so the bound is relative to the size of the terms, not of the result.
BOOST_AUTO_TEST_CASE(lecture_function_g_and_its_derivatives) {
    const auto g = [](auto t) { return fluxion::exp(t) - fluxion::log(t); };
    for (double x : ft::uniform<double>(5000, 0.01, 5, 21)) {
        const bigfloat X(x);
        const double scale1 = std::exp(x) + 1 / x, scale2 = std::exp(x) + 1 / (x * x);
        const double err1 = std::fabs(fluxion::derivative(g, x) - (exp(X) - bigfloat(1.0) / X).to_double());
        const double err2 = std::fabs(fluxion::second_derivative(g, x) - (exp(X) + bigfloat(1.0) / (X * X)).to_double());
        BOOST_TEST(err1 <= 4 * 0x1p-53 * scale1, "g'(" << x << ")");
        BOOST_TEST(err2 <= 4 * 0x1p-53 * scale2, "g''(" << x << ")");
        // Nested duals and hyper-duals round in a different order: equal to a few eps.
        BOOST_TEST(std::fabs(fluxion::derivative<2>(g, x) - fluxion::second_derivative(g, x)) <= 4 * 0x1p-53 * scale2);
    }
}

// Finite differences trade truncation error (falls with the step h) against
// rounding error (grows as eps / h): their best is about 1e-8 (forward) and
// 1e-11 (central) relative. Hyper-duals have no step and no cancellation.
BOOST_AUTO_TEST_CASE(finite_differences_versus_hyper_duals) {
    const auto f = [](auto t) { return fluxion::exp(fluxion::sin(t)) / fluxion::sqrt(t); };
    const double x = 1.5;
    const bigfloat X(x), one(1.0), two(2.0), four(4.0);
    // f = e^{sin x} x^{-1/2}: f' = f (cos x - 1/(2x)), f'' = f ((cos x - 1/(2x))^2 - sin x + 1/(2x^2))
    const bigfloat F = exp(sin(X)) / sqrt(X);
    const bigfloat A = cos(X) - one / (two * X);
    const double exact1 = (F * A).to_double();
    const double exact2 = (F * (A * A - sin(X) + one / (two * X * X))).to_double();
    const double fx = f(x);
    const double dual1 = fluxion::derivative(f, x);
    const double hyper2 = fluxion::second_derivative(f, x);
    const double dual_error = std::fabs(dual1 - exact1) / std::fabs(exact1);
    const double hyper_error = std::fabs(hyper2 - exact2) / std::fabs(exact2);
    double best_forward = 1, best_central = 1, best_second = 1;
    std::printf("%8s  %-14s %-14s %-14s  (relative errors of f'(1.5), f''(1.5))\n", "h", "forward f'", "central f'", "central f''");
    for (int k = 1; k <= 15; ++k) {
        const double h = std::pow(10.0, -k);
        const double fwd = std::fabs((f(x + h) - fx) / h - exact1) / std::fabs(exact1);
        const double ctr = std::fabs((f(x + h) - f(x - h)) / (2 * h) - exact1) / std::fabs(exact1);
        const double snd = std::fabs((f(x + h) - 2 * fx + f(x - h)) / (h * h) - exact2) / std::fabs(exact2);
        best_forward = std::min(best_forward, fwd);
        best_central = std::min(best_central, ctr);
        best_second = std::min(best_second, snd);
        std::printf("%8.0e  %-14.3e %-14.3e %-14.3e\n", h, fwd, ctr, snd);
    }
    std::printf("dual f' error %.3e, hyper-dual f'' error %.3e (no step size)\n", dual_error, hyper_error);
    BOOST_TEST(dual_error <= 8 * 0x1p-53);
    BOOST_TEST(hyper_error <= 16 * 0x1p-53);
    // The finite differences cannot get near that, whatever the step.
    BOOST_TEST(best_forward > 1e-10);
    BOOST_TEST(best_forward < 1e-6);
    BOOST_TEST(best_central > 1e3 * dual_error);
    BOOST_TEST(best_second > 1e3 * hyper_error);
}

// Two-argument rules through gradient() and hessian(): pow, hypot and atan2
// against their analytic partial derivatives in 256-bit arithmetic, and the
// one-variable pow rules (constant exponent, constant base, integer exponent).
BOOST_AUTO_TEST_CASE(two_argument_rules_match_the_analytic_partials) {
    const bigfloat one(1.0), two(2.0);
    const auto xs = ft::uniform<double>(1000, 0.2, 4, 31);
    const auto ys = ft::uniform<double>(1000, -3, 3, 32);
    double worst = 0;
    const auto check = [&](double got, const bigfloat& exact, double scale) {
        const double err = std::fabs(got - exact.to_double()) / (scale * 0x1p-53);
        worst = std::max(worst, err);
    };
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i], y = ys[i];
        const bigfloat X(x), Y(y), L = log(X), P = pow(X, Y);
        // pow(x, y): f_x = y x^(y-1), f_y = x^y ln x, f_xx = y (y-1) x^(y-2),
        // f_xy = x^(y-1) (1 + y ln x), f_yy = x^y ln^2 x.
        const auto f = [](auto a, auto b) { return fluxion::pow(a, b); };
        const auto g = fluxion::gradient(f, fluxion::vector{x, y});
        const auto H = fluxion::hessian(f, fluxion::vector{x, y});
        const double s = std::pow(x, y) * (1 + std::fabs(y)) * (1 + std::fabs(std::log(x))) * (1 + y * y) / x / x + 1;
        check(g[0], Y * pow(X, Y - one), s);
        check(g[1], P * L, s);
        check(H(0, 0), Y * (Y - one) * pow(X, Y - two), s);
        check(H(0, 1), pow(X, Y - one) * (one + Y * L), s);
        check(H(1, 1), P * L * L, s);
        // hypot(x, y): h_x = x/h, h_xy = -xy/h^3; atan2(y, x): d/dy = x/r2, d/dx = -y/r2.
        const bigfloat h = sqrt(X * X + Y * Y), r2 = X * X + Y * Y;
        const auto gh = fluxion::gradient([](auto a, auto b) { return fluxion::hypot(a, b); }, fluxion::vector{x, y});
        const auto Hh = fluxion::hessian([](auto a, auto b) { return fluxion::hypot(a, b); }, fluxion::vector{x, y});
        check(gh[0], X / h, 4);
        check(gh[1], Y / h, 4);
        check(Hh(0, 1), -(X * Y / (h * h * h)), 4 / h.to_double());
        const auto ga = fluxion::gradient([](auto b, auto a) { return fluxion::atan2(b, a); }, fluxion::vector{y, x});
        check(ga[0], X / r2, 4 / r2.to_double() * (x + std::fabs(y)));
        check(ga[1], -(Y / r2), 4 / r2.to_double() * (x + std::fabs(y)));
        // One-variable forms: pow(t, 2.5), pow(2.5, t), pow(t, 3) and log10.
        check(fluxion::second_derivative([](auto t) { return fluxion::pow(t, 2.5); }, x),
              bigfloat(2.5) * bigfloat(1.5) * pow(X, bigfloat(0.5)), 4 * std::sqrt(x) + 1);
        check(fluxion::second_derivative([](auto t) { return fluxion::pow(2.5, t); }, y),
              pow(bigfloat(2.5), Y) * log(bigfloat(2.5)) * log(bigfloat(2.5)), 4 * std::pow(2.5, y));
        check(fluxion::second_derivative([](auto t) { return fluxion::pow(t, 3); }, y), bigfloat(6.0) * Y, 8 * std::fabs(y) + 1);
        check(fluxion::derivative([](auto t) { return fluxion::log10(t); }, x), one / (X * log(bigfloat(10.0))), 4 / x);
    }
    std::printf("two-argument rules: max error %.2f (in units of 2^-53 times the size of the terms)\n", worst);
    BOOST_TEST(worst <= 16.0);
}

// hessian() makes one pass on multi_hyper_dual numbers. Each entry must equal,
// bit for bit, the eps1 eps2 part of the hyper-dual pass seeded along x_i and
// x_j (the n(n+1)/2-pass scheme it replaced), on random points of functions
// using every arithmetic operation and several math functions.
BOOST_AUTO_TEST_CASE(one_pass_hessian_equals_the_hyper_dual_entries) {
    const auto f = [](auto x, auto y, auto z) {
        return fluxion::exp(x * y) / fluxion::sqrt(1 + z * z) + fluxion::sin(x) * fluxion::cos(y) - 3 / (2 + x * z) +
               fluxion::pow(y, 3) + fluxion::atan2(y, z) + fluxion::log(1 + x * x) * fluxion::tanh(z - y) -
               fluxion::hypot(x, y) * fluxion::pow(1.5 + fluxion::sin(z), y);
    };
    using S = fluxion::hyper_dual<double>;
    const auto xs = ft::uniform<double>(2000, -2, 2, 41);
    const auto ys = ft::uniform<double>(2000, -2, 2, 42);
    const auto zs = ft::uniform<double>(2000, -2, 2, 43);
    int mismatches = 0;
    for (std::size_t n = 0; n < xs.size(); ++n) {
        const std::array<double, 3> p{xs[n], ys[n], zs[n]};
        const auto H = fluxion::hessian(f, p);
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = i; j < 3; ++j) {
                std::array<S, 3> x{S(p[0]), S(p[1]), S(p[2])};
                x[i].d1 = 1;
                x[j].d2 = 1;
                const double h = f(x[0], x[1], x[2]).d12;
                // Same bits (a NaN, if one, on both sides).
                const bool same = std::memcmp(&h, &H(i, j), sizeof h) == 0 && std::memcmp(&h, &H(j, i), sizeof h) == 0;
                if (!same && ++mismatches <= 5)
                    std::printf("H(%zu, %zu) at (%.17g, %.17g, %.17g): %.17g vs hyper-dual %.17g\n", i, j, p[0], p[1],
                                p[2], H(i, j), h);
            }
    }
    BOOST_TEST(mismatches == 0);
}

// At run time, for double, the rules of sin and cos take their pair from one
// merged call (detail::sincos_double_merged) and exp's rule inlines exp's
// kernel; in constant evaluation they take sincos and exp. Same bits either
// way: f, f' and f'' (and the gradient and Hessian) computed in a constant
// expression and at run time on the same points.
namespace {
constexpr auto trig_exp_f = [](auto x) {
    using fluxion::cos, fluxion::exp, fluxion::sin, fluxion::sqrt;
    return exp(sin(x)) / sqrt(x) + cos(x) / x + fluxion::sincos(3 * x).cos * sin(x - 1);
};
constexpr auto trig_exp_g = [](auto x, auto y) {
    using fluxion::cos, fluxion::exp, fluxion::sin;
    return exp(cos(x * y)) * sin(y) - cos(x) * exp(-y * y);
};
constexpr int n_points = 48;
constexpr double point(int i) { return 0.05 + 0.37 * i; } // (0.05, 17.5]: every quadrant, several turns

struct derivatives_at {
    double f, df, d2f, gx, gy, hxx, hxy, hyy;
};
constexpr derivatives_at derivatives(double x) {
    const double y = 1.7 - 0.23 * x;
    const auto g = fluxion::gradient(trig_exp_g, std::array{x, y});
    const auto H = fluxion::hessian(trig_exp_g, std::array{x, y});
    return {trig_exp_f(x), fluxion::derivative(trig_exp_f, x), fluxion::second_derivative(trig_exp_f, x),
            g[0], g[1], H(0, 0), H(0, 1), H(1, 1)};
}
constexpr auto derivatives_at_compile_time = [] {
    std::array<derivatives_at, n_points> table{};
    for (int i = 0; i < n_points; ++i) table[i] = derivatives(point(i));
    return table;
}();
} // namespace

BOOST_AUTO_TEST_CASE(sin_cos_and_exp_rules_agree_at_compile_time_and_run_time) {
    int mismatches = 0;
    for (int i = 0; i < n_points; ++i) {
        volatile double x = point(i); // keep the run-time evaluation at run time
        const derivatives_at run = derivatives(x);
        const derivatives_at& compiled = derivatives_at_compile_time[i];
        if (std::memcmp(&run, &compiled, sizeof run) != 0 && ++mismatches <= 5)
            std::printf("at x = %.17g: f'' %.17g vs %.17g at compile time\n", point(i), run.d2f, compiled.d2f);
    }
    BOOST_TEST(mismatches == 0);
    // The table is not all zeros (a test that could not fail otherwise).
    BOOST_TEST(derivatives_at_compile_time[7].d2f != 0);
}
