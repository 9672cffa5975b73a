// Compile-time suite: pow(x, y) and pow(x, n). Compiling this file is the test.
// Reference values are MPFR's correctly rounded results (mpfr_pow at 53 or 24
// bits, round to nearest, subnormalized), written as hex floats;
// tests/runtime/math_pow.cpp checks pow against MPFR on 10^5+ pairs.
#include <fluxion/math/classify.hpp>
#include <fluxion/math/pow.hpp>

#include <concepts>
#include <cstdint>
#include <limits>

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double dmax = std::numeric_limits<double>::max();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();

constexpr bool is_nan(double x) { return x != x; }
constexpr bool is_pos_zero(double x) { return x == 0 && !fluxion::signbit(x); }
constexpr bool is_neg_zero(double x) { return x == 0 && fluxion::signbit(x); }
using fluxion::pow;

// ---- C99 Annex F.10.4.4, every rule ----
// pow(x, +-0) = 1 for any x, even a NaN
static_assert(pow(nan, 0.0) == 1 && pow(nan, -0.0) == 1 && pow(-inf, 0.0) == 1 && pow(0.0, 0.0) == 1);
static_assert(pow(nan, 0) == 1 && pow(-3.0, 0) == 1);
// pow(+1, y) = 1 for any y, even a NaN
static_assert(pow(1.0, nan) == 1 && pow(1.0, inf) == 1 && pow(1.0, -inf) == 1 && pow(1.0, 1e308) == 1);
// pow(-1, +-inf) = 1
static_assert(pow(-1.0, inf) == 1 && pow(-1.0, -inf) == 1);
// NaN otherwise
static_assert(is_nan(pow(nan, 1.0)) && is_nan(pow(2.0, nan)) && is_nan(pow(-1.0, nan)) && is_nan(pow(nan, 3)));
// pow(+-0, y): y < 0 odd integer -> +-inf (pole), other y < 0 -> +inf
static_assert(pow(0.0, -3.0) == inf && pow(-0.0, -3.0) == -inf && pow(-0.0, -1) == -inf);
static_assert(pow(0.0, -2.0) == inf && pow(-0.0, -2.0) == inf && pow(-0.0, -0.5) == inf && pow(-0.0, -inf) == inf);
static_assert(pow(-0.0, -1e300) == inf && pow(-0.0, -4) == inf);
// pow(+-0, y): y > 0 odd integer -> +-0, other y > 0 -> +0
static_assert(is_neg_zero(pow(-0.0, 3.0)) && is_pos_zero(pow(0.0, 3.0)) && is_neg_zero(pow(-0.0, 5)));
static_assert(is_pos_zero(pow(-0.0, 2.0)) && is_pos_zero(pow(-0.0, 0.5)) && is_pos_zero(pow(-0.0, inf)));
static_assert(is_pos_zero(pow(-0.0, 4)));
// pow(x, -inf): +inf for |x| < 1, +0 for |x| > 1
static_assert(pow(0.5, -inf) == inf && pow(-0.5, -inf) == inf && is_pos_zero(pow(2.0, -inf)) &&
              is_pos_zero(pow(-2.0, -inf)));
// pow(x, +inf): +0 for |x| < 1, +inf for |x| > 1
static_assert(is_pos_zero(pow(0.5, inf)) && is_pos_zero(pow(-0.5, inf)) && pow(2.0, inf) == inf && pow(-2.0, inf) == inf);
static_assert(pow(1 + 0x1p-52, inf) == inf && is_pos_zero(pow(1 - 0x1p-53, inf)));
// pow(-inf, y): y < 0 odd integer -> -0, other y < 0 -> +0; y > 0 odd integer -> -inf, other -> +inf
static_assert(is_neg_zero(pow(-inf, -3.0)) && is_pos_zero(pow(-inf, -2.0)) && is_pos_zero(pow(-inf, -0.5)));
static_assert(pow(-inf, 3.0) == -inf && pow(-inf, 2.0) == inf && pow(-inf, 0.5) == inf && pow(-inf, 7) == -inf);
// pow(+inf, y): +0 for y < 0, +inf for y > 0
static_assert(is_pos_zero(pow(inf, -1.0)) && pow(inf, 1e-300) == inf && pow(inf, 2) == inf && is_pos_zero(pow(inf, -2)));
// (pow(x < 0, non-integer) is the domain error: tests/compile_fail/pow_of_negative_base_in_constexpr.cpp)

