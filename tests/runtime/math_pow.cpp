// Run-time suite: pow(x, y) and pow(x, n) against MPFR (random pairs over the
// whole range of finite nonzero results, results near overflow and in the
// subnormal range, huge exponents, integer exponents up to 2^64 - 1),
// exactness of representable results, C99 Annex F special values against
// <cmath>, and bit-identity of compile-time and run-time results.
#define BOOST_TEST_MODULE math_pow
#include <boost/test/unit_test.hpp>

#include <fluxion/math/pow.hpp>

#include "float_path.hpp"
#include "mpfr_oracle.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>
#include <vector>

namespace ft = fluxion_test;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();

double f_pow(double x, double y) { return fluxion::pow(x, y); }
float f_powf(float x, float y) { return fluxion::pow(x, y); }
// the integer overload, on exponents that are integers below 2^53 in magnitude
double f_pown(double x, double n) { return fluxion::pow(x, static_cast<std::int64_t>(n)); }
float f_pownf(float x, float n) { return fluxion::pow(x, static_cast<std::int32_t>(n)); }

bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

struct pairs {
    std::vector<double> x, y;
};

// x over the whole positive range (subnormals too), y uniform such that
// |y ln x| <= limit: every result is finite and nonzero (or at the edge).
// Half the pairs get a negative x with an integer y (rounded).
pairs random_pairs(std::size_t n, double limit, std::uint64_t seed) {
    pairs p;
    const auto xs = ft::log_uniform<double>(n, -1074, 1023, false, seed);
    std::mt19937_64 gen(seed + 1);
    std::uniform_real_distribution<double> u(-1, 1);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double l = std::fabs(std::log(xs[i]));
        if (l == 0) continue;
        double y = u(gen) * limit / l;
        double x = xs[i];
        if (i % 4 == 0) {
            y = std::nearbyint(y);
            x = -x;
        }
        p.x.push_back(x);
        p.y.push_back(y);
    }
    return p;
}

// y ln x close to the overflow threshold ln(DBL_MAX) = 709.78 or inside the
// subnormal range (ln of the smallest normal is -708.4, of the smallest
// subnormal -744.4, half of it -745.13).
pairs near_limits(std::size_t n, std::uint64_t seed) {
    pairs p;
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> u(0, 1);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = std::ldexp(1 + u(gen), static_cast<int>(u(gen) * 40) - 20);
        const double l = std::log(x);
        if (l == 0) continue;
        const double t = i % 2 ? 700 + 10 * u(gen) : -708 - 37.5 * u(gen);
        p.x.push_back(x);
        p.y.push_back(t / l);
    }
    return p;
}

// x within 2^-20 .. 2^-53 of 1 and y up to 2^62: the huge exponents.
pairs near_one_huge_exponents(std::size_t n, std::uint64_t seed) {
    pairs p;
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> u(-1, 1);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = 1 + std::ldexp(u(gen), -20 - static_cast<int>(33 * std::fabs(u(gen))));
        const double l = std::log1p(x - 1); // x - 1 is exact
        if (l == 0) continue;
        p.x.push_back(x);
        p.y.push_back(u(gen) * 740 / std::fabs(l));
    }
    return p;
}

// Correctly rounded x^n for an integer n of any size (mpfr_pow_sj / _uj).
double correctly_rounded_pown(double x, std::uint64_t magnitude, bool negative) {
    const ft::exponent_range_of<double> range;
    ft::mpfr_value in(53), out(53);
    mpfr_set_d(in.get(), x, MPFR_RNDN);
    int ternary = 0;
    if (!negative) {
        ternary = mpfr_pow_uj(out.get(), in.get(), magnitude, MPFR_RNDN);
    } else {
        // x^-n = (1/x)^n is not exact; use the high-precision reciprocal of x^n instead
        ft::mpfr_value wide(400);
        mpfr_set_d(wide.get(), x, MPFR_RNDN);
        mpfr_set_emin(mpfr_get_emin_min());
        mpfr_set_emax(mpfr_get_emax_max());
        mpfr_pow_uj(wide.get(), wide.get(), magnitude, MPFR_RNDN);
        mpfr_ui_div(wide.get(), 1, wide.get(), MPFR_RNDN);
        mpfr_set_emin(ft::format<double>::emin);
        mpfr_set_emax(ft::format<double>::emax);
        ternary = mpfr_set(out.get(), wide.get(), MPFR_RNDN);
        ternary = mpfr_check_range(out.get(), ternary, MPFR_RNDN);
    }
    mpfr_subnormalize(out.get(), ternary, MPFR_RNDN);
    return mpfr_get_d(out.get(), MPFR_RNDN);
}

} // namespace

