// Compile-time suite: sqrt, cbrt and hypot in constant expressions. Exact
// cases, Annex F special values, extreme arguments (DBL_MAX, subnormals: all
// at the default constexpr limits), identities, and agreement with values
// computed by MPFR (correctly rounded; the generating calls are given).
// Compiling this file is the test.
#include <fluxion/math/cbrt.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/math/hypot.hpp>
#include <fluxion/math/sqrt.hpp>

#include <bit>
#include <cstdint>
#include <limits>

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double dmax = std::numeric_limits<double>::max();
constexpr double dmin = std::numeric_limits<double>::min();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();
constexpr float finf = std::numeric_limits<float>::infinity();

constexpr bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }
constexpr bool is_nan(double a) { return a != a; }

// ---------------------------------------------------------------- sqrt
// Special values (Annex F.10.4.5): signed zeros kept, +inf, NaN.
static_assert(same_bits(fluxion::sqrt(0.0), 0.0) && same_bits(fluxion::sqrt(-0.0), -0.0));
static_assert(fluxion::sqrt(inf) == inf && is_nan(fluxion::sqrt(nan)));
static_assert(fluxion::signbit(fluxion::sqrt(-0.0f)) && fluxion::sqrt(finf) == finf);
// Perfect squares are exact, in every type.
static_assert(fluxion::sqrt(4) == 2.0 && fluxion::sqrt(2.25) == 1.5 && fluxion::sqrt(0.0625f) == 0.25f);
static_assert(fluxion::sqrt(1e10L) == 1e5L && fluxion::sqrt(144u) == 12.0);
constexpr bool perfect_squares_exact(long long from, long long count) {
    for (long long k = from; k < from + count; ++k)
        if (fluxion::sqrt(static_cast<double>(k * k)) != static_cast<double>(k)) return false;
    return true;
}
static_assert(perfect_squares_exact(0, 3000));
static_assert(perfect_squares_exact(94906265 - 1000, 1000)); // k^2 near 2^53: the largest exact squares
static_assert(fluxion::sqrt(0x1.fffffffffffffp52 * 0x1.fffffffffffffp52) == 0x1.fffffffffffffp52); // (2^53-1)^2, rounded: still exact
static_assert(fluxion::sqrt(0x1p-1074) == 0x1p-537 && fluxion::sqrt(0x1p-1072) == 0x1p-536);
// Extreme arguments, at the default constexpr limits; references from
// mpfr_sqrt at 53 bits (tests/support/mpfr_oracle.hpp, correctly_rounded<double>).
static_assert(fluxion::sqrt(dmax) == 0x1.fffffffffffffp+511);
static_assert(fluxion::sqrt(denorm_min) == 0x1p-537);
static_assert(fluxion::sqrt(dmin) == 0x1p-511);
static_assert(fluxion::sqrt(0x0.01b9cd1295941p-1022) == 0x1.504e1663053e5p-515); // subnormal 1.5e-310
static_assert(fluxion::sqrt(2.0) == 0x1.6a09e667f3bcdp+0);
static_assert(fluxion::sqrt(3.0) == 0x1.bb67ae8584caap+0);
static_assert(fluxion::sqrt(10.0) == 0x1.94c583ada5b53p+1);
static_assert(fluxion::sqrt(0.1) == 0x1.43d136248490fp-2);
static_assert(fluxion::sqrt(1e-300) == 0x1.a2fe76a3f9475p-499);
static_assert(fluxion::sqrt(123456789.0) == 0x1.5b38e373b76fep+13);
// float (mpfr_sqrt at 24 bits)
static_assert(fluxion::sqrt(2.0f) == 0x1.6a09e6p+0f && fluxion::sqrt(0.1f) == 0x1.43d136p-2f);
static_assert(fluxion::sqrt(1e-40f) == 0x1.79c9cep-67f && fluxion::sqrt(3.4e38f) == 0x1.ffc99cp+63f);
// long double: computed at double accuracy
static_assert(fluxion::sqrt(2.0L) == static_cast<long double>(0x1.6a09e667f3bcdp+0));
static_assert(std::same_as<decltype(fluxion::sqrt(2)), double> && std::same_as<decltype(fluxion::sqrt(2.f)), float>);
// Identity: sqrt(x)^2 rounds back to x's neighbourhood, and sqrt(4^k x) = 2^k sqrt(x) exactly.
static_assert(fluxion::sqrt(0x1p600 * 3.0) == 0x1p300 * fluxion::sqrt(3.0));
static_assert(fluxion::sqrt(0x1p-1000 * 7.0) == 0x1p-500 * fluxion::sqrt(7.0));

