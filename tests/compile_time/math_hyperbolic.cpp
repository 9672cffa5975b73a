// Compile-time suite: sinh, cosh, tanh (fluxion/math/sinh.hpp, cosh.hpp,
// tanh.hpp) in constant expressions. Compiling this file is the test.
#include <fluxion/math/classify.hpp>
#include <fluxion/math/cosh.hpp>
#include <fluxion/math/sinh.hpp>
#include <fluxion/math/tanh.hpp>

#include <concepts>
#include <limits>

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();
constexpr double dbl_max = std::numeric_limits<double>::max();
constexpr float finf = std::numeric_limits<float>::infinity();

// ---- types ----
static_assert(std::same_as<decltype(fluxion::sinh(1)), double> && std::same_as<decltype(fluxion::cosh(1.0f)), float>);
static_assert(std::same_as<decltype(fluxion::tanh(1.0L)), long double>);
static_assert(fluxion::sinh(2) == fluxion::sinh(2.0) && fluxion::cosh(-3) == fluxion::cosh(3.0) && fluxion::tanh(1u) == fluxion::tanh(1.0));

// ---- special values (C99 Annex F): signed zeros, infinities, NaN ----
static_assert(fluxion::sinh(0.0) == 0.0 && !fluxion::signbit(fluxion::sinh(0.0)));
static_assert(fluxion::sinh(-0.0) == 0.0 && fluxion::signbit(fluxion::sinh(-0.0)) && fluxion::signbit(fluxion::sinh(-0.0f)));
static_assert(fluxion::tanh(-0.0) == 0.0 && fluxion::signbit(fluxion::tanh(-0.0)) && fluxion::signbit(fluxion::tanh(-0.0L)));
static_assert(fluxion::cosh(0.0) == 1.0 && fluxion::cosh(-0.0) == 1.0 && fluxion::cosh(0.0f) == 1.0f);
static_assert(fluxion::sinh(inf) == inf && fluxion::sinh(-inf) == -inf && fluxion::sinh(-finf) == -finf);
static_assert(fluxion::cosh(inf) == inf && fluxion::cosh(-inf) == inf);
static_assert(fluxion::tanh(inf) == 1.0 && fluxion::tanh(-inf) == -1.0 && fluxion::tanh(-finf) == -1.0f);
static_assert(fluxion::isnan(fluxion::sinh(nan)) && fluxion::isnan(fluxion::cosh(nan)) && fluxion::isnan(fluxion::tanh(nan)));

// ---- tiny arguments: sinh x = tanh x = x, cosh x = 1 ----
static_assert(fluxion::sinh(denorm_min) == denorm_min && fluxion::tanh(-denorm_min) == -denorm_min);
static_assert(fluxion::sinh(-1e-300) == -1e-300 && fluxion::tanh(1e-300) == 1e-300 && fluxion::cosh(1e-300) == 1.0);
static_assert(fluxion::sinh(0x1p-27) == 0x1p-27 && fluxion::tanh(0x1p-28) == 0x1p-28 && fluxion::cosh(0x1p-27) == 1.0);

// ---- symmetry: sinh and tanh odd, cosh even, bit for bit ----
static_assert(fluxion::sinh(-0.7) == -fluxion::sinh(0.7) && fluxion::sinh(-25.0) == -fluxion::sinh(25.0));
static_assert(fluxion::tanh(-0.7) == -fluxion::tanh(0.7) && fluxion::tanh(-3.0f) == -fluxion::tanh(3.0f));
static_assert(fluxion::cosh(-0.7) == fluxion::cosh(0.7) && fluxion::cosh(-300.0) == fluxion::cosh(300.0));

// ---- large arguments: tanh saturates, sinh/cosh overflow only past ln(2 DBL_MAX) = 710.4758... ----
static_assert(fluxion::tanh(19.1) == 1.0 && fluxion::tanh(-30.0) == -1.0 && fluxion::tanh(1e300) == 1.0);
static_assert(fluxion::tanh(18.0) < 1.0); // 1 - tanh(18) = 4.6e-16 > 2^-54
static_assert(fluxion::cosh(710.0) > dbl_max / 2 && fluxion::cosh(710.0) < dbl_max);
static_assert(fluxion::sinh(-710.475) > -dbl_max && fluxion::sinh(-710.476) == -inf);
static_assert(fluxion::cosh(710.476) == inf && fluxion::cosh(1e300) == inf && fluxion::sinh(1e300) == inf);
static_assert(fluxion::cosh(90.0f) == finf && fluxion::sinh(-90.0f) == -finf);

// ---- identities that hold exactly ----
static_assert(fluxion::cosh(1.0) > fluxion::sinh(1.0) && fluxion::cosh(30.0) == fluxion::sinh(30.0)); // e^-30 is below an ulp