namespace {
// n float pairs (x, y) with |y ln|x|| <= t: x log-uniform over float's range,
// every 4th x negated with an integer y (rounded), the others any y.
std::pair<std::vector<float>, std::vector<float>> random_float_pairs(std::size_t n, double t, std::uint64_t seed_x,
                                                                     std::uint64_t seed_y) {
    std::vector<float> fx, fy;
    const auto xs = ft::log_uniform<float>(n, -149, 127, false, seed_x);
    std::mt19937_64 gen(seed_y);
    std::uniform_real_distribution<double> u(-1, 1);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double l = std::fabs(std::log(static_cast<double>(xs[i])));
        if (l == 0) continue;
        float y = static_cast<float>(u(gen) * t / l);
        float x = xs[i];
        if (i % 4 == 0) {
            y = std::nearbyint(y);
            x = -x;
        }
        fx.push_back(x);
        fy.push_back(y);
    }
    return {fx, fy};
}
} // namespace

// ---- accuracy sweeps against MPFR ----

BOOST_AUTO_TEST_CASE(pow_accuracy_random_pairs) {
    const auto p = random_pairs(120000, 745, 61);
    const auto r = ft::sweep<double>("pow double", f_pow, mpfr_pow, p.x, p.y);
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    // floats: the same construction in float's range
    const auto fp = random_float_pairs(120000, 103, 62, 63);
    const auto rf = ft::sweep<float>("pow float", f_powf, mpfr_pow, fp.first, fp.second);
    rf.print();
    BOOST_TEST(rf.max_ulp <= 1u);
}

// |got - f(x)| / |got|, f evaluated in e's precision (MPFR): the relative
// error of a kernel's double result.
namespace {
double relative_error(ft::mpfr_value& e, ft::mpfr_fn1 f, double x, double got) {
    mpfr_set_d(e.get(), x, MPFR_RNDN);
    f(e.get(), e.get(), MPFR_RNDN);
    mpfr_sub_d(e.get(), e.get(), got, MPFR_RNDN);
    mpfr_div_d(e.get(), e.get(), got, MPFR_RNDN);
    return std::fabs(mpfr_get_d(e.get(), MPFR_RNDN));
}
} // namespace

// The largest relative error of a 2^t kernel on 200000 t in [-150, 150]
// (1000 of them near 0, and +-150).
namespace {
template <class Exp2>
double worst_exp2_error(Exp2 exp2, std::uint64_t seed) {
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> u(-150, 150);
    ft::mpfr_value e(300);
    double worst = 0;
    for (int i = 0; i < 200000; ++i) {
        const double t = i < 1000 ? std::ldexp(u(gen), -20) : i < 1002 ? (i == 1000 ? 150.0 : -150.0) : u(gen);
        worst = std::max(worst, relative_error(e, mpfr_exp2, t, exp2(t)));
    }
    return worst;
}
} // namespace

BOOST_AUTO_TEST_CASE(exp2_float_kernel_relative_error_below_2_to_minus_49) {
    // exp's float path's 2^t for |t| <= 150.
    const double worst = worst_exp2_error([](double t) { return fluxion::detail::exp2_float_kernel(t); }, 66);
    BOOST_TEST_MESSAGE("exp2_float_kernel: max relative error 2^" << std::log2(worst));
    BOOST_TEST(worst <= 0x1p-49);
}

