// Run-time suite: log, log1p, log2, log10 against MPFR (accuracy sweeps over
// the full exponent range plus the hard cases: near 1, near -1 for log1p,
// powers of two and ten), the log kernel's table and double-double accuracy
// (which pow relies on), special values against <cmath>, and bit-identity of
// compile-time and run-time results.
#define BOOST_TEST_MODULE math_log
#include <boost/test/unit_test.hpp>

#include <fluxion/detail/log_kernel.hpp>
#include <fluxion/math/log.hpp>
#include <fluxion/math/log10.hpp>
#include <fluxion/math/log1p.hpp>
#include <fluxion/math/log2.hpp>

#include "float_path.hpp"
#include "mpfr_oracle.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

namespace ft = fluxion_test;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();

double f_log(double x) { return fluxion::log(x); }
double f_log1p(double x) { return fluxion::log1p(x); }
double f_log2(double x) { return fluxion::log2(x); }
double f_log10(double x) { return fluxion::log10(x); }
float f_logf(float x) { return fluxion::log(x); }
float f_log1pf(float x) { return fluxion::log1p(x); }
float f_log2f(float x) { return fluxion::log2(x); }
float f_log10f(float x) { return fluxion::log10(x); }

// Positive arguments: the full exponent range (subnormals included), plus the
// neighbourhood of 1 where log is small and relative accuracy is hardest.
std::vector<double> positive_doubles(std::uint64_t seed) {
    auto xs = ft::log_uniform<double>(100000, -1074, 1023, false, seed);
    xs = ft::concat(xs, ft::uniform<double>(30000, 0.97, 1.03, seed + 1));
    xs = ft::concat(xs, ft::with_neighbours<double>({1.0, 0.5, 2.0, 0.75, 1.5, 255.0 / 256, 257.0 / 256}, 200));
    return xs;
}
std::vector<float> positive_floats(std::uint64_t seed) {
    auto xs = ft::log_uniform<float>(100000, -149, 127, false, seed);
    xs = ft::concat(xs, ft::uniform<float>(30000, 0.97, 1.03, seed + 1));
    return ft::concat(xs, ft::with_neighbours<float>({1.0f, 0.5f, 2.0f}, 200));
}

// log1p arguments: the full range above 0, (-1, 0) by exponent (near -1 and
// near 0), and both sides of 0 uniformly.
std::vector<double> log1p_doubles(std::uint64_t seed) {
    auto xs = ft::log_uniform<double>(100000, -1074, 1023, false, seed);
    auto neg = ft::log_uniform<double>(60000, -1074, -1, false, seed + 1); // (0, 1)
    for (double& x : neg) x = -x;                                           // (-1, 0)
    xs = ft::concat(xs, neg);
    auto near_minus_one = ft::log_uniform<double>(20000, -53, -1, false, seed + 2);
    for (double& x : near_minus_one) x = x - 1; // -1 + 2^-53 .. -0.5, rounded: > -1
    xs = ft::concat(xs, near_minus_one);
    xs = ft::concat(xs, ft::uniform<double>(30000, -0.01, 0.01, seed + 3));
    return ft::concat(xs, ft::with_neighbours<double>({0x1p-8, -0x1p-8, 0x1p-54, -0x1p-54, -0.5}, 100));
}
std::vector<float> log1p_floats(std::uint64_t seed) {
    auto xs = ft::log_uniform<float>(100000, -149, 127, false, seed);
    auto neg = ft::log_uniform<float>(60000, -149, -1, false, seed + 1);
    for (float& x : neg) x = -x;
    xs = ft::concat(xs, neg);
    return ft::concat(xs, ft::uniform<float>(30000, -0.01, 0.01, seed + 3));
}

bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

// |x| for a float, usable in constant expressions (std::fabs is not, on Clang).
constexpr float ft_abs(float x) { return x < 0 ? -x : x; }

} // namespace

// ---- the kernel's table and accuracy ----

