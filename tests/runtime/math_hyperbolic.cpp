// Run-time suite: sinh, cosh, tanh against MPFR (accuracy over the whole
// domain and the hard cases), against <cmath> on special values, and the bit
// identity of compile-time and run-time results.
#define BOOST_TEST_MODULE math_hyperbolic
#include <boost/test/unit_test.hpp>

#include <fluxion/math/cosh.hpp>
#include <fluxion/math/sinh.hpp>
#include <fluxion/math/tanh.hpp>

#include "float_path.hpp"
#include "mpfr_oracle.hpp"
#include "ulp_error.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>

namespace ft = fluxion_test;
using namespace fluxion_test::ulp_error;

// ---- accuracy against MPFR ----
namespace {
// The hard cases shared by the three functions: around the thresholds where the
// algorithm changes (2^-27, 2^-26, 22, 22.5), near overflow (ln(2 DBL_MAX) =
// 710.4758...), the region where tanh reaches 1 (19.06...), and small arguments.
std::vector<double> hard_cases_double() {
    auto xs = ft::concat(ft::concat(ft::uniform<double>(40000, -1, 1, 61), ft::uniform<double>(40000, -25, 25, 62)),
                         ft::concat(ft::uniform<double>(20000, 709.5, 710.5, 63), ft::uniform<double>(20000, -710.5, -709.5, 64)));
    return ft::concat(xs, ft::with_neighbours<double>({0x1p-27, -0x1p-27, 0x1p-26, -0x1p-26, 22.0, -22.0, 22.5, -22.5,
                                                      19.06154746539849, 710.4758600739439, -710.4758600739439,
                                                      0.0027, 0.0054, 0.3466},
                                                     300));
}

template <class T, class F>
void check_accuracy(const char* name, F f, ft::mpfr_fn1 reference, double lo, double hi, std::uint64_t seed) {
    const std::string type = sizeof(T) == 8 ? " double" : " float";
    const auto r = ft::sweep<T>(name + type, f, reference, whole_domain<T>(lo, hi, seed));
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    if constexpr (sizeof(T) == 8) {
        const auto h = ft::sweep<T>(name + type + " hard cases", f, reference, hard_cases_double());
        h.print();
        BOOST_TEST(h.max_ulp <= 1u);
    } else {
        const auto h = ft::sweep<T>(name + type + " hard cases", f, reference,
                                    ft::concat(ft::uniform<float>(50000, -2, 2, seed + 7), ft::uniform<float>(50000, 85, 90, seed + 8)));
        h.print();
        BOOST_TEST(h.max_ulp <= 1u);
    }
}
} // namespace

BOOST_AUTO_TEST_CASE(sinh_accuracy) {
    check_accuracy<double>("sinh", [](double x) { return fluxion::sinh(x); }, mpfr_sinh, -711, 711, 71);
    check_accuracy<float>("sinh", [](float x) { return fluxion::sinh(x); }, mpfr_sinh, -90, 90, 72);
}

BOOST_AUTO_TEST_CASE(cosh_accuracy) {
    check_accuracy<double>("cosh", [](double x) { return fluxion::cosh(x); }, mpfr_cosh, -711, 711, 81);
    check_accuracy<float>("cosh", [](float x) { return fluxion::cosh(x); }, mpfr_cosh, -90, 90, 82);
}

BOOST_AUTO_TEST_CASE(tanh_accuracy) {
    check_accuracy<double>("tanh", [](double x) { return fluxion::tanh(x); }, mpfr_tanh, -20, 20, 91);
    check_accuracy<float>("tanh", [](float x) { return fluxion::tanh(x); }, mpfr_tanh, -10, 10, 92);
}