BOOST_AUTO_TEST_CASE(pow_float_log2_relative_error_below_2_to_minus_42_4) {
    // pow_float's log2 x for normal floats x > 0 (x != 1): every 4099th float,
    // and the 2000 floats on either side of 1, where log2 x is smallest and
    // the table's entries for c != 1 start (m near 1 -+ 2^-8).
    ft::mpfr_value e(300);
    double worst = 0;
    auto check = [&](std::uint32_t bits) {
        const float x = std::bit_cast<float>(bits);
        if (x == 1.0f) return;
        worst = std::max(worst, relative_error(e, mpfr_log2, x, fluxion::detail::pow_float_log2(bits)));
    };
    for (std::uint32_t b = 0x0080'0000; b < 0x7f80'0000; b += 4099) check(b);
    for (std::uint32_t b = 0x3f80'0000 - 2000; b < 0x3f80'0000 + 2000; ++b) check(b);
    for (float m : {255.0f / 256, 257.0f / 256, 0.75f, 1.5f})
        for (std::uint32_t b = std::bit_cast<std::uint32_t>(m) - 2000; b < std::bit_cast<std::uint32_t>(m) + 2000; ++b)
            check(b);
    BOOST_TEST_MESSAGE("pow_float_log2: max relative error 2^" << std::log2(worst));
    BOOST_TEST(worst <= std::exp2(-42.4));
}

// pow_float's double result 2^t, t = y log2|x|, before its rounding to float:
// within 2^-35.5 of |x|^y for |t| < 150, the bound its midpoint test (a margin
// of 2^18 double ulps) rests on. Where the bound comes from: x within 2000
// floats of 1 -+ 2^-8 and 0.75, 1.5 (log2's largest relative errors) with y
// the float nearest T / log2 x for T up to 150, and random pairs.
BOOST_AUTO_TEST_CASE(pow_float_double_result_within_2_to_minus_35_5) {
    ft::mpfr_value e(300), ey(300);
    std::mt19937_64 gen(67);
    std::uniform_real_distribution<double> u(0, 1);
    double worst = 0;
    int checked = 0;
    auto check = [&](float x, float y) {
        const std::uint32_t bits = std::bit_cast<std::uint32_t>(x);
        const double t = static_cast<double>(y) * fluxion::detail::pow_float_log2(bits);
        if (!(std::fabs(t) < 150)) return;
        const double got = fluxion::detail::pow_float_exp2(t);
        mpfr_set_d(e.get(), x, MPFR_RNDN);
        mpfr_set_d(ey.get(), y, MPFR_RNDN);
        mpfr_pow(e.get(), e.get(), ey.get(), MPFR_RNDN);
        mpfr_sub_d(e.get(), e.get(), got, MPFR_RNDN);
        mpfr_div_d(e.get(), e.get(), got, MPFR_RNDN);
        worst = std::max(worst, std::fabs(mpfr_get_d(e.get(), MPFR_RNDN)));
        ++checked;
    };
    for (float m : {255.0f / 256, 257.0f / 256, 0.75f, 1.5f, 0.75f * 0.5f, 3.0f})
        for (std::uint32_t b = std::bit_cast<std::uint32_t>(m) - 2000; b < std::bit_cast<std::uint32_t>(m) + 2000; b += 3) {
            const float x = std::bit_cast<float>(b);
            const double l = std::log2(static_cast<double>(x));
            if (l == 0) continue;
            for (double T : {149.9, 149.0, 145.0, 130.0, -149.9, -140.0, -126.0})
                check(x, static_cast<float>(T / l));
        }
    for (int i = 0; i < 100000; ++i) {
        const float x = static_cast<float>(std::exp2(252 * u(gen) - 126));
        const double l = std::log2(static_cast<double>(x));
        if (l != 0) check(x, static_cast<float>((300 * u(gen) - 150) / l));
    }
    BOOST_TEST_MESSAGE("pow_float double result: " << checked << " pairs, max relative error 2^" << std::log2(worst));
    BOOST_TEST(checked > 150000);
    BOOST_TEST(worst <= std::exp2(-35.5));
}

BOOST_AUTO_TEST_CASE(pow_float_exp2_relative_error_below_2_to_minus_38_6) {
    // pow_float's 2^t, |t| < 150: its series one degree shorter than
    // exp2_float_kernel's, first omitted term below 2^-38.7.
    const double worst = worst_exp2_error([](double t) { return fluxion::detail::pow_float_exp2(t); }, 68);
    BOOST_TEST_MESSAGE("pow_float_exp2: max relative error 2^" << std::log2(worst));
    BOOST_TEST(worst <= std::exp2(-38.6));
}

