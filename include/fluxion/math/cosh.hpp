// fluxion/math/cosh.hpp — the hyperbolic cosine (e^x + e^-x) / 2.
//
// Accuracy: within 1 ulp of the correctly rounded cosh(x) for every double
// (designed for 0.5 ulp + 2^-6; glibc's cosh is documented at 2 ulp);
// measured against MPFR in tests/runtime/math_hyperbolic.cpp, reported in
// docs/math/exp.md.
// Special values (C99 Annex F): cosh(+-0) == 1, cosh(+-inf) == +inf,
// cosh(NaN) is that NaN; cosh is even, cosh(x) == 1 for |x| < 2^-26;
// cosh(710) is finite (1.1e308), overflow (|x| > 710.47...) gives +inf as a value.
//
//     static_assert(fluxion::cosh(0.0) == 1.0 && fluxion::cosh(-1.0) == fluxion::cosh(1.0));
#ifndef FLUXION_MATH_COSH_HPP
#define FLUXION_MATH_COSH_HPP

#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/exp_kernel.hpp>
#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/narrow.hpp>
#include <fluxion/math/sinh.hpp>

namespace fluxion::detail {

constexpr double cosh_double(double x) noexcept {
    const double a = abs_value(x);
    if (a != a) return x;
    // |x| < 2^-26: cosh x = 1 + x^2/2 + ... and x^2/2 < 2^-53 is below half an
    // ulp of 1, so 1 is correctly rounded.
    if (a < 0x1p-26) return 1.0;
    // |x| > 22.5 (+inf included): e^-|x| < 2^-64 e^|x|, cosh = e^|x| / 2
    // (half_exp_double, in sinh.hpp, also gives +inf past 710.47...).
    if (a > 22.5) return a == inf ? inf : half_exp_double(a);
    // |x| < 1/2: the Taylor series cosh a = 1 + a^2/2 + a^4 Q(a^2), Q = 1/4! +
    // a^2/6! + ... + a^12/16! (the first omitted term, a^18/18!, is below
    // 2^-70). a^2/2 is the large term: with a = ah + al (Veltkamp's split, ah of
    // 26 bits) it is ah^2/2 (exact) + al (a + ah)/2, and 1 + ah^2/2 = s + err
    // exactly (fast_two_sum). The rest, below 0.003, is computed with a relative
    // error of a few 2^-53: below 2^-7 ulp in all.
    if (a < 0.5) {
        const auto [ah, al] = split(a);
        const double t = a * a;
        const double_double head = fast_two_sum(1.0, 0.5 * (ah * ah));
        const double q = 1.0 / 24 + t * (1.0 / 720 + t * (1.0 / 40320 + t * (1.0 / 3628800 + t * (1.0 / 479001600 +
                         t * (1.0 / 87178291200 + t * (1.0 / 20922789888000))))));
        return head.hi + (head.lo + (0.5 * (al * (a + ah)) + t * t * q));
    }
    // 2 cosh a = e^a + e^-a, both from one reduction (exp_pair in
    // exp_kernel.hpp) as head + tail within 2^-59.5 each. All four parts are
    // positive or tiny, so nothing cancels: the heads' sum is exact as
    // s + err (fast_two_sum, e^a's head is the larger), err and the tails are
    // below 0.006 s and round at 2^-53 of that, and the value before the final
    // rounding is within 2^-59 of 2 cosh a (0.5 + 2^-6 ulp); halving is exact.
    const exp_pair_parts e = exp_pair(a);
    const double_double heads = fast_two_sum(e.plus_head, e.minus_head);
    return 0.5 * (heads.hi + ((heads.lo + e.plus_tail) + e.minus_tail));
}

// float: 2 cosh a = E + 1/E with E = exp_double(a) (0.5 + 2^-7 ulp): a sum of
// positive terms, within about 2^-51, rounded once; tiny, NaN, large and
// infinite arguments take the double path.
constexpr float cosh_float(float xf) noexcept {
    const double x = xf, a = abs_value(x);
    if (!(a >= 0x1p-26 && a < 22.5)) return static_cast<float>(cosh_double(x));
    const double e = exp_double(a);
    return static_cast<float>(0.5 * (e + 1.0 / e));
}

} // namespace fluxion::detail

namespace fluxion {

/// cosh x, within 1 ulp (see the top of this file).
template <arithmetic T>
constexpr floating_t<T> cosh(T x) noexcept {
    if constexpr (std::same_as<T, float>) return detail::cosh_float(x);
    else return detail::via_double(detail::cosh_double, x);
}

} // namespace fluxion

#endif
