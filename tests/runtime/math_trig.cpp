// Run-time suite for sin, cos, tan: the 2/pi table and the argument reduction
// against MPFR, accuracy sweeps against MPFR (double and float) over the full
// exponent range, uniform ranges and the hard cases near multiples of pi/2,
// special values against <cmath> / C99 Annex F, and bit-identity between a
// constant expression and run time. The printed `accuracy` lines feed
// docs/math/trig.md.
#define BOOST_TEST_MODULE math_trig
#include <boost/test/unit_test.hpp>

#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/reduce_pi_over_2.hpp>
#include <fluxion/detail/tan_kernel.hpp>
#include <fluxion/detail/trig_float.hpp>
#include <fluxion/detail/two_over_pi.hpp>
#include <fluxion/math/cos.hpp>
#include <fluxion/math/sin.hpp>
#include <fluxion/math/sincos.hpp>
#include <fluxion/math/tan.hpp>

#include "float_path.hpp"
#include "mpfr_oracle.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <numbers>
#include <random>
#include <vector>

namespace ft = fluxion_test;

namespace {

constexpr double dbl_max = std::numeric_limits<double>::max();
constexpr double worst_reduction_case = 6381956970095103.0 * 0x1p797; // Muller, "Elementary Functions", ch. 11

// ---- MPFR helpers ----

// A temporary MPFR number at the given precision.
struct big {
    mpfr_t v;
    explicit big(int precision = 2400) { mpfr_init2(v, precision); }
    ~big() { mpfr_clear(v); }
    big(const big&) = delete;
    big& operator=(const big&) = delete;
};

// The double nearest to k * pi/2 (k may be huge: pi is taken to 400 bits).
double nearest_to_multiple_of_pi_over_2(double k) {
    big pi(400), t(400);
    mpfr_const_pi(pi.v, MPFR_RNDN);
    mpfr_mul_d(t.v, pi.v, k, MPFR_RNDN);
    mpfr_div_2ui(t.v, t.v, 1, MPFR_RNDN);
    return mpfr_get_d(t.v, MPFR_RNDN);
}

template <class T>
std::vector<T> nearest_to_multiples(const std::vector<double>& ks) {
    std::vector<T> xs;
    for (double k : ks) {
        const double x = nearest_to_multiple_of_pi_over_2(k);
        if constexpr (std::is_same_v<T, float>) {
            big pi(400), t(400);
            mpfr_const_pi(pi.v, MPFR_RNDN);
            mpfr_mul_d(t.v, pi.v, k, MPFR_RNDN);
            mpfr_div_2ui(t.v, t.v, 1, MPFR_RNDN);
            xs.push_back(mpfr_get_flt(t.v, MPFR_RNDN));
        } else {
            xs.push_back(x);
        }
    }
    return xs;
}

// ---- Worst cases for the argument reduction, derived by continued fractions ----
//
// x = m 2^e (m an integer with `digits` bits) is close to a multiple of pi/2
// when m * alpha is close to an integer, alpha = frac(2^e * 2/pi). The best
// approximations of alpha are its continued-fraction convergents p_n / q_n and
// the intermediate fractions (q_{n-1} + j q_n); for each exponent the
// candidates with `digits` bits are the multiples of a convergent denominator
// and the largest intermediate fraction that fit, and the one with the
// smallest ||m alpha|| is kept (the method of Muller, "Elementary Functions",
// ch. 11, after Kahan and McDonald).
struct hard_case {
    double x;
    double log2_distance; // log2 |x - k pi/2|, relative to pi/2 units: log2 ||m alpha||
};

hard_case worst_for_exponent(int e, int digits) {
    big alpha, t, frac, best;
    mpfr_const_pi(t.v, MPFR_RNDN);
    mpfr_ui_div(alpha.v, 2, t.v, MPFR_RNDN);
    if (e >= 0) mpfr_mul_2ui(alpha.v, alpha.v, static_cast<unsigned long>(e), MPFR_RNDN);
    else mpfr_div_2ui(alpha.v, alpha.v, static_cast<unsigned long>(-e), MPFR_RNDN);
    mpfr_frac(alpha.v, alpha.v, MPFR_RNDN);
    const double lo = std::ldexp(1.0, digits - 1), hi = std::ldexp(1.0, digits);
    // ||m alpha|| for an integer m < 2^53, computed exactly enough at 2400 bits.
    const auto distance = [&](double m) {
        big p;
        mpfr_mul_d(p.v, alpha.v, m, MPFR_RNDN);
        big r;
        mpfr_round(r.v, p.v);
        mpfr_sub(p.v, p.v, r.v, MPFR_RNDN);
        mpfr_abs(p.v, p.v, MPFR_RNDN);
        return mpfr_get_d(p.v, MPFR_RNDN) == 0 ? -1e9 : std::log2(mpfr_get_d(p.v, MPFR_RNDN));
    };
    double best_m = lo, best_d = distance(lo);
    const auto consider = [&](double m) {
        if (m < lo || m >= hi) return;
        const double d = distance(m);
        if (d < best_d) best_m = m, best_d = d;
    };
    // Continued fraction of alpha: a_n = floor(1/frac), q_n = a_n q_{n-1} + q_{n-2}.
    double q_prev = 0, q = 1; // q_{-1} = 0, q_0 = 1 (alpha < 1, a_0 = 0)
    mpfr_set(frac.v, alpha.v, MPFR_RNDN);
    while (q < hi && !mpfr_zero_p(frac.v)) {
        mpfr_ui_div(t.v, 1, frac.v, MPFR_RNDN);
        mpfr_floor(best.v, t.v);
        const double a = mpfr_get_d(best.v, MPFR_RNDN);
        mpfr_sub(frac.v, t.v, best.v, MPFR_RNDN);
        // Intermediate fractions q_prev + j q, j <= a: the largest that fits.
        const double j = std::min(a, std::floor((hi - 1 - q_prev) / q));
        if (j >= 1) consider(q_prev + j * q);
        // Multiples of the convergent denominator q that have `digits` bits.
        consider(std::ceil(lo / q) * q);
        if (a > 1e17) break;
        const double q_next = a * q + q_prev;
        q_prev = q;
        q = q_next;
    }
    consider(q);
    return {std::ldexp(best_m, e), best_d};
}

std::vector<hard_case> reduction_worst_cases(int e_min, int e_max, int digits) {
    std::vector<hard_case> cases;
    for (int e = e_min; e <= e_max; ++e) cases.push_back(worst_for_exponent(e, digits));
    return cases;
}

// x - m pi/2^shift computed by MPFR (absolute error about 2^-300), for the m
// congruent to `k` (mod 4) nearest to x 2^shift/pi; log2 of the relative
// error of hi + lo against it (absolute when `absolute`).
double reduction_error_log2(double x, int k, double hi, double lo, unsigned long shift, bool absolute = false) {
    // Enough bits for the integer part of x * 2^shift/pi plus 200 below the point.
    const int precision = std::max(256, std::ilogb(x) + 300);
    big pi(precision), m(precision), t(precision), y(precision);
    mpfr_const_pi(pi.v, MPFR_RNDN);
    mpfr_div_2ui(pi.v, pi.v, shift, MPFR_RNDN);
    mpfr_set_d(t.v, x, MPFR_RNDN);
    mpfr_div(m.v, t.v, pi.v, MPFR_RNDN);
    mpfr_round(m.v, m.v);
    // Our m may differ by one from the nearest at a tie: pick the m with our k.
    for (int delta : {0, 1, -1}) {
        big mm(precision);
        mpfr_add_si(mm.v, m.v, delta, MPFR_RNDN);
        big four(precision);
        mpfr_fmod_ui(four.v, mm.v, 4, MPFR_RNDN);
        long q = mpfr_get_si(four.v, MPFR_RNDN);
        if (q < 0) q += 4;
        if (q != k) continue;
        mpfr_mul(y.v, mm.v, pi.v, MPFR_RNDN);
        mpfr_sub(y.v, t.v, y.v, MPFR_RNDN); // the reduced argument to about 2^-250
        mpfr_sub_d(t.v, y.v, hi, MPFR_RNDN);
        mpfr_sub_d(t.v, t.v, lo, MPFR_RNDN);
        if (!absolute) mpfr_div(t.v, t.v, y.v, MPFR_RNDN);
        const double e = std::fabs(mpfr_get_d(t.v, MPFR_RNDN));
        return e == 0 ? -1000 : std::log2(e);
    }
    return 1000; // k wrong by two or more: a gross error
}

// ---- Samples ----

std::vector<double> multiples_k(std::size_t n, double k_lo, double k_hi, std::uint64_t seed) {
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> d(std::log(k_lo), std::log(k_hi));
    std::vector<double> ks;
    n = ft::scaled(n);
    for (std::size_t i = 0; i < n; ++i) ks.push_back(std::round(std::exp(d(gen))));
    return ks;
}

template <class T>
std::vector<T> hard_cases_for() {
    constexpr int digits = std::numeric_limits<T>::digits;
    // Nearest values to k pi/2: every k <= 2000, then log-spread k up to 10^6,
    // then far beyond (10^6 .. 10^15 for double, .. 10^9 for float), with +-3 ulp.
    std::vector<double> ks;
    for (int k = 1; k <= 2000; ++k) ks.push_back(k);
    ks = ft::concat(ks, multiples_k(6000, 2000, 1e6, 11));
    ks = ft::concat(ks, multiples_k(4000, 1e6, digits == 53 ? 1e15 : 1e9, 12));
    std::vector<T> xs = ft::with_neighbours(nearest_to_multiples<T>(ks), 3);
    // The continued-fraction worst cases of every exponent from 2^-10 up.
    const int e_max = std::numeric_limits<T>::max_exponent - digits;
    for (const hard_case& h : reduction_worst_cases(-10 - digits, e_max, digits))
        xs = ft::concat(xs, ft::with_neighbours<T>({static_cast<T>(h.x)}, 3));
    // The extremes.
    const T big_values[] = {std::numeric_limits<T>::max(), std::numeric_limits<T>::min(),
                            std::numeric_limits<T>::denorm_min(), std::numeric_limits<T>::epsilon()};
    for (T v : big_values) xs = ft::concat(xs, ft::with_neighbours<T>({v}, 3));
    std::vector<T> negated;
    for (T x : xs) negated.push_back(-x);
    return ft::concat(xs, negated);
}

// One sweep per (function, range), printed and checked: max ulp <= 1.
template <class T, class Ours>
void check_sweeps(const char* name, Ours ours, ft::mpfr_fn1 f) {
    const bool is_float = std::is_same_v<T, float>;
    const int e_min = std::numeric_limits<T>::min_exponent - std::numeric_limits<T>::digits;
    const int e_max = std::numeric_limits<T>::max_exponent - 1;
    const std::string prefix = std::string(name) + (is_float ? " float " : " double ");
    const std::vector<std::pair<std::string, std::vector<T>>> ranges = {
        {"full range", ft::log_uniform<T>(100000, e_min, e_max, true, 21)},
        {"[-10, 10]", ft::uniform<T>(100000, -10, 10, 22)},
        {"[-1e9, 1e9]", ft::uniform<T>(100000, -1e9, 1e9, 23)},
        {"hard cases", hard_cases_for<T>()},
    };
    for (const auto& [what, xs] : ranges) {
        const auto report = ft::sweep<T>(prefix + what, ours, f, xs);
        report.print();
        BOOST_TEST(report.max_ulp <= 1u, report.what << ": worst at " << report.worst_x);
    }
}

} // namespace