// ---- the design bound: 0.5 ulp (the final rounding) + less than 2^-7 ulp ----
// The float paths on every 127th float of magnitude 2^-27 .. 2^5 (beyond,
// and below, the double path runs), both signs, against the double algorithm
// rounded to float; MPFR where they differ. And compiled against run.
BOOST_AUTO_TEST_CASE(float_paths_dense_check) {
    namespace d = fluxion::detail;
    const auto check = [](const char* what, auto path, auto dbl, ft::mpfr_fn1 f) {
        return ft::check_float_path(what, path, dbl, f, 0x32000000u, 0x42000000u, 127);
    };
    const ft::float_path_report reports[] = {
        check("sinh", [](float x) { return fluxion::sinh(x); }, [](float x) { return static_cast<float>(d::sinh_double(x)); }, mpfr_sinh),
        check("cosh", [](float x) { return fluxion::cosh(x); }, [](float x) { return static_cast<float>(d::cosh_double(x)); }, mpfr_cosh),
        check("tanh", [](float x) { return fluxion::tanh(x); }, [](float x) { return static_cast<float>(d::tanh_double(x)); }, mpfr_tanh),
    };
    for (const auto& r : reports) BOOST_TEST(r.differing.max_ulp <= 1u, r.differing.what);
}

namespace {
constexpr float clamp_to_80(float x) { return x > 80 ? 80 : (x < -80 ? -80 : x); }
constexpr auto sinhf_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::sinh(clamp_to_80(x)); });
constexpr auto coshf_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::cosh(clamp_to_80(x)); });
constexpr auto tanhf_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::tanh(x); });
} // namespace

BOOST_AUTO_TEST_CASE(float_paths_compile_time_equals_run_time) {
    BOOST_TEST(ft::float_identity_mismatches(sinhf_at_compile_time, [](float x) { return fluxion::sinh(clamp_to_80(x)); }) == 0u);
    BOOST_TEST(ft::float_identity_mismatches(coshf_at_compile_time, [](float x) { return fluxion::cosh(clamp_to_80(x)); }) == 0u);
    BOOST_TEST(ft::float_identity_mismatches(tanhf_at_compile_time, [](float x) { return fluxion::tanh(x); }) == 0u);
}

BOOST_AUTO_TEST_CASE(error_before_rounding_is_tiny) {
    const auto xs = ft::concat(ft::uniform<double>(60000, -30, 30, 101), ft::uniform<double>(40000, -1, 1, 102));
    BOOST_TEST(max_error_in_ulps("sinh", [](double x) { return fluxion::sinh(x); }, mpfr_sinh, xs) <= 0.51);
    BOOST_TEST(max_error_in_ulps("cosh", [](double x) { return fluxion::cosh(x); }, mpfr_cosh, xs) <= 0.51);
    BOOST_TEST(max_error_in_ulps("tanh", [](double x) { return fluxion::tanh(x); }, mpfr_tanh, xs) <= 0.51);
}

// ---- the |x| < 1 paths before their final rounding ----
// sinh_series (detail/hyperbolic_series.hpp) and tanh_lambert (tanh.hpp) return
// hi + lo; their error before the final rounding is designed below 2^-8 ulp
// (sinh) and 2^-7 ulp (tanh). It rests on exact products (ah^3 c6_hi, ah^5 2^-7,
// n1_hi ah^3, ...), so the arguments stress the split a = ah + al: the largest
// |al| (a halfway between two multiples of 2^-10, rounding ties both ways), a
// with all significand bits set, the ends of the interval (2^-27 and 2^-26,
// just below 1), plus uniform and log-uniform samples.
namespace {
double error_before_rounding(ft::mpfr_fn1 f, double x, fluxion::detail::double_double r) {
    ft::mpfr_value exact(300);
    mpfr_set_d(exact.get(), x, MPFR_RNDN);
    f(exact.get(), exact.get(), MPFR_RNDN);
    mpfr_sub_d(exact.get(), exact.get(), r.hi, MPFR_RNDN); // exact at 300 bits
    mpfr_sub_d(exact.get(), exact.get(), r.lo, MPFR_RNDN);
    int e = 0;
    std::frexp(r.hi + r.lo, &e); // in ulps of the rounded result, 2^(e - 53)
    mpfr_mul_2si(exact.get(), exact.get(), 53 - e, MPFR_RNDN);
    return std::fabs(mpfr_get_d(exact.get(), MPFR_RNDN));
}
std::vector<double> series_arguments() {
    std::vector<double> xs = ft::concat(ft::uniform<double>(20000, 0x1p-27, 1, 111), ft::log_uniform<double>(20000, -27, -1, false, 112));
    for (int n = 0; n < 1024; ++n) xs.push_back((n + 0.5) * 0x1p-10);  // |al| = 2^-11
    for (int k = 1; k <= 27; ++k) xs.push_back(std::ldexp(0x1.fffffffffffffp0, -k));
    xs = ft::with_neighbours<double>(xs, 2);
    const auto ends = ft::with_neighbours<double>({0x1p-27, 0x1p-26, std::nextafter(1.0, 0.0) - 2000 * 0x1p-53}, 2000);
    xs = ft::concat(xs, ends);
    std::erase_if(xs, [](double x) { return !(x >= 0x1p-27 && x < 1); });
    return xs;
}
} // namespace

