// Run-time suite: asin, acos, atan, atan2 against MPFR (correctly rounded) on
// random and hard arguments, Annex F special values against <cmath>, and
// bit-identity between compile-time and run-time results.
#define BOOST_TEST_MODULE math_inverse_trig
#include <boost/test/unit_test.hpp>

#include <fluxion/detail/ieee.hpp>
#include <fluxion/math/acos.hpp>
#include <fluxion/math/asin.hpp>
#include <fluxion/math/atan.hpp>
#include <fluxion/math/atan2.hpp>

#include "float_path.hpp"
#include "mpfr_oracle.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <utility>
#include <vector>

namespace ft = fluxion_test;

namespace {

template <class T>
T asin_of(T x) { return fluxion::asin(x); }
template <class T>
T acos_of(T x) { return fluxion::acos(x); }
template <class T>
T atan_of(T x) { return fluxion::atan(x); }
template <class T>
T atan2_of(T y, T x) { return fluxion::atan2(y, x); }

// Arguments of asin and acos: uniform in [-1, 1], tiny values over the whole
// exponent range below 1/2 (both signs), values near +-1 (1 - d with d from
// 2^-53 to 1/2) and near the switch at +-1/2, each with neighbours.
template <class T>
std::vector<T> unit_interval_arguments(std::uint64_t seed) {
    constexpr int digits = std::numeric_limits<T>::digits;
    constexpr int emin = std::numeric_limits<T>::min_exponent - digits; // smallest subnormal's exponent
    auto xs = ft::concat(ft::uniform<T>(100000, -1.0, 1.0, seed), ft::log_uniform<T>(20000, emin, -2, true, seed + 1));
    std::vector<T> hard;
    for (T d : ft::log_uniform<T>(4000, -digits, -1, false, seed + 2)) {
        hard.push_back(T(1) - d);
        hard.push_back(d - T(1));
    }
    for (T d : ft::log_uniform<T>(1000, -digits, -4, false, seed + 3)) {
        hard.push_back(T(0.5) + d);
        hard.push_back(-T(0.5) - d);
        hard.push_back(T(0.5) - d);
    }
    hard.push_back(T(0.5));
    hard.push_back(T(1));
    hard.push_back(T(-1));
    return ft::concat(xs, ft::with_neighbours(hard, 2));
}

// Arguments of atan: the whole exponent range, plus the algorithm's switch
// points (2^-27, 7/16, 11/16, 1, 2^53) and their reciprocals with neighbours.
template <class T>
std::vector<T> real_line_arguments(std::uint64_t seed) {
    constexpr int digits = std::numeric_limits<T>::digits;
    constexpr int emin = std::numeric_limits<T>::min_exponent - digits;
    constexpr int emax = std::numeric_limits<T>::max_exponent - 1;
    auto xs = ft::concat(ft::log_uniform<T>(100000, emin, emax, true, seed), ft::log_uniform<T>(50000, -30, 30, true, seed + 1));
    std::vector<T> hard;
    for (T c : {T(0x1p-27), T(0x1p-26), T(7.0 / 16), T(11.0 / 16), T(1), T(16.0 / 11), T(16.0 / 7), T(0x1p53)}) {
        hard.push_back(c);
        hard.push_back(-c);
    }
    return ft::concat(xs, ft::with_neighbours(hard, 4));
}

// Pairs for atan2: (1) both arguments over the whole exponent range and both
// signs, so y / x overflows and underflows (subnormal results included);
// (2) ratios within 2^+-60 of 1, the common case, all four quadrants;
// (3) ratios near 2^+-54 (double) or 2^+-25 (float), where the shortcuts for
// huge and tiny ratios begin, and ratios near 1 in the second and third
// quadrants, where pi - atan(u) needs the double-double addition.
template <class T>
void atan2_arguments(std::uint64_t seed, std::vector<T>& ys, std::vector<T>& xs) {
    constexpr int digits = std::numeric_limits<T>::digits;
    constexpr int emin = std::numeric_limits<T>::min_exponent - digits;
    constexpr int emax = std::numeric_limits<T>::max_exponent - 1;
    ys = ft::log_uniform<T>(100000, emin, emax, true, seed);
    xs = ft::log_uniform<T>(100000, emin, emax, true, seed + 1);
    const auto ratios = ft::log_uniform<T>(60000, -60, 60, true, seed + 2);
    const auto bases = ft::log_uniform<T>(60000, emin + 70, emax - 70, true, seed + 3);
    for (std::size_t i = 0; i < ratios.size(); ++i) {
        xs.push_back(bases[i]);
        ys.push_back(bases[i] * ratios[i]); // exact scaling or a rounding: any value will do
    }
    // |y / x| around 2^(digits + 1), where pi/2 -+ |x / y| stops rounding to
    // pi/2's nearest (the switch to the "result is pi/2" shortcut); and the
    // mirror image, |y / x| around 2^-(digits + 1), for the tiny-quotient path.
    const auto big = ft::log_uniform<T>(10000, digits - 1, digits + 3, true, seed + 5);
    const auto unit = ft::uniform<T>(10000, 1.0, 2.0, seed + 6);
    for (std::size_t i = 0; i < big.size(); ++i) {
        xs.push_back(i % 2 ? -unit[i] : unit[i]);
        ys.push_back(big[i]);
        xs.push_back(i % 2 ? -big[i] : big[i]);
        ys.push_back(unit[i]);
    }
    const auto near_one = ft::uniform<T>(20000, 0.25, 4.0, seed + 4);
    for (std::size_t i = 0; i < near_one.size(); ++i) {
        xs.push_back(T(-1));
        ys.push_back(i % 2 ? near_one[i] : -near_one[i]);
    }
}

template <class T>
void check(const ft::accuracy_report<T>& report) {
    report.print();
    BOOST_TEST(report.max_ulp <= 1u, report.what << ": max ulp " << report.max_ulp << " at (" << report.worst_x << ", "
                                                 << report.worst_y << ")");
}

template <class T>
std::string type_name() { return sizeof(T) == 8 ? "double" : "float"; }

template <class T>
void sweep_all(std::uint64_t seed) {
    const auto unit = unit_interval_arguments<T>(seed);
    check(ft::sweep<T>("asin " + type_name<T>(), asin_of<T>, mpfr_asin, unit));
    check(ft::sweep<T>("acos " + type_name<T>(), acos_of<T>, mpfr_acos, unit));
    check(ft::sweep<T>("atan " + type_name<T>(), atan_of<T>, mpfr_atan, real_line_arguments<T>(seed + 10)));
    std::vector<T> ys, xs;
    atan2_arguments<T>(seed + 20, ys, xs);
    check(ft::sweep<T>("atan2 " + type_name<T>(), atan2_of<T>, mpfr_atan2, ys, xs));
}

} // namespace

