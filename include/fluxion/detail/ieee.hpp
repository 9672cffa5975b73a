// fluxion/detail/ieee.hpp — reading and building IEEE-754 doubles bit by bit.
//
// Everything here is exact: no rounding happens except where a comment says so.
// std::bit_cast is constexpr on GCC and Clang, so these helpers are what lets the
// math functions split a number into sign, exponent and significand in a constant
// expression, where std::frexp and std::ldexp are not available (Clang).
#ifndef FLUXION_DETAIL_IEEE_HPP
#define FLUXION_DETAIL_IEEE_HPP

#include <bit>
#include <cstdint>
#include <limits>

namespace fluxion::detail {

inline constexpr double inf = std::numeric_limits<double>::infinity();
inline constexpr double quiet_nan = std::numeric_limits<double>::quiet_NaN();

constexpr std::uint64_t to_bits(double x) noexcept { return std::bit_cast<std::uint64_t>(x); }
constexpr double from_bits(std::uint64_t b) noexcept { return std::bit_cast<double>(b); }

// The 11-bit biased exponent field (0 for zeros and subnormals, 2047 for inf/NaN).
constexpr int exponent_field(double x) noexcept { return static_cast<int>((to_bits(x) >> 52) & 0x7ff); }

constexpr bool is_nan(double x) noexcept { return x != x; }
constexpr bool is_finite(double x) noexcept { return exponent_field(x) != 0x7ff; }
constexpr bool sign_bit(double x) noexcept { return (to_bits(x) >> 63) != 0; }
constexpr double abs_value(double x) noexcept { return from_bits(to_bits(x) & ~(std::uint64_t{1} << 63)); }
constexpr double with_sign_of(double magnitude, double sign) noexcept {
    return from_bits((to_bits(magnitude) & ~(std::uint64_t{1} << 63)) | (to_bits(sign) & (std::uint64_t{1} << 63)));
}

// 2^k for -1074 <= k <= 1023, built from its bit pattern (subnormal below -1022).
constexpr double pow2(int k) noexcept {
    return k >= -1022 ? from_bits(static_cast<std::uint64_t>(k + 1023) << 52)
                      : from_bits(std::uint64_t{1} << (k + 1074));
}

// Nearest integer, ties to even, for |x| < 2^51: adding 1.5 * 2^52 pushes the
// fraction bits out of the significand and the hardware's round-to-nearest
// does the work (the classic "magic number" rounding).
constexpr double round_to_integer(double x) noexcept {
    constexpr double shifter = 0x1.8p52;
    return (x + shifter) - shifter;
}

// x = m * 2^e with 1 <= |m| < 2, for finite nonzero x (subnormals included).
struct binary_decomposition {
    double m;
    int e;
};
constexpr binary_decomposition decompose(double x) noexcept {
    // A subnormal is first scaled by 2^64 (exact) so its exponent field is meaningful.
    const bool sub = exponent_field(x) == 0;
    const double y = sub ? x * 0x1p64 : x;
    const std::uint64_t b = to_bits(y);
    return {from_bits((b & ~(std::uint64_t{0x7ff} << 52)) | (std::uint64_t{1023} << 52)),
            static_cast<int>((b >> 52) & 0x7ff) - 1023 - (sub ? 64 : 0)};
}

// x * 2^k, rounded once, as ldexp does: overflow gives +-inf and underflow
// rounds correctly into the subnormals (never two roundings).
constexpr double scale_by_power_of_2(double x, int k) noexcept {
    if (x == 0 || !is_finite(x)) return x;
    const auto [m, e] = decompose(x);
    const int t = e + k;                       // exponent of the result
    if (t > 1023) return with_sign_of(inf, x);
    if (t >= -1074) return m * pow2(t);        // the only rounding (subnormal t)
    if (t < -1076) return with_sign_of(0.0, x);
    // t is -1075 or -1076: m * 2^(t + 1074) is exact (a normal number), and the
    // product with the smallest subnormal rounds once.
    return m * pow2(t + 1074) * pow2(-1074);
}

} // namespace fluxion::detail

#endif
