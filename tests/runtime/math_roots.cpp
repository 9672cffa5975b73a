// Run-time suite: sqrt, cbrt and hypot against MPFR (mpfr_sqrt, mpfr_cbrt,
// mpfr_hypot, correctly rounded at 53 and 24 bits), over the full exponent
// range and the hard cases (perfect squares and cubes and their neighbours,
// extreme ratios, subnormals, Pythagorean ties); Annex F special values
// against <cmath>; and bit identity of compile-time and run-time results.
#define BOOST_TEST_MODULE math_roots
#include <boost/test/unit_test.hpp>

#include <fluxion/math/cbrt.hpp>
#include <fluxion/math/hypot.hpp>
#include <fluxion/math/sqrt.hpp>

#include "float_path.hpp"
#include "mpfr_oracle.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace ft = fluxion_test;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();
constexpr double dmax = std::numeric_limits<double>::max();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();

std::uint64_t bits(double x) { return std::bit_cast<std::uint64_t>(x); }

// Every report line is printed (for docs/math/roots.md) and must be <= 1 ulp;
// the functions documented as correctly rounded are checked for 0 ulp.
template <class T>
void check(const ft::accuracy_report<T>& r, std::uint64_t allowed) {
    r.print();
    BOOST_TEST(r.max_ulp <= allowed, r.what << ": max ulp " << r.max_ulp << " at (" << r.worst_x << ", " << r.worst_y << ")");
}

// Random doubles with independent, uniformly distributed exponents over the
// whole range: pairs for the two-argument functions, including extreme ratios.
std::vector<double> partners(const std::vector<double>& xs, int max_shift, std::uint64_t seed) {
    std::mt19937_64 gen(seed);
    std::uniform_int_distribution<int> shift(-max_shift, max_shift);
    std::uniform_real_distribution<double> factor(1.0, 2.0);
    std::vector<double> ys;
    for (double x : xs) {
        const double f = factor(gen); // (two statements: the order of the draws is fixed on every compiler)
        const double y = std::ldexp(x * f, shift(gen));
        ys.push_back(std::isfinite(y) && y != 0 ? y : x);
    }
    return ys;
}

} // namespace

// ------------------------------------------------------------------ sqrt
//
// fluxion::sqrt uses the hardware square root at run time and the software
// algorithm (detail::sqrt_software) in constant expressions. The sweeps below
// check the SOFTWARE path against MPFR, called at run time, and count every
// argument where the two paths differ in a single bit (there must be none).

namespace {
std::size_t sqrt_paths_differ = 0;
double sqrt_software_checked(double x) {
    if (!(x > 0 && std::isfinite(x))) return fluxion::sqrt(x); // sqrt_software takes finite x > 0
    const double s = fluxion::detail::sqrt_software(x);
    if (bits(s) != bits(fluxion::sqrt(x))) ++sqrt_paths_differ;
    return s;
}
float sqrt_software_checked(float x) {
    if (!(x > 0 && std::isfinite(x))) return fluxion::sqrt(x);
    const auto s = static_cast<float>(fluxion::detail::sqrt_software(x));
    if (std::bit_cast<std::uint32_t>(s) != std::bit_cast<std::uint32_t>(fluxion::sqrt(x))) ++sqrt_paths_differ;
    return s;
}
} // namespace

BOOST_AUTO_TEST_CASE(sqrt_is_correctly_rounded_double) {
    const auto xs = ft::log_uniform<double>(200000, -1074, 1023, false, 101);
    check(ft::sweep<double>("sqrt double log_uniform", [](double x) { return sqrt_software_checked(x); }, mpfr_sqrt, xs), 0);
    // Around the reduction's boundaries (1, 2, 4: the binades of m) and the subnormals.
    std::vector<double> edges;
    for (double c : {1.0, 2.0, 4.0, 0x1p-1022, 0x1p-1050, 0x1p1023, dmax, denorm_min})
        for (double x = c, i = 0; i < 2000 && x > 0 && std::isfinite(x); ++i) {
            edges.push_back(x);
            x = std::nextafter(x, i < 1000 ? inf : 0.0);
            if (i == 999) x = c;
        }
    check(ft::sweep<double>("sqrt double boundaries", [](double x) { return sqrt_software_checked(x); }, mpfr_sqrt, edges), 0);
    BOOST_TEST(sqrt_paths_differ == 0u);
}

