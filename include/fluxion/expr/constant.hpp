// fluxion/expr/constant.hpp — compile-time constants: 2_c, 0.5_c, constant<N, D>.
//
// A compile-time constant is an exact rational N / D carried in the type, so
// the compiler can simplify with it: 0_c * e is 0, 1_c * e is e, 2_c * 3_c is
// 6_c, (1_c / 2_c) + (1_c / 3_c) is constant<5, 6>. A plain number (2.0 * x,
// x + 1) is a run-time literal instead: stored by value, never folded.
// The _c literal takes digits and at most one decimal point (0.8_c is
// constant<4, 5>); -2_c is the constant -2 (negation folds).
// Law: constant<N, D> is in lowest terms with D > 0; arithmetic on constants
// is exact, and overflowing long long stops compilation with a message.
//
//     using namespace fluxion;
//     static_assert(std::is_same_v<decltype(0.5_c), constant<1, 2>>);
#ifndef FLUXION_EXPR_CONSTANT_HPP
#define FLUXION_EXPR_CONSTANT_HPP

#include <fluxion/expr/node.hpp>

#include <type_traits>

namespace fluxion {

namespace detail {

template <class E> inline constexpr bool is_constant = false;
template <long long N, long long D> inline constexpr bool is_constant<constant<N, D>> = true;
template <class E> inline constexpr bool is_zero = std::is_same_v<E, constant<0>>;
template <class E> inline constexpr bool is_one = std::is_same_v<E, constant<1>>;
template <class E> inline constexpr bool is_literal = false;
template <class T> inline constexpr bool is_literal<literal<T>> = true;
template <class E> inline constexpr bool is_integer_constant = false;
template <long long N> inline constexpr bool is_integer_constant<constant<N, 1>> = true;

struct ratio {
    long long num = 0, den = 1;
    bool overflow = false;
};
constexpr long long gcd(long long a, long long b) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b != 0) {
        const long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}
// n / d in lowest terms with d > 0 (d != 0).
constexpr ratio reduce(long long n, long long d, bool overflow = false) {
    if (d < 0) {
        overflow = overflow || __builtin_mul_overflow(n, -1LL, &n) || __builtin_mul_overflow(d, -1LL, &d);
    }
    const long long g = gcd(n, d);
    if (g > 1) {
        n /= g;
        d /= g;
    }
    return {n, d, overflow};
}
constexpr ratio add(ratio a, ratio b) {
    long long p, q, r, s;
    bool o = __builtin_mul_overflow(a.num, b.den, &p) || __builtin_mul_overflow(b.num, a.den, &q) ||
             __builtin_add_overflow(p, q, &r) || __builtin_mul_overflow(a.den, b.den, &s);
    return reduce(o ? 0 : r, o ? 1 : s, o);
}
constexpr ratio mul(ratio a, ratio b) {
    long long n, d;
    const bool o = __builtin_mul_overflow(a.num, b.num, &n) || __builtin_mul_overflow(a.den, b.den, &d);
    return reduce(o ? 0 : n, o ? 1 : d, o);
}
constexpr ratio negate(ratio a) { return reduce(a.num, -a.den); }
constexpr ratio invert(ratio a) { return reduce(a.den, a.num); }
// a^n for an integer n (a != 0 when n < 0).
constexpr ratio power(ratio a, long long n) {
    ratio r{1, 1};
    const ratio b = n < 0 ? invert(a) : a;
    for (long long k = n < 0 ? -n : n; k > 0; --k) {
        r = mul(r, b);
        if (r.overflow) break;
    }
    return r;
}

template <ratio R>
constexpr auto to_constant() {
    static_assert(!R.overflow, "fluxion: compile-time constant arithmetic overflows long long");
    return constant<R.num, R.den>{};
}
template <class C> inline constexpr ratio ratio_of = {C::num, C::den};

template <char... C>
constexpr ratio parse_decimal() {
    constexpr char digits[] = {C...};
    ratio r{0, 1};
    bool after_point = false;
    for (char c : digits) {
        if (c == '\'') continue;
        if (c == '.') {
            after_point = true;
            continue;
        }
        long long n;
        r.overflow = r.overflow || __builtin_mul_overflow(r.num, 10LL, &n) || __builtin_add_overflow(n, c - '0', &r.num);
        if (after_point) r.overflow = r.overflow || __builtin_mul_overflow(r.den, 10LL, &r.den);
    }
    return reduce(r.num, r.den, r.overflow);
}
template <char... C>
inline constexpr bool is_decimal = ((C == '.' || C == '\'' || (C >= '0' && C <= '9')) && ...) &&
                                   (((C == '.') ? 1 : 0) + ... + 0) <= 1;

} // namespace detail

inline namespace literals {
/// 2_c is constant<2>, 0.25_c is constant<1, 4>: exact, simplified at compile time.
template <char... C>
constexpr auto operator""_c() {
    static_assert(detail::is_decimal<C...>,
                  "fluxion: _c takes a plain decimal number (digits and at most one '.'; no exponent, hex or suffix)");
    return detail::to_constant<detail::parse_decimal<C...>()>();
}
} // namespace literals

} // namespace fluxion

#endif