// The float path (pow_float: plain-double log and exp, pow_double near float
// midpoints) on 4 million float pairs built like the float sweep above,
// against the double algorithm rounded to float; MPFR where they differ.
BOOST_AUTO_TEST_CASE(pow_float_path_dense_check) {
    const auto [xs, ys] = random_float_pairs(4000000, 110, 65, 64);
    ft::accuracy_report<float> differing{"pow float path, differing"};
    std::size_t checked = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const float x = xs[i], y = ys[i];
        ++checked;
        const float ours = fluxion::pow(x, y);
        if (ft::ulp_distance(ours, static_cast<float>(fluxion::detail::pow_double(x, y))) != 0)
            differing.add(ft::ulp_distance(ours, ft::correctly_rounded<float>(mpfr_pow, x, y)), x, y);
    }
    std::printf("float path pow: %zu pairs, %zu differ from the double algorithm; of those, max ulp %llu\n", checked,
                differing.cases, static_cast<unsigned long long>(differing.max_ulp));
    BOOST_TEST(differing.max_ulp <= 1u);
    BOOST_TEST(differing.cases == 0u); // the float path is the double algorithm rounded
    // Exact results stay exact, exact float midpoints round to even:
    // 4097^2 = 2^24 + 2^13 + 1 lies halfway between two floats.
    int inexact = 0;
    for (int b = 2; b <= 300; ++b) {
        double p = 1;
        for (int n = 0; p < 0x1p24; ++n, p *= b) {
            inexact += fluxion::pow(static_cast<float>(b), static_cast<float>(n)) != static_cast<float>(p);
            inexact += fluxion::pow(-static_cast<float>(b), static_cast<float>(n)) != static_cast<float>(n % 2 ? -p : p);
        }
    }
    for (int k = -149; k <= 127; ++k) inexact += fluxion::pow(2.0f, static_cast<float>(k)) != std::ldexp(1.0f, k);
    BOOST_TEST(inexact == 0);
    for (float b : {4097.0f, 4099.0f, 8191.0f, 0x1.001p0f, 3.0f})
        for (float n : {2.0f, 3.0f, 5.0f, -2.0f})
            BOOST_TEST(fluxion::pow(b, n) == ft::correctly_rounded<float>(mpfr_pow, b, n), "pow(" << b << ", " << n << ")");
}

BOOST_AUTO_TEST_CASE(pow_accuracy_near_overflow_and_underflow) {
    const auto p = near_limits(100000, 71);
    const auto r = ft::sweep<double>("pow near overflow/underflow", f_pow, mpfr_pow, p.x, p.y);
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
}

BOOST_AUTO_TEST_CASE(pow_accuracy_huge_exponents) {
    const auto p = near_one_huge_exponents(60000, 81);
    const auto r = ft::sweep<double>("pow x near 1, huge y", f_pow, mpfr_pow, p.x, p.y);
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    BOOST_TEST(fluxion::pow(1 + 0x1p-52, 0x1p60) == ft::correctly_rounded<double>(mpfr_pow, 1 + 0x1p-52, 0x1p60));
    BOOST_TEST(fluxion::pow(1 - 0x1p-53, -0x1p62) == ft::correctly_rounded<double>(mpfr_pow, 1 - 0x1p-53, -0x1p62));
}