BOOST_AUTO_TEST_CASE(log_table_entries_match_mpfr) {
    // Regenerates every entry from its definition (detail/log_kernel.hpp) with
    // MPFR and compares bit for bit; a differing entry is printed in the
    // header's format, so this test is also the table's generator:
    //   c = (i + 1/2)/256, invc = 1/c rounded to 20 bits (1 for i = 255, 256),
    //   log_c = -log(invc) at 300 bits, log_c_hi = log_c rounded to a multiple
    //   of 2^-42, log_c_lo = log_c - log_c_hi rounded to double.
    // Consequences checked too: |m invc - 1| <= 2^-8 on every cell.
    ft::mpfr_value invc(20), log_c(300), hi(300), rest(300);
    int i = 192;
    for (const auto& t : fluxion::detail::log_table) {
        if (i == 255 || i == 256) {
            mpfr_set_ui(invc.get(), 1, MPFR_RNDN);
        } else {
            mpfr_set_d(invc.get(), (i + 0.5) / 256, MPFR_RNDN); // exact: 10 bits
            mpfr_ui_div(invc.get(), 1, invc.get(), MPFR_RNDN);  // rounded to 20 bits
        }
        mpfr_set(log_c.get(), invc.get(), MPFR_RNDN);
        mpfr_log(log_c.get(), log_c.get(), MPFR_RNDN);
        mpfr_neg(log_c.get(), log_c.get(), MPFR_RNDN);
        mpfr_mul_2si(hi.get(), log_c.get(), 42, MPFR_RNDN);
        mpfr_rint(hi.get(), hi.get(), MPFR_RNDN);
        mpfr_mul_2si(hi.get(), hi.get(), -42, MPFR_RNDN);
        mpfr_sub(rest.get(), log_c.get(), hi.get(), MPFR_RNDN);
        const double e_invc = mpfr_get_d(invc.get(), MPFR_RNDN), e_hi = mpfr_get_d(hi.get(), MPFR_RNDN),
                     e_lo = mpfr_get_d(rest.get(), MPFR_RNDN);
        const bool same = t.invc == e_invc && t.log_c_hi == e_hi && t.log_c_lo == e_lo;
        BOOST_TEST(same, "entry " << i);
        if (!same) std::printf("    {%a, %a, %a}, // i = %d\n", e_invc, e_hi, e_lo, i);
        const double lo_end = std::fabs(i / 256.0 * t.invc - 1), hi_end = std::fabs((i + 1) / 256.0 * t.invc - 1);
        BOOST_TEST(std::max(lo_end, hi_end) <= 0x1p-8 * 1.001, "entry " << i);
        ++i;
    }
    BOOST_TEST(i == 384);
}

namespace {
// The largest relative error of hi + lo against log x (MPFR at 300 bits) over
// xs, and where it occurs; also whether |lo| <= 2^-8 |hi| everywhere.
struct kernel_error {
    double worst = 0, worst_x = 0;
    bool lo_small = true;
};
// (log2's kernel is checked against mpfr_log2, the others against mpfr_log.)
template <class Kernel>
kernel_error kernel_relative_error(Kernel kernel, const std::vector<double>& xs,
                                   int (*reference)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t) = mpfr_log) {
    ft::mpfr_value exact(300), got(300);
    kernel_error e;
    for (double x : xs) {
        if (x == 1) continue;
        const auto l = kernel(x);
        mpfr_set_d(exact.get(), x, MPFR_RNDN);
        reference(exact.get(), exact.get(), MPFR_RNDN);
        mpfr_set_d(got.get(), l.hi, MPFR_RNDN);
        mpfr_add_d(got.get(), got.get(), l.lo, MPFR_RNDN);
        mpfr_sub(got.get(), got.get(), exact.get(), MPFR_RNDN);
        mpfr_div(got.get(), got.get(), exact.get(), MPFR_RNDN);
        const double rel = std::fabs(mpfr_get_d(got.get(), MPFR_RNDN));
        if (rel > e.worst) {
            e.worst = rel;
            e.worst_x = x;
        }
        e.lo_small = e.lo_small && std::fabs(l.lo) <= 0x1p-8 * std::fabs(l.hi);
    }
    return e;
}
} // namespace

