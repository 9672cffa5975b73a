// fluxion/ad/functions.hpp — every math function on dual and hyper-dual numbers.
//
// Concept: `ad_number<S>` holds for dual<T, N>, hyper_dual<T> and
// multi_hyper_dual<T, N> (nested ones too). For such S, fluxion::exp(x) and the rest apply the function's jet from
// fluxion/ad/rules.hpp by the chain rule: one line per function, because the
// formula lives in the rule and the chain rule in the number type. They are
// forced inline (detail/attributes.hpp): each is a call of a math kernel
// and a few multiplications.
//
//     constexpr auto y = fluxion::sin(fluxion::dual<double>{0.0, 1.0});
//     static_assert(y.value == 0.0 && y.d[0] == 1.0);      // sin'(0) = 1
#ifndef FLUXION_AD_FUNCTIONS_HPP
#define FLUXION_AD_FUNCTIONS_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/ad/hyper_dual.hpp>
#include <fluxion/ad/multi_hyper_dual.hpp>
#include <fluxion/ad/rules.hpp>
#include <fluxion/ad/scaled_chain.hpp>
#include <fluxion/detail/attributes.hpp>

#include <concepts>

namespace fluxion {

template <class S>
concept ad_number = detail::is_ad_number<S>;

template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S exp(const S& x) { return chain(x, exp_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S expm1(const S& x) { return chain(x, expm1_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S log(const S& x) { return chain(x, log_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S log1p(const S& x) { return chain(x, log1p_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S log2(const S& x) { return chain(x, log2_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S log10(const S& x) { return chain(x, log10_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S sqrt(const S& x) { return chain(x, sqrt_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S cbrt(const S& x) { return chain(x, cbrt_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S sin(const S& x) { return chain(x, sin_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S cos(const S& x) { return chain(x, cos_op::jet(x.value)); }
// sin and cos of an AD number together: one sincos of the value (at run time
// for double, a call the compiler merges with the other sin and cos of the
// same value: detail::sin_and_cos in rules.hpp), two chains.
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr sin_cos<S> sincos(const S& x) {
    const auto [s, c] = detail::sin_and_cos(x.value);
    return {chain(x, jet<typename S::value_type>{s, c, -s}), chain(x, jet<typename S::value_type>{c, -s, -c})};
}
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S tan(const S& x) { return chain(x, tan_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S asin(const S& x) { return chain(x, asin_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S acos(const S& x) { return chain(x, acos_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S atan(const S& x) { return chain(x, atan_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S sinh(const S& x) { return chain(x, sinh_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S cosh(const S& x) { return chain(x, cosh_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S tanh(const S& x) { return chain(x, tanh_op::jet(x.value)); }
template <ad_number S>
FLUXION_ALWAYS_INLINE constexpr S sigmoid(const S& x) { return chain(x, sigmoid_op::jet(x.value)); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr S abs(const S& x) { return chain(x, abs_op::jet(x.value)); }

// Powers. An integer exponent keeps integer powers (a negative base is fine);
// a constant exponent or a constant base differentiates one side only, so no
// log of a negative base is ever taken when it is not needed.
template <ad_number S, std::integral N> FLUXION_ALWAYS_INLINE constexpr S pow(const S& x, N n) {
    return chain(x, pow_int_op::jet(x.value, static_cast<long long>(n)));
}
template <ad_number S, scalar_for<S> C>
    requires(!std::integral<C>)
FLUXION_ALWAYS_INLINE constexpr S pow(const S& x, const C& c) {
    return chain(x, pow_op::jet_in_base(x.value, c));
}
template <ad_number S, scalar_for<S> B> FLUXION_ALWAYS_INLINE constexpr S pow(const B& b, const S& y) {
    return chain(y, pow_op::jet_in_exponent(b, y.value));
}
template <ad_number S>
FLUXION_ALWAYS_INLINE constexpr S pow(const S& x, const S& y) { return chain(x, y, pow_op::jet(x.value, y.value)); }

template <ad_number S>
FLUXION_ALWAYS_INLINE constexpr S atan2(const S& y, const S& x) { return chain(y, x, atan2_op::jet(y.value, x.value)); }
template <ad_number S, scalar_for<S> U>
FLUXION_ALWAYS_INLINE constexpr S atan2(const S& y, const U& x) { return atan2(y, S(x)); }
template <ad_number S, scalar_for<S> U>
FLUXION_ALWAYS_INLINE constexpr S atan2(const U& y, const S& x) { return atan2(S(y), x); }

template <ad_number S>
FLUXION_ALWAYS_INLINE constexpr S hypot(const S& a, const S& b) { return chain(a, b, hypot_op::jet(a.value, b.value)); }
template <ad_number S, scalar_for<S> U>
FLUXION_ALWAYS_INLINE constexpr S hypot(const S& a, const U& b) { return hypot(a, S(b)); }
template <ad_number S, scalar_for<S> U>
FLUXION_ALWAYS_INLINE constexpr S hypot(const U& a, const S& b) { return hypot(S(a), b); }

// Classification looks at the value, as comparisons do.
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr bool isnan(const S& x) { return isnan(x.value); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr bool isinf(const S& x) { return isinf(x.value); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr bool isfinite(const S& x) { return isfinite(x.value); }
template <ad_number S> FLUXION_ALWAYS_INLINE constexpr bool signbit(const S& x) { return signbit(x.value); }

} // namespace fluxion

#endif