BOOST_AUTO_TEST_CASE(pow_integer_exponent_accuracy) {
    // random x, integer n with |n ln x| <= 745, both overloads' domains
    std::vector<double> xs, ns;
    std::mt19937_64 gen(91);
    std::uniform_real_distribution<double> u(-1, 1);
    for (int i = 0; i < 100000; ++i) {
        double x = std::ldexp(1 + 0.5 * u(gen), static_cast<int>(12 * u(gen)));
        if (i % 2) x = -x;
        const double l = std::fabs(std::log(std::fabs(x)));
        if (l == 0) continue;
        xs.push_back(x);
        ns.push_back(std::nearbyint(u(gen) * 745 / l));
    }
    const auto r = ft::sweep<double>("pow(x, int) double", f_pown, mpfr_pow, xs, ns);
    r.print();
    BOOST_TEST(r.max_ulp <= 1u);
    std::vector<float> fx, fn;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const float x = static_cast<float>(xs[i]);
        const double l = std::fabs(std::log(std::fabs(static_cast<double>(x))));
        if (l == 0) continue;
        fx.push_back(x);
        fn.push_back(static_cast<float>(std::nearbyint(u(gen) * 100 / l)));
    }
    const auto rf = ft::sweep<float>("pow(x, int) float", f_pownf, mpfr_pow, fx, fn);
    rf.print();
    BOOST_TEST(rf.max_ulp <= 1u);
    // pow(float, n) takes the float path for |n| <= 2^24 and the double
    // algorithm beyond: either way it is the double algorithm rounded to float.
    int differ = 0;
    for (std::size_t i = 0; i < fx.size(); ++i) {
        const auto n = static_cast<std::int32_t>(fn[i]);
        const float expected = static_cast<float>(fluxion::pow(static_cast<double>(fx[i]), n));
        differ += ft::ulp_distance(fluxion::pow(fx[i], n), expected) != 0;
    }
    for (std::int64_t n : {(std::int64_t{1} << 24) - 1, std::int64_t{1} << 24, (std::int64_t{1} << 24) + 1, -(std::int64_t{1} << 24) - 3})
        for (float x : {1 + 0x1p-23f, 1 - 0x1p-24f, -(1 + 0x1p-23f), 1 + 0x1p-20f})
            differ += ft::ulp_distance(fluxion::pow(x, n), static_cast<float>(fluxion::pow(static_cast<double>(x), n))) != 0;
    BOOST_TEST(differ == 0);
    // exponents beyond 2^53, where a double could not hold n: the overload is exact in n
    ft::accuracy_report<double> big{"pow(x, n) |n| > 2^53"};
    // x = 1 + j 2^-52 or 1 - j 2^-53 (1 <= j <= 50) and 2^53 <= n < 2^53 + 2^56:
    // |n ln x| stays below about 800, so most results are finite and nonzero.
    std::uniform_int_distribution<int> j(1, 50);
    int finite_nonzero = 0;
    for (int i = 0; i < 3000; ++i) {
        const std::uint64_t n = (std::uint64_t{1} << 53) + (gen() >> (8 + i % 20));
        const double x = i % 2 ? 1 + j(gen) * 0x1p-52 : 1 - j(gen) * 0x1p-53;
        const bool negative = i % 3 == 0;
        const double ours = negative ? fluxion::pow(x, -static_cast<std::int64_t>(n)) : fluxion::pow(x, n);
        big.add(ft::ulp_distance(ours, correctly_rounded_pown(x, n, negative)), x, static_cast<double>(n));
        finite_nonzero += std::isfinite(ours) && ours != 0;
    }
    big.print();
    BOOST_TEST(big.max_ulp <= 1u);
    BOOST_TEST(finite_nonzero > 1500);
    // the classic: 1.1^1000, and x^INT_MIN
    BOOST_TEST(fluxion::pow(1.1, 1000) == correctly_rounded_pown(1.1, 1000, false));
    BOOST_TEST(fluxion::pow(1 - 0x1p-40, std::numeric_limits<int>::min()) ==
               correctly_rounded_pown(1 - 0x1p-40, 2147483648u, true));
}

// ---- exact results stay exact ----

BOOST_AUTO_TEST_CASE(representable_results_are_exact) {
    int inexact = 0;
    for (int b = 2; b <= 1000; ++b) { // b^n while below 2^53, both overloads, both signs
        double p = 1;
        for (int n = 0; p < 0x1p53; ++n, p *= b) {
            const double sign = n % 2 ? -1 : 1;
            inexact += fluxion::pow(double(b), n) != p;
            inexact += fluxion::pow(double(b), double(n)) != p;
            inexact += fluxion::pow(-double(b), n) != sign * p;
            inexact += fluxion::pow(-double(b), double(n)) != sign * p;
        }
    }
    for (int k = -1074; k <= 1023; ++k) { // every power of two, from 2, 0.5 and 4
        const double p = std::ldexp(1.0, k);
        inexact += fluxion::pow(2.0, k) != p;
        inexact += fluxion::pow(2.0, double(k)) != p;
        inexact += fluxion::pow(0.5, -k) != p;
        if (k % 2 == 0) inexact += fluxion::pow(4.0, k / 2) != p;
        inexact += fluxion::pow(std::ldexp(1.0, 2 * (k / 2)), 0.5) != std::ldexp(1.0, k / 2); // exact roots
    }
    for (int n = -33; n <= 33; ++n) { // 1.5^n is exact for 0 <= n <= 33 (3^33 < 2^53)
        if (n < 0) continue;
        inexact += fluxion::pow(1.5, n) != std::ldexp(std::pow(3.0, n), -n);
    }
    for (int n = 1; n <= 22; ++n) inexact += fluxion::pow(10.0, n) != std::pow(10.0, n); // exact in glibc too
    BOOST_TEST(inexact == 0);
}