// ---- The 2/pi table and the reduction ----

BOOST_AUTO_TEST_CASE(two_over_pi_table_matches_mpfr) {
    big pi, v, w;
    mpfr_const_pi(pi.v, MPFR_RNDN);
    mpfr_ui_div(v.v, 2, pi.v, MPFR_RNDN);
    for (int i = 0; i < fluxion::detail::two_over_pi_words; ++i) {
        mpfr_mul_2ui(v.v, v.v, 32, MPFR_RNDN);
        mpfr_floor(w.v, v.v);
        BOOST_TEST(fluxion::detail::two_over_pi_bits[i] == mpfr_get_ui(w.v, MPFR_RNDN), "word " << i);
        mpfr_sub(v.v, v.v, w.v, MPFR_RNDN);
    }
    // The published first digits (fdlibm k_rem_pio2.c, ipio2[]).
    BOOST_TEST(fluxion::detail::two_over_pi_bits[0] == 0xA2F9836Eu);
    BOOST_TEST(fluxion::detail::two_over_pi_bits[6] == 0xFE5163ABu);
}

BOOST_AUTO_TEST_CASE(continued_fractions_find_the_known_worst_case) {
    // Over every exponent, the double closest to a multiple of pi/2 is
    // 6381956970095103 * 2^797 (Muller's table): the search reproduces it.
    const auto cases = reduction_worst_cases(-80, 971, 53);
    const auto worst = std::min_element(cases.begin(), cases.end(),
                                        [](const hard_case& a, const hard_case& b) { return a.log2_distance < b.log2_distance; });
    int exponent = 0;
    const double significand = std::ldexp(std::frexp(worst->x, &exponent), 53);
    std::printf("closest double to a multiple of pi/2: %.17g = %.0f * 2^%d, ||x 2/pi|| = 2^%.2f\n", worst->x,
                significand, exponent - 53, worst->log2_distance);
    BOOST_TEST(worst->x == worst_reduction_case);
    BOOST_TEST(worst->log2_distance < -60.0);
}