BOOST_AUTO_TEST_CASE(kernel_double_double_relative_error_below_2_to_minus_68) {
    // pow multiplies this error by |y log x| <= 745: 2^-68 keeps pow's extra
    // error below 2^-58.4 relative.
    const auto xs = ft::concat(ft::log_uniform<double>(60000, -1074, 1023, false, 11),
                               ft::uniform<double>(60000, 0.98, 1.02, 12));
    const auto e = kernel_relative_error([](double x) { return fluxion::detail::log_double_double(x); }, xs);
    BOOST_TEST_MESSAGE("log kernel: max relative error 2^" << std::log2(e.worst) << " at x = " << e.worst_x);
    BOOST_TEST(e.worst <= 0x1p-68);
}

BOOST_AUTO_TEST_CASE(plain_kernel_relative_error_below_2_to_minus_60) {
    // log_hi_lo (log, log2, log10, log1p): hi + lo within 2^-60 of log x, so
    // that rounding hi + lo (or its product with 1/ln 2, 1/ln 10) once stays
    // within 0.5 + 2^-7 ulp. The worst case is the series' own rounding at
    // |r| near 2^-8 in the cells around 1. Also |lo| <= 2^-8 |hi|.
    auto xs = ft::concat(ft::log_uniform<double>(100000, -1074, 1023, false, 13),
                         ft::uniform<double>(100000, 0.98, 1.02, 14));
    xs = ft::concat(xs, ft::with_neighbours<double>({255.0 / 256, 257.0 / 256, 0.75, 1.5}, 500));
    const auto e = kernel_relative_error([](double x) { return fluxion::detail::log_hi_lo(x); }, xs);
    BOOST_TEST_MESSAGE("plain log kernel: max relative error 2^" << std::log2(e.worst) << " at x = " << e.worst_x);
    BOOST_TEST(e.worst <= 0x1p-60);
    BOOST_TEST(e.lo_small);
}

BOOST_AUTO_TEST_CASE(constants_split_match_mpfr) {
    // 1/ln 10 as hi + lo for log_times: hi = the constant rounded to 26
    // significant bits, lo = the rest rounded to double; 1/ln 2 the same with
    // hi at 8 bits for log2 (inv_ln2_8), and to double-double (inv_ln2).
    namespace d = fluxion::detail;
    const auto check = [](double base, fluxion::detail::double_double c, int bits, const char* what) {
        ft::mpfr_value v(300), hi(bits), rest(300);
        mpfr_set_d(v.get(), base, MPFR_RNDN);
        mpfr_log(v.get(), v.get(), MPFR_RNDN);
        mpfr_ui_div(v.get(), 1, v.get(), MPFR_RNDN);
        mpfr_set(hi.get(), v.get(), MPFR_RNDN);
        mpfr_sub(rest.get(), v.get(), hi.get(), MPFR_RNDN);
        const double e_hi = mpfr_get_d(hi.get(), MPFR_RNDN), e_lo = mpfr_get_d(rest.get(), MPFR_RNDN);
        BOOST_TEST(c.hi == e_hi, what << ": hi " << std::hexfloat << e_hi);
        BOOST_TEST(c.lo == e_lo, what << ": lo " << std::hexfloat << e_lo);
    };
    check(10.0, d::inv_ln10_26, 26, "1/ln 10");
    check(2.0, d::inv_ln2_8, 8, "1/ln 2 at 8 bits");
    check(2.0, d::inv_ln2, 53, "1/ln 2");
}

BOOST_AUTO_TEST_CASE(log2_table_matches_mpfr) {
    // log2_table_by_bits (math/log2.hpp), built at compile time from the
    // natural-log table: the same invc as log_table_by_bits, log2_c_hi a
    // multiple of 2^-42 with |k + log2_c_hi| exact for |k| < 2^11, and
    // log2_c_hi + log2_c_lo within 2^-94 of -log2(invc) (MPFR at 300 bits).
    namespace d = fluxion::detail;
    ft::mpfr_value exact(300), got(300);
    double worst = 0;
    for (int u = 0; u < 256; ++u) {
        const auto& t = d::log2_table_by_bits.entry[u];
        BOOST_TEST(t.invc == d::log_table_by_bits.entry[u].invc, "u = " << u);
        BOOST_TEST(std::ldexp(t.log2_c_hi, 42) == std::nearbyint(std::ldexp(t.log2_c_hi, 42)), "u = " << u);
        BOOST_TEST(std::fabs(t.log2_c_lo) <= 0x1p-43, "u = " << u);
        mpfr_set_d(exact.get(), t.invc, MPFR_RNDN);
        mpfr_log2(exact.get(), exact.get(), MPFR_RNDN);
        mpfr_neg(exact.get(), exact.get(), MPFR_RNDN);
        mpfr_set_d(got.get(), t.log2_c_hi, MPFR_RNDN);
        mpfr_add_d(got.get(), got.get(), t.log2_c_lo, MPFR_RNDN);
        mpfr_sub(got.get(), got.get(), exact.get(), MPFR_RNDN);
        worst = std::max(worst, std::fabs(mpfr_get_d(got.get(), MPFR_RNDN)));
    }
    BOOST_TEST_MESSAGE("log2 table: max absolute error 2^" << std::log2(worst));
    BOOST_TEST(worst <= 0x1p-94);
}

