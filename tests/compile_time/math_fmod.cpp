// Compile-time suite: fmod in constant expressions. fmod is exact, so every
// check is an equality: Annex F special values, the sign rule, extreme
// exponent ratios (DBL_MAX by the smallest subnormal: the longest division,
// at the default constexpr limits), and values computed by MPFR's mpfr_fmod.
// Compiling this file is the test.
#include <fluxion/math/classify.hpp>
#include <fluxion/math/fmod.hpp>

#include <bit>
#include <cstdint>
#include <limits>

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double dmax = std::numeric_limits<double>::max();
constexpr double dmin = std::numeric_limits<double>::min();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();

constexpr bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }
constexpr bool is_nan(double a) { return a != a; }

// Annex F.10.7.1: fmod(+-0, y) = +-0; fmod(x, +-inf) = x; NaN propagates.
static_assert(same_bits(fluxion::fmod(0.0, 3.0), 0.0) && same_bits(fluxion::fmod(-0.0, 3.0), -0.0));
static_assert(same_bits(fluxion::fmod(-0.0, inf), -0.0));
static_assert(fluxion::fmod(5.0, inf) == 5.0 && fluxion::fmod(-5.0, -inf) == -5.0 && fluxion::fmod(denorm_min, inf) == denorm_min);
static_assert(is_nan(fluxion::fmod(nan, 1.0)) && is_nan(fluxion::fmod(1.0, nan)) && is_nan(fluxion::fmod(nan, 0.0)));

// The sign follows x, never y; |result| < |y|; a zero result keeps x's sign.
static_assert(fluxion::fmod(7.5, 2.0) == 1.5 && fluxion::fmod(-7.5, 2.0) == -1.5);
static_assert(fluxion::fmod(7.5, -2.0) == 1.5 && fluxion::fmod(-7.5, -2.0) == -1.5);
static_assert(same_bits(fluxion::fmod(-6.0, 3.0), -0.0) && same_bits(fluxion::fmod(6.0, -3.0), 0.0));
static_assert(same_bits(fluxion::fmod(-2.5, 2.5), -0.0) && fluxion::fmod(2.0, 2.5) == 2.0);
static_assert(fluxion::fmod(7, 3) == 1.0 && fluxion::fmod(-7, 3) == -1.0 && fluxion::fmod(7.0f, 2.5f) == 2.0f);
static_assert(std::same_as<decltype(fluxion::fmod(7, 3)), double> && std::same_as<decltype(fluxion::fmod(7.f, 3.f)), float>);
static_assert(std::same_as<decltype(fluxion::fmod(7.f, 3.L)), long double> && fluxion::fmod(7.5L, 2) == 1.5L);

// Exactness: x - n y with n exact (the naive x - trunc(x / y) y is not).
static_assert(fluxion::fmod(1.0, 0.1) == 0x1.9999999999996p-4);  // mpfr_fmod: not 0.1, not 0
static_assert(fluxion::fmod(10.0, 0.1) == 0x1.9999999999972p-4); // mpfr_fmod
static_assert(fluxion::fmod(1e20, 3.0) == 1.0);                  // 1e20 = 100000000000000000000 = 3 * 33333333333333333333 + 1
static_assert(fluxion::fmod(0x1p53 + 2.0, 0x1p53 + 0x1p52) == 0x1p53 + 2.0);   // |x| < |y|: x itself
static_assert(fluxion::fmod(dmax, 10.0) == 8.0);                                // mpfr_fmod
static_assert(fluxion::fmod(1e300, 0x1.921fb54442d18p+1) == 0x1.358676425a468p+1); // mpfr_fmod (x mod double(pi))
static_assert(fluxion::fmod(0x1p60, 3.0) == 1.0 && fluxion::fmod(0x1p61, 3.0) == 2.0); // 2^k mod 3 alternates

// Extreme ratios: up to 2045 bits of long division, at the default limits.
// References: mpfr_fmod at 53 bits (tests/support/mpfr_oracle.hpp).
static_assert(fluxion::fmod(dmax, denorm_min) == 0.0);
// DBL_MAX = (2^53 - 1) 2^2045 units of 2^-1074; 2^53 - 1 = 1 and 2^2045 = 2 (mod 3).
static_assert(fluxion::fmod(dmax, 3 * denorm_min) == 2 * denorm_min);
static_assert(fluxion::fmod(1e308, 1e-308) == 0x0.28401cf53d61p-1022);
static_assert(fluxion::fmod(dmax, 1.5) == 0.5);
static_assert(fluxion::fmod(dmax, 0x1.fffffffffffffp-1022) == 0.0);
static_assert(fluxion::fmod(-1e-300, 3e-310) == -0x0.01268b0999a2bp-1022);
static_assert(fluxion::fmod(dmin, denorm_min) == 0.0 && fluxion::fmod(dmin + denorm_min, dmin) == denorm_min);
static_assert(fluxion::fmod(3.4e38f, 0.3f) == 0x1.a8a5cp-6f);  // mpfr_fmod at 24 bits
static_assert(fluxion::fmod(1e-45f, 1e38f) == 1e-45f);
} // namespace

int main() {}
