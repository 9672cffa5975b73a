// Run-time suite for classify (include/fluxion/analysis/classify.hpp): the
// worked examples of sections 3, 4 and 7 classified at run time, checked
// against the closed-form eigenvalues of a symmetric 2 x 2 matrix computed
// with <cmath> from the hand-derived Hessians, and bit for bit against the
// compiler's own evaluation.
#define BOOST_TEST_MODULE analysis
#include <boost/test/unit_test.hpp>

#include <fluxion/analysis.hpp>
#include <fluxion/fluxion.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <ostream>

namespace fluxion {
inline std::ostream& operator<<(std::ostream& os, stationary_kind k) { return os << to_string(k); }
inline std::ostream& operator<<(std::ostream& os, status s) { return os << to_string(s); }
} // namespace fluxion

namespace {
using fluxion::stationary_kind;

double launder(double x) {
    volatile double v = x;
    return v;
}

// Eigenvalues of [[a, b], [b, d]], ascending: (a + d)/2 -+ sqrt(((a - d)/2)^2 + b^2).
std::array<double, 2> eigen2(double a, double b, double d) {
    const double m = (a + d) / 2, r = std::hypot((a - d) / 2, b);
    return {m - r, m + r};
}

template <class C>
void check(const C& c, stationary_kind kind, std::array<double, 2> expected, const char* what) {
    BOOST_TEST(c.kind == kind);
    BOOST_TEST(std::fabs(c.eigenvalues[0] - expected[0]) <= 1e-14 * std::fabs(expected[0]) + 1e-300);
    BOOST_TEST(std::fabs(c.eigenvalues[1] - expected[1]) <= 1e-14 * std::fabs(expected[1]) + 1e-300);
    std::printf("%-40s %-14s eigenvalues %10.6f %10.6f\n", what, fluxion::to_string(c.kind).data(), c.eigenvalues[0],
                c.eigenvalues[1]);
}

constexpr auto f7 = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
} // namespace

BOOST_AUTO_TEST_CASE(section_4_three_stationary_points) {
    const std::array origin{launder(0.0), launder(0.0)};
    constexpr auto bowl = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
    constexpr auto cap = [](auto x, auto y) { return -2 * x * x - 3 * y * y - x * y + 15; };
    constexpr auto saddle = [](auto x, auto y) { return 2 * x * x - 2 * y * y; };
    check(fluxion::classify(bowl, origin), stationary_kind::minimum, eigen2(4, -1, 6), "2x^2 + 3y^2 - xy at (0, 0)");
    check(fluxion::classify(cap, origin), stationary_kind::maximum, eigen2(-4, -1, -6), "-2x^2 - 3y^2 - xy + 15 at (0, 0)");
    check(fluxion::classify(saddle, origin), stationary_kind::saddle, eigen2(4, 0, -4), "2x^2 - 2y^2 at (0, 0)");
    constexpr auto ct = fluxion::classify(cap, std::array{0.0, 0.0});
    const auto rt = fluxion::classify(cap, origin);
    BOOST_TEST((ct.eigenvalues == rt.eigenvalues && ct.kind == rt.kind && ct.gradient_norm == rt.gradient_norm));
}

BOOST_AUTO_TEST_CASE(section_7_minimum_and_degenerate_point) {
    // H of f7 by hand: f_xx = -(6x - 12) u(y) / 90, f_xy = -u'(x) u'(y) / 90, u(t) = t^2 (t - 6)
    const auto hess = [](double x, double y) {
        const auto u = [](double t) { return t * t * (t - 6); };
        const auto du = [](double t) { return 3 * t * t - 12 * t; };
        return eigen2(-(6 * x - 12) * u(y) / 90, -du(x) * du(y) / 90, -(6 * y - 12) * u(x) / 90);
    };
    check(fluxion::classify(f7, std::array{launder(4.0), 4.0}), stationary_kind::minimum, hess(4, 4), "f7 at (4, 4)");
    check(fluxion::classify(f7, std::array{launder(0.0), 0.0}), stationary_kind::inconclusive, hess(0, 0),
          "f7 at (0, 0) (not a saddle: erratum)");
    // where plain Newton from (1, 1) ends, about 1e-16 from (0, 0)
    const auto end = fluxion::newton_minimize(f7, std::array{launder(1.0), launder(1.0)});
    const auto c = fluxion::classify(f7, end.x);
    BOOST_TEST(c.kind == stationary_kind::inconclusive);
    BOOST_TEST(std::fabs(c.eigenvalues[0]) <= 1e-30);
    BOOST_TEST(std::fabs(c.eigenvalues[1]) <= 1e-30);
    std::printf("%-40s %-14s eigenvalues %10.3e %10.3e\n", "f7 where plain Newton from (1, 1) ends",
                fluxion::to_string(c.kind).data(), c.eigenvalues[0], c.eigenvalues[1]);
    const auto gd = fluxion::gradient_descent(f7, std::array{launder(1.0), 1.0},
                                              {.max_iterations = 1000, .learning_rate = 0.01, .rel_tol = 1e-4});
    BOOST_TEST(fluxion::classify(f7, gd.x).kind == stationary_kind::not_stationary);
}

BOOST_AUTO_TEST_CASE(section_3_and_bad_input) {
    const auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
    const double w = 0.5671432904097838;
    const auto c = fluxion::classify(g, launder(w));
    BOOST_TEST(c.kind == stationary_kind::minimum);
    BOOST_TEST((c.concavity == fluxion::concavity::up));
    BOOST_TEST(std::fabs(c.second_derivative - (std::exp(w) + 1 / (w * w))) <= 1e-15 * c.second_derivative);
    BOOST_TEST(std::fabs(c.derivative - (std::exp(w) - 1 / w)) <= 1e-15);
    // log of a negative number at run time: NaN derivatives, status non_finite, no kind claimed
    const auto bad = fluxion::classify(g, launder(-1.0));
    BOOST_TEST((bad.status == fluxion::status::non_finite));
    BOOST_TEST(bad.kind == stationary_kind::inconclusive);
    const auto bad2 = fluxion::classify([](auto x, auto y) { return fluxion::log(x) + y * y; },
                                        std::array{launder(-1.0), 0.0});
    BOOST_TEST((bad2.status == fluxion::status::non_finite));
    const auto inf = fluxion::classify(f7, std::array{launder(std::numeric_limits<double>::infinity()), 0.0});
    BOOST_TEST((inf.status == fluxion::status::non_finite));
}