BOOST_AUTO_TEST_CASE(series_paths_error_before_rounding) {
    namespace d = fluxion::detail;
    double worst_sinh = 0, worst_tanh = 0, at_sinh = 0, at_tanh = 0;
    const auto xs = series_arguments();
    for (const double x : xs) {
        const double es = error_before_rounding(mpfr_sinh, x, d::sinh_series(d::split_on_grid(x)));
        const double et = error_before_rounding(mpfr_tanh, x, d::tanh_lambert(d::split_on_grid(x)));
        if (es > worst_sinh) worst_sinh = es, at_sinh = x;
        if (et > worst_tanh) worst_tanh = et, at_tanh = x;
    }
    std::printf("before rounding: sinh_series %.5f ulp (2^%.2f) at %a, tanh_lambert %.5f ulp (2^%.2f) at %a, %zu arguments\n",
                worst_sinh, std::log2(worst_sinh), at_sinh, worst_tanh, std::log2(worst_tanh), at_tanh, xs.size());
    BOOST_TEST(worst_sinh <= 0x1p-8);
    BOOST_TEST(worst_tanh <= 0x1p-7);
    // And where the algorithm changes (|x| = 1, both sides, both signs), the public functions.
    const auto edge = ft::with_neighbours<double>({1.0, -1.0}, 3000);
    BOOST_TEST(max_error_in_ulps("sinh near |x| = 1", [](double x) { return fluxion::sinh(x); }, mpfr_sinh, edge) <= 0.51);
    BOOST_TEST(max_error_in_ulps("tanh near |x| = 1", [](double x) { return fluxion::tanh(x); }, mpfr_tanh, edge) <= 0.51);
}