BOOST_AUTO_TEST_CASE(reduction_is_accurate_to_2_pow_minus_70) {
    // Relative error of hi + lo against MPFR's exact x - k pi/2, on the
    // nearest doubles to k pi/2 for EVERY k <= 10^6 (the whole Cody-Waite
    // range), the worst cases of every exponent, and random arguments.
    std::vector<double> xs;
    // (Under FLUXION_TEST_SAMPLE_SCALE < 1, every (1/scale)-th k: see mpfr_oracle.hpp.)
    const int stride = static_cast<int>(1000000 / ft::scaled(1000000));
    for (int k = 1; k <= 1000000; k += stride) xs.push_back(nearest_to_multiple_of_pi_over_2(k));
    for (const hard_case& h : reduction_worst_cases(-60, 971, 53)) xs = ft::concat(xs, ft::with_neighbours<double>({h.x}, 2));
    xs = ft::concat(xs, ft::log_uniform<double>(20000, -5, 1023, true, 31));
    xs = ft::concat(xs, {dbl_max, -dbl_max, worst_reduction_case, 0x1.8p20, std::nextafter(0x1.8p20, 0.0)});
    double worst = -1000, worst_x = 0;
    // The unnormalized Cody-Waite pair of sin and cos: |lo| <= 1.5 ulp(hi) +
    // 2^-82 (reduce_pi_over_2.hpp), and its sum is EXACTLY that of the
    // normalized pair checked against MPFR here (Knuth's two_sum of the pair
    // is the normalized pair), so it obeys the same 2^-70 law without a
    // second MPFR evaluation per argument.
    double most_ulps = 0, most_relative = -1000;
    std::size_t pairs = 0;
    for (double x : xs) {
        const auto r = fluxion::detail::reduce_pi_over_2(x);
        const double e = reduction_error_log2(x, r.quadrant, r.hi, r.lo, 1);
        if (e > worst) worst = e, worst_x = x;
        BOOST_TEST((r.hi == r.hi + r.lo && std::fabs(r.hi) <= 0.7854), "x = " << x);
        if (std::fabs(x) >= fluxion::detail::cody_waite_limit) continue;
        const auto u = fluxion::detail::reduce_cody_waite_unnormalized(x);
        const auto sum = fluxion::detail::two_sum(u.hi, u.lo);
        ++pairs;
        const double ulp_hi = std::ldexp(1.0, std::ilogb(u.hi) - 52);
        most_ulps = std::max(most_ulps, std::fabs(u.lo) / ulp_hi);
        most_relative = std::max(most_relative, std::log2(std::fabs(u.lo / u.hi)));
        BOOST_TEST((u.quadrant == r.quadrant && sum.hi == r.hi && sum.lo == r.lo && std::fabs(u.lo) <= 1.5 * ulp_hi + 0x1p-82),
                   "x = " << x);
    }
    std::printf("reduction: %zu arguments, max relative error 2^%.1f at %.17g\n", xs.size(), worst, worst_x);
    std::printf("unnormalized Cody-Waite pairs: %zu, the same sums, |lo| at most %.3g ulp(hi) and 2^%.1f |hi|\n", pairs,
                most_ulps, most_relative);
    BOOST_TEST(worst <= -70.0);
}