BOOST_AUTO_TEST_CASE(double_within_one_ulp_of_mpfr) { sweep_all<double>(100); }
BOOST_AUTO_TEST_CASE(float_within_one_ulp_of_mpfr) { sweep_all<float>(200); }

// Every combination of special and ordinary values, bit for bit against MPFR
// (whose special values follow C99 Annex F, signed zeros included) and, for
// the pure special values (zeros, infinities, +-1), against glibc too.
BOOST_AUTO_TEST_CASE(special_values_follow_annex_f) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double dmin = std::numeric_limits<double>::denorm_min();
    constexpr double dmax = std::numeric_limits<double>::max();
    const std::vector<double> specials = {0.0, -0.0, inf, -inf, 1.0, -1.0, nan, 0.5, -0.5, dmin, -dmin,
                                          dmax, -dmax, 0x1p-1022, -0x1p-1022, 3.0, -3.0};
    const auto pure = [](double v) { return v == 0 || std::isinf(v) || std::fabs(v) == 1; };
    const auto bits = [](double v) { return std::bit_cast<std::uint64_t>(v); };
    for (double x : specials) {
        const bool outside = std::isnan(x) || std::fabs(x) > 1; // asin, acos give NaN
        BOOST_TEST(std::isnan(fluxion::atan(x)) == std::isnan(x));
        BOOST_TEST(std::isnan(fluxion::asin(x)) == outside);
        BOOST_TEST(std::isnan(fluxion::acos(x)) == outside);
        if (!std::isnan(x)) {
            BOOST_TEST(bits(fluxion::atan(x)) == bits(ft::correctly_rounded<double>(mpfr_atan, x)), "atan(" << x << ")");
            if (pure(x)) BOOST_TEST(bits(fluxion::atan(x)) == bits(std::atan(x)), "atan(" << x << ") vs glibc");
        }
        if (!outside) {
            BOOST_TEST(bits(fluxion::asin(x)) == bits(ft::correctly_rounded<double>(mpfr_asin, x)), "asin(" << x << ")");
            BOOST_TEST(bits(fluxion::acos(x)) == bits(ft::correctly_rounded<double>(mpfr_acos, x)), "acos(" << x << ")");
            if (pure(x)) {
                BOOST_TEST(bits(fluxion::asin(x)) == bits(std::asin(x)), "asin(" << x << ") vs glibc");
                BOOST_TEST(bits(fluxion::acos(x)) == bits(std::acos(x)), "acos(" << x << ") vs glibc");
            }
        }
        for (double y : specials) {
            const double ours = fluxion::atan2(y, x);
            BOOST_TEST(std::isnan(ours) == (std::isnan(x) || std::isnan(y)));
            if (std::isnan(ours)) continue;
            BOOST_TEST(bits(ours) == bits(ft::correctly_rounded<double>(mpfr_atan2, y, x)), "atan2(" << y << ", " << x << ")");
            if (pure(x) && pure(y)) BOOST_TEST(bits(ours) == bits(std::atan2(y, x)), "atan2(" << y << ", " << x << ") vs glibc");
        }
    }
}

