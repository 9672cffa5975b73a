// fluxion/math/fmod.hpp — floating-point remainder of x / y, truncated.
//
// Law: fmod(x, y) == x - n y with n = trunc(x / y) computed EXACTLY (the
// result is always representable, so fmod is exact: 0 ulp, for every input,
// as MPFR's mpfr_fmod). |fmod(x, y)| < |y| and the result has the sign of x.
// long double is computed at double accuracy (its arguments are converted to
// double first, which may round them).
// Special values (C99 Annex F.10.7.1): fmod(+-0, y) = +-0 for y != 0;
// fmod(x, +-inf) = x for finite x; NaN in, NaN out. fmod(x, 0) and
// fmod(+-inf, y) are domain errors: NaN at run time, and in a constant
// expression a compile error naming detail::fmod_by_zero or
// detail::fmod_of_infinity.
//
//     static_assert(fluxion::fmod(7.5, 2.0) == 1.5 && fluxion::fmod(-7.5, 2.0) == -1.5);
#ifndef FLUXION_MATH_FMOD_HPP
#define FLUXION_MATH_FMOD_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

// Domain errors. Deliberately NOT constexpr: at run time they return NaN as
// IEEE says; in a constant expression calling one is an error, and both
// compilers name the function in the diagnostic.
inline double fmod_by_zero() noexcept { return quiet_nan; }
inline double fmod_of_infinity() noexcept { return quiet_nan; }

// v = significand * 2^exponent with an integer significand < 2^53 (no implicit
// bit for subnormals, whose exponent is -1074), for the bit pattern of a finite
// positive double v.
struct integer_decomposition {
    std::uint64_t significand;
    int exponent;
};
constexpr integer_decomposition integer_decompose(std::uint64_t bits) noexcept {
    const int field = static_cast<int>(bits >> 52);
    if (field == 0) return {bits, -1074};
    return {(bits & 0x000fffffffffffff) | (std::uint64_t{1} << 52), field - 1075};
}

// Special values, off the common path (Annex F.10.7.1). A NaN argument is
// returned as it is (fmod(NaN, 0) is NaN, not a domain error); then an
// infinite x or a zero y is a domain error; fmod(x, +-inf) = x for finite x.
constexpr double fmod_special(double x, double y) noexcept {
    if (is_nan(x)) return x;
    if (is_nan(y)) return y;
    if (x == inf || x == -inf) return fmod_of_infinity();
    if (y == 0) return fmod_by_zero();
    return x;
}

// Long division on the integer significands (the schoolbook algorithm, as in
// fdlibm's e_fmod.c, but many bits at a time):
//   |x| = X 2^ex, |y| = Y 2^ey with ex >= ey (as |x| > |y|; the other cases
//   are handled first: |x| < |y| gives x, |x| == |y| a zero with x's sign);
//   |x| mod |y| = ((X 2^(ex - ey)) mod Y) 2^ey,
// and (X 2^d) mod Y is built by shifting the running remainder r (< Y) left by
// as many bits as fit in 64 (64 - bit_width(Y): 11 for a normal y, up to 63
// for the smallest subnormal) and reducing with %, which is exact integer
// arithmetic. The shift ex - ey is at most 971 + 1074 = 2045 bits (DBL_MAX by
// DBL_MIN or a subnormal), so at most 186 loop iterations (about one constexpr
// step each on Clang): well inside the constexpr limits. Only the ratio's exponent,
// not its value, costs steps. The result r 2^ey < |y| is representable, so the
// final multiplication by a power of two is exact, also when it is subnormal;
// its sign is x's (a zero result too: -0.0 for a negative x).
constexpr double fmod_double(double x, double y) noexcept {
    if (!(x > -inf && x < inf && y > -inf && y < inf && y != 0)) return fmod_special(x, y);
    const std::uint64_t x_bits = std::bit_cast<std::uint64_t>(x) & 0x7fffffffffffffff;
    const std::uint64_t y_bits = std::bit_cast<std::uint64_t>(y) & 0x7fffffffffffffff;
    if (x_bits < y_bits) return x; // |x| < |y| (also x = +-0)
    if (x_bits == y_bits) return x < 0 ? -0.0 : 0.0;

    const auto [X, ex] = integer_decompose(x_bits);
    const auto [Y, ey] = integer_decompose(y_bits);
    const int chunk = (Y >> 52) != 0 ? 11 : 64 - std::bit_width(Y); // r < Y, so r << chunk fits in 64 bits
    std::uint64_t r = X % Y;
    for (int d = ex - ey; d > 0; d -= chunk) r = (r << (d < chunk ? d : chunk)) % Y;
    const double result = static_cast<double>(r) * pow2(ey);
    return x < 0 ? -result : result;
}

} // namespace fluxion::detail

namespace fluxion {

template <arithmetic A, arithmetic B>
constexpr floating2_t<A, B> fmod(A x, B y) noexcept {
    return detail::via_double(detail::fmod_double, x, y);
}

} // namespace fluxion

#endif
