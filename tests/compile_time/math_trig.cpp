// Compile-time suite for sin, cos, tan: exact cases, special values, laws,
// agreement with MPFR's correctly rounded values (hex floats below were
// printed by MPFR 4.1 at 53 and 24 bits, mpfr_sin / mpfr_cos / mpfr_tan,
// rounding to nearest), the argument reduction at its hardest points, and the
// cost budget: 10,000 calls in one constant expression at default limits.
// Compiling this file is the test.
#include <fluxion/detail/reduce_pi_over_2.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/math/cos.hpp>
#include <fluxion/math/sin.hpp>
#include <fluxion/math/sincos.hpp>
#include <fluxion/math/tan.hpp>

#include <bit>
#include <concepts>
#include <cstdint>
#include <limits>
#include <string>

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double dbl_max = std::numeric_limits<double>::max();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();

constexpr bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

// Distance in ulps between two finite doubles of the same sign.
constexpr std::uint64_t ulps(double a, double b) {
    const auto ia = std::bit_cast<std::uint64_t>(a), ib = std::bit_cast<std::uint64_t>(b);
    return ia > ib ? ia - ib : ib - ia;
}

// ---- Shown in docs/math/trig.md ----
static_assert(fluxion::sin(0x1.921fb54442d18p+1) == 0x1.1a62633145c07p-53); // sin(double nearest pi)
static_assert(fluxion::tan(0x1.921fb54442d18p+0) == 0x1.d02967c31cdb5p+53);  // large, positive
static_assert(fluxion::cos(6381956970095103.0 * 0x1p797) == -0x1.14ae72e6ba22fp-61);

// ---- Exact cases and special values (C99 Annex F) ----
static_assert(same_bits(fluxion::sin(0.0), 0.0) && same_bits(fluxion::sin(-0.0), -0.0));
static_assert(same_bits(fluxion::tan(0.0), 0.0) && same_bits(fluxion::tan(-0.0), -0.0));
static_assert(fluxion::cos(0.0) == 1.0 && fluxion::cos(-0.0) == 1.0);
static_assert(fluxion::sin(denorm_min) == denorm_min && fluxion::sin(-denorm_min) == -denorm_min);
static_assert(fluxion::tan(1e-300) == 1e-300 && fluxion::cos(1e-300) == 1.0 && fluxion::cos(denorm_min) == 1.0);
static_assert(fluxion::sin(0x1p-27) == 0x1p-27 && fluxion::tan(-0x1p-27) == -0x1p-27);
static_assert(fluxion::isnan(fluxion::sin(nan)) && fluxion::isnan(fluxion::cos(-nan)) && fluxion::isnan(fluxion::tan(nan)));
static_assert(fluxion::isnan(fluxion::sin(std::numeric_limits<float>::quiet_NaN())));
// Huge arguments are ordinary (a single Payne-Hanek call fits the default limits).
static_assert(fluxion::sin(-dbl_max) == -fluxion::sin(dbl_max) && fluxion::cos(-dbl_max) == fluxion::cos(dbl_max));
// sin(inf) is a domain error: see tests/compile_fail/sin_of_infinity_in_constexpr.cpp.

