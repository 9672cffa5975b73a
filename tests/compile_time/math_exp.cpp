// Compile-time suite: exp and expm1 (fluxion/math/exp.hpp, expm1.hpp) in
// constant expressions. Compiling this file is the test.
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/math/exp.hpp>
#include <fluxion/math/expm1.hpp>

#include <concepts>
#include <cstdint>
#include <limits>

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();
constexpr double dbl_max = std::numeric_limits<double>::max();
constexpr float finf = std::numeric_limits<float>::infinity();
constexpr long double linf = std::numeric_limits<long double>::infinity();

// ---- types: integers give double, float and long double keep their type ----
static_assert(std::same_as<decltype(fluxion::exp(1)), double>);
static_assert(std::same_as<decltype(fluxion::exp(1.0f)), float>);
static_assert(std::same_as<decltype(fluxion::exp(1.0L)), long double>);
static_assert(std::same_as<decltype(fluxion::expm1(1u)), double>);
static_assert(fluxion::exp(2) == fluxion::exp(2.0) && fluxion::expm1(-3L) == fluxion::expm1(-3.0));

// ---- exact cases and special values (C99 Annex F) ----
static_assert(fluxion::exp(0.0) == 1.0 && fluxion::exp(-0.0) == 1.0 && fluxion::exp(0) == 1.0);
static_assert(fluxion::exp(0.0f) == 1.0f && fluxion::exp(0.0L) == 1.0L);
static_assert(fluxion::exp(inf) == inf && fluxion::exp(-inf) == 0.0 && !fluxion::signbit(fluxion::exp(-inf)));
static_assert(fluxion::isnan(fluxion::exp(nan)) && fluxion::isnan(fluxion::exp(std::numeric_limits<float>::quiet_NaN())));
static_assert(fluxion::exp(-finf) == 0.0f && fluxion::exp(linf) == linf);
static_assert(fluxion::expm1(0.0) == 0.0 && !fluxion::signbit(fluxion::expm1(0.0)));
static_assert(fluxion::expm1(-0.0) == 0.0 && fluxion::signbit(fluxion::expm1(-0.0)));
static_assert(fluxion::signbit(fluxion::expm1(-0.0f)) && fluxion::signbit(fluxion::expm1(-0.0L)));
static_assert(fluxion::expm1(inf) == inf && fluxion::expm1(-inf) == -1.0 && fluxion::isnan(fluxion::expm1(nan)));

// ---- tiny arguments: exp(x) == 1 and expm1(x) == x below 2^-54 ----
static_assert(fluxion::exp(0x1p-54) == 1.0 && fluxion::exp(-0x1p-54) == 1.0 && fluxion::exp(denorm_min) == 1.0);
static_assert(fluxion::exp(-0x1p-53) == 0x1.fffffffffffffp-1);   // 1 - 2^-53 + 2^-107: rounds down
static_assert(fluxion::exp(0x1p-52) == 0x1.0000000000001p0);     // 1 + 2^-52 + 2^-105
static_assert(fluxion::expm1(denorm_min) == denorm_min && fluxion::expm1(-denorm_min) == -denorm_min);
static_assert(fluxion::expm1(0x1p-60) == 0x1p-60 && fluxion::expm1(-1e-300) == -1e-300);

// ---- overflow and underflow, as values (both compilers reject overflowing arithmetic) ----
static_assert(fluxion::exp(0x1.62e42fefa39efp9) == 0x1.fffffffffff2ap1023); // largest x with a finite result
static_assert(fluxion::exp(0x1.62e42fefa39f0p9) == inf);                    // the next double overflows
static_assert(fluxion::exp(709.79) == inf && fluxion::exp(1e300) == inf && fluxion::expm1(710.0) == inf);
static_assert(fluxion::exp(89.0f) == finf && fluxion::exp(12000.0L) == linf);
static_assert(fluxion::exp(-745.0) == denorm_min && fluxion::exp(-745.2) == 0.0 && fluxion::exp(-1e300) == 0.0);
static_assert(fluxion::exp(-104.0f) == 0.0f && fluxion::exp(-12000.0L) == 0.0L);
static_assert(fluxion::expm1(-38.0) == -1.0 && fluxion::expm1(-1e300) == -1.0 && fluxion::expm1(-20.0f) == -1.0f);
static_assert(fluxion::exp(-708.3964185322641) == 0x1.000000000007cp-1022);   // MPFR; just above DBL_MIN