BOOST_AUTO_TEST_CASE(sqrt_is_correctly_rounded_float) {
    const auto xs = ft::log_uniform<float>(200000, -149, 127, false, 102);
    check(ft::sweep<float>("sqrt float log_uniform", [](float x) { return sqrt_software_checked(x); }, mpfr_sqrt, xs), 0);
    BOOST_TEST(sqrt_paths_differ == 0u);
}

// At run time fluxion::sqrt(float) is the float instruction; in constant
// expressions the double software sqrt rounded to float. Every 61st bit
// pattern (both signs, subnormals, infinities and NaNs included): the same bits.
BOOST_AUTO_TEST_CASE(sqrt_float_instruction_equals_the_software_path) {
    std::size_t differ = 0, cases = 0;
    for (std::uint64_t b = 0, step = ft::dense_stride(61); b <= 0xffffffffu; b += step) {
        const float x = std::bit_cast<float>(static_cast<std::uint32_t>(b));
        const float hardware = fluxion::sqrt(x);
        const float software = x > 0 && std::isfinite(x) ? static_cast<float>(fluxion::detail::sqrt_software(x))
                                                         : static_cast<float>(fluxion::detail::sqrt_double(x));
        ++cases;
        if (std::isnan(software) ? !std::isnan(hardware)
                                 : std::bit_cast<std::uint32_t>(hardware) != std::bit_cast<std::uint32_t>(software))
            ++differ;
    }
    BOOST_TEST_MESSAGE("sqrt float: " << cases << " floats, " << differ << " differ");
    BOOST_TEST(differ == 0u);
}

BOOST_AUTO_TEST_CASE(sqrt_of_perfect_squares_is_exact_and_neighbours_round_correctly) {
    std::mt19937_64 gen(103);
    std::vector<double> near_squares;
    std::size_t inexact = 0;
    for (std::uint64_t k = 0; k < 200000; ++k) {
        const double r = static_cast<double>(k);
        if (sqrt_software_checked(r * r) != r) ++inexact;
    }
    for (int i = 0; i < 100000; ++i) {
        const double r = static_cast<double>(gen() >> 38);                             // random 26-bit integer
        const double scaled = std::ldexp(r, static_cast<int>(gen() % 1000) - 500 - 26); // and scaled by 2^k
        if (sqrt_software_checked(r * r) != r || sqrt_software_checked(scaled * scaled) != scaled) ++inexact;
        near_squares.push_back(r * r);
    }
    BOOST_TEST(inexact == 0u);
    // Every square of a 53-bit significand, and its neighbours: the values whose
    // root is closest to a midpoint.
    for (int i = 0; i < 50000; ++i) {
        const double y = 1.0 + static_cast<double>(gen() >> 12) * 0x1p-52;
        near_squares.push_back(y * y);
    }
    check(ft::sweep<double>("sqrt double near squares", [](double x) { return sqrt_software_checked(x); }, mpfr_sqrt,
                            ft::with_neighbours(near_squares, 2)),
          0);
    BOOST_TEST(sqrt_paths_differ == 0u);
}

