// fluxion/detail/power_of_two.hpp — exact scaling by powers of two.
//
// Multiplying by 2^k changes only the exponent, so it is exact as long as the
// result stays a normal number. A computation that would overflow or
// underflow on the way (a sum of squares in norm(), a product of N matrix
// entries in determinant()) scales its data by a power of two first, works in
// range, and puts the scale back once at the end: the classic remedy (BLAS's
// dnrm2 and LAPACK's dlascl scale for the same reason). Everything here uses
// comparisons and exact products only, so it is safe in constant
// expressions, where an overflow or a NaN stops compilation.
#ifndef FLUXION_DETAIL_POWER_OF_TWO_HPP
#define FLUXION_DETAIL_POWER_OF_TWO_HPP

#include <fluxion/detail/ieee.hpp>

#include <concepts>
#include <limits>

namespace fluxion::detail {

/// The exponent e with 2^e <= |x| < 2^(e+1), for finite nonzero x; values
/// outside double's range (long double) are clamped to it.
template <std::floating_point T>
constexpr int binary_exponent(T x) noexcept {
    const T a = x < 0 ? -x : x;
    if constexpr (sizeof(T) > sizeof(double)) {
        if (a > static_cast<T>(std::numeric_limits<double>::max())) return 1023;
        if (a < static_cast<T>(std::numeric_limits<double>::denorm_min())) return -1074;
    }
    return decompose(static_cast<double>(a)).e;
}

/// 2^k as a T, for any k with 2^k a finite nonzero T (subnormals included),
/// by binary powering: every partial product is a power of two, so nothing
/// rounds.
template <std::floating_point T>
constexpr T power_of_2(int k) noexcept {
    T result = 1;
    T base = k < 0 ? T(0.5) : T(2);
    for (unsigned n = k < 0 ? 0u - static_cast<unsigned>(k) : static_cast<unsigned>(k); n != 0; n >>= 1) {
        if (n & 1u) result *= base;
        if (n > 1) base *= base; // base^2 only when a higher bit still needs it
    }
    return result;
}

template <std::floating_point T>
inline constexpr int scale_limit =
    std::numeric_limits<T>::max_exponent - 1 < 1023 ? std::numeric_limits<T>::max_exponent - 1 : 1023;

/// The k for which largest * 2^k is in [1, 2) (largest > 0 and finite),
/// clamped to |k| <= scale_limit<T> so that 2^k and 2^-k are both exact T
/// values. Multiplying by 2^k is then exact except for entries so much
/// smaller than `largest` that they become subnormal (negligible beside it).
template <std::floating_point T>
constexpr int scale_exponent(T largest) noexcept {
    const int k = -binary_exponent(largest);
    return k < -scale_limit<T> ? -scale_limit<T> : (k > scale_limit<T> ? scale_limit<T> : k);
}

/// x * 2^k for a finite x of moderate size (within double's range) and any
/// k, rounded once, as ldexp: +-inf beyond T's range, correctly rounded into
/// the subnormals below it.
template <std::floating_point T>
constexpr T times_power_of_2(T x, long k) noexcept {
    using limits = std::numeric_limits<T>;
    if (x == 0) return x;
    const int e = binary_exponent(x);
    const T m = x * power_of_2<T>(-e); // 1 <= |m| < 2, exact
    const long t = e + k;              // the result is m * 2^t
    constexpr long top = limits::max_exponent - 1;                  // largest finite exponent
    constexpr long bottom = limits::min_exponent - limits::digits; // exponent of denorm_min
    if (t > top) return x < 0 ? -limits::infinity() : limits::infinity();
    if (t >= bottom) return m * power_of_2<T>(static_cast<int>(t)); // the one rounding (subnormal t)
    if (t < bottom - 2) return x < 0 ? -T(0) : T(0);
    // t is bottom - 1 or bottom - 2: m * 2^(t - bottom) is exact (a normal
    // number, 1/4 <= |.| < 1), and its product with denorm_min rounds once.
    return m * power_of_2<T>(static_cast<int>(t - bottom)) * limits::denorm_min();
}

} // namespace fluxion::detail

#endif