// ---- monotone across the fast/careful scaling boundaries ----
static_assert(fluxion::exp(709.7) < fluxion::exp(709.75) && fluxion::exp(709.75) < dbl_max);
static_assert(fluxion::exp(-708.5) > fluxion::exp(-708.6) && fluxion::exp(-708.6) > fluxion::exp(-744.0));

// ---- the double-double entry used by pow: exp(hi + lo) ----
using fluxion::detail::exp_double_double;
static_assert(exp_double_double(0.0, 0.0) == 1.0 && exp_double_double(1.0, 0.0) == fluxion::exp(1.0));
static_assert(exp_double_double(inf, 0.0) == inf && exp_double_double(-inf, 0.0) == 0.0);
// e^0.5 (MPFR: 0x1.a61298e1e069cp0); the correction lo = 2^-60 is 2^-8 ulp of it
static_assert(exp_double_double(0.5, 0.0) == 0x1.a61298e1e069cp0 && exp_double_double(0.5, 0x1p-60) == 0x1.a61298e1e069cp0);
static_assert(exp_double_double(0x1.62e42fefa39efp9, 0x1p-44) == inf);       // hi + lo overflows
static_assert(exp_double_double(0x1.62e42fefa39efp9, -0x1p-44) < dbl_max);

// ---- the table of 2^(j/128): entries with a known value (all are checked against MPFR at run time) ----
static_assert(fluxion::detail::exp_table[0].hi == 1.0 && fluxion::detail::exp_table[0].lo == 0.0);
static_assert(fluxion::detail::exp_table[64].hi == 0x1.6a09e667f3bcdp0); // sqrt(2), correctly rounded

