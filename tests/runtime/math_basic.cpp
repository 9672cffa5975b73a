// Run-time suite: classification helpers against <cmath>, and the test
// oracle itself (ulp distance, MPFR correct rounding), which every accuracy
// suite relies on.
#define BOOST_TEST_MODULE math_basic
#include <boost/test/unit_test.hpp>

#include <fluxion/detail/ieee.hpp>
#include <fluxion/math.hpp>

#include "mpfr_oracle.hpp"

#include <cmath>
#include <limits>

namespace ft = fluxion_test;

BOOST_AUTO_TEST_CASE(classification_agrees_with_cmath) {
    const auto values = ft::concat(ft::log_uniform<double>(20000, -1074, 1023, true, 1),
                                   {0.0, -0.0, std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity(),
                                    std::numeric_limits<double>::quiet_NaN(),
                                    -std::numeric_limits<double>::quiet_NaN()});
    for (double x : values) {
        BOOST_TEST(fluxion::isnan(x) == std::isnan(x));
        BOOST_TEST(fluxion::isinf(x) == std::isinf(x));
        BOOST_TEST(fluxion::isfinite(x) == std::isfinite(x));
        BOOST_TEST(fluxion::signbit(x) == std::signbit(x));
        BOOST_TEST(std::bit_cast<std::uint64_t>(fluxion::abs(x)) == std::bit_cast<std::uint64_t>(std::fabs(x)));
        BOOST_TEST(std::bit_cast<std::uint64_t>(fluxion::copysign(1.5, x)) ==
                   std::bit_cast<std::uint64_t>(std::copysign(1.5, x)));
        const long double lx = x;
        BOOST_TEST(fluxion::signbit(lx) == std::signbit(lx));
        BOOST_TEST(fluxion::isinf(lx) == std::isinf(lx));
    }
}

BOOST_AUTO_TEST_CASE(scaling_by_powers_of_two_matches_ldexp) {
    const auto values = ft::log_uniform<double>(20000, -1074, 1023, true, 2);
    int k = -2200;
    for (double x : values) {
        k = k >= 2200 ? -2200 : k + 7;
        const double expected = std::ldexp(x, k);
        BOOST_TEST(ft::ulp_distance(fluxion::detail::scale_by_power_of_2(x, k), expected) == 0u,
                   "x = " << x << ", k = " << k);
    }
}

BOOST_AUTO_TEST_CASE(ulp_distance_counts_representable_steps) {
    BOOST_TEST(ft::ulp_distance(1.0, std::nextafter(1.0, 2.0)) == 1u);
    BOOST_TEST(ft::ulp_distance(-0.0, 0.0) == 0u);
    BOOST_TEST(ft::ulp_distance(-std::numeric_limits<double>::denorm_min(),
                                std::numeric_limits<double>::denorm_min()) == 2u);
    BOOST_TEST(ft::ulp_distance(std::numeric_limits<double>::max(), std::numeric_limits<double>::infinity()) == 1u);
    BOOST_TEST(ft::ulp_distance(1.0f, std::nextafter(std::nextafter(1.0f, 0.0f), 0.0f)) == 2u);
    BOOST_TEST(ft::ulp_distance(std::nan(""), 1.0) == UINT64_MAX);
}

BOOST_AUTO_TEST_CASE(oracle_rounds_correctly_including_subnormals) {
    BOOST_TEST(ft::correctly_rounded<double>(mpfr_exp, 0.0) == 1.0);
    BOOST_TEST(ft::correctly_rounded<double>(mpfr_exp, 1.0) == 2.718281828459045);
    // exp(-745.1) is below half the smallest subnormal: rounds to zero;
    // exp(-745.0) rounds to the smallest subnormal.
    BOOST_TEST(ft::correctly_rounded<double>(mpfr_exp, -745.2) == 0.0);
    BOOST_TEST(ft::correctly_rounded<double>(mpfr_exp, -745.0) == std::numeric_limits<double>::denorm_min());
    BOOST_TEST(ft::correctly_rounded<float>(mpfr_exp, -103.5f) == std::numeric_limits<float>::denorm_min());
    BOOST_TEST(std::isinf(ft::correctly_rounded<double>(mpfr_exp, 710.0)));
}