BOOST_AUTO_TEST_CASE(sqrt_special_values_follow_annex_f) {
    for (double x : {0.0, -0.0, inf, qnan, -qnan, -1.0, -inf, -denorm_min, dmax, denorm_min})
        BOOST_TEST(ft::ulp_distance(fluxion::sqrt(x), std::sqrt(x)) == 0u, "sqrt(" << x << ")");
    BOOST_TEST(bits(fluxion::sqrt(-0.0)) == bits(-0.0));
    BOOST_TEST(std::isnan(fluxion::sqrt(-1.0)));  // domain error: NaN at run time
    BOOST_TEST(std::isnan(fluxion::sqrt(-inf)));
    BOOST_TEST(std::isnan(fluxion::sqrt(-2.0f)));
    BOOST_TEST(fluxion::sqrt(dmax) == 0x1.fffffffffffffp+511);
    BOOST_TEST(fluxion::sqrt(denorm_min) == 0x1p-537);
    const long double big = 1e4000L; // beyond double: saturates to +inf (documented)
    BOOST_TEST(std::isinf(fluxion::sqrt(big)));
    BOOST_TEST(fluxion::sqrt(2.0L) == static_cast<long double>(std::sqrt(2.0)));
}

// ------------------------------------------------------------------ cbrt

BOOST_AUTO_TEST_CASE(cbrt_within_one_ulp_double) {
    const auto xs = ft::log_uniform<double>(200000, -1074, 1023, true, 201);
    check(ft::sweep<double>("cbrt double log_uniform", [](double x) { return fluxion::cbrt(x); }, mpfr_cbrt, xs), 1);
    std::vector<double> edges;
    for (double c : {1.0, 2.0, 4.0, 8.0, 0x1p-1022, 0x1p-1060, dmax, denorm_min})
        for (double x = c, i = 0; i < 2000 && x > 0 && std::isfinite(x); ++i) {
            edges.push_back(x);
            x = std::nextafter(x, i < 1000 ? inf : 0.0);
            if (i == 999) x = c;
        }
    check(ft::sweep<double>("cbrt double boundaries", [](double x) { return fluxion::cbrt(x); }, mpfr_cbrt, edges), 1);
}

BOOST_AUTO_TEST_CASE(cbrt_within_one_ulp_float) {
    const auto xs = ft::log_uniform<float>(200000, -149, 127, true, 202);
    check(ft::sweep<float>("cbrt float log_uniform", [](float x) { return fluxion::cbrt(x); }, mpfr_cbrt, xs), 1);
}

// The float path of cbrt (two Halley steps in plain double, cbrt_double near
// float midpoints) on every 61st float from +0 up to +inf, both signs
// (zeros, subnormals and infinities take the double algorithm),
// against the double algorithm rounded to float (MPFR where they differ),
// and compiled against run.
BOOST_AUTO_TEST_CASE(cbrt_float_path_dense_check) {
    const auto r = fluxion_test::check_float_path(
        "cbrt", [](float x) { return fluxion::cbrt(x); },
        [](float x) { return static_cast<float>(fluxion::detail::cbrt_double(x)); }, mpfr_cbrt, 0u, 0x7f800001u, 61);
    BOOST_TEST(r.differ == 0u);
    const float finf = std::numeric_limits<float>::infinity();
    BOOST_TEST(fluxion::cbrt(finf) == finf);
    BOOST_TEST(fluxion::cbrt(-finf) == -finf);
    BOOST_TEST(std::isnan(fluxion::cbrt(std::numeric_limits<float>::quiet_NaN())));
    BOOST_TEST(std::bit_cast<std::uint32_t>(fluxion::cbrt(-0.0f)) == 0x80000000u);
    // every perfect cube of a float with at most 8 significant bits, 2^-42 to 2^42
    std::size_t wrong = 0;
    for (int k = -42; k <= 34; ++k)
        for (int i = 128; i < 256; ++i) {
            const float c = std::ldexp(static_cast<float>(i), k);
            if (fluxion::cbrt(c * c * c) != c || fluxion::cbrt(-(c * c * c)) != -c) ++wrong;
        }
    BOOST_TEST(wrong == 0u);
}

namespace {
constexpr auto cbrtf_at_compile_time = fluxion_test::evaluate_floats([](float x) { return fluxion::cbrt(x); });
} // namespace

BOOST_AUTO_TEST_CASE(cbrt_float_path_compile_time_equals_run_time) {
    BOOST_TEST(fluxion_test::float_identity_mismatches(cbrtf_at_compile_time, [](float x) { return fluxion::cbrt(x); }) == 0u);
}

