// Run-time suite: exp and expm1 against MPFR (accuracy over the whole domain
// and the hard cases), against <cmath> on special values, the 2^(j/128) table
// against MPFR, the double-double entry exp_double_double used by pow, and the
// bit identity of compile-time and run-time results.
#define BOOST_TEST_MODULE math_exp
#include <boost/test/unit_test.hpp>

#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/math/exp.hpp>
#include <fluxion/math/expm1.hpp>

#include "float_path.hpp"
#include "mpfr_oracle.hpp"
#include "ulp_error.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>

namespace ft = fluxion_test;
using namespace fluxion_test::ulp_error;

// ---- the table is the one MPFR gives (and this test prints it if not) ----
BOOST_AUTO_TEST_CASE(exp_table_is_correctly_rounded) {
    mpfr_t v, rest;
    mpfr_inits2(300, v, rest, static_cast<mpfr_ptr>(nullptr));
    bool all_equal = true;
    std::array<std::array<double, 2>, 128> table{};
    for (int j = 0; j < 128; ++j) {
        mpfr_set_ui(v, static_cast<unsigned>(j), MPFR_RNDN);
        mpfr_div_ui(v, v, 128, MPFR_RNDN);         // exact: j/128 is dyadic
        mpfr_exp2(v, v, MPFR_RNDN);                // 2^(j/128) to 300 bits
        const double hi = mpfr_get_d(v, MPFR_RNDN);
        mpfr_sub_d(rest, v, hi, MPFR_RNDN);
        const double lo = mpfr_get_d(rest, MPFR_RNDN);
        table[j] = {hi, lo};
        const auto& ours = fluxion::detail::exp_table[j];
        BOOST_TEST(bits(ours.hi) == bits(hi), "hi of entry " << j);
        BOOST_TEST(bits(ours.lo) == bits(lo), "lo of entry " << j);
        all_equal = all_equal && bits(ours.hi) == bits(hi) && bits(ours.lo) == bits(lo);
    }
    mpfr_clears(v, rest, static_cast<mpfr_ptr>(nullptr));
    if (!all_equal)
        for (const auto& [hi, lo] : table) std::printf("    {%a, %a},\n", hi, lo);
}