// The split constants: each head has at most the significant bits the exact
// products need, and the tail is the rest of the exact coefficient, rounded
// (within half an ulp of the tail).
BOOST_AUTO_TEST_CASE(series_constants_are_split_as_documented) {
    namespace d = fluxion::detail;
    struct constant {
        const char* what;
        double hi, lo;
        long p, q; // the coefficient p / q
        int max_bits;
    };
    const constant constants[] = {
        {"1/6", d::series_c6_hi, d::series_c6_lo, 1, 6, 21},
        {"n1", d::lambert_n1_hi, d::lambert_n1_lo, 91891800, 654729075, 22},
        {"n2", d::lambert_n2_hi, d::lambert_n2_lo, 2837835, 654729075, 1},
        {"d1", d::lambert_d1_hi, d::lambert_d1_lo, 310134825, 654729075, 27},
        {"d2", d::lambert_d2_hi, d::lambert_d2_lo, 18918900, 654729075, 12},
    };
    for (const constant& c : constants) {
        const std::uint64_t significand = (bits(c.hi) & 0x000f'ffff'ffff'ffff) | 0x0010'0000'0000'0000;
        BOOST_TEST(53 - std::countr_zero(significand) <= c.max_bits, c.what);
        ft::mpfr_value rest(300);
        mpfr_set_si(rest.get(), c.p, MPFR_RNDN);
        mpfr_div_si(rest.get(), rest.get(), c.q, MPFR_RNDN);
        mpfr_sub_d(rest.get(), rest.get(), c.hi, MPFR_RNDN);
        mpfr_sub_d(rest.get(), rest.get(), c.lo, MPFR_RNDN);
        BOOST_TEST(std::fabs(mpfr_get_d(rest.get(), MPFR_RNDN)) <= 0x1p-53 * std::fabs(c.lo), c.what);
    }
}

// ---- special values agree with glibc, bit for bit ----
BOOST_AUTO_TEST_CASE(special_values_match_cmath) {
    const double denorm = std::numeric_limits<double>::denorm_min();
    for (const double x : {0.0, -0.0, inf, -inf, qnan, -qnan, denorm, -denorm, 1e-300, -1e-300, 0x1p-60, -0x1p-60,
                           710.5, -710.5, 1e300, -1e300}) {
        const double s = fluxion::sinh(x), c = fluxion::cosh(x), t = fluxion::tanh(x);
        if (std::isnan(x)) {
            BOOST_TEST((std::isnan(s) && std::isnan(c) && std::isnan(t)));
            continue;
        }
        BOOST_TEST(bits(s) == bits(std::sinh(x)), "sinh(" << x << ")");
        BOOST_TEST(bits(c) == bits(std::cosh(x)), "cosh(" << x << ")");
        BOOST_TEST(bits(t) == bits(std::tanh(x)), "tanh(" << x << ")");
    }
    BOOST_TEST(bits(fluxion::sinh(-0.0f)) == bits(-0.0f));
    BOOST_TEST(bits(fluxion::tanh(-0.0f)) == bits(-0.0f));
    BOOST_TEST(bits(fluxion::cosh(-0.0f)) == bits(1.0f));
    BOOST_TEST(std::isinf(fluxion::cosh(-100.0f)));
}

// ---- compile time and run time give the same bits ----
namespace {
constexpr int table_size = 300;
constexpr double table_argument(int i) {
    // 260 arguments spread over [-715, 715] with a finer grid near 0, plus 40
    // small ones of both signs down to 2^-70.
    if (i < 130) return -715.0 + i * (700.0 / 129.0) + (i % 7) * 0.0123456789;
    if (i < 260) return -30.0 + (i - 130) * (60.0 / 129.0) + (i % 5) * 0.0098765;
    const int j = i - 260;
    const double tiny = (j % 2 == 0 ? 1.0 : -1.0) * 1.2345;
    double scale = 1.0;
    for (int k = 0; k < 2 * j; ++k) scale *= 0.5;
    return tiny * scale * 0x1p-10;
}
struct table_row {
    double x, sinh, cosh, tanh;
    float xf, sinhf, coshf, tanhf;
};
constexpr std::array<table_row, table_size> compile_time_table = [] {
    std::array<table_row, table_size> t{};
    for (int i = 0; i < table_size; ++i) {
        const double x = table_argument(i);
        const float xf = static_cast<float>(x / 8);
        t[i] = {x, fluxion::sinh(x), fluxion::cosh(x), fluxion::tanh(x),
                xf, fluxion::sinh(xf), fluxion::cosh(xf), fluxion::tanh(xf)};
    }
    return t;
}();
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_equals_run_time) {
    for (const table_row& row : compile_time_table) {
        volatile double vx = row.x; // laundered: the calls below cannot be folded
        volatile float vxf = row.xf;
        const double x = vx;
        const float xf = vxf;
        BOOST_TEST(bits(fluxion::sinh(x)) == bits(row.sinh), "sinh(" << x << ")");
        BOOST_TEST(bits(fluxion::cosh(x)) == bits(row.cosh), "cosh(" << x << ")");
        BOOST_TEST(bits(fluxion::tanh(x)) == bits(row.tanh), "tanh(" << x << ")");
        BOOST_TEST(bits(fluxion::sinh(xf)) == bits(row.sinhf), "sinh(" << xf << "f)");
        BOOST_TEST(bits(fluxion::cosh(xf)) == bits(row.coshf), "cosh(" << xf << "f)");
        BOOST_TEST(bits(fluxion::tanh(xf)) == bits(row.tanhf), "tanh(" << xf << "f)");
    }
}