BOOST_AUTO_TEST_CASE(cbrt_of_perfect_cubes_is_exact_and_odd) {
    std::mt19937_64 gen(203);
    std::size_t wrong = 0;
    std::vector<double> near_cubes;
    for (long long k = -100000; k <= 100000; ++k) {
        const double r = static_cast<double>(k);
        if (fluxion::cbrt(r * r * r) != r) ++wrong;
    }
    for (int i = 0; i < 100000; ++i) {
        const double r17 = static_cast<double>(gen() >> 47); // 17 bits (draws in separate statements: same order on every compiler)
        const double r = std::ldexp(r17, static_cast<int>(gen() % 600) - 300);
        if (fluxion::cbrt(r * r * r) != r || fluxion::cbrt(-r * r * r) != -r) ++wrong;
        const double m = 1.0 + static_cast<double>(gen() >> 12) * 0x1p-52;
        const double x = std::ldexp(m, static_cast<int>(gen() % 2000) - 1000);
        if (bits(fluxion::cbrt(-x)) != bits(-fluxion::cbrt(x))) ++wrong;
        const double y = 1.0 + static_cast<double>(gen() >> 12) * 0x1p-52;
        near_cubes.push_back(y * y * y);
    }
    BOOST_TEST(wrong == 0u);
    check(ft::sweep<double>("cbrt double near cubes", [](double x) { return fluxion::cbrt(x); }, mpfr_cbrt,
                            ft::with_neighbours(near_cubes, 1)),
          1);
}

BOOST_AUTO_TEST_CASE(cbrt_special_values_follow_annex_f) {
    for (double x : {0.0, -0.0, inf, -inf, qnan})
        BOOST_TEST(ft::ulp_distance(fluxion::cbrt(x), std::cbrt(x)) == 0u, "cbrt(" << x << ")");
    BOOST_TEST(bits(fluxion::cbrt(-0.0)) == bits(-0.0));
    // Finite values against MPFR: glibc's cbrt is not correctly rounded (here
    // it returns 3.0000000000000004 for cbrt(27)).
    for (double x : {dmax, -dmax, denorm_min, -denorm_min, 27.0, -8.0, 0.125, 0x1p-1022})
        BOOST_TEST(bits(fluxion::cbrt(x)) == bits(ft::correctly_rounded<double>(mpfr_cbrt, x)), "cbrt(" << x << ")");
    BOOST_TEST(fluxion::cbrt(27.0) == 3.0);
    BOOST_TEST(fluxion::cbrt(-8.0) == -2.0);
    BOOST_TEST(fluxion::cbrt(0.125) == 0.5);
}

// ------------------------------------------------------------------ hypot

BOOST_AUTO_TEST_CASE(hypot_is_correctly_rounded_double) {
    const auto xs = ft::log_uniform<double>(100000, -1074, 1023, true, 301);
    const auto ys = ft::log_uniform<double>(100000, -1074, 1023, true, 302); // independent exponents
    // fluxion::hypot at run time uses the hardware sqrt for its first
    // estimate, in constant expressions Newton's method (hypot_impl<true>
    // forces it at run time): both are swept here, at run time.
    const auto f = [](double x, double y) { return fluxion::hypot(x, y); };
    const auto software = [](double x, double y) { return fluxion::detail::hypot_impl<true>(x, y); };
    check(ft::sweep<double>("hypot double independent, software sqrt", software, mpfr_hypot, xs, ys), 0);
    check(ft::sweep<double>("hypot double independent", f, mpfr_hypot, xs, ys), 0);
    check(ft::sweep<double>("hypot double ratio <= 2^60", f, mpfr_hypot, xs, partners(xs, 60, 303)), 0);
    check(ft::sweep<double>("hypot double ratio <= 2^9", f, mpfr_hypot, xs, partners(xs, 8, 308)), 0);
    check(ft::sweep<double>("hypot double ratio <= 2^9, software sqrt", software, mpfr_hypot, xs, partners(xs, 8, 308)), 0);
    // Both subnormal, and around overflow.
    const auto tiny = ft::log_uniform<double>(50000, -1074, -1000, true, 304);
    check(ft::sweep<double>("hypot double tiny", f, mpfr_hypot, tiny, partners(tiny, 20, 305)), 0);
    const auto huge = ft::log_uniform<double>(50000, 1000, 1023, true, 306);
    check(ft::sweep<double>("hypot double huge", f, mpfr_hypot, huge, partners(huge, 3, 307)), 0);
}