// ---- C99 Annex F special values against <cmath> ----

BOOST_AUTO_TEST_CASE(special_values_agree_with_cmath) {
    // Every pair from these values: where an argument is special (a zero, an
    // infinity, a NaN, or x = +-1) or the result is (0, inf, NaN), the result must be
    // glibc's bit for bit (glibc follows C99 Annex F); elsewhere within 1 ulp
    // of MPFR (glibc is not the oracle there: pow(2^53 - 1, -1) lies 2^-106
    // above a midpoint, and glibc and fluxion round it differently).
    const double values[] = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 0.25, 1e300, -1e300,
                             inf, -inf, qnan, 1 + 0x1p-52, 1 - 0x1p-53, 0x1p-1074, -0x1p-1074, 0x1p64, -0x1p64,
                             0x1p53 - 1, -(0x1p53 - 1), 1e20, 2.5, -2.5};
    const auto special = [](double v) { return v == 0 || std::isinf(v) || std::isnan(v); };
    int checked = 0, bitwise = 0;
    const auto check = [&](double x, double y, double ours) {
        const double theirs = std::pow(x, y);
        ++checked;
        if (std::isnan(theirs)) {
            BOOST_TEST(std::isnan(ours), "pow(" << x << ", " << y << ")");
        } else if (special(x) || std::fabs(x) == 1 || special(y) || special(theirs)) {
            ++bitwise;
            BOOST_TEST(same_bits(ours, theirs), "pow(" << x << ", " << y << ") = " << ours << " vs " << theirs);
        } else {
            BOOST_TEST(ft::ulp_distance(ours, ft::correctly_rounded<double>(mpfr_pow, x, y)) <= 1u,
                       "pow(" << x << ", " << y << ")");
        }
    };
    for (double x : values) {
        for (double y : values) check(x, y, fluxion::pow(x, y));
        for (long long n : {0LL, 1LL, -1LL, 2LL, -2LL, 3LL, -3LL, 1023LL, -1075LL, 1LL << 53})
            check(x, static_cast<double>(n), fluxion::pow(x, n)); // n is exact in a double
    }
    BOOST_TEST(bitwise > 500);
    BOOST_TEST(checked == 27 * 27 + 27 * 10);
    // the odd exponent 2^53 + 1, out of double's reach: the sign survives
    BOOST_TEST(fluxion::pow(-1.0, (1LL << 53) + 1) == -1.0);
    BOOST_TEST(same_bits(fluxion::pow(-0.0, (1LL << 53) + 1), -0.0));
    // domain error at run time: NaN
    BOOST_TEST(std::isnan(fluxion::pow(-2.0, 0.5)));
    BOOST_TEST(std::isnan(fluxion::pow(-8.0f, 1.0f / 3)));
    BOOST_TEST(std::isnan(fluxion::pow(-1e300, 1e-300)));
    // huge exponents never reach Veltkamp's split (which would overflow)
    volatile double huge = std::numeric_limits<double>::max();
    BOOST_TEST(fluxion::pow(-1.0, huge) == 1.0);
    BOOST_TEST(fluxion::pow(-1.0, -huge) == 1.0);
    BOOST_TEST(fluxion::pow(0.999, huge) == 0.0);
    BOOST_TEST(fluxion::pow(-1.001, huge) == inf);
}

// ---- compile time == run time, bit for bit ----