// ---- tan's own reduction and polynomial (detail/tan_kernel.hpp) ----

// What the tan kernel needs from x = k pi/4 + u: near a multiple of pi/2 (k
// even) u relative to 2^-70 when |u| < 2^-7 (up to 61 bits cancel there) and
// to 2^-59 beyond (the one-step Cody-Waite: absolute error below 2^-67);
// for odd k the result is near +-1 and only the absolute error counts.
BOOST_AUTO_TEST_CASE(tan_reduction_by_pi_over_4_is_accurate) {
    namespace d = fluxion::detail;
    std::vector<double> xs;
    const int stride = static_cast<int>(200000 / ft::scaled(200000));
    for (int k = 1; k <= 200000; k += stride) xs.push_back(nearest_to_multiple_of_pi_over_2(k * 0.5));
    for (double k : multiples_k(20000, 2e5, 2.1e6, 41)) xs.push_back(nearest_to_multiple_of_pi_over_2(k * 0.5));
    for (const hard_case& h : reduction_worst_cases(-60, 971, 53)) xs = ft::concat(xs, ft::with_neighbours<double>({h.x}, 2));
    xs = ft::concat(xs, ft::log_uniform<double>(50000, -5, 22, true, 42));
    xs = ft::concat(xs, ft::uniform<double>(50000, -10, 10, 43));
    xs = ft::concat(xs, ft::log_uniform<double>(5000, 22, 1023, true, 44));
    xs = ft::concat(xs, ft::with_neighbours<double>({0x1.8p19, -0x1.8p19, 0x1.8p20, dbl_max, worst_reduction_case}, 2));
    xs = ft::with_neighbours(xs, 1);
    double worst_even = -1000, worst_odd = -1000, worst_fast = -1000;
    for (double x : xs) {
        if (std::fabs(x) < 0x1p-27 || !std::isfinite(x)) continue; // tan's own paths
        const d::tan_reduced r = std::fabs(x) < d::tan_kernel::limit ? d::tan_kernel::reduce(x) : d::tan_kernel::fold(d::reduce_pi_over_2(x));
        BOOST_TEST((r.hi == r.hi + r.lo && std::fabs(r.hi) <= 0.3927 && r.k >= 0 && r.k <= 3), "x = " << x);
        if (r.k % 2 == 1) {
            const double e = reduction_error_log2(x, r.k, r.hi, r.lo, 2, true);
            worst_odd = std::max(worst_odd, e);
            BOOST_TEST(e <= -66.0, "x = " << x);
        } else {
            const double e = reduction_error_log2(x, r.k, r.hi, r.lo, 2);
            double& worst = std::fabs(r.hi) < 0x1p-7 ? worst_even : worst_fast;
            worst = std::max(worst, e);
            BOOST_TEST(e <= (std::fabs(r.hi) < 0x1p-7 ? -70.0 : -59.0), "x = " << x);
        }
    }
    std::printf("tan reduction: %zu arguments; k even: max relative error 2^%.1f (|u| < 2^-7), 2^%.1f (|u| >= 2^-7); "
                "k odd: max absolute error 2^%.1f\n", xs.size(), worst_even, worst_fast, worst_odd);
}