BOOST_AUTO_TEST_CASE(log2_kernel_relative_error_below_2_to_minus_59) {
    // log2_hi_lo_normal (log2 double): hi + lo within 2^-59 of log2 x, so
    // rounding it once stays within 0.5 + 2^-6 ulp (designed for 2^-59.5,
    // 0.5 + 2^-6.5; the worst case is the series' rounding at |r| near 2^-8
    // in the cells around 1). Also |lo| <= 2^-8 |hi|.
    auto xs = ft::concat(ft::log_uniform<double>(100000, -1022, 1023, false, 15),
                         ft::uniform<double>(100000, 0.98, 1.02, 16));
    xs = ft::concat(xs, ft::with_neighbours<double>({255.0 / 256, 257.0 / 256, 0.75, 1.5}, 500));
    // around 1 at every scale (log2 x tiny, r = m - 1): where m's split at 26
    // bits leaves a = 0 or a comparable to b, and only r_hi = a + b_hi being
    // all of r keeps hi + lo within the bound (a variant without r_hi's split
    // failed here with 2^-34 at x = 1 - 2^-53)
    std::vector<double> near_one;
    for (int e = 10; e <= 52; ++e)
        for (double f : {1.0, 1.5, 1.75, 1.9999, 1.00001})
            for (double s : {1.0, -0.5}) near_one.push_back(1 + s * std::ldexp(f, -e));
    xs = ft::concat(xs, ft::with_neighbours<double>(near_one, 20));
    const auto e = kernel_relative_error([](double x) { return fluxion::detail::log2_hi_lo_normal(x, 0); }, xs,
                                         mpfr_log2);
    BOOST_TEST_MESSAGE("log2 kernel: max relative error 2^" << std::log2(e.worst) << " at x = " << e.worst_x);
    BOOST_TEST(e.worst <= 0x1p-59);
    BOOST_TEST(e.lo_small);
}

BOOST_AUTO_TEST_CASE(log2_float_kernel_relative_error_below_2_to_minus_49) {
    // log2_float_normal (log2 float): the double value within 2^-49 of log2 x
    // (the bound of the header's analysis), for every 1021st positive normal
    // float, the 3000 floats on either side of 1 (where log2 x is smallest)
    // and of the cell edges 255/256, 257/256, 0.75, 1.5; subnormals through
    // the k_bias of log2_float. x = 1 (log2 x = 0) is checked as exact below.
    ft::mpfr_value exact(300);
    double worst = 0, worst_x = 0;
    const auto check = [&](std::uint32_t bits) {
        const float x = std::bit_cast<float>(bits);
        if (x == 1.0f) return;
        const double got = fluxion::detail::log2_float_normal(bits, 0);
        mpfr_set_d(exact.get(), x, MPFR_RNDN);
        mpfr_log2(exact.get(), exact.get(), MPFR_RNDN);
        mpfr_sub_d(exact.get(), exact.get(), got, MPFR_RNDN);
        mpfr_div_d(exact.get(), exact.get(), got, MPFR_RNDN);
        const double rel = std::fabs(mpfr_get_d(exact.get(), MPFR_RNDN));
        if (rel > worst) {
            worst = rel;
            worst_x = x;
        }
    };
    for (std::uint32_t b = 0x0080'0000; b < 0x7f80'0000; b += 1021) check(b);
    for (float m : {1.0f, 255.0f / 256, 257.0f / 256, 0.75f, 1.5f})
        for (std::uint32_t b = std::bit_cast<std::uint32_t>(m) - 3000; b < std::bit_cast<std::uint32_t>(m) + 3000; ++b)
            check(b);
    BOOST_TEST_MESSAGE("log2 float kernel: max relative error 2^" << std::log2(worst) << " at x = " << worst_x);
    BOOST_TEST(worst <= 0x1p-49);
}