// ---- Correctly rounded values (MPFR) ----
struct reference {
    double x, sin, cos, tan;
};
constexpr reference correctly_rounded[] = {
    {0x1p-1, 0x1.eaee8744b05fp-2, 0x1.c1528065b7d5p-1, 0x1.17b4f5bf3474ap-1},
    {0x1p+0, 0x1.aed548f090ceep-1, 0x1.14a280fb5068cp-1, 0x1.8eb245cbee3a6p+0},
    {0x1p+1, 0x1.d18f6ead1b446p-1, -0x1.aa22657537205p-2, -0x1.17af62e0950f8p+1},
    {0x1.8p+1, 0x1.210386db6d55bp-3, -0x1.fae04be85e5d2p-1, -0x1.23ef71254b86fp-3},
    {0x1.4p+3, -0x1.1689ef5f34f52p-1, -0x1.ad9ac890c6b1fp-1, 0x1.4bf5f34be3782p-1},
    {0x1.86ap+16, 0x1.24daa9c527e96p-5, -0x1.ffac3841b3da7p-1, -0x1.250a9d503313dp-5},     // 1e5
    {0x1.e848p+19, -0x1.6664b2568d867p-2, 0x1.df9df9906d32cp-1, -0x1.7e9768ab734cp-2},     // 1e6
    {0x1.dcd65p+29, 0x1.1778cae83c69bp-1, 0x1.acff8c7364234p-1, 0x1.4d8b249e3dba7p-1},     // 1e9
    {0x1.7e43c8800759cp+996, -0x1.a2c16b010e385p-1, -0x1.2699022adc4c1p-1, 0x1.6be411f37ac77p+0}, // 1e300
    {0x1.fffffffffffffp+1023, 0x1.452fc98b34e97p-8, -0x1.fffe62ecfab75p-1, -0x1.4530cfe729484p-8}, // DBL_MAX
    {0x1p+1023, 0x1.205248cbdb76p-1, -0x1.a719f26c232bfp-1, -0x1.5ce6b4c0d02a3p-1},
    // The double closest to a multiple of pi/2 (6381956970095103 * 2^797):
    // 61 bits cancel in the reduction; cos and tan depend on all of them.
    {0x1.6ac5b262ca1ffp+849, 0x1p+0, -0x1.14ae72e6ba22fp-61, -0x1.d9ba9a7975636p+60},
    // The doubles nearest pi/2, pi, 3pi/2, pi/4: the results are the tiny
    // distances to the true multiples, or huge tangents of the right sign.
    {0x1.921fb54442d18p+0, 0x1p+0, 0x1.1a62633145c07p-54, 0x1.d02967c31cdb5p+53},
    {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53, -0x1p+0, -0x1.1a62633145c07p-53},
    {0x1.2d97c7f3321d2p+2, -0x1p+0, -0x1.a79394c9e8a0ap-53, 0x1.3570efd768923p+52},
    {0x1.921fb54442d18p-1, 0x1.6a09e667f3bccp-1, 0x1.6a09e667f3bcdp-1, 0x1.fffffffffffffp-1},
    {0x1.63p+8, -0x1.f9bd0307d1de3p-16, -0x1.fffffffc18e4cp-1, 0x1.f9bd030bacc16p-16},     // 355 ~ 113 pi
    {0x1.9639p+16, -0x1.40efdf1eb8de7p-16, 0x1.fffffffe6da77p-1, -0x1.40efdf1fb5124p-16},  // 103993 ~ 33102 pi
};
constexpr bool all_correctly_rounded() {
    for (const reference& r : correctly_rounded) {
        if (!same_bits(fluxion::sin(r.x), r.sin) || !same_bits(fluxion::cos(r.x), r.cos) ||
            !same_bits(fluxion::tan(r.x), r.tan))
            return false;
        // Odd, even, odd: bit for bit.
        if (!same_bits(fluxion::sin(-r.x), -r.sin) || !same_bits(fluxion::cos(-r.x), r.cos) ||
            !same_bits(fluxion::tan(-r.x), -r.tan))
            return false;
    }
    return true;
}
static_assert(all_correctly_rounded());

// Two arguments where fluxion is 1 ulp away from the correctly rounded value
// (the documented bound; glibc is correctly rounded there).
static_assert(ulps(fluxion::cos(1e15), -0x1.06c154609d33fp-1) <= 1);
static_assert(ulps(fluxion::tan(1e22), -0x1.a0f79c1b6b257p+0) <= 1);

// float: correctly rounded (MPFR at 24 bits).
static_assert(fluxion::sin(1.0f) == 0x1.aed548p-1f && fluxion::cos(1.0f) == 0x1.14a28p-1f &&
              fluxion::tan(1.0f) == 0x1.8eb246p+0f);
static_assert(fluxion::sin(0x1.921fb6p+0f) == 1.0f && fluxion::cos(0x1.921fb6p+0f) == -0x1.777a5cp-25f &&
              fluxion::tan(0x1.921fb6p+0f) == -0x1.5d1494p+24f);
static_assert(fluxion::sin(std::numeric_limits<float>::max()) == -0x1.0b3366p-1f &&
              fluxion::cos(std::numeric_limits<float>::max()) == 0x1.b4bf2cp-1f &&
              fluxion::tan(std::numeric_limits<float>::max()) == -0x1.393d94p-1f);
static_assert(fluxion::sin(1e9f) == 0x1.1778cap-1f && fluxion::tan(0x1.921fb6p+1f) == 0x1.777a5cp-24f);