// ---------------------------------------------------------------- cbrt
static_assert(same_bits(fluxion::cbrt(0.0), 0.0) && same_bits(fluxion::cbrt(-0.0), -0.0));
static_assert(fluxion::cbrt(inf) == inf && fluxion::cbrt(-inf) == -inf && is_nan(fluxion::cbrt(nan)));
// Perfect cubes are exact; odd symmetry.
static_assert(fluxion::cbrt(27.0) == 3.0 && fluxion::cbrt(-8.0) == -2.0 && fluxion::cbrt(0.125) == 0.5);
static_assert(fluxion::cbrt(-27) == -3.0 && fluxion::cbrt(64.0f) == 4.0f && fluxion::cbrt(-0.001953125L) == -0.125L);
constexpr bool perfect_cubes_exact(long long from, long long count) {
    for (long long k = from; k < from + count; ++k)
        if (fluxion::cbrt(static_cast<double>(k * k * k)) != static_cast<double>(k) ||
            fluxion::cbrt(-static_cast<double>(k * k * k)) != -static_cast<double>(k))
            return false;
    return true;
}
static_assert(perfect_cubes_exact(0, 1500));
static_assert(perfect_cubes_exact(208063, 100)); // k^3 just below 2^53
static_assert(fluxion::cbrt(0x1p-1074) == 0x1p-358 && fluxion::cbrt(0x1p-1071) == 0x1p-357);
// References: mpfr_cbrt at 53 and 24 bits.
static_assert(fluxion::cbrt(dmax) == 0x1.428a2f98d728bp+341);
static_assert(fluxion::cbrt(denorm_min) == 0x1p-358);
static_assert(fluxion::cbrt(dmin) == 0x1.428a2f98d728bp-341);
static_assert(fluxion::cbrt(0x0.012688b70e62bp-1022) == 0x1.a9d1b0b5d7427p-344); // subnormal 1e-310
static_assert(fluxion::cbrt(2.0) == 0x1.428a2f98d728bp+0);
static_assert(fluxion::cbrt(3.0) == 0x1.7137449123ef6p+0);
static_assert(fluxion::cbrt(10.0) == 0x1.13c484138704fp+1);
static_assert(fluxion::cbrt(0.1) == 0x1.db4c7760bcff3p-2);
static_assert(fluxion::cbrt(-5.0) == -0x1.b5c0fbcfec4d4p+0);
static_assert(fluxion::cbrt(2.0f) == 0x1.428a3p+0f && fluxion::cbrt(-3.0f) == -0x1.713744p+0f);
static_assert(fluxion::cbrt(0.1f) == 0x1.db4c78p-2f);
static_assert(fluxion::cbrt(-2.0L) == static_cast<long double>(-0x1.428a2f98d728bp+0));

// ---------------------------------------------------------------- hypot
// Annex F.10.4.3: an infinity wins over a NaN; hypot(x, +-0) = |x|.
static_assert(fluxion::hypot(inf, nan) == inf && fluxion::hypot(nan, -inf) == inf);
static_assert(fluxion::hypot(-inf, 1.0) == inf && is_nan(fluxion::hypot(nan, 1.0)) && is_nan(fluxion::hypot(1.0, nan)));
static_assert(same_bits(fluxion::hypot(-0.0, -0.0), 0.0) && fluxion::hypot(-2.5, 0.0) == 2.5);
// Pythagorean triples are exact, in every sign combination and scaled.
static_assert(fluxion::hypot(3.0, 4.0) == 5.0 && fluxion::hypot(-3, 4) == 5.0 && fluxion::hypot(4.0f, -3.0f) == 5.0f);
static_assert(fluxion::hypot(5.0, 12.0) == 13.0 && fluxion::hypot(20.0, 21.0) == 29.0);
static_assert(fluxion::hypot(0x3p-1040, 0x4p-1040) == 0x5p-1040);
static_assert(fluxion::hypot(0x3p-1074, 0x4p-1074) == 0x5p-1074); // subnormal triple
static_assert(fluxion::hypot(0x3p1020, 0x4p1020) == 0x5p1020);    // no spurious overflow
// A tie: the legs of the triple (p^2 - q^2, 2pq, p^2 + q^2) for p = 2^26 + 1,
// q = 2^26: legs 2^27 + 1 and 2^53 + 2^27, hypotenuse 2^53 + 2^27 + 1: odd,
// 54 bits, exactly the midpoint between two doubles. It rounds to the even
// one, 2^53 + 2^27 (significand 2^52 + 2^26), not to 2^53 + 2^27 + 2.
static_assert(fluxion::hypot(0x1p27 + 1.0, 0x1p53 + 0x1p27) == 0x1p53 + 0x1p27);
static_assert(fluxion::hypot(0x1p-1000 * (0x1p27 + 1.0), 0x1p-1000 * (0x1p53 + 0x1p27)) == 0x1p-1000 * (0x1p53 + 0x1p27));
// References: mpfr_hypot at 53 and 24 bits.
static_assert(fluxion::hypot(1.0, 1.0) == 0x1.6a09e667f3bcdp+0);
static_assert(fluxion::hypot(1e300, 1e300) == 0x1.0e4d50f99b211p+997);
static_assert(fluxion::hypot(1e-320, 1e-320) == 0x0.0000000000b2ep-1022);
static_assert(fluxion::hypot(denorm_min, denorm_min) == denorm_min);
static_assert(fluxion::hypot(dmax, 1.0) == dmax && fluxion::hypot(dmax, dmax / 2) == inf);
static_assert(fluxion::hypot(1.0, 0x1.5798ee2308c3ap-27) == 1.0);
static_assert(fluxion::hypot(0.1, 0.2) == 0x1.c9f25c5bfeddap-3);
static_assert(fluxion::hypot(-2.0, 3.0) == 0x1.cd82b446159f3p+1);
static_assert(fluxion::hypot(1.0f, 2.0f) == 0x1.1e377ap+1f);
static_assert(std::same_as<decltype(fluxion::hypot(1.0f, 2)), double> &&
              std::same_as<decltype(fluxion::hypot(1.0f, 2.0f)), float>);
// Symmetry.
static_assert(fluxion::hypot(0.1, 0.2) == fluxion::hypot(-0.2, 0.1));
} // namespace

int main() {}
