// Run-time suite: fmod against MPFR's mpfr_fmod (exact), for double and float,
// over pairs with independent exponents across the whole range (so ratios up
// to 2^2097), the hard cases (x a multiple of y or next to one, subnormal y,
// huge x), Annex F special values against <cmath>, and bit identity of
// compile-time and run-time results.
#define BOOST_TEST_MODULE math_fmod
#include <boost/test/unit_test.hpp>

#include <fluxion/math/fmod.hpp>

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

// fmod is exact: every report must show 0 ulp.
template <class T>
void check_exact(const ft::accuracy_report<T>& r) {
    r.print();
    BOOST_TEST(r.max_ulp == 0u, r.what << ": max ulp " << r.max_ulp << " at (" << r.worst_x << ", " << r.worst_y << ")");
}

const auto fmod_d = [](double x, double y) { return fluxion::fmod(x, y); };
const auto fmod_f = [](float x, float y) { return fluxion::fmod(x, y); };

} // namespace

BOOST_AUTO_TEST_CASE(fmod_is_exact_double) {
    // Independent exponents: the ratio |x / y| ranges over 2^-2097 .. 2^2097.
    const auto xs = ft::log_uniform<double>(150000, -1074, 1023, true, 401);
    const auto ys = ft::log_uniform<double>(150000, -1074, 1023, true, 402);
    check_exact(ft::sweep<double>("fmod double independent", fmod_d, mpfr_fmod, xs, ys));
    // Moderate ratios, where the quotient has few bits and the result many.
    std::mt19937_64 gen(403);
    std::vector<double> near_y;
    for (double y : ys) {
        const double f = 1.0 + static_cast<double>(gen() % 1000) / 1000.0; // draws in order on every compiler
        near_y.push_back(std::ldexp(y * f, static_cast<int>(gen() % 60)));
    }
    std::vector<double> xs2, ys2;
    for (std::size_t i = 0; i < ys.size(); ++i)
        if (std::isfinite(near_y[i])) {
            xs2.push_back(near_y[i]);
            ys2.push_back(ys[i]);
        }
    check_exact(ft::sweep<double>("fmod double ratio < 2^61", fmod_d, mpfr_fmod, xs2, ys2));
}

BOOST_AUTO_TEST_CASE(fmod_is_exact_float) {
    const auto xs = ft::log_uniform<float>(150000, -149, 127, true, 411);
    const auto ys = ft::log_uniform<float>(150000, -149, 127, true, 412);
    check_exact(ft::sweep<float>("fmod float independent", fmod_f, mpfr_fmod, xs, ys));
}

BOOST_AUTO_TEST_CASE(fmod_hard_cases_are_exact) {
    std::mt19937_64 gen(421);
    std::vector<double> xs, ys;
    // x a multiple of y, and its neighbours (results 0, tiny, or just under |y|).
    for (int i = 0; i < 30000; ++i) {
        const double m = 1.0 + static_cast<double>(gen() >> 12) * 0x1p-52;
        const double y = std::ldexp(m, static_cast<int>(gen() % 2000) - 1000);
        const double x = y * static_cast<double>(gen() >> 40); // exact unless it overflows
        if (!std::isfinite(x)) continue;
        for (double v : {x, std::nextafter(x, 0.0), std::nextafter(x, inf)}) {
            xs.push_back(v);
            ys.push_back(y);
        }
    }
    // The longest divisions: huge x by subnormal y, and the smallest y of all.
    const auto huge = ft::log_uniform<double>(20000, 1000, 1023, true, 422);
    const auto tiny = ft::log_uniform<double>(20000, -1074, -1022, true, 423);
    for (std::size_t i = 0; i < huge.size(); ++i) {
        xs.push_back(huge[i]);
        ys.push_back(tiny[i]);
    }
    for (double x : {dmax, -dmax, 1e308, 0x1p-1022, 3.0, 0x1.fffffffffffffp-1023})
        for (double y : {denorm_min, 3 * denorm_min, 0x1.fffffffffffffp-1023, 1e-308, 1.5, 0x1p-1022, -denorm_min}) {
            xs.push_back(x);
            ys.push_back(y);
        }
    check_exact(ft::sweep<double>("fmod double hard cases", fmod_d, mpfr_fmod, xs, ys));
    BOOST_TEST(fluxion::fmod(dmax, denorm_min) == 0.0);
    BOOST_TEST(fluxion::fmod(1e308, 1e-308) == 0x0.28401cf53d61p-1022); // mpfr_fmod
}