// ---- correctly rounded references: MPFR (mpfr_sinh, mpfr_cosh, mpfr_tanh, 53 and 24 bits, round to nearest) ----
static_assert(fluxion::sinh(0x1p-20) == 0x1.00000000002abp-20);
static_assert(fluxion::sinh(0x1p-20f) == 0x1p-20f);
static_assert(fluxion::sinh(0x1.999999999999ap-4) == 0x1.9a487337b59b3p-4);
static_assert(fluxion::sinh(0x1p-1) == 0x1.0acd00fe63b97p-1);
static_assert(fluxion::sinh(0x1p-1f) == 0x1.0acdp-1f);
static_assert(fluxion::sinh(0x1p+0) == 0x1.2cd9fc44eb982p+0);
static_assert(fluxion::sinh(0x1p+0f) == 0x1.2cd9fcp+0f);
static_assert(fluxion::sinh(-0x1p+1) == -0x1.d03cf63b6e19fp+1);
static_assert(fluxion::sinh(-0x1p+1f) == -0x1.d03cf6p+1f);
static_assert(fluxion::sinh(0x1.4p+3) == 0x1.5829dced69992p+13);
static_assert(fluxion::sinh(0x1.4p+3f) == 0x1.5829dcp+13f);
static_assert(fluxion::sinh(0x1.6p+4) == 0x1.ab5adb9c436p+30);
static_assert(fluxion::sinh(0x1.6p+4f) == 0x1.ab5adcp+30f);
static_assert(fluxion::sinh(0x1.ep+4) == 0x1.370470aec28edp+42);
static_assert(fluxion::sinh(0x1.ep+4f) == 0x1.37047p+42f);
static_assert(fluxion::sinh(0x1.6p+6) == 0x1.f1056dc7bf22dp+125);
static_assert(fluxion::sinh(0x1.6p+6f) == 0x1.f1056ep+125f);
static_assert(fluxion::sinh(0x1.5ep+9) == 0x1.d945df4f8ec8ep+1008);
static_assert(fluxion::sinh(0x1.5ep+9f) == finf);
static_assert(fluxion::sinh(0x1.63p+9) == 0x1.3e21a464507f9p+1023);
static_assert(fluxion::sinh(0x1.63p+9f) == finf);
static_assert(fluxion::sinh(-0x1.6333333333333p+9) == -0x1.da98a7371610bp+1023);
static_assert(fluxion::cosh(0x1p-20) == 0x1.00000000008p+0);
static_assert(fluxion::cosh(0x1p-20f) == 0x1p+0f);
static_assert(fluxion::cosh(0x1.999999999999ap-4) == 0x1.0147f40224b38p+0);
static_assert(fluxion::cosh(0x1p-1) == 0x1.20ac1862ae8dp+0);
static_assert(fluxion::cosh(0x1p-1f) == 0x1.20ac18p+0f);
static_assert(fluxion::cosh(0x1p+0) == 0x1.8b07551d9f55p+0);
static_assert(fluxion::cosh(0x1p+0f) == 0x1.8b0756p+0f);
static_assert(fluxion::cosh(-0x1p+1) == 0x1.e18fa0df2d9bcp+1);
static_assert(fluxion::cosh(-0x1p+1f) == 0x1.e18fap+1f);
static_assert(fluxion::cosh(0x1.4p+3) == 0x1.5829dd053712dp+13);
static_assert(fluxion::cosh(0x1.4p+3f) == 0x1.5829dep+13f);
static_assert(fluxion::cosh(0x1.6p+4) == 0x1.ab5adb9c436p+30);
static_assert(fluxion::cosh(0x1.6p+4f) == 0x1.ab5adcp+30f);
static_assert(fluxion::cosh(0x1.ep+4) == 0x1.370470aec28edp+42);
static_assert(fluxion::cosh(0x1.ep+4f) == 0x1.37047p+42f);
static_assert(fluxion::cosh(0x1.6p+6) == 0x1.f1056dc7bf22dp+125);
static_assert(fluxion::cosh(0x1.6p+6f) == 0x1.f1056ep+125f);
static_assert(fluxion::cosh(0x1.5ep+9) == 0x1.d945df4f8ec8ep+1008);
static_assert(fluxion::cosh(0x1.5ep+9f) == finf);
static_assert(fluxion::cosh(0x1.63p+9) == 0x1.3e21a464507f9p+1023);
static_assert(fluxion::cosh(0x1.63p+9f) == finf);
static_assert(fluxion::cosh(-0x1.6333333333333p+9) == 0x1.da98a7371610bp+1023);
static_assert(fluxion::tanh(0x1p-20) == 0x1.ffffffffff555p-21);
static_assert(fluxion::tanh(0x1p-20f) == 0x1p-20f);
static_assert(fluxion::tanh(0x1.999999999999ap-4) == 0x1.983d7795f413ap-4);
static_assert(fluxion::tanh(0x1p-1) == 0x1.d9353d7568af3p-2);
static_assert(fluxion::tanh(0x1p-1f) == 0x1.d9353ep-2f);
static_assert(fluxion::tanh(0x1p+0) == 0x1.85efab514f394p-1);
static_assert(fluxion::tanh(0x1p+0f) == 0x1.85efacp-1f);
static_assert(fluxion::tanh(-0x1p+1) == -0x1.ed9505e1bc3d4p-1);
static_assert(fluxion::tanh(-0x1p+1f) == -0x1.ed9506p-1f);
static_assert(fluxion::tanh(0x1.4p+2) == 0x1.fff419668df11p-1);
static_assert(fluxion::tanh(0x1.4p+2f) == 0x1.fff41ap-1f);
static_assert(fluxion::tanh(0x1.4p+3) == 0x1.ffffffdc96f35p-1);
static_assert(fluxion::tanh(0x1.4p+3f) == 0x1p+0f);
static_assert(fluxion::tanh(0x1.3p+4) == 0x1.fffffffffffffp-1);
static_assert(fluxion::tanh(0x1.3p+4f) == 0x1p+0f);
static_assert(fluxion::tanh(-0x1.0624dd2f1a9fcp-10) == -0x1.0624d77516ce2p-10);
// long double goes through double: the double result, widened.
static_assert(fluxion::tanh(0.5L) == static_cast<long double>(fluxion::tanh(0.5)));
static_assert(fluxion::cosh(2.0L) == static_cast<long double>(fluxion::cosh(2.0)));
} // namespace

int main() {}