namespace {
constexpr std::size_t table_size = 400;

// Pairs over the whole range: x from a 64-bit LCG's bit patterns (both signs),
// y = t / ln|x| with t in [-745, 745], rounded to an integer for negative x.
// ln|x| is approximated from the exponent (e ln 2 + (m - 1)), which is all the
// spreading needs; every 10th y is a plain integer for the integer overload.
struct pair_table {
    std::array<double, table_size> x{}, y{};
};
constexpr pair_table make_pairs() {
    pair_table p;
    std::uint64_t s = 0x2545f4914f6cdd1d;
    for (std::size_t i = 0; i < table_size; ++i) {
        s = s * 6364136223846793005u + 1442695040888963407u;
        const std::uint64_t bits = (s >> 1) % 0x7fe0'0000'0000'0000 + 0x0010'0000'0000'0000; // normal, > 0
        const double x = std::bit_cast<double>(bits);
        const int e = static_cast<int>(bits >> 52) - 1023;
        const double m = std::bit_cast<double>((bits & 0x000f'ffff'ffff'ffff) | 0x3ff0'0000'0000'0000);
        double approx_ln = e * 0.6931471805599453 + (m - 1);
        if (approx_ln == 0) approx_ln = 1;
        const double t = (static_cast<double>(s >> 11) * 0x1p-53 * 2 - 1) * 745;
        double y = t / approx_ln;
        const bool negative = i % 3 == 0;
        if (negative || i % 10 == 0) y = static_cast<double>(static_cast<std::int64_t>(y)); // integer
        p.x[i] = negative ? -x : x;
        p.y[i] = y;
    }
    return p;
}
constexpr pair_table pairs_table = make_pairs();

constexpr std::array<double, 2 * table_size> compile_time_results() {
    std::array<double, 2 * table_size> r{};
    for (std::size_t i = 0; i < table_size; ++i) {
        r[2 * i] = fluxion::pow(pairs_table.x[i], pairs_table.y[i]);
        r[2 * i + 1] = fluxion::pow(pairs_table.x[i], static_cast<int>(i) - 200);
    }
    return r;
}
constexpr std::array<double, 2 * table_size> at_compile_time = compile_time_results();
} // namespace

// The float path, compiled and run: x from the float identity arguments, y a
// small integer for even i (x keeps its sign), a multiple of 3/8 for odd i
// (x made positive).
namespace {
struct float_pair {
    float x, y;
};
constexpr float_pair identity_pair(float x, std::size_t i) {
    if (i % 2 == 0) return {x, static_cast<float>(static_cast<int>(i % 21) - 10)};
    return {x < 0 ? -x : x, static_cast<float>(static_cast<int>(i % 61) - 30) * 0.375f};
}
constexpr std::array<float, ft::float_identity_size> powf_at_compile_time = [] {
    constexpr auto xs = ft::float_identity_arguments();
    std::array<float, ft::float_identity_size> r{};
    for (std::size_t i = 0; i < xs.size(); ++i) r[i] = fluxion::pow(identity_pair(xs[i], i).x, identity_pair(xs[i], i).y);
    return r;
}();
} // namespace

BOOST_AUTO_TEST_CASE(float_path_compile_time_and_run_time_agree_bit_for_bit) {
    constexpr auto xs = ft::float_identity_arguments();
    int differences = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        volatile float vx = xs[i];
        const float_pair p = identity_pair(vx, i);
        differences += std::bit_cast<std::uint32_t>(fluxion::pow(p.x, p.y)) != std::bit_cast<std::uint32_t>(powf_at_compile_time[i]);
    }
    BOOST_TEST(differences == 0);
}

BOOST_AUTO_TEST_CASE(compile_time_and_run_time_results_are_bit_identical) {
    int differences = 0, finite_nonzero = 0;
    for (std::size_t i = 0; i < table_size; ++i) {
        volatile double vx = pairs_table.x[i]; // the compiler cannot fold the calls below
        volatile double vy = pairs_table.y[i];
        volatile int vn = static_cast<int>(i) - 200;
        const double x = vx, y = vy;
        const int n = vn;
        const double a = fluxion::pow(x, y), b = fluxion::pow(x, n);
        if (!same_bits(a, at_compile_time[2 * i])) {
            ++differences;
            BOOST_TEST_MESSAGE("pow(" << x << ", " << y << ")");
        }
        if (!same_bits(b, at_compile_time[2 * i + 1])) {
            ++differences;
            BOOST_TEST_MESSAGE("pow(" << x << ", " << n << ")");
        }
        finite_nonzero += std::isfinite(a) && a != 0;
    }
    BOOST_TEST(differences == 0);
    BOOST_TEST(finite_nonzero > 300); // the table exercises real work, not just overflow
}