BOOST_AUTO_TEST_CASE(fmod_special_values_follow_annex_f) {
    const double values[] = {0.0, -0.0, 1.0, -2.5, 7.0, inf, -inf, qnan, dmax, denorm_min, -denorm_min, 1e-310};
    for (double x : values)
        for (double y : values)
            BOOST_TEST(ft::ulp_distance(fluxion::fmod(x, y), std::fmod(x, y)) == 0u, "fmod(" << x << ", " << y << ")");
    BOOST_TEST(bits(fluxion::fmod(-0.0, 3.0)) == bits(-0.0));
    BOOST_TEST(bits(fluxion::fmod(-6.0, 3.0)) == bits(-0.0)); // the sign follows x
    BOOST_TEST(std::isnan(fluxion::fmod(1.0, 0.0)));          // domain errors: NaN at run time
    BOOST_TEST(std::isnan(fluxion::fmod(inf, 1.0)));
    BOOST_TEST(std::isnan(fluxion::fmod(-inf, inf)));
    BOOST_TEST(fluxion::fmod(5.0, -inf) == 5.0);
}

// ------------------------------------------------- compile time == run time

namespace {
template <std::size_t N>
constexpr std::array<double, N> spread_inputs(std::uint64_t seed) {
    std::array<double, N> xs{};
    std::uint64_t s = seed;
    for (std::size_t i = 0; i < N; ++i) {
        s = s * 6364136223846793005u + 1442695040888963407u; // 64-bit LCG (Knuth's MMIX)
        std::uint64_t b = s;
        if (((b >> 52) & 0x7ff) == 0x7ff) b ^= std::uint64_t{1} << 62; // no inf / NaN
        xs[i] = std::bit_cast<double>(b);
    }
    return xs;
}

constexpr std::size_t table_size = 600;
constexpr auto xs = spread_inputs<table_size>(11);
constexpr auto ys = spread_inputs<table_size>(12);

// Pairs with random exponents, then the same x against y scaled close to x
// (more quotient bits kept), and the longest division of all.
constexpr double close_y(std::size_t i) {
    const double y = ys[i] < 0 ? -ys[i] : ys[i];
    const double x = xs[i] < 0 ? -xs[i] : xs[i];
    return x > 1e-290 ? x * 0x1p-37 + y * 0x1p-1074 * 0x1p100 : y;
}
constexpr auto fmod_table = [] {
    std::array<double, 2 * table_size + 1> r{};
    for (std::size_t i = 0; i < table_size; ++i) {
        r[2 * i] = fluxion::fmod(xs[i], ys[i]);
        r[2 * i + 1] = fluxion::fmod(xs[i], close_y(i));
    }
    r[2 * table_size] = fluxion::fmod(dmax, denorm_min * 3);
    return r;
}();
constexpr auto float_table = [] {
    std::array<float, table_size> r{};
    for (std::size_t i = 0; i < table_size; ++i) {
        const float x = std::bit_cast<float>(static_cast<std::uint32_t>(std::bit_cast<std::uint64_t>(xs[i]) >> 32) & 0x7f7fffffu);
        const float y = std::bit_cast<float>(static_cast<std::uint32_t>(std::bit_cast<std::uint64_t>(ys[i]) >> 32) & 0xff7fffffu);
        r[i] = y == 0 ? x : fluxion::fmod(x, y);
    }
    return r;
}();
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_and_run_time_results_are_bit_identical) {
    std::size_t differ = 0;
    for (std::size_t i = 0; i < table_size; ++i) {
        volatile double vx = xs[i], vy = ys[i], vc = close_y(i); // laundered: no constant folding
        const double x = vx, y = vy, c = vc;
        if (bits(fluxion::fmod(x, y)) != bits(fmod_table[2 * i])) ++differ;
        if (bits(fluxion::fmod(x, c)) != bits(fmod_table[2 * i + 1])) ++differ;
        volatile float vfx = std::bit_cast<float>(static_cast<std::uint32_t>(bits(x) >> 32) & 0x7f7fffffu);
        volatile float vfy = std::bit_cast<float>(static_cast<std::uint32_t>(bits(y) >> 32) & 0xff7fffffu);
        const float fx = vfx, fy = vfy;
        const float rf = fy == 0 ? fx : fluxion::fmod(fx, fy);
        if (std::bit_cast<std::uint32_t>(rf) != std::bit_cast<std::uint32_t>(float_table[i])) ++differ;
    }
    volatile double vmax = dmax;
    if (bits(fluxion::fmod(vmax, denorm_min * 3)) != bits(fmod_table[2 * table_size])) ++differ;
    BOOST_TEST(differ == 0u);
    BOOST_TEST_MESSAGE("bit identity: " << 3 * table_size + 1 << " compile-time results compared with run time");
}