// ---- exact whenever the result is representable ----
static_assert(pow(2.0, 10.0) == 1024 && pow(2.0, 10) == 1024 && pow(2, 10) == 1024.0);
static_assert(pow(3.0, 20) == 3486784401.0 && pow(3.0, 33.0) == 5559060566555523.0); // 3^33 < 2^53
static_assert(pow(10.0, 22) == 1e22 && pow(10.0, 22.0) == 1e22 && pow(10.0, 15) == 1e15);
static_assert(pow(-3.0, 5.0) == -243 && pow(-3.0, 5) == -243 && pow(-1.5, 3) == -3.375 && pow(-2.0, 63) == -0x1p63);
static_assert(pow(0.5, 1074) == denorm_min && pow(2.0, -1074) == denorm_min && pow(2.0, -1074.0) == denorm_min);
static_assert(pow(0.5, -1023) == 0x1p1023 && pow(2.0, 1023.0) == 0x1p1023);
static_assert(pow(4.0, 0.5) == 2 && pow(4.0, -0.5) == 0.5 && pow(0x1p-1000, 0.25) == 0x1p-250 && pow(27.0, 1.0) == 27);
static_assert(pow(-1.0, 1e308) == 1 && pow(-1.0, -1e308) == 1 && pow(-1.0, 1e300) == 1 && pow(-1.0, 0x1p53 - 1) == -1 && pow(-1.0, 0x1p70) == 1 && pow(-1.0, -7) == -1 && pow(-1.0, 8) == 1);
static_assert(pow(1.25, 2) == 1.5625 && pow(0.1, 1) == 0.1 && pow(7.0, -1) == 0x1.2492492492492p-3);

// ---- values against MPFR ----
static_assert(pow(2.0, 0.5) == 0x1.6a09e667f3bcdp+0 && pow(2.0, 1e-310) == 1 && pow(0.5, -1e-310) == 1);
static_assert(pow(10.0, -5) == 0x1.4f8b588e368f1p-17 && pow(10.0, -5.0) == 0x1.4f8b588e368f1p-17);
static_assert(pow(1.1, 1000) == 0x1.6aec8cd64aba1p+137 && pow(1.1, 1000.0) == 0x1.6aec8cd64aba1p+137);
static_assert(pow(7.0, -300.5) == 0x1.4f6cc55bc0bebp-844);
static_assert(pow(-1.5, -101.0) == -0x1.e3f97d43eaa0cp-60);
// large exponents: (1 + 2^-52)^(2^60) = e^256.0000...
static_assert(pow(1 + 0x1p-52, 0x1p60) == 0x1.41c7a8814be19p+369);
static_assert(pow(1 + 0x1p-52, std::int64_t{1} << 60) == 0x1.41c7a8814be19p+369);
static_assert(pow(1 - 0x1p-53, 0x1p62) == 0x1.44109edb2088fp-739);
static_assert(pow(0x1.000001ad7f29bp+0, 0x1.a698d08p+32) == 0x1.d41e9fdd7c821p+1022);
// near overflow and in the subnormal range: rounded once
static_assert(pow(2.0, 0x1.fffffcb923a2ap+9) == 0x1.fff6ea43bd988p+1023);
static_assert(pow(0x1.5bf0a8b145769p+1, 0x1.62cp+9) == 0x1.81e9b4b52cfc9p+1023); // e^709.5
static_assert(pow(2.0, -1074.4) == denorm_min);
static_assert(pow(0.1, 323.0) == 2 * denorm_min && pow(0.1, 323) == 2 * denorm_min);
static_assert(pow(denorm_min, 0x1.ff7ced916872bp-1) == 2 * denorm_min);
// overflow and underflow are values
static_assert(pow(10.0, 309.0) == inf && pow(10.0, 309) == inf && pow(-10.0, 309) == -inf);
static_assert(is_pos_zero(pow(10.0, -400.0)) && is_neg_zero(pow(-10.0, -401)) && pow(dmax, 1.0000000001) == inf);
static_assert(pow(1 + 0x1p-52, 0x1p70) == inf && is_pos_zero(pow(1 + 0x1p-52, -0x1p70)) && pow(0.5, -0x1p64) == inf);
static_assert(is_pos_zero(pow(-0.5, 0x1p64)) && pow(-2.0, 0x1p65) == inf); // huge y: even integers

