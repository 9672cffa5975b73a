// Run-time suite: the logistic sigmoid against MPFR (whole range, double and
// float), special values, the design bound before the final rounding, and the
// bit identity of compile-time and run-time results.
#define BOOST_TEST_MODULE math_sigmoid
#include <boost/test/unit_test.hpp>

#include <fluxion/math/sigmoid.hpp>

#include "mpfr_oracle.hpp"
#include "ulp_error.hpp"

#include <array>
#include <cmath>
#include <limits>

namespace ft = fluxion_test;
using namespace fluxion_test::ulp_error;

namespace {
// MPFR has no sigmoid: 1 / (1 + e^-x) at 300 bits, computed as e^x / (1 + e^x)
// for x < 0 so that nothing overflows, in MPFR's widest exponent range (the
// caller has set the target format's range; e^x for x near -745 lies below
// it), then rounded once to out's precision, and the range checked back as
// MPFR's manual prescribes (mpfr_check_range). The 300-bit value is within
// 2^-290 relative of the true one, so the single rounding is the correct one
// unless the true value lies within 2^-290 of a midpoint.
int mpfr_sigmoid(mpfr_ptr out, mpfr_srcptr x, mpfr_rnd_t rnd) {
    const mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
    mpfr_set_emin(mpfr_get_emin_min());
    mpfr_set_emax(mpfr_get_emax_max());
    ft::mpfr_value e(300), den(300);
    if (mpfr_sgn(x) >= 0) {
        mpfr_neg(e.get(), x, MPFR_RNDN);
        mpfr_exp(e.get(), e.get(), MPFR_RNDN);    // e^-x <= 1
        mpfr_add_ui(den.get(), e.get(), 1, MPFR_RNDN);
        mpfr_ui_div(e.get(), 1, den.get(), MPFR_RNDN);
    } else {
        mpfr_exp(e.get(), x, MPFR_RNDN);          // e^x < 1
        mpfr_add_ui(den.get(), e.get(), 1, MPFR_RNDN);
        mpfr_div(e.get(), e.get(), den.get(), MPFR_RNDN);
    }
    const int ternary = mpfr_set(out, e.get(), rnd);
    mpfr_set_emin(emin);
    mpfr_set_emax(emax);
    return mpfr_check_range(out, ternary, rnd);
}
} // namespace

// ---- accuracy against MPFR: 100,000 log-uniform arguments (all magnitudes,
// both signs) and 100,000 uniform ones where the result is neither 0 nor 1 ----
BOOST_AUTO_TEST_CASE(sigmoid_accuracy_double) {
    const auto fx = [](double x) { return fluxion::sigmoid(x); };
    const auto r = ft::sweep<double>("sigmoid double", fx, mpfr_sigmoid, whole_domain<double>(-746, 38, 61));
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    // The branch points and their neighbours, the subnormal results, and the
    // band where e^x - e^2x is used.
    const auto hard = ft::concat(
        ft::concat(ft::uniform<double>(20000, -745.2, -700, 62), ft::uniform<double>(20000, -60, -30, 63)),
        ft::with_neighbours<double>({-38.0, 38.0, 0.0, -0x1.5b4p8, 37.42994775023705, -1e-5, 1e-5}, 300));
    const auto h = ft::sweep<double>("sigmoid double hard cases", fx, mpfr_sigmoid, hard);
    h.print();
    BOOST_TEST(h.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(sigmoid_accuracy_float) {
    const auto fx = [](float x) { return fluxion::sigmoid(x); };
    const auto r = ft::sweep<float>("sigmoid float", fx, mpfr_sigmoid, whole_domain<float>(-104, 18, 71));
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
}

// ---- the design bound: the value before the final rounding is within 2^-60
// relative, so the error stays near 0.5 ulp (the final rounding itself) ----
BOOST_AUTO_TEST_CASE(error_before_rounding_is_tiny) {
    const auto xs = ft::concat(ft::uniform<double>(100000, -38, 38, 81), ft::uniform<double>(50000, -1, 1, 82));
    BOOST_TEST(max_error_in_ulps("sigmoid", [](double x) { return fluxion::sigmoid(x); }, mpfr_sigmoid, xs) <= 0.51);
}

// ---- special values ----
BOOST_AUTO_TEST_CASE(special_values) {
    BOOST_TEST(fluxion::sigmoid(inf) == 1.0);
    BOOST_TEST(bits(fluxion::sigmoid(-inf)) == bits(0.0));
    BOOST_TEST(std::isnan(fluxion::sigmoid(qnan)));
    BOOST_TEST(std::isnan(fluxion::sigmoid(std::numeric_limits<float>::quiet_NaN())));
    BOOST_TEST(fluxion::sigmoid(-0.0) == 0.5);
    BOOST_TEST(fluxion::sigmoid(1e308) == 1.0);
    BOOST_TEST(bits(fluxion::sigmoid(-1e308)) == bits(0.0));
}

// ---- compile time and run time give the same bits ----
namespace {
constexpr int table_size = 300;
constexpr double table_argument(int i) { return -760.0 + i * (800.0 / 299.0) + (i % 7) * 0.0123456789; }
constexpr std::array<double, table_size> compile_time_table = [] {
    std::array<double, table_size> t{};
    for (int i = 0; i < table_size; ++i) t[i] = fluxion::sigmoid(table_argument(i));
    return t;
}();
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_equals_run_time) {
    for (int i = 0; i < table_size; ++i) {
        volatile double vx = table_argument(i); // laundered: the call below cannot be folded
        const double x = vx;
        BOOST_TEST(bits(fluxion::sigmoid(x)) == bits(compile_time_table[i]), "sigmoid(" << x << ")");
    }
}