BOOST_AUTO_TEST_CASE(hypot_is_correctly_rounded_float) {
    const auto xs = ft::log_uniform<float>(100000, -149, 127, true, 311);
    const auto ys = ft::log_uniform<float>(100000, -149, 127, true, 312);
    check(ft::sweep<float>("hypot float independent", [](float x, float y) { return fluxion::hypot(x, y); },
                           mpfr_hypot, xs, ys),
          1);
    std::vector<float> close;
    for (float x : xs) close.push_back(x * 0.75f);
    check(ft::sweep<float>("hypot float ratio 3/4", [](float x, float y) { return fluxion::hypot(x, y); }, mpfr_hypot,
                           xs, close),
          1);
}

// Pythagorean triples (p^2 - q^2, 2pq, p^2 + q^2): exact when the hypotenuse is
// representable, and an exact midpoint, which must round to even, when it is
// an odd 54-bit integer.
BOOST_AUTO_TEST_CASE(hypot_of_pythagorean_triples_is_exact_and_ties_go_to_even) {
    std::mt19937_64 gen(321);
    std::vector<double> xs, ys;
    std::size_t exact_wrong = 0, ties = 0;
    while (ties < 20000) {
        const std::uint64_t p = (std::uint64_t{1} << 26) + (gen() >> 39);
        const int shift = 40 + static_cast<int>(gen() % 20);
        const std::uint64_t q = p - 1 - (gen() >> shift);
        const std::uint64_t a = p * p - q * q, b = 2 * p * q, c = p * p + q * q;
        const int s = static_cast<int>(gen() % 1900) - 1000; // scaled, into the subnormals too
        if (c < (std::uint64_t{1} << 53)) {
            if (fluxion::hypot(std::ldexp(double(a), s), std::ldexp(double(b), s)) != std::ldexp(double(c), s) &&
                std::ldexp(double(c), s) >= 0x1p-1022)
                ++exact_wrong;
        } else if (c < (std::uint64_t{1} << 54) && a < (std::uint64_t{1} << 53) && c % 2 == 1) {
            ++ties;
            // the tie itself, and its neighbours (b one ulp off): within about
            // 2^-54 ulp of a midpoint, but not on it
            const double x = std::ldexp(double(a), s), y = std::ldexp(double(b), s);
            for (double v : {y, std::nextafter(y, 0.0), std::nextafter(y, inf)}) {
                xs.push_back(x);
                ys.push_back(v);
            }
        }
    }
    for (std::uint64_t p = 2; p < 400; ++p)
        for (std::uint64_t q = 1; q < p; ++q)
            if (fluxion::hypot(double(p * p - q * q), double(2 * p * q)) != double(p * p + q * q)) ++exact_wrong;
    BOOST_TEST(exact_wrong == 0u);
    check(ft::sweep<double>("hypot double ties, near ties", [](double x, double y) { return fluxion::hypot(x, y); },
                            mpfr_hypot, xs, ys),
          0);
}