// The minimax polynomial against MPFR's tan: relative error of u + u^3 P(u^2)
// (evaluated exactly, with the double coefficients) on 0 < u <= pi/8 (1 + 2^-20).
BOOST_AUTO_TEST_CASE(tan_polynomial_is_accurate_to_2_pow_minus_58) {
    using K = fluxion::detail::tan_kernel;
    const double coefficients[] = {K::T0, K::T1, K::T2, K::T3, K::T4, K::T5, K::T6, K::T7, K::T8};
    big u(256), z(256), p(256), tan_u(256), e(256);
    double worst = -1000;
    const int n = 20000;
    for (int i = 1; i <= n; ++i) {
        mpfr_const_pi(u.v, MPFR_RNDN);
        mpfr_mul_d(u.v, u.v, (1 + 0x1p-20) * i / (8.0 * n), MPFR_RNDN);
        mpfr_sqr(z.v, u.v, MPFR_RNDN);
        mpfr_set_d(p.v, coefficients[8], MPFR_RNDN);
        for (int j = 7; j >= 0; --j) {
            mpfr_mul(p.v, p.v, z.v, MPFR_RNDN);
            mpfr_add_d(p.v, p.v, coefficients[j], MPFR_RNDN);
        }
        mpfr_mul(p.v, p.v, z.v, MPFR_RNDN);
        mpfr_mul(p.v, p.v, u.v, MPFR_RNDN);
        mpfr_add(p.v, p.v, u.v, MPFR_RNDN);
        mpfr_tan(tan_u.v, u.v, MPFR_RNDN);
        mpfr_sub(e.v, p.v, tan_u.v, MPFR_RNDN);
        mpfr_div(e.v, e.v, tan_u.v, MPFR_RNDN);
        worst = std::max(worst, std::log2(std::fabs(mpfr_get_d(e.v, MPFR_RNDN))));
    }
    std::printf("tan polynomial: max relative error 2^%.2f on |u| <= pi/8\n", worst);
    BOOST_TEST(worst <= -58.5);
}

// ---- Accuracy against MPFR ----