// ---- correctly rounded references: MPFR (mpfr_exp, mpfr_expm1, 53 and 24 bits, round to nearest) ----
static_assert(fluxion::exp(0x1p+0) == 0x1.5bf0a8b145769p+1);
static_assert(fluxion::exp(0x1p+0f) == 0x1.5bf0a8p+1f);
static_assert(fluxion::exp(-0x1p+0) == 0x1.78b56362cef38p-2);
static_assert(fluxion::exp(-0x1p+0f) == 0x1.78b564p-2f);
static_assert(fluxion::exp(0x1p-1) == 0x1.a61298e1e069cp+0);
static_assert(fluxion::exp(0x1p-1f) == 0x1.a61298p+0f);
static_assert(fluxion::exp(0x1.4p+3) == 0x1.5829dcf95056p+14);
static_assert(fluxion::exp(0x1.4p+3f) == 0x1.5829dcp+14f);
static_assert(fluxion::exp(-0x1.4p+3) == 0x1.7cd79b5647c9bp-15);
static_assert(fluxion::exp(-0x1.4p+3f) == 0x1.7cd79cp-15f);
static_assert(fluxion::exp(0x1.9p+6) == 0x1.3494a9b171bf5p+144);
static_assert(fluxion::exp(0x1.9p+6f) == finf);
static_assert(fluxion::exp(0x1.5ep+9) == 0x1.d945df4f8ec8ep+1009);
static_assert(fluxion::exp(0x1.5ep+9f) == finf);
static_assert(fluxion::exp(0x1.628p+9) == 0x1.d422d2be5dc9bp+1022);
static_assert(fluxion::exp(0x1.628p+9f) == finf);
static_assert(fluxion::exp(0x1.62e42fefa39efp+9) == 0x1.fffffffffff2ap+1023);
static_assert(fluxion::exp(-0x1.5ep+9) == 0x1.14f2b0fb9307fp-1010);
static_assert(fluxion::exp(-0x1.5ep+9f) == 0x0p+0f);
static_assert(fluxion::exp(-0x1.624p+9) == 0x0.e6cf6d08897acp-1022);
static_assert(fluxion::exp(-0x1.624p+9f) == 0x0p+0f);
static_assert(fluxion::exp(-0x1.68p+9) == 0x0.0000993b4dc95p-1022);
static_assert(fluxion::exp(-0x1.68p+9f) == 0x0p+0f);
static_assert(fluxion::exp(-0x1.72p+9) == 0x0.0000000000055p-1022);
static_assert(fluxion::exp(-0x1.72p+9f) == 0x0p+0f);
static_assert(fluxion::exp(-0x1.748p+9) == 0x0.0000000000001p-1022);
static_assert(fluxion::exp(-0x1.748p+9f) == 0x0p+0f);
static_assert(fluxion::exp(0x1p-30) == 0x1.00000004p+0);
static_assert(fluxion::exp(0x1p-30f) == 0x1p+0f);
static_assert(fluxion::exp(-0x1p-30) == 0x1.fffffff8p-1);
static_assert(fluxion::exp(-0x1p-30f) == 0x1p+0f);
static_assert(fluxion::exp(0x1.6p+6) == 0x1.f1056dc7bf22dp+126);
static_assert(fluxion::exp(0x1.6p+6f) == 0x1.f1056ep+126f);
static_assert(fluxion::exp(-0x1.5cp+6) == 0x1.666d0dad2961dp-126);
static_assert(fluxion::exp(-0x1.5cp+6f) == 0x1.666d0ep-126f);
static_assert(fluxion::exp(-0x1.9p+6) == 0x1.a8c1f14e2af5dp-145);
static_assert(fluxion::exp(-0x1.9p+6f) == 0x1.bp-145f);
static_assert(fluxion::exp(-0x1.9cp+6) == 0x1.525be4e4e601dp-149);
static_assert(fluxion::exp(-0x1.9cp+6f) == 0x1p-149f);
static_assert(fluxion::expm1(0x1.b7cdfd9d7bdbbp-34) == 0x1.b7cdfd9dda4e3p-34);
static_assert(fluxion::expm1(-0x1.b7cdfd9d7bdbbp-34) == -0x1.b7cdfd9d1d693p-34);
static_assert(fluxion::expm1(0x1p-20) == 0x1.00000800002abp-20);
static_assert(fluxion::expm1(0x1p-20f) == 0x1.000008p-20f);
static_assert(fluxion::expm1(-0x1p-20) == -0x1.fffff00000555p-21);
static_assert(fluxion::expm1(-0x1p-20f) == -0x1.fffffp-21f);
static_assert(fluxion::expm1(0x1p-1) == 0x1.4c2531c3c0d38p-1);
static_assert(fluxion::expm1(0x1p-1f) == 0x1.4c2532p-1f);
static_assert(fluxion::expm1(-0x1p-1) == -0x1.92e9a0720d3ecp-2);
static_assert(fluxion::expm1(-0x1p-1f) == -0x1.92e9ap-2f);
static_assert(fluxion::expm1(0x1p+0) == 0x1.b7e151628aed3p+0);
static_assert(fluxion::expm1(0x1p+0f) == 0x1.b7e152p+0f);
static_assert(fluxion::expm1(0x1.4p+3) == 0x1.5825dcf95056p+14);
static_assert(fluxion::expm1(0x1.4p+3f) == 0x1.5825dcp+14f);
static_assert(fluxion::expm1(-0x1.4p+3) == -0x1.fffa0ca192a6ep-1);
static_assert(fluxion::expm1(-0x1.4p+3f) == -0x1.fffa0cp-1f);
static_assert(fluxion::expm1(-0x1.28p+5) == -0x1.fffffffffffffp-1);
static_assert(fluxion::expm1(-0x1.28p+5f) == -0x1p+0f);
static_assert(fluxion::expm1(0x1.4p+5) == 0x1.a220d397972ebp+57);
static_assert(fluxion::expm1(0x1.4p+5f) == 0x1.a220d4p+57f);
static_assert(fluxion::expm1(0x1.5ep+9) == 0x1.d945df4f8ec8ep+1009);
static_assert(fluxion::expm1(0x1.5ep+9f) == finf);
static_assert(fluxion::expm1(0x1.0624dd2f1a9fcp-10) == 0x1.06466dfb8cf3ap-10);
static_assert(fluxion::expm1(-0x1.3333333333333p-2) == -0x1.0966f2c7907f6p-2);
// long double goes through double: the double result, widened.
static_assert(fluxion::exp(1.0L) == static_cast<long double>(0x1.5bf0a8b145769p+1));
static_assert(fluxion::expm1(1e-10L) == static_cast<long double>(fluxion::expm1(1e-10)));

// ---- expm1 keeps the accuracy exp(x) - 1 loses ----
static_assert(fluxion::exp(1e-10) - 1.0 != fluxion::expm1(1e-10));
} // namespace

int main() {}