// Subnormal quotients that are exact ties at the subnormal precision: atan is
// slightly below its argument, so they round down, where plain division rounds
// to even. MPFR (with subnormalize) agrees.
BOOST_AUTO_TEST_CASE(atan2_rounds_subnormal_ties_down) {
    constexpr double dmin = std::numeric_limits<double>::denorm_min();
    for (int j = 1; j < 2000; ++j) {
        for (const auto& [y, x] : {std::pair{j * dmin, 2.0}, std::pair{3 * j * dmin, 6.0}, std::pair{-j * dmin, 0x1p10},
                                   std::pair{j * 0x1p-1000, 0x1p75}}) {
            const double expected = ft::correctly_rounded<double>(mpfr_atan2, y, x);
            BOOST_TEST(ft::ulp_distance(fluxion::atan2(y, x), expected) == 0u, "atan2(" << y << ", " << x << ")");
        }
    }
    constexpr float fdmin = std::numeric_limits<float>::denorm_min();
    for (int j = 1; j < 4000; ++j) {
        for (const auto& [y, x] : {std::pair{j * fdmin, 2.0f}, std::pair{-j * fdmin, 8.0f}, std::pair{j * 0x1p-100f, 0x1p40f}}) {
            const float expected = ft::correctly_rounded<float>(mpfr_atan2, y, x);
            BOOST_TEST(ft::ulp_distance(fluxion::atan2(y, x), expected) == 0u, "atan2f(" << y << ", " << x << ")");
        }
    }
    BOOST_TEST(fluxion::atan2(3 * dmin, 2.0) == dmin);
    BOOST_TEST(fluxion::atan2(3 * dmin, -2.0) == 0x1.921fb54442d18p+1);
}

// long double: double accuracy, and atan2 of a pair far beyond double's range
// is that of the pair scaled back (atan2 depends only on y / x).
BOOST_AUTO_TEST_CASE(long_double_atan2_is_scale_invariant) {
    const auto ys = ft::log_uniform<double>(5000, -60, 60, true, 300);
    const auto xs = ft::log_uniform<double>(5000, -60, 60, true, 301);
    for (std::size_t i = 0; i < ys.size(); ++i) {
        const int k = static_cast<int>(i % 31) * 1000 - 15000; // -15000 .. 15000
        const long double y = std::ldexp(static_cast<long double>(ys[i]), k);
        const long double x = std::ldexp(static_cast<long double>(xs[i]), k);
        BOOST_TEST(fluxion::atan2(y, x) == static_cast<long double>(fluxion::atan2(ys[i], xs[i])),
                   "atan2(" << ys[i] << " 2^" << k << ", " << xs[i] << " 2^" << k << ")");
        BOOST_TEST(fluxion::asin(static_cast<long double>(ys[i] / 0x1p61)) ==
                   static_cast<long double>(fluxion::asin(ys[i] / 0x1p61)));
    }
}