// ---- accuracy sweeps against MPFR ----

BOOST_AUTO_TEST_CASE(log_accuracy) {
    const auto d = ft::sweep<double>("log double", f_log, mpfr_log, positive_doubles(21));
    const auto f = ft::sweep<float>("log float", f_logf, mpfr_log, positive_floats(22));
    d.print();
    f.print();
    BOOST_TEST(d.max_ulp <= 1u);
    BOOST_TEST(f.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(log1p_accuracy) {
    const auto d = ft::sweep<double>("log1p double", f_log1p, mpfr_log1p, log1p_doubles(31));
    const auto f = ft::sweep<float>("log1p float", f_log1pf, mpfr_log1p, log1p_floats(32));
    d.print();
    f.print();
    BOOST_TEST(d.max_ulp <= 1u);
    BOOST_TEST(f.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(log2_accuracy) {
    const auto d = ft::sweep<double>("log2 double", f_log2, mpfr_log2, positive_doubles(41));
    const auto f = ft::sweep<float>("log2 float", f_log2f, mpfr_log2, positive_floats(42));
    d.print();
    f.print();
    BOOST_TEST(d.max_ulp <= 1u);
    BOOST_TEST(f.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(log10_accuracy) {
    const auto d = ft::sweep<double>("log10 double", f_log10, mpfr_log10, positive_doubles(51));
    const auto f = ft::sweep<float>("log10 float", f_log10f, mpfr_log10, positive_floats(52));
    d.print();
    f.print();
    BOOST_TEST(d.max_ulp <= 1u);
    BOOST_TEST(f.max_ulp <= 1u);
}

// ---- the float paths (detail/log_float.hpp) ----

// Every 509th positive float (subnormals to FLT_MAX; for log1p also every
// 509th float in (-1, 1)), the float path against the double algorithm
// rounded to float; MPFR where they differ.
BOOST_AUTO_TEST_CASE(float_paths_dense_check) {
    namespace d = fluxion::detail;
    const auto all_positive = [](const char* what, auto path, auto dbl, ft::mpfr_fn1 f) {
        return ft::check_float_path(what, path, dbl, f, 1u, 0x7f800000u, 509, false);
    };
    const ft::float_path_report reports[] = {
        all_positive("log", [](float x) { return fluxion::log(x); },
                     [](float x) { return static_cast<float>(d::log_double(x)); }, mpfr_log),
        all_positive("log2", [](float x) { return fluxion::log2(x); },
                     [](float x) { return static_cast<float>(d::log2_double(x)); }, mpfr_log2),
        all_positive("log10", [](float x) { return fluxion::log10(x); },
                     [](float x) { return static_cast<float>(d::log10_double(x)); }, mpfr_log10),
        all_positive("log1p", [](float x) { return fluxion::log1p(x); },
                     [](float x) { return static_cast<float>(d::log1p_double(x)); }, mpfr_log1p),
        ft::check_float_path("log1p in (-1, 1)", [](float x) { return fluxion::log1p(x); },
                             [](float x) { return static_cast<float>(d::log1p_double(x)); }, mpfr_log1p, 1u,
                             0x3f800000u, 509, true),
    };
    for (const auto& r : reports) BOOST_TEST(r.differing.max_ulp <= 1u, r.differing.what);
}

namespace {
constexpr auto logf_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::log(ft_abs(x)); });
constexpr auto log2f_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::log2(ft_abs(x)); });
constexpr auto log10f_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::log10(ft_abs(x)); });
constexpr auto log1pf_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::log1p(x < -0.75f ? -x : x); });
} // namespace