// The run-time fast path (an exact integer rounding decision on the hardware
// sqrt of a*a + b*b) against the general path with software sqrt (Newton's
// method, a double-double correction, the exact test near midpoints), which
// the sweeps above check against MPFR: bit for bit, on many more pairs than
// MPFR could check quickly, all inside the fast path's domain (2^-450 <= b <=
// a <= 2^450, exponents up to 30 apart), including results just above and
// below powers of 2 (where the spacing changes).
BOOST_AUTO_TEST_CASE(hypot_fast_path_agrees_with_the_general_path) {
    std::mt19937_64 gen(331);
    std::uniform_real_distribution<double> uniform(-1e3, 1e3);
    std::uniform_int_distribution<int> shift(-31, 31), binade(-400, 400), ulps(-4, 4);
    std::size_t differ = 0, cases = 0;
    const auto agree = [&](double x, double y) {
        ++cases;
        if (bits(fluxion::hypot(x, y)) != bits(fluxion::detail::hypot_impl<true>(x, y))) ++differ;
    };
    for (int i = 0; i < 1000000; ++i) {
        const double x = uniform(gen);
        const double y = uniform(gen);
        agree(x, y);
        agree(std::ldexp(x, binade(gen)), std::ldexp(y, shift(gen)));
    }
    for (int i = 0; i < 500000; ++i) {
        // x = 2^k (1 + j 2^-52), y much smaller: hypot just above 2^k
        const int k = binade(gen);
        const double x = std::ldexp(1.0 + ulps(gen) * 0x1p-52, k);
        const double y = std::ldexp(uniform(gen), k - 10 - shift(gen) % 20 - 20);
        agree(x, y);
        agree(x * 0x1.fffffffffffffp-1, y); // just below 2^k
    }
    // Points near the unit circle scaled by 2^k: the three roundings of
    // sqrt(a*a + b*b) often give exactly 2^k while hypot lies below the
    // midpoint 2^k (1 - 2^-54) under it (the spacing below a power of 2 is
    // halved), which the fast path must leave to the general path.
    std::uniform_real_distribution<double> angle(0.01, 1.56);
    std::size_t power_of_two_rounds_down = 0;
    for (int i = 0; i < 1000000; ++i) {
        const double t = angle(gen);
        const int k = binade(gen);
        const double x = std::nextafter(std::ldexp(std::cos(t), k), ulps(gen) > 0 ? inf : 0.0);
        const double y = std::nextafter(std::ldexp(std::sin(t), k), ulps(gen) > 0 ? inf : 0.0);
        agree(x, y);
        if (std::sqrt(x * x + y * y) == std::ldexp(1.0, k) && fluxion::detail::hypot_impl<true>(x, y) < std::ldexp(1.0, k))
            ++power_of_two_rounds_down;
    }
    BOOST_TEST_MESSAGE("hypot: " << power_of_two_rounds_down << " pairs whose first sqrt is 2^k but hypot rounds below it");
    BOOST_TEST(power_of_two_rounds_down > 100u); // the case is exercised
    BOOST_TEST_MESSAGE("hypot fast path against general path: " << cases << " pairs, " << differ << " differ");
    BOOST_TEST(differ == 0u);
}

BOOST_AUTO_TEST_CASE(hypot_special_values_follow_annex_f) {
    const double values[] = {0.0, -0.0, 1.0, -3.0, inf, -inf, qnan, dmax, denorm_min, -denorm_min, 1e300, 1e-320};
    for (double x : values)
        for (double y : values)
            BOOST_TEST(ft::ulp_distance(fluxion::hypot(x, y), std::hypot(x, y)) == 0u, "hypot(" << x << ", " << y << ")");
    BOOST_TEST(fluxion::hypot(inf, qnan) == inf);
    BOOST_TEST(fluxion::hypot(qnan, -inf) == inf);
    BOOST_TEST(fluxion::hypot(3, 4) == 5.0);
    BOOST_TEST(fluxion::hypot(dmax, dmax) == inf);
}

// ------------------------------------------------- compile time == run time

