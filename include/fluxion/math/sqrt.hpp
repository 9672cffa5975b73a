// fluxion/math/sqrt.hpp — square root.
//
// Law: sqrt(x) is CORRECTLY ROUNDED for every double (0 ulp, as IEEE-754
// requires of sqrt), hence for float too (a double result rounded to float is
// correctly rounded because 53 >= 2 * 24 + 2; Figueroa, "When is double
// rounding innocuous?", SIGNUM Newsletter 30(3), 1995). Perfect squares are
// exact. long double is computed at double accuracy.
// Special values (C99 Annex F.10.4.5): sqrt(+-0) = +-0, sqrt(+inf) = +inf,
// sqrt(NaN) = NaN; sqrt(x < 0) is a domain error: NaN at run time, and in a
// constant expression a compile error naming detail::sqrt_of_negative_argument.
// Compile time and run time: in a constant expression the software algorithm
// below runs; at run time the hardware square root (__builtin_sqrt and
// __builtin_sqrtf, the ONE compiler builtin in fluxion) is used instead. The
// results are bit-identical: the software result is proved correctly rounded
// (below), IEEE 754 requires the hardware sqrt to be correctly rounded too,
// and the correctly rounded value is unique. (tests/runtime/math_roots.cpp
// compares the two bit for bit.) float: in a constant expression the double
// sqrt and one rounding to float, correctly rounded by Figueroa's theorem
// above; at run time the float instruction (__builtin_sqrtf), correctly
// rounded too: the same bits (tested on every 61st float), and cheaper.
//
//     static_assert(fluxion::sqrt(2.25) == 1.5);
#ifndef FLUXION_MATH_SQRT_HPP
#define FLUXION_MATH_SQRT_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>

#include <bit>
#include <cstdint>
#include <type_traits>

namespace fluxion::detail {

// Domain error. Deliberately NOT constexpr: at run time it returns NaN as IEEE
// says; in a constant expression calling it is an error, and both compilers
// name this function in the diagnostic, which tells the user what went wrong.
inline double sqrt_of_negative_argument() noexcept { return quiet_nan; }

// Special values, off the common path: +-0 and NaN are returned as they are
// (the sign of zero is kept, as Annex F requires), +inf too.
constexpr double sqrt_special(double x) noexcept {
    if (x < 0) return sqrt_of_negative_argument();
    return x;
}

// Correctly rounded square root of a finite x > 0 (subnormals included).
//
// 0. Reduce: x = m * 2^(2k) with 1 <= m < 4, read off the bits (a subnormal is
//    first scaled by 2^64, exactly). Then sqrt(x) = sqrt(m) * 2^k, 1 <= sqrt(m) < 2.
// 1. Initial estimate: the linear minimax approximation of sqrt on [1, 4) for
//    relative error, y0 = b (2 + m) with b = 6 - 4 sqrt(2). (Derivation: the
//    error b (2 + m) / sqrt(m) - 1 must equioscillate at m = 1, 2, 4, which
//    gives the form b (2 + m) and 3b - 1 = 1 - 2 sqrt(2) b.) Relative error
//    3b - 1 = 17 - 12 sqrt(2) = 0.0294.
// 2. Newton's method for y^2 = m, y <- (y + m / y) / 2, squares the relative
//    error e to about e^2 / 2: 0.0294 -> 4.4e-4 -> 9.6e-8 -> 4.6e-15 -> the
//    rounding level. The last step, in double, is within 0.5 * (0.5 + 1) = 0.75
//    ulp of sqrt(m) (one rounding of m / y, one of the sum; the halving is exact).
//    So Y = y * 2^52 is an integer within 0.75 of sqrt(N), N = m * 2^104. (If
//    rounding left y just below 1, where doubles have 53 fraction bits, y is
//    raised to 1 first: sqrt(m) >= 1, so this only moves y closer.)
// 3. Correction, exact, in integers. The correctly rounded result is the
//    integer nearest to sqrt(N); since |Y - sqrt(N)| < 1.5 it is Y - 1, Y or
//    Y + 1:  Y + 1 if sqrt(N) > Y + 1/2, i.e. 4N - (2Y + 1)^2 > 0;
//            Y - 1 if sqrt(N) < Y - 1/2, i.e. 4N - (2Y - 1)^2 < 0.
//    A tie is impossible (4N is even, an odd square is odd). Both sides are
//    about 2^108, but their difference is small: |4N - (2Y +- 1)^2| =
//    |2 sqrt(N) - 2Y -+ 1| (2 sqrt(N) + 2Y +- 1) < 3.5 * 2^55 < 2^63. So it is
//    computed modulo 2^64 (unsigned arithmetic wraps, exactly) and read as a
//    signed 64-bit number (a modular conversion since C++20).
// 4. Reconstruct: Y * 2^(k - 52), exact (Y <= 2^53; k - 52 is in [-589, 459]).
// Clang counts a step per statement: the common path is written as few
// straight-line statements (about 20 steps, no loop).
constexpr double sqrt_software(double x) noexcept {

    const bool sub = x < 0x1p-1022;
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(sub ? x * 0x1p64 : x);
    const int e = static_cast<int>(bits >> 52) - 1023 - (sub ? 64 : 0); // x = 1.f * 2^e
    const int odd = e & 1;                                             // m = 1.f * 2^odd
    const double m = std::bit_cast<double>((bits & 0x000fffffffffffff) | (std::uint64_t(1023 + odd) << 52));

    constexpr double b = 0x1.5f619980c4337p-2; // 6 - 4 sqrt(2) (any nearby value works)
    double y = b * (2.0 + m);
    y = 0.5 * (y + m / y);
    y = 0.5 * (y + m / y);
    y = 0.5 * (y + m / y);
    y = 0.5 * (y + m / y);
    const auto Y = static_cast<std::uint64_t>((y < 1 ? 1.0 : y) * 0x1p52); // exact: <= 52 fraction bits
    const std::uint64_t four_n = static_cast<std::uint64_t>(m * 0x1p52) << 54; // 4N mod 2^64
    const auto above = static_cast<std::int64_t>(four_n - (2 * Y + 1) * (2 * Y + 1));
    const auto below = static_cast<std::int64_t>(four_n - (2 * Y - 1) * (2 * Y - 1));
    const std::uint64_t rounded = above > 0 ? Y + 1 : (below < 0 ? Y - 1 : Y);

    const int k = (e - odd) / 2; // exact: e - odd is even
    return static_cast<double>(rounded) * std::bit_cast<double>(std::uint64_t(k - 52 + 1023) << 52);
}

// The square root used by every fluxion function: the software algorithm
// above in constant expressions, the hardware instruction at run time (both
// correctly rounded, hence bit-identical; see the header comment).
constexpr double sqrt_double(double x) noexcept {
    if (!(x > 0 && x < inf)) return sqrt_special(x);
    if (!std::is_constant_evaluated()) return __builtin_sqrt(x);
    return sqrt_software(x);
}

// float: both ways correctly rounded (see the header comment), so one test
// of the argument decides nothing but speed: the float instruction is shorter
// and has twice the throughput of the double one.
constexpr float sqrt_float(float x) noexcept {
    if (!std::is_constant_evaluated() && x > 0 && x < static_cast<float>(inf)) return __builtin_sqrtf(x);
    return static_cast<float>(sqrt_double(x));
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic T>
constexpr floating_t<T> sqrt(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::sqrt_float(x);
    else return detail::via_double(detail::sqrt_double, x);
}

} // namespace fluxion

#endif