BOOST_AUTO_TEST_CASE(sin_double_within_one_ulp) {
    check_sweeps<double>("sin", [](double x) { return fluxion::sin(x); }, mpfr_sin);
}
BOOST_AUTO_TEST_CASE(cos_double_within_one_ulp) {
    check_sweeps<double>("cos", [](double x) { return fluxion::cos(x); }, mpfr_cos);
}
BOOST_AUTO_TEST_CASE(tan_double_within_one_ulp) {
    check_sweeps<double>("tan", [](double x) { return fluxion::tan(x); }, mpfr_tan);
}
// The float kernel (detail/trig_float.hpp) as the library evaluates it, in
// double, against MPFR: sin(q pi/2 + r) = sin r, cos r, -sin r, -cos r for
// each table row q, on 0 < |r| <= pi/4 (1 + 2^-20), relative error. A wrong
// row (sign, u, coefficients) or coefficient shows up far above 2^-50.
BOOST_AUTO_TEST_CASE(float_kernel_is_accurate_to_2_pow_minus_50) {
    big mr(256), expected(256), e(256);
    double worst = -1000;
    const int n = 20000;
    for (int i = 1; i <= n; ++i)
        for (double r : {std::numbers::pi * (1 + 0x1p-20) * i / (4.0 * n), -std::numbers::pi * (1 + 0x1p-20) * i / (4.0 * n)})
            for (int q = 0; q < 4; ++q) {
                mpfr_set_d(mr.v, r, MPFR_RNDN);
                if (q % 2 == 0) mpfr_sin(expected.v, mr.v, MPFR_RNDN);
                else mpfr_cos(expected.v, mr.v, MPFR_RNDN);
                if (q >= 2) mpfr_neg(expected.v, expected.v, MPFR_RNDN);
                mpfr_set_d(e.v, fluxion::detail::sin_quadrant_float_kernel(r, q), MPFR_RNDN);
                mpfr_sub(e.v, e.v, expected.v, MPFR_RNDN);
                mpfr_div(e.v, e.v, expected.v, MPFR_RNDN);
                worst = std::max(worst, std::log2(std::fabs(mpfr_get_d(e.v, MPFR_RNDN))));
            }
    std::printf("float kernel: max relative error 2^%.2f on |r| <= pi/4, every quadrant\n", worst);
    BOOST_TEST(worst < -50.0);
}

// The float path (detail/trig_float.hpp) on 5 million floats from 2^-27 to
// FLT_MAX, both signs, against the double algorithm; MPFR where they differ.
BOOST_AUTO_TEST_CASE(float_path_dense_check) {
    namespace d = fluxion::detail;
    const auto sin_r = ft::check_float_path("sin", [](float x) { return fluxion::sin(x); },
                                            [](float x) { return static_cast<float>(d::sin_double(x)); }, mpfr_sin,
                                            0x32000000u, 0x7f800000u, 509);
    const auto cos_r = ft::check_float_path("cos", [](float x) { return fluxion::cos(x); },
                                            [](float x) { return static_cast<float>(d::cos_double(x)); }, mpfr_cos,
                                            0x32000000u, 0x7f800000u, 509);
    const auto tan_r = ft::check_float_path("tan", [](float x) { return fluxion::tan(x); },
                                            [](float x) { return static_cast<float>(d::tan_double(x)); }, mpfr_tan,
                                            0x32000000u, 0x7f800000u, 509);
    for (const auto* r : {&sin_r, &cos_r, &tan_r}) BOOST_TEST(r->differing.max_ulp <= 1u, r->differing.what);
}

BOOST_AUTO_TEST_CASE(sin_float_within_one_ulp) {
    check_sweeps<float>("sin", [](float x) { return fluxion::sin(x); }, mpfr_sin);
}
BOOST_AUTO_TEST_CASE(cos_float_within_one_ulp) {
    check_sweeps<float>("cos", [](float x) { return fluxion::cos(x); }, mpfr_cos);
}
BOOST_AUTO_TEST_CASE(tan_float_within_one_ulp) {
    check_sweeps<float>("tan", [](float x) { return fluxion::tan(x); }, mpfr_tan);
}

// ---- Laws and special values ----

BOOST_AUTO_TEST_CASE(symmetries_hold_bit_for_bit) {
    for (double x : ft::log_uniform<double>(20000, -1074, 1023, false, 41)) {
        BOOST_TEST(std::bit_cast<std::uint64_t>(fluxion::sin(-x)) == std::bit_cast<std::uint64_t>(-fluxion::sin(x)));
        BOOST_TEST(std::bit_cast<std::uint64_t>(fluxion::cos(-x)) == std::bit_cast<std::uint64_t>(fluxion::cos(x)));
        BOOST_TEST(std::bit_cast<std::uint64_t>(fluxion::tan(-x)) == std::bit_cast<std::uint64_t>(-fluxion::tan(x)));
    }
}