// ---- accuracy against MPFR ----
BOOST_AUTO_TEST_CASE(exp_accuracy_double) {
    const auto fx = [](double x) { return fluxion::exp(x); };
    const auto r = ft::sweep<double>("exp double", fx, mpfr_exp, whole_domain<double>(-746, 710, 11));
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    // Hard cases: near overflow, the subnormal results (rounded once), tiny
    // arguments, and every boundary with its neighbours.
    const auto hard = ft::concat(
        ft::concat(ft::uniform<double>(50000, 709.7, 709.79, 12), ft::uniform<double>(100000, -745.2, -708.3, 13)),
        ft::concat(ft::log_uniform<double>(20000, -1074, -50, true, 14),
                   ft::with_neighbours<double>({0x1.62e42fefa39efp9, -0x1.74910d52d3052p9, -745.1332191019411,
                                                -708.3964185322641, 0.0, 0x1p-54, -0x1p-54, 0x1p-53, -0x1p-53,
                                                std::log(2.0) / 256, -std::log(2.0) / 256, 1.0, -1.0},
                                               300)));
    const auto h = ft::sweep<double>("exp double hard cases", fx, mpfr_exp, hard);
    h.print();
    BOOST_TEST(h.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(exp_accuracy_float) {
    const auto fx = [](float x) { return fluxion::exp(x); };
    const auto r = ft::sweep<float>("exp float", fx, mpfr_exp, whole_domain<float>(-104, 89, 21));
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    const auto hard = ft::concat(ft::uniform<float>(50000, 88.0, 88.8, 22), ft::uniform<float>(50000, -104, -87, 23));
    const auto h = ft::sweep<float>("exp float hard cases", fx, mpfr_exp, hard);
    h.print();
    BOOST_TEST(h.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(expm1_accuracy_double) {
    const auto fx = [](double x) { return fluxion::expm1(x); };
    const auto r = ft::sweep<double>("expm1 double", fx, mpfr_expm1, whole_domain<double>(-40, 46, 31));
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    // Near 0 (where exp(x) - 1 cancels), around the reduction's |x| = ln2/256,
    // the large negative arguments (-> -1) and near overflow.
    const auto hard = ft::concat(
        ft::concat(ft::uniform<double>(50000, -0.01, 0.01, 32), ft::uniform<double>(50000, -1, 1, 33)),
        ft::concat(ft::concat(ft::uniform<double>(20000, -45, -30, 34), ft::uniform<double>(20000, 709.7, 709.79, 35)),
                   ft::with_neighbours<double>({0x1p-54, -0x1p-54, std::log(2.0) / 256, -std::log(2.0) / 256,
                                                -37.42994775023705, 44.0, -38.0},
                                               300)));
    const auto h = ft::sweep<double>("expm1 double hard cases", fx, mpfr_expm1, hard);
    h.print();
    BOOST_TEST(h.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(expm1_accuracy_float) {
    const auto fx = [](float x) { return fluxion::expm1(x); };
    const auto r = ft::sweep<float>("expm1 float", fx, mpfr_expm1, whole_domain<float>(-20, 89, 41));
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    const auto h = ft::sweep<float>("expm1 float near 0", fx, mpfr_expm1, ft::uniform<float>(50000, -0.01, 0.01, 42));
    h.print();
    BOOST_TEST(h.max_ulp <= 1u);
}

// ---- exp_double_double(hi, lo) = exp(hi + lo), the entry pow uses ----
// The float path of expm1 (detail/exp_float.hpp) on every 251st float of
// magnitude 2^-54 .. 44, both signs, against the double algorithm rounded to
// float; MPFR where they differ. And compiled against run.
BOOST_AUTO_TEST_CASE(expm1_float_path_dense_check) {
    const auto r = fluxion_test::check_float_path(
        "expm1", [](float x) { return fluxion::expm1(x); },
        [](float x) { return static_cast<float>(fluxion::detail::expm1_double(x)); }, mpfr_expm1, 0x25000000u,
        0x42300000u, 251);
    BOOST_TEST(r.differing.max_ulp <= 1u);
}

namespace {
constexpr float clamp_to_40(float x) { return x > 40 ? 40 : (x < -40 ? -40 : x); }
constexpr auto expm1f_at_compile_time = fluxion_test::evaluate_floats([](float x) { return fluxion::expm1(clamp_to_40(x)); });
} // namespace

BOOST_AUTO_TEST_CASE(expm1_float_path_compile_time_equals_run_time) {
    BOOST_TEST(fluxion_test::float_identity_mismatches(expm1f_at_compile_time,
                                                       [](float x) { return fluxion::expm1(clamp_to_40(x)); }) == 0u);
}

// The float path of exp (detail/exp2_float.hpp's 2^t, exp_double near float
// midpoints and below the normal floats) on every 61st float of magnitude
// 0 .. 104, both signs, against the double algorithm rounded to float: no
// difference allowed. And compiled against run, on the whole float range.
BOOST_AUTO_TEST_CASE(exp_float_path_dense_check) {
    const auto r = fluxion_test::check_float_path(
        "exp", [](float x) { return fluxion::exp(x); },
        [](float x) { return static_cast<float>(fluxion::detail::exp_double(x)); }, mpfr_exp, 0u, 0x42d00000u, 61);
    BOOST_TEST(r.differ == 0u);
}

namespace {
constexpr auto expf_at_compile_time = fluxion_test::evaluate_floats([](float x) { return fluxion::exp(x); });
} // namespace

BOOST_AUTO_TEST_CASE(exp_float_path_compile_time_equals_run_time) {
    BOOST_TEST(fluxion_test::float_identity_mismatches(expf_at_compile_time, [](float x) { return fluxion::exp(x); }) == 0u);
}

BOOST_AUTO_TEST_CASE(exp_double_double_accuracy) {
    std::mt19937_64 gen(51);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    const auto his = ft::concat(ft::concat(ft::uniform<double>(60000, -746, 710, 52), ft::uniform<double>(20000, 709.7, 709.8, 53)),
                                ft::concat(ft::uniform<double>(20000, -745.2, -708.3, 54), ft::uniform<double>(20000, -1, 1, 55)));
    ft::accuracy_report<double> report{"exp_double_double"};
    mpfr_t sum;
    mpfr_init2(sum, 300);
    for (const double hi : his) {
        const double lo = unit(gen) * (std::nextafter(std::fabs(hi), inf) - std::fabs(hi)); // |lo| <= ulp(hi)
        mpfr_set_d(sum, hi, MPFR_RNDN);
        mpfr_add_d(sum, sum, lo, MPFR_RNDN); // exact at 300 bits
        double expected;
        {
            const ft::exponent_range_of<double> range;
            ft::mpfr_value out(53);
            const int ternary = mpfr_exp(out.get(), sum, MPFR_RNDN);
            mpfr_subnormalize(out.get(), ternary, MPFR_RNDN);
            expected = mpfr_get_d(out.get(), MPFR_RNDN);
        }
        report.add(ft::ulp_distance(fluxion::detail::exp_double_double(hi, lo), expected), hi, lo);
    }
    mpfr_clear(sum);
    report.print();
    BOOST_TEST(report.max_ulp <= 1u);
    // exp(x) (exp_kernel<false>, without the lo terms) is exp_double_double(x, 0)
    // bit for bit, over the whole range, the limits, zeros and NaN:
    auto xs = ft::concat(ft::uniform<double>(100000, -746, 710, 103), ft::log_uniform<double>(20000, -1074, 10, true, 104));
    for (double x : {0.0, -0.0, 709.78, -745.13, -745.14, 709.8, -745.2, inf, -inf, std::nan("")}) xs.push_back(x);
    std::size_t differ = 0;
    for (double x : xs) {
        const double a = fluxion::exp(x), b = fluxion::detail::exp_double_double(x, 0.0);
        differ += std::memcmp(&a, &b, sizeof a) != 0;
    }
    BOOST_TEST(differ == 0u);
    // and lo matters:
    BOOST_TEST(fluxion::detail::exp_double_double(0x1.62e42fefa39efp9, 0x1p-44) == inf);
    BOOST_TEST(fluxion::detail::exp_double_double(0x1.62e42fefa39efp9, 0.0) < inf);
}

// ---- the design bound: 0.5 ulp (the final rounding) + less than 2^-7 ulp ----
BOOST_AUTO_TEST_CASE(error_before_rounding_is_tiny) {
    const auto xs = ft::concat(ft::uniform<double>(100000, -708, 709, 101), ft::uniform<double>(50000, -1, 1, 102));
    BOOST_TEST(max_error_in_ulps("exp", [](double x) { return fluxion::exp(x); }, mpfr_exp, xs) <= 0.51);
    const auto ys = ft::concat(ft::uniform<double>(100000, -38, 45, 103), ft::uniform<double>(50000, -0.01, 0.01, 104));
    BOOST_TEST(max_error_in_ulps("expm1", [](double x) { return fluxion::expm1(x); }, mpfr_expm1, ys) <= 0.51);
}

// ---- special values agree with glibc, bit for bit ----
BOOST_AUTO_TEST_CASE(special_values_match_cmath) {
    const double denorm = std::numeric_limits<double>::denorm_min();
    for (const double x : {0.0, -0.0, inf, -inf, qnan, -qnan, denorm, -denorm, 1e-300, -1e-300, 0x1p-60, -0x1p-60,
                           709.79, 710.0, 1e300, -745.2, -746.0, -1e300, -38.0, -40.0, -1e10}) {
        const double e = fluxion::exp(x), m = fluxion::expm1(x);
        if (std::isnan(x)) {
            BOOST_TEST(std::isnan(e));
            BOOST_TEST(std::isnan(m));
            continue;
        }
        BOOST_TEST(bits(e) == bits(std::exp(x)), "exp(" << x << ")");
        BOOST_TEST(bits(m) == bits(std::expm1(x)), "expm1(" << x << ")");
    }
    BOOST_TEST(bits(fluxion::exp(0.0f)) == bits(1.0f));
    BOOST_TEST(bits(fluxion::expm1(-0.0f)) == bits(-0.0f));
    BOOST_TEST(bits(fluxion::exp(-200.0f)) == bits(0.0f));
    BOOST_TEST(std::isinf(fluxion::exp(100.0f)));
}

// ---- compile time and run time give the same bits ----
namespace {
constexpr int table_size = 400;
constexpr double table_argument(int i) {
    // 360 arguments spread over [-750, 715] (both ends outside the finite
    // range), plus 40 small ones of both signs down to 2^-70.
    if (i < 360) return -750.0 + i * (1465.0 / 359.0) + (i % 7) * 0.0123456789;
    const int j = i - 360;
    const double tiny = (j % 2 == 0 ? 1.0 : -1.0) * 1.2345;
    double scale = 1.0;
    for (int k = 0; k < 2 * j; ++k) scale *= 0.5;
    return tiny * scale * 0x1p-10;
}
struct table_row {
    double x, exp, expm1;
    float xf, expf, expm1f;
};
constexpr std::array<table_row, table_size> compile_time_table = [] {
    std::array<table_row, table_size> t{};
    for (int i = 0; i < table_size; ++i) {
        const double x = table_argument(i);
        const float xf = static_cast<float>(x / 8);
        t[i] = {x, fluxion::exp(x), fluxion::expm1(x), xf, fluxion::exp(xf), fluxion::expm1(xf)};
    }
    return t;
}();
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_equals_run_time) {
    for (const table_row& row : compile_time_table) {
        volatile double vx = row.x; // laundered: the call below cannot be folded
        volatile float vxf = row.xf;
        const double x = vx;
        const float xf = vxf;
        BOOST_TEST(bits(fluxion::exp(x)) == bits(row.exp), "exp(" << x << ")");
        BOOST_TEST(bits(fluxion::expm1(x)) == bits(row.expm1), "expm1(" << x << ")");
        BOOST_TEST(bits(fluxion::exp(xf)) == bits(row.expf), "exp(" << xf << "f)");
        BOOST_TEST(bits(fluxion::expm1(xf)) == bits(row.expm1f), "expm1(" << xf << "f)");
    }
}
