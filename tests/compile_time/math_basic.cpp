// Compile-time suite: classification, abs, copysign and the exact IEEE helpers
// every math function is built on. Compiling this file is the test.
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/math.hpp>

#include <limits>

namespace {
using fluxion::detail::from_bits;
using fluxion::detail::to_bits;
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();
constexpr float finf = std::numeric_limits<float>::infinity();

// classification
static_assert(fluxion::isnan(nan) && !fluxion::isnan(inf) && !fluxion::isnan(0.0) && !fluxion::isnan(3));
static_assert(fluxion::isnan(std::numeric_limits<float>::quiet_NaN()));
static_assert(fluxion::isnan(std::numeric_limits<long double>::quiet_NaN()));
static_assert(fluxion::isinf(inf) && fluxion::isinf(-inf) && fluxion::isinf(-finf) && !fluxion::isinf(1e308));
static_assert(fluxion::isfinite(denorm_min) && !fluxion::isfinite(inf) && !fluxion::isfinite(nan));
static_assert(fluxion::isfinite(42) && !fluxion::isinf(42));
static_assert(fluxion::signbit(-0.0) && !fluxion::signbit(0.0) && fluxion::signbit(-denorm_min));
static_assert(fluxion::signbit(-0.0f) && fluxion::signbit(-0.0L) && !fluxion::signbit(0.0L));
static_assert(fluxion::signbit(-nan) && !fluxion::signbit(nan));
static_assert(fluxion::signbit(-3) && !fluxion::signbit(3u));

// copysign keeps magnitude, takes the sign bit (zeros and NaNs included)
static_assert(fluxion::copysign(2.0, -0.0) == -2.0 && fluxion::copysign(-2.0, 0.0) == 2.0);
static_assert(fluxion::signbit(fluxion::copysign(0.0, -1.0)));
static_assert(fluxion::signbit(fluxion::copysign(nan, -1.0)) && fluxion::isnan(fluxion::copysign(nan, -1.0)));
static_assert(fluxion::copysign(inf, -1) == -inf);
static_assert(std::same_as<decltype(fluxion::copysign(1.0f, 2.0)), double>);
static_assert(std::same_as<decltype(fluxion::copysign(1.0f, 2.0f)), float>);

// abs: exact, -0 to +0, integers to double (abs(INT_MIN) has no overflow)
static_assert(fluxion::abs(-2.5) == 2.5 && fluxion::abs(2.5f) == 2.5f && fluxion::abs(-inf) == inf);
static_assert(!fluxion::signbit(fluxion::abs(-0.0)));
static_assert(fluxion::abs(std::numeric_limits<int>::min()) == 2147483648.0);
static_assert(std::same_as<decltype(fluxion::abs(1)), double>);
static_assert(fluxion::isnan(fluxion::abs(-nan)) && !fluxion::signbit(fluxion::abs(-nan)));

// ieee: decomposition and scaling by powers of two are exact and round once
using fluxion::detail::decompose;
using fluxion::detail::scale_by_power_of_2;
static_assert(decompose(12.0).m == 1.5 && decompose(12.0).e == 3);
static_assert(decompose(denorm_min).m == 1.0 && decompose(denorm_min).e == -1074);
static_assert(decompose(-0.75).m == -1.5 && decompose(-0.75).e == -1);
static_assert(scale_by_power_of_2(1.0, 1023) == 0x1p1023);
static_assert(scale_by_power_of_2(1.0, 1024) == inf && scale_by_power_of_2(-1.5, 2000) == -inf);
static_assert(scale_by_power_of_2(1.0, -1074) == denorm_min);
static_assert(scale_by_power_of_2(0x1p1023, -2097) == denorm_min);           // crosses the whole range
static_assert(scale_by_power_of_2(1.0, -1075) == 0.0);                       // tie: to even (zero)
static_assert(scale_by_power_of_2(1.5, -1075) == denorm_min);                // above the tie: up
static_assert(scale_by_power_of_2(1.0, -1076) == 0.0);
static_assert(fluxion::signbit(scale_by_power_of_2(-1.0, -1100)));
static_assert(scale_by_power_of_2(denorm_min, 1074) == 1.0);
static_assert(scale_by_power_of_2(0x1.0000000000001p0, -1070) == 0x1p-1070); // rounds to even once
static_assert(scale_by_power_of_2(0x1.8p0, -1074) == 2 * denorm_min);        // 1.5 -> 2 (tie to even)
static_assert(fluxion::detail::round_to_integer(2.5) == 2.0 && fluxion::detail::round_to_integer(-3.5) == -4.0);

// double-double: hi + lo is the exact sum / product
using fluxion::detail::two_prod;
using fluxion::detail::two_sum;
static_assert(two_sum(1.0, 0x1p-60).hi == 1.0 && two_sum(1.0, 0x1p-60).lo == 0x1p-60);
static_assert(two_sum(0x1p-60, 1.0).hi == 1.0 && two_sum(0x1p-60, 1.0).lo == 0x1p-60);
// (1 + 2^-30)^2 = 1 + 2^-29 + 2^-60: the last term is what a double loses
static_assert(two_prod(1.0 + 0x1p-30, 1.0 + 0x1p-30).hi == 1.0 + 0x1p-29);
static_assert(two_prod(1.0 + 0x1p-30, 1.0 + 0x1p-30).lo == 0x1p-60);
// (2^53 - 1)^2 = 2^106 - 2^54 + 1
static_assert(two_prod(0x1.fffffffffffffp52, 0x1.fffffffffffffp52).hi == 0x1.ffffffffffffep105);
static_assert(two_prod(0x1.fffffffffffffp52, 0x1.fffffffffffffp52).lo == 1.0);
static_assert(to_bits(from_bits(0x7ff0000000000000)) == to_bits(inf));
} // namespace

int main() {}