// The float path negates x's reduction without a branch (the fixed-point
// product in Payne-Hanek, the table row in the kernel): every 257th positive
// float bit pattern (subnormals to FLT_MAX, 8.3 million) and its negative.
BOOST_AUTO_TEST_CASE(float_symmetries_hold_bit_for_bit) {
    const auto bits = [](float v) { return std::bit_cast<std::uint32_t>(v); };
    std::size_t mismatches = 0;
    for (std::uint32_t b = 1; b < 0x7f80'0000u; b += 257) {
        const float x = std::bit_cast<float>(b);
        if (bits(fluxion::sin(-x)) != bits(-fluxion::sin(x)) || bits(fluxion::cos(-x)) != bits(fluxion::cos(x)) ||
            bits(fluxion::tan(-x)) != bits(-fluxion::tan(x)))
            ++mismatches;
    }
    BOOST_TEST(mismatches == 0u);
}

BOOST_AUTO_TEST_CASE(special_values_follow_annex_f) {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double specials[] = {0.0, -0.0, inf, -inf, nan, -nan, std::numeric_limits<double>::denorm_min(),
                               -std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::min(), dbl_max,
                               -dbl_max};
    for (double x : specials) {
        const auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); };
        BOOST_TEST(same(fluxion::sin(x), std::sin(x)), "sin(" << x << ")");
        BOOST_TEST(same(fluxion::cos(x), std::cos(x)), "cos(" << x << ")");
        BOOST_TEST(same(fluxion::tan(x), std::tan(x)), "tan(" << x << ")");
    }
    BOOST_TEST(std::signbit(fluxion::sin(-0.0)));
    BOOST_TEST(std::signbit(fluxion::tan(-0.0)));
    BOOST_TEST(fluxion::cos(-0.0) == 1.0);
    BOOST_TEST(std::isnan(fluxion::sin(inf)));
    BOOST_TEST(std::isnan(fluxion::tan(-inf)));
    BOOST_TEST(std::isnan(fluxion::cos(inf)));
    BOOST_TEST(std::isnan(fluxion::sin(std::numeric_limits<float>::infinity())));
    BOOST_TEST(std::isnan(fluxion::sin(std::numeric_limits<long double>::infinity())));
}

BOOST_AUTO_TEST_CASE(long_double_and_integers_go_through_double) {
    for (double x : ft::log_uniform<double>(2000, -30, 1023, true, 51)) {
        BOOST_TEST(fluxion::sin(static_cast<long double>(x)) == static_cast<long double>(fluxion::sin(x)));
        BOOST_TEST(fluxion::tan(static_cast<long double>(x)) == static_cast<long double>(fluxion::tan(x)));
    }
    for (int n : {-1000000, -7, -1, 0, 1, 2, 3, 355, 1000000, 2147483647})
        BOOST_TEST(fluxion::cos(n) == fluxion::cos(static_cast<double>(n)));
}

// ---- Compile time and run time agree bit for bit ----

namespace {

// Several hundred arguments spread over the whole range: random bit patterns
// (every exponent field, random significands, both signs), the doubles nearest
// k pi/2 for k up to 10^6, and the extremes.
constexpr std::size_t table_size = 640;
constexpr std::array<double, table_size> identity_arguments() {
    std::array<double, table_size> xs{};
    std::uint64_t state = 0x9E3779B97F4A7C15u;
    for (std::size_t i = 0; i < 512; ++i) {
        state = state * 6364136223846793005u + 1442695040888963407u; // Knuth's MMIX LCG
        const std::uint64_t exponent = (i * 2047) / 512;              // 0 .. 2044: all binades
        xs[i] = std::bit_cast<double>((state >> 12) | (exponent << 52) | ((state & 1u) << 63));
    }
    // k pi/2 rounded by the double arithmetic itself (close, not nearest: still hard).
    for (std::size_t i = 512; i < 608; ++i) xs[i] = static_cast<double>((i - 511) * (i - 511) * 97) * 1.5707963267948966;
    const double extremes[32] = {0.0, -0.0, 1.0, -1.0, 0x1p-27, 0x1p-1074, 0x1p-1022, dbl_max, -dbl_max,
                                 worst_reduction_case, -worst_reduction_case, 1e22, 1e300, 0x1.8p20,
                                 0x1.7ffffffffffffp20, 1.5707963267948966, 3.141592653589793, 4.71238898038469,
                                 6.283185307179586, 0.7853981633974483, 355.0, 103993.0, 1e9, 1e15, 0x1p52,
                                 0x1p53, 0x1p1023, 1e-300, 0.5, 2.0, 1e5, 1e6};
    for (std::size_t i = 0; i < 32; ++i) xs[608 + i] = extremes[i];
    return xs;
}
constexpr std::array<double, table_size> arguments = identity_arguments();

template <class F>
constexpr std::array<double, table_size> evaluate(F f) {
    std::array<double, table_size> ys{};
    for (std::size_t i = 0; i < table_size; ++i) ys[i] = f(arguments[i]);
    return ys;
}
constexpr auto sin_at_compile_time = evaluate([](double x) { return fluxion::sin(x); });
constexpr auto cos_at_compile_time = evaluate([](double x) { return fluxion::cos(x); });
constexpr auto tan_at_compile_time = evaluate([](double x) { return fluxion::tan(x); });

} // namespace