// ---- the integer-exponent overload: every n, no UB ----
static_assert(pow(2.0, std::numeric_limits<int>::min()) == 0 && pow(1.0, std::numeric_limits<int>::min()) == 1);
static_assert(pow(-1.0, std::numeric_limits<std::int64_t>::min()) == 1 && pow(-1.0, std::numeric_limits<int>::max()) == -1);
static_assert(pow(1 + 0x1p-52, std::numeric_limits<std::uint64_t>::max()) == inf); // n = 2^64 - 1, exact
static_assert(pow(-(1 - 0x1p-53), (std::uint64_t{1} << 62) + 1) == -0x1.44109edb2088fp-739); // odd n > 2^53
static_assert(pow(0.5, std::numeric_limits<std::int64_t>::min()) == inf);
static_assert(pow(2.0, true) == 2 && pow(2.0, static_cast<unsigned char>(3)) == 8 && pow(2.0, short{-2}) == 0.25);
constexpr bool small_integer_powers_are_exact() {
    for (int b = 2; b <= 40; ++b) {
        double p = 1; // b^n, exact while below 2^53
        for (int n = 0; p < 0x1p53; ++n, p *= b)
            if (pow(static_cast<double>(b), n) != p || pow(-static_cast<double>(b), n) != (n % 2 ? -p : p) ||
                pow(static_cast<double>(b), static_cast<double>(n)) != p)
                return false;
    }
    return true;
}
static_assert(small_integer_powers_are_exact());

// ---- types and overload resolution ----
// pow(x, integer) picks the integer overload (more constrained: std::integral subsumes
// arithmetic), whose result has the base's type; a floating exponent gives floating2_t.
static_assert(std::same_as<decltype(pow(2.0, 3)), double>);
static_assert(std::same_as<decltype(pow(2.0f, 3)), float>);
static_assert(std::same_as<decltype(pow(2.0L, 3)), long double>);
static_assert(std::same_as<decltype(pow(2, 3)), double>);
static_assert(std::same_as<decltype(pow(2.0f, 3.0)), double>);
static_assert(std::same_as<decltype(pow(2.0f, 0.5f)), float>);
static_assert(std::same_as<decltype(pow(2, 0.5f)), double>);
static_assert(pow(2.0f, 0.5f) == 0x1.6a09e6p+0f && pow(2.0f, 3) == 8.0f && pow(3.0L, 2) == 9.0L);
static_assert(pow(10.0f, 39.0f) == std::numeric_limits<float>::infinity() && pow(10.0f, 39) == std::numeric_limits<float>::infinity());
static_assert(pow(10.0f, -46) == 0.0f && pow(1.5f, 1e30f) == std::numeric_limits<float>::infinity());
struct not_a_number {};
template <class X, class Y>
concept has_pow = requires(X x, Y y) { fluxion::pow(x, y); };
static_assert(has_pow<double, int> && has_pow<float, double> && has_pow<int, long>);
static_assert(!has_pow<not_a_number, double> && !has_pow<double, not_a_number> && !has_pow<double, const char*>);
} // namespace

int main() {}