namespace {
// A table of inputs spread over the whole double range: random bit patterns
// (a 64-bit LCG, Knuth's MMIX constants), so the exponents are uniform.
template <std::size_t N>
constexpr std::array<double, N> spread_inputs(std::uint64_t seed, bool negative_too) {
    std::array<double, N> xs{};
    std::uint64_t s = seed;
    for (std::size_t i = 0; i < N; ++i) {
        s = s * 6364136223846793005u + 1442695040888963407u;
        std::uint64_t b = s & 0x7fffffffffffffff;
        if ((b >> 52) == 0x7ff) b ^= std::uint64_t{1} << 62; // no inf / NaN
        if (negative_too && (s >> 63) != 0) b |= std::uint64_t{1} << 63;
        xs[i] = std::bit_cast<double>(b);
    }
    xs[0] = dmax;
    xs[1] = denorm_min;
    xs[2] = 0x1p-1022;
    xs[3] = 1.0;
    return xs;
}

constexpr std::size_t table_size = 600;
constexpr auto xs_pos = spread_inputs<table_size>(1, false);
constexpr auto xs_any = spread_inputs<table_size>(2, true);
constexpr auto ys_any = spread_inputs<table_size>(3, true);

constexpr auto sqrt_table = [] {
    std::array<double, table_size> r{};
    for (std::size_t i = 0; i < table_size; ++i) r[i] = fluxion::sqrt(xs_pos[i]);
    return r;
}();
constexpr auto cbrt_table = [] {
    std::array<double, table_size> r{};
    for (std::size_t i = 0; i < table_size; ++i) r[i] = fluxion::cbrt(xs_any[i]);
    return r;
}();
constexpr auto hypot_table = [] {
    std::array<double, table_size> r{};
    for (std::size_t i = 0; i < table_size; ++i) r[i] = fluxion::hypot(xs_any[i], ys_any[i]);
    return r;
}();
// hypot pairs with close exponents, where the full algorithm runs (random
// pairs mostly differ by more than 2^28, and return the larger).
constexpr auto hypot_close_table = [] {
    std::array<double, table_size> r{};
    for (std::size_t i = 0; i < table_size; ++i) r[i] = fluxion::hypot(xs_any[i], xs_any[i] * 0.6180339887498949);
    return r;
}();
// floats spread over float's whole range (the top bits of the same table).
constexpr float float_input(std::size_t i) {
    std::uint32_t b = static_cast<std::uint32_t>(std::bit_cast<std::uint64_t>(xs_pos[i]) >> 32) & 0x7fffffff;
    if ((b >> 23) == 0xff) b ^= std::uint32_t{1} << 30; // no inf / NaN
    return std::bit_cast<float>(b);
}
constexpr auto float_table = [] {
    std::array<float, table_size> r{};
    for (std::size_t i = 0; i < table_size; ++i) {
        const float x = float_input(i);
        r[i] = fluxion::sqrt(x) + fluxion::cbrt(-x) + fluxion::hypot(x, 0.5f * x) * 0.25f;
    }
    return r;
}();
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_and_run_time_results_are_bit_identical) {
    std::size_t differ = 0;
    for (std::size_t i = 0; i < table_size; ++i) {
        volatile double vx = xs_pos[i], va = xs_any[i], vb = ys_any[i]; // laundered: no constant folding
        const double x = vx, a = va, b = vb;
        if (bits(fluxion::sqrt(x)) != bits(sqrt_table[i])) ++differ;
        if (bits(fluxion::cbrt(a)) != bits(cbrt_table[i])) ++differ;
        if (bits(fluxion::hypot(a, b)) != bits(hypot_table[i])) ++differ;
        if (bits(fluxion::hypot(a, a * 0.6180339887498949)) != bits(hypot_close_table[i])) ++differ;
        volatile float vf = float_input(i);
        const float f = vf;
        const float rf = fluxion::sqrt(f) + fluxion::cbrt(-f) + fluxion::hypot(f, 0.5f * f) * 0.25f;
        if (std::bit_cast<std::uint32_t>(rf) != std::bit_cast<std::uint32_t>(float_table[i])) ++differ;
    }
    BOOST_TEST(differ == 0u);
    BOOST_TEST_MESSAGE("bit identity: " << 5 * table_size << " compile-time results compared with run time");
}