BOOST_AUTO_TEST_CASE(compile_time_and_run_time_agree_bit_for_bit) {
    std::size_t huge = 0;
    for (std::size_t i = 0; i < table_size; ++i) {
        volatile double laundered = arguments[i];
        const double x = laundered;
        if (std::fabs(x) >= 0x1.8p20) ++huge;
        BOOST_TEST(std::bit_cast<std::uint64_t>(fluxion::sin(x)) == std::bit_cast<std::uint64_t>(sin_at_compile_time[i]), "sin(" << x << ")");
        BOOST_TEST(std::bit_cast<std::uint64_t>(fluxion::cos(x)) == std::bit_cast<std::uint64_t>(cos_at_compile_time[i]), "cos(" << x << ")");
        BOOST_TEST(std::bit_cast<std::uint64_t>(fluxion::tan(x)) == std::bit_cast<std::uint64_t>(tan_at_compile_time[i]), "tan(" << x << ")");
    }
    std::printf("bit identity: %zu arguments (%zu through Payne-Hanek), 3 functions\n", table_size, huge);
    BOOST_TEST(huge > 200u);
}

// The float path (detail/trig_float.hpp), compiled and run.
namespace {
constexpr auto sinf_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::sin(x); });
constexpr auto cosf_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::cos(x); });
constexpr auto tanf_at_compile_time = ft::evaluate_floats([](float x) { return fluxion::tan(x); });
} // namespace

BOOST_AUTO_TEST_CASE(float_path_compile_time_and_run_time_agree_bit_for_bit) {
    BOOST_TEST(ft::float_identity_mismatches(sinf_at_compile_time, [](float x) { return fluxion::sin(x); }) == 0u);
    BOOST_TEST(ft::float_identity_mismatches(cosf_at_compile_time, [](float x) { return fluxion::cos(x); }) == 0u);
    BOOST_TEST(ft::float_identity_mismatches(tanf_at_compile_time, [](float x) { return fluxion::tan(x); }) == 0u);
}

// sincos reduces once and evaluates both kernels: its results must be those of
// sin and cos, bit for bit, in every range (tiny, Cody-Waite, Payne-Hanek),
// for signed zeros and NaN, and in float.
BOOST_AUTO_TEST_CASE(sincos_is_sin_and_cos_bit_for_bit) {
    auto xs = ft::log_uniform<double>(100000, -1074, 1023, true, 901);
    for (double x : {0.0, -0.0, 0x1p-27, -0x1p-27, 0x1.8p20, -0x1.8p20, 6381956970095103.0 * 0x1p797,
                     std::numeric_limits<double>::max(), std::numeric_limits<double>::quiet_NaN()})
        xs.push_back(x);
    for (double x : ft::uniform<double>(100000, -20, 20, 902)) xs.push_back(x);
    std::size_t mismatches = 0;
    for (double x : {0x1p-28, -0x1p-28, 0x1.7ffffffffffffp20, -0x1.7ffffffffffffp20, 0x1.8000000000001p20})
        xs.push_back(x); // the edges of sincos's one-test common path
    for (double x : xs) {
        const auto sc = fluxion::sincos(x);
        // The run-time entry of the derivative rules (one register, merged calls).
        const auto merged = fluxion::detail::sincos_double_at_run_time(x);
        const auto same = [](double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); };
        if (!same(sc.sin, fluxion::sin(x)) || !same(sc.cos, fluxion::cos(x)) || !same(merged.sin, sc.sin) ||
            !same(merged.cos, sc.cos))
            ++mismatches;
    }
    for (float x : ft::log_uniform<float>(50000, -149, 127, true, 903)) {
        const auto sc = fluxion::sincos(x);
        if (std::bit_cast<std::uint32_t>(sc.sin) != std::bit_cast<std::uint32_t>(fluxion::sin(x)) ||
            std::bit_cast<std::uint32_t>(sc.cos) != std::bit_cast<std::uint32_t>(fluxion::cos(x)))
            ++mismatches;
    }
    BOOST_TEST(mismatches == 0u);
}