BOOST_AUTO_TEST_CASE(float_paths_compile_time_and_run_time_agree_bit_for_bit) {
    BOOST_TEST(ft::float_identity_mismatches(logf_at_compile_time, [](float x) { return fluxion::log(ft_abs(x)); }) == 0u);
    BOOST_TEST(ft::float_identity_mismatches(log2f_at_compile_time, [](float x) { return fluxion::log2(ft_abs(x)); }) == 0u);
    BOOST_TEST(ft::float_identity_mismatches(log10f_at_compile_time, [](float x) { return fluxion::log10(ft_abs(x)); }) == 0u);
    BOOST_TEST(ft::float_identity_mismatches(log1pf_at_compile_time,
                                             [](float x) { return fluxion::log1p(x < -0.75f ? -x : x); }) == 0u);
}

// ---- exact cases ----

BOOST_AUTO_TEST_CASE(log2_of_every_power_of_two_is_exact) {
    for (int k = -1074; k <= 1023; ++k) {
        BOOST_TEST(fluxion::log2(std::ldexp(1.0, k)) == k, "k = " << k);
        if (k >= -149 && k <= 127) BOOST_TEST(fluxion::log2(std::ldexp(1.0f, k)) == k, "float k = " << k);
    }
    // and the neighbours of the powers of two are correctly rounded
    std::vector<double> xs;
    for (int k = -1074; k <= 1023; k += 7) xs.push_back(std::ldexp(1.0, k));
    const auto r = ft::sweep<double>("log2 near 2^k", f_log2, mpfr_log2, ft::with_neighbours(xs, 3));
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(log10_of_every_power_of_ten_is_correctly_rounded) {
    // 10^k is a double for 0 <= k <= 22: log10 must be k exactly. For the other
    // k the argument is the double nearest 10^k (what the literal 1ek gives),
    // and log10 must be its correctly rounded value, which is k for k >= -311.
    int not_k = 0;
    for (int k = -323; k <= 308; ++k) {
        const double x = std::strtod(("1e" + std::to_string(k)).c_str(), nullptr);
        const double cr = ft::correctly_rounded<double>(mpfr_log10, x);
        BOOST_TEST(fluxion::log10(x) == cr, "k = " << k);
        if (k >= 0 && k <= 22) BOOST_TEST(fluxion::log10(x) == k, "k = " << k);
        if (cr != k) ++not_k;
        if (k >= -45 && k <= 38) {
            const float xf = std::strtof(("1e" + std::to_string(k)).c_str(), nullptr);
            BOOST_TEST(fluxion::log10(xf) == ft::correctly_rounded<float>(mpfr_log10, xf), "float k = " << k);
        }
    }
    BOOST_TEST(not_k == 12); // only the 12 subnormals 1e-312 .. 1e-323 are too coarse to give k
}

BOOST_AUTO_TEST_CASE(log_near_one_is_accurate) {
    std::vector<double> xs;
    for (int k = 1; k <= 53; ++k) {
        xs.push_back(1 + std::ldexp(1.0, -k));
        xs.push_back(1 - std::ldexp(1.0, -k));
    }
    const auto r = ft::sweep<double>("log at 1 +- 2^-k", f_log, mpfr_log, ft::with_neighbours(xs, 2));
    r.print();
    BOOST_TEST(r.max_ulp == 0u);
    BOOST_TEST(fluxion::log(1 + 0x1p-40) == ft::correctly_rounded<double>(mpfr_log, 1 + 0x1p-40));
    BOOST_TEST(fluxion::log(1.0) == 0.0);
    BOOST_TEST(!std::signbit(fluxion::log(1.0)));
}

// ---- special values against <cmath> (glibc follows C99 Annex F) ----

BOOST_AUTO_TEST_CASE(special_values_agree_with_cmath) {
    const double specials[] = {0.0, -0.0, inf, -inf, qnan, -1.0, -1e-300, 1.0, -0x1p-1074, 0x1p-1074,
                               std::numeric_limits<double>::max(), std::numeric_limits<double>::min()};
    for (double x : specials) {
        const auto check = [x](double ours, double theirs, const char* name) {
            if (std::isnan(theirs)) BOOST_TEST(std::isnan(ours), name << "(" << x << ")");
            else BOOST_TEST(same_bits(ours, theirs), name << "(" << x << ") = " << ours << " vs " << theirs);
        };
        check(fluxion::log(x), std::log(x), "log");
        check(fluxion::log2(x), std::log2(x), "log2");
        check(fluxion::log10(x), std::log10(x), "log10");
        check(fluxion::log1p(x), std::log1p(x), "log1p");
    }
    const double minus_one_specials[] = {-1.0, -2.0, -inf, -1 - 0x1p-52, 0x1p-54, -0x1p-1074};
    for (double x : minus_one_specials) {
        if (std::isnan(std::log1p(x))) BOOST_TEST(std::isnan(fluxion::log1p(x)));
        else BOOST_TEST(same_bits(fluxion::log1p(x), std::log1p(x)), "log1p(" << x << ")");
    }
    // domain errors at run time: NaN (the non-constexpr helpers)
    BOOST_TEST(std::isnan(fluxion::log(-2.0)));
    BOOST_TEST(std::isnan(fluxion::log(-2.0f)));
    BOOST_TEST(std::isnan(fluxion::log2(-inf)));
    BOOST_TEST(std::isnan(fluxion::log10(-1e-300)));
    BOOST_TEST(std::isnan(fluxion::log1p(-1.5)));
    BOOST_TEST(fluxion::log(0.0L) == -std::numeric_limits<long double>::infinity());
}

// ---- compile time == run time, bit for bit ----

namespace {
constexpr std::size_t table_size = 600;

// Inputs spread over the whole positive range: bit patterns from a 64-bit LCG
// (Knuth's MMIX constants), with the sign cleared, plus every 8th one moved
// near 1 and every 16th one made subnormal.
constexpr std::array<double, table_size> make_inputs() {
    std::array<double, table_size> xs{};
    std::uint64_t s = 0x9e3779b97f4a7c15;
    for (std::size_t i = 0; i < table_size; ++i) {
        s = s * 6364136223846793005u + 1442695040888963407u;
        std::uint64_t bits = (s >> 1) % 0x7ff0'0000'0000'0000; // finite, >= 0
        if (i % 8 == 3) bits = 0x3fef'0000'0000'0000 + (s >> 12) % 0x0002'0000'0000'0000; // [0.97, 1.06)
        if (i % 16 == 5) bits = s >> 13;                           // subnormal
        xs[i] = std::bit_cast<double>(bits);
        if (xs[i] == 0) xs[i] = 1.5;
    }
    return xs;
}
constexpr std::array<double, table_size> inputs = make_inputs();

// log1p gets inputs in (-1, inf): the odd entries are mapped into (-1, 0).
constexpr double log1p_input(std::size_t i) {
    const double x = inputs[i];
    return i % 2 == 1 ? -x / (x + 1) : x;
}

constexpr std::array<double, 4 * table_size> compile_time_results() {
    std::array<double, 4 * table_size> r{};
    for (std::size_t i = 0; i < table_size; ++i) {
        r[4 * i] = fluxion::log(inputs[i]);
        r[4 * i + 1] = fluxion::log2(inputs[i]);
        r[4 * i + 2] = fluxion::log10(inputs[i]);
        r[4 * i + 3] = fluxion::log1p(log1p_input(i));
    }
    return r;
}
constexpr std::array<double, 4 * table_size> at_compile_time = compile_time_results();
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_and_run_time_results_are_bit_identical) {
    int differences = 0;
    for (std::size_t i = 0; i < table_size; ++i) {
        volatile double v = inputs[i]; // the compiler cannot fold the calls below
        volatile double w = log1p_input(i);
        const double x = v, y = w;
        const double now[4] = {fluxion::log(x), fluxion::log2(x), fluxion::log10(x), fluxion::log1p(y)};
        for (int j = 0; j < 4; ++j) {
            if (!same_bits(now[j], at_compile_time[4 * i + j])) {
                ++differences;
                BOOST_TEST_MESSAGE("function " << j << " at x = " << x << " (log1p at " << y << ")");
            }
        }
    }
    BOOST_TEST(differences == 0);
    // the table really spreads: subnormal, near 1, large
    BOOST_TEST(inputs[5] < 0x1p-1022);
    BOOST_TEST(std::fabs(inputs[3] - 1) < 0.07);
}