BOOST_AUTO_TEST_CASE(domain_errors_give_nan_at_run_time) {
    volatile double two = 2.0, big = -1e300, inf = std::numeric_limits<double>::infinity();
    BOOST_TEST(std::isnan(fluxion::asin(two)));
    BOOST_TEST(std::isnan(fluxion::asin(big)));
    BOOST_TEST(std::isnan(fluxion::acos(inf)));
    BOOST_TEST(std::isnan(fluxion::acos(-two)));
    BOOST_TEST(std::isnan(fluxion::asin(std::nextafter(1.0, 2.0))));
    BOOST_TEST(std::isnan(fluxion::asin(1.0000001f)));
}

// ---- Bit identity: the same inputs, evaluated in a constant expression and at
// run time (arguments laundered through a volatile), give the same bits. ----
namespace {

constexpr std::size_t table_size = 300;

// xorshift64: a constexpr stream of pseudo-random 64-bit patterns.
struct bit_stream {
    std::uint64_t s;
    constexpr std::uint64_t next() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
};

// Finite doubles of every exponent and sign (random bit patterns).
constexpr std::array<double, table_size> any_doubles(std::uint64_t seed) {
    std::array<double, table_size> out{};
    bit_stream g{seed};
    for (auto& v : out) {
        do v = std::bit_cast<double>(g.next());
        while (!fluxion::detail::is_finite(v));
    }
    return out;
}

// Values in [-1, 1]: uniform, then pushed towards 0 and towards +-1 for a third each.
constexpr std::array<double, table_size> unit_doubles(std::uint64_t seed) {
    std::array<double, table_size> out{};
    bit_stream g{seed};
    for (std::size_t i = 0; i < table_size; ++i) {
        const double u = static_cast<double>(g.next() >> 11) * 0x1p-53; // [0, 1)
        const double s = (g.next() & 1) ? -1.0 : 1.0;
        const double scale = fluxion::detail::pow2(-static_cast<int>(g.next() % 1000));
        if (i % 3 == 0) out[i] = s * u;
        else if (i % 3 == 1) out[i] = s * u * scale;   // tiny, down to subnormal
        else out[i] = s * (1.0 - u * scale);           // near +-1
    }
    return out;
}

template <class F>
constexpr std::array<double, table_size> apply(F f, const std::array<double, table_size>& in) {
    std::array<double, table_size> out{};
    for (std::size_t i = 0; i < table_size; ++i) out[i] = f(in[i]);
    return out;
}
template <class F>
constexpr std::array<double, table_size> apply2(F f, const std::array<double, table_size>& a,
                                                const std::array<double, table_size>& b) {
    std::array<double, table_size> out{};
    for (std::size_t i = 0; i < table_size; ++i) out[i] = f(a[i], b[i]);
    return out;
}

// Pairs for atan2 whose ratio stays near 1 (the common path), besides the random ones.
constexpr std::array<double, table_size> nearby(const std::array<double, table_size>& base, std::uint64_t seed) {
    std::array<double, table_size> out{};
    bit_stream g{seed};
    for (std::size_t i = 0; i < table_size; ++i) {
        const double m = 1.0 + static_cast<double>(g.next() >> 11) * 0x1p-53;
        const double s = (g.next() & 1) ? -1.0 : 1.0;
        out[i] = fluxion::detail::abs_value(base[i]) < 0x1p1000 && fluxion::detail::abs_value(base[i]) > 0x1p-1000
                     ? s * base[i] * m * fluxion::detail::pow2(static_cast<int>(g.next() % 41) - 20)
                     : s * m;
    }
    return out;
}

constexpr auto unit_in = unit_doubles(0x9e3779b97f4a7c15);
constexpr auto line_in = any_doubles(0xd1b54a32d192ed03);
constexpr auto y_in = any_doubles(0x2545f4914f6cdd1d);
constexpr auto near_in = nearby(line_in, 0x8badf00d);

constexpr auto asin_ct = apply([](double x) { return fluxion::asin(x); }, unit_in);
constexpr auto acos_ct = apply([](double x) { return fluxion::acos(x); }, unit_in);
constexpr auto atan_ct = apply([](double x) { return fluxion::atan(x); }, line_in);
constexpr auto atan2_ct = apply2([](double y, double x) { return fluxion::atan2(y, x); }, y_in, line_in);
constexpr auto atan2_near_ct = apply2([](double y, double x) { return fluxion::atan2(y, x); }, near_in, line_in);
constexpr auto asinf_ct = apply([](double x) { return static_cast<double>(fluxion::asin(static_cast<float>(x))); }, unit_in);
constexpr auto acosf_ct = apply([](double x) { return static_cast<double>(fluxion::acos(static_cast<float>(x))); }, unit_in);
constexpr auto atan2f_ct = apply2(
    [](double y, double x) { return static_cast<double>(fluxion::atan2(static_cast<float>(y), static_cast<float>(x))); },
    near_in, line_in);

template <class F>
void check_identical(const char* what, F f, const std::array<double, table_size>& in,
                     const std::array<double, table_size>& expected) {
    for (std::size_t i = 0; i < table_size; ++i) {
        volatile double launder = in[i];
        const double x = launder;
        BOOST_TEST(std::bit_cast<std::uint64_t>(f(x)) == std::bit_cast<std::uint64_t>(expected[i]),
                   what << "(" << x << ")");
    }
}
template <class F>
void check_identical2(const char* what, F f, const std::array<double, table_size>& a,
                      const std::array<double, table_size>& b, const std::array<double, table_size>& expected) {
    for (std::size_t i = 0; i < table_size; ++i) {
        volatile double launder_a = a[i], launder_b = b[i];
        const double y = launder_a, x = launder_b;
        BOOST_TEST(std::bit_cast<std::uint64_t>(f(y, x)) == std::bit_cast<std::uint64_t>(expected[i]),
                   what << "(" << y << ", " << x << ")");
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(compile_time_and_run_time_agree_bit_for_bit) {
    check_identical("asin", [](double x) { return fluxion::asin(x); }, unit_in, asin_ct);
    check_identical("acos", [](double x) { return fluxion::acos(x); }, unit_in, acos_ct);
    check_identical("atan", [](double x) { return fluxion::atan(x); }, line_in, atan_ct);
    check_identical2("atan2", [](double y, double x) { return fluxion::atan2(y, x); }, y_in, line_in, atan2_ct);
    check_identical2("atan2", [](double y, double x) { return fluxion::atan2(y, x); }, near_in, line_in, atan2_near_ct);
    check_identical("asinf", [](double x) { return static_cast<double>(fluxion::asin(static_cast<float>(x))); },
                    unit_in, asinf_ct);
    check_identical("acosf", [](double x) { return static_cast<double>(fluxion::acos(static_cast<float>(x))); },
                    unit_in, acosf_ct);
    check_identical2(
        "atan2f",
        [](double y, double x) {
            return static_cast<double>(fluxion::atan2(static_cast<float>(y), static_cast<float>(x)));
        },
        near_in, line_in, atan2f_ct);
}

// The float path of atan (plain double) on every 251st float from 2^-27 to
// 2^53, both signs (beyond, the double path runs), against the double
// algorithm rounded to float; MPFR where they differ. And compiled against run.
BOOST_AUTO_TEST_CASE(atan_float_path_dense_check) {
    const auto r = fluxion_test::check_float_path(
        "atan", [](float x) { return fluxion::atan(x); },
        [](float x) { return static_cast<float>(fluxion::detail::atan_double(x)); }, mpfr_atan, 0x32000000u,
        0x5a000000u, 251);
    BOOST_TEST(r.differing.max_ulp <= 1u);
}

namespace {
constexpr auto atanf_at_compile_time = fluxion_test::evaluate_floats([](float x) { return fluxion::atan(x); });
} // namespace

BOOST_AUTO_TEST_CASE(atan_float_path_compile_time_equals_run_time) {
    BOOST_TEST(fluxion_test::float_identity_mismatches(atanf_at_compile_time, [](float x) { return fluxion::atan(x); }) == 0u);
}

// The float paths of asin and acos (detail/asin_float.hpp: a division-free
// polynomial in plain double and a Ziv rounding test) on every 41st float of
// [-1, 1], both signs (zeros and subnormals take the double algorithm): they
// must return EXACTLY the double algorithm rounded to float, and be odd
// (asin) bit for bit. The rounding test is what makes them exact: the fast
// result alone rounds to another float on some of these arguments (counted).
BOOST_AUTO_TEST_CASE(asin_acos_float_path_dense_check) {
    using namespace fluxion::detail;
    const auto asin_r = ft::check_float_path(
        "asin", [](float x) { return fluxion::asin(x); }, [](float x) { return static_cast<float>(asin_double(x)); },
        mpfr_asin, 0u, 0x3f800001u, 41);
    const auto acos_r = ft::check_float_path(
        "acos", [](float x) { return fluxion::acos(x); }, [](float x) { return static_cast<float>(acos_double(x)); },
        mpfr_acos, 0u, 0x3f800001u, 41);
    BOOST_TEST(asin_r.differ == 0u);
    BOOST_TEST(acos_r.differ == 0u);
    std::size_t asymmetric = 0, asin_saved = 0, acos_saved = 0;
    for (std::uint64_t b = 0x0080'0000u, step = ft::dense_stride(41); b <= 0x3f80'0000u; b += step) {
        const auto bits = static_cast<std::uint32_t>(b);
        const float x = std::bit_cast<float>(bits);
        if (std::bit_cast<std::uint32_t>(fluxion::asin(-x)) != (std::bit_cast<std::uint32_t>(fluxion::asin(x)) ^ 0x8000'0000u))
            ++asymmetric;
        const double ra = asin_float_fast(asin_float_forms, bits).r, rc = asin_float_fast(acos_float_forms, bits).r;
        if (static_cast<float>(ra) != fluxion::asin(x)) ++asin_saved;
        if (static_cast<float>(rc) != fluxion::acos(x)) ++acos_saved;
    }
    std::printf("float path asin / acos: the rounding test changed %zu / %zu of the positive swept results\n",
                asin_saved, acos_saved);
    BOOST_TEST(asymmetric == 0u);
    BOOST_TEST(asin_saved > 0u);
    BOOST_TEST(acos_saved > 0u);
}

namespace {
// Floats where the fast result rounds to a float other than the double
// algorithm's, so the rounding test must defer (found by an exhaustive scan of
// [-1, 1]; both reductions, both signs). Checked below to still be such cases.
constexpr std::array<float, 6> asin_deferred = {0x1.9a9072p-10f, -0x1.c7483ap-10f, 0x1.00029p-1f,
                                                -0x1.003d6p-1f, 0x1.009d48p-1f, -0x1.ec9b9ep-10f};
constexpr std::array<float, 6> acos_deferred = {-0x1.80d99ap-7f, 0x1.145f36p-6f, 0x1.000ddcp-1f,
                                                -0x1.00ce98p-1f, 0x1.00a836p-1f, -0x1.9a6072p-6f};
template <class F>
constexpr std::array<float, 6> apply_float(F f, const std::array<float, 6>& xs) {
    std::array<float, 6> out{};
    for (std::size_t i = 0; i < xs.size(); ++i) out[i] = f(xs[i]);
    return out;
}
constexpr auto asin_deferred_ct = apply_float([](float x) { return fluxion::asin(x); }, asin_deferred);
constexpr auto acos_deferred_ct = apply_float([](float x) { return fluxion::acos(x); }, acos_deferred);
constexpr auto acosf_identity_ct = fluxion_test::evaluate_floats([](float x) {
    return x >= -1 && x <= 1 ? fluxion::acos(x) : 0.0f; // (beyond +-1: a domain error in a constant expression)
});
} // namespace

// For each x of xs: the fast result (forms: asin's or acos's) is doubtful and
// rounds to another float than the double algorithm dbl; f(x) equals dbl's,
// is within 1 ulp of MPFR and equals its compile-time value ct.
template <class F, class D>
void check_deferred(const char* what, const fluxion::detail::asin_float_form (&forms)[4], const std::array<float, 6>& xs,
                    const std::array<float, 6>& ct, F f, D dbl, ft::mpfr_fn1 exact) {
    for (std::size_t i = 0; i < xs.size(); ++i) {
        volatile float launder = xs[i];
        const float x = launder;
        const auto fast = fluxion::detail::asin_float_fast(forms, std::bit_cast<std::uint32_t>(x));
        BOOST_TEST(!fast.safe, what << "(" << x << ")");
        BOOST_TEST(static_cast<float>(fast.r) != static_cast<float>(dbl(x)), what << "(" << x << ")");
        BOOST_TEST(f(x) == static_cast<float>(dbl(x)), what << "(" << x << ")");
        BOOST_TEST(ft::ulp_distance(f(x), ft::correctly_rounded<float>(exact, x)) <= 1u);
        BOOST_TEST(std::bit_cast<std::uint32_t>(f(x)) == std::bit_cast<std::uint32_t>(ct[i]));
    }
}

BOOST_AUTO_TEST_CASE(asin_acos_float_rounding_test_defers_where_needed) {
    using namespace fluxion::detail;
    check_deferred("asin", asin_float_forms, asin_deferred, asin_deferred_ct, [](float x) { return fluxion::asin(x); },
                   [](float x) { return asin_double(x); }, mpfr_asin);
    check_deferred("acos", acos_float_forms, acos_deferred, acos_deferred_ct, [](float x) { return fluxion::acos(x); },
                   [](float x) { return acos_double(x); }, mpfr_acos);
    BOOST_TEST(fluxion_test::float_identity_mismatches(acosf_identity_ct, [](float x) {
                   return x >= -1 && x <= 1 ? fluxion::acos(x) : 0.0f;
               }) == 0u);
}

// The float special values: the same as the double algorithm's, rounded.
BOOST_AUTO_TEST_CASE(asin_acos_float_special_values) {
    constexpr float finf = std::numeric_limits<float>::infinity(), fdmin = std::numeric_limits<float>::denorm_min();
    const auto bits = [](float v) { return std::bit_cast<std::uint32_t>(v); };
    for (float x : {0.0f, -0.0f, fdmin, -fdmin, 0x1p-126f, -0x1p-126f, 0x1.fffffcp-127f, 1.0f, -1.0f, 0.5f, -0.5f,
                    0x1.fffffep-2f, -0x1.fffffep-2f, 0x1.fffffep-1f, -0x1.fffffep-1f}) {
        volatile float launder = x;
        const float y = launder;
        BOOST_TEST(bits(fluxion::asin(y)) == bits(static_cast<float>(fluxion::detail::asin_double(y))), "asin(" << y << ")");
        BOOST_TEST(bits(fluxion::acos(y)) == bits(static_cast<float>(fluxion::detail::acos_double(y))), "acos(" << y << ")");
    }
    BOOST_TEST(bits(fluxion::asin(-0.0f)) == 0x8000'0000u);
    BOOST_TEST(bits(fluxion::asin(0.0f)) == 0u);
    BOOST_TEST(bits(fluxion::acos(1.0f)) == 0u);
    BOOST_TEST(fluxion::asin(-fdmin) == -fdmin);
    for (float x : {finf, -finf, 0x1.000002p0f, -0x1.000002p0f, std::numeric_limits<float>::quiet_NaN(), 3.0f}) {
        volatile float launder = x;
        BOOST_TEST(std::isnan(fluxion::asin(static_cast<float>(launder))));
        BOOST_TEST(std::isnan(fluxion::acos(static_cast<float>(launder))));
    }
}