// long double and integers: computed in double (documented in docs/math/trig.md).
static_assert(fluxion::sin(1.0L) == static_cast<long double>(0x1.aed548f090ceep-1));
static_assert(fluxion::cos(2) == -0x1.aa22657537205p-2 && fluxion::tan(1000000000) == 0x1.4d8b249e3dba7p-1);
static_assert(std::same_as<decltype(fluxion::sin(1)), double> && std::same_as<decltype(fluxion::cos(1.0f)), float> &&
              std::same_as<decltype(fluxion::tan(1.0L)), long double>);
template <class T>
concept has_sin = requires(T t) { fluxion::sin(t); };
static_assert(has_sin<int> && has_sin<unsigned char> && !has_sin<std::string> && !has_sin<const char*>);

// ---- The argument reduction itself ----
using fluxion::detail::reduce_pi_over_2;
// 6381956970095103 * 2^797 = k pi/2 + r with k = 1 (mod 4) and r = 0x1.14ae72e6ba22fp-61
// + (-0x1.73eef1477d90ep-118) (MPFR at 2400 bits): hi exact, lo within a few ulps.
static_assert(reduce_pi_over_2(0x1.6ac5b262ca1ffp+849).quadrant == 1);
static_assert(reduce_pi_over_2(0x1.6ac5b262ca1ffp+849).hi == 0x1.14ae72e6ba22fp-61);
static_assert(ulps(reduce_pi_over_2(0x1.6ac5b262ca1ffp+849).lo, -0x1.73eef1477d90ep-118) <= 4);
// The two methods meet at 0x1.8p20: both sides reduce to 2^-60-accurate values.
static_assert(reduce_pi_over_2(0x1.8p20).quadrant == (fluxion::detail::reduce_payne_hanek(0x1.8p20).quadrant));
static_assert(ulps(fluxion::detail::reduce_cody_waite(0x1.8p20).hi, fluxion::detail::reduce_payne_hanek(0x1.8p20).hi) <= 1);
static_assert(fluxion::detail::reduce_cody_waite(0x1.7ffffffffffffp20).quadrant ==
              fluxion::detail::reduce_payne_hanek(0x1.7ffffffffffffp20).quadrant);

// ---- Laws ----
constexpr bool pythagoras_holds() {
    // sin^2 + cos^2 = 1 within 2^-51 on a spread of arguments, small to huge.
    for (double x = 0.001; x < 1e300; x *= 3.7) {
        const double s = fluxion::sin(x), c = fluxion::cos(x);
        const double d = s * s + c * c - 1.0;
        if (d > 0x1p-51 || d < -0x1p-51) return false;
    }
    return true;
}
static_assert(pythagoras_holds());

// ---- Cost: 10,000 calls of sin and of cos in one constant expression, at
// the default limits (about 24 Clang steps per call, docs/math/trig.md). ----
constexpr double sum_of_squares(int n) {
    double acc = 0;
    for (int i = 0; i < n; ++i) {
        const double x = -1e5 + 20.0 * i + 0.123;
        const double s = fluxion::sin(x), c = fluxion::cos(x);
        acc += s * s + c * c;
    }
    return acc;
}
constexpr double squares = sum_of_squares(10000); // one evaluation: 20,000 calls
static_assert(squares > 10000 - 1e-10 && squares < 10000 + 1e-10);
// sincos: one reduction, the same bits as sin and cos (small, Cody-Waite, Payne-Hanek).
static_assert(fluxion::sincos(0.0).sin == 0.0 && fluxion::sincos(0.0).cos == 1.0);
static_assert(fluxion::sincos(1.0).sin == fluxion::sin(1.0) && fluxion::sincos(1.0).cos == fluxion::cos(1.0));
static_assert(fluxion::sincos(-1e5).sin == fluxion::sin(-1e5) && fluxion::sincos(-1e5).cos == fluxion::cos(-1e5));
static_assert(fluxion::sincos(1e300).sin == fluxion::sin(1e300) && fluxion::sincos(1e300).cos == fluxion::cos(1e300));
static_assert(fluxion::sincos(2.5f).sin == fluxion::sin(2.5f) && fluxion::sincos(3).cos == fluxion::cos(3.0));
} // namespace

int main() {}
