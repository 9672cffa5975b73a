// fluxion/ad/dual.hpp — dual numbers: exact first derivatives.
//
// A dual number is a + b eps with eps^2 = 0. Then
//     f(a + b eps) = f(a) + f'(a) b eps
// (Taylor's series stops after the linear term because eps^2 = 0), so
// evaluating f on a + 1 eps gives f(a) and f'(a) together, exact to rounding
// error, with no step size. dual<T, N> carries N "eps" parts at once, one per
// direction: seeding x_i with the i-th unit vector gives the whole gradient of
// f in one evaluation.
//
// Laws: (a + b eps)(c + d eps) = ac + (ad + bc) eps; comparisons look at the
// value part only (so `if (x < 0)` in a generic function branches as it would
// on plain numbers); dual<dual<T>> nests for higher derivatives.
//
//     constexpr fluxion::dual<double> x{0.5, 1.0};        // x = 0.5, dx/dx = 1
//     constexpr auto y = x * x + 3 * x;                   // y' = 2x + 3
//     static_assert(y.value == 1.75 && y.d[0] == 4.0);
#ifndef FLUXION_AD_DUAL_HPP
#define FLUXION_AD_DUAL_HPP

#include <fluxion/ad/jet.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/attributes.hpp>

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>

namespace fluxion {

template <class T, std::size_t N = 1>
struct dual;

namespace detail {
template <class S> inline constexpr bool is_ad_number = false;
template <class T, std::size_t N> inline constexpr bool is_ad_number<dual<T, N>> = true;
} // namespace detail

/// What a dual number can be built on: a real type (float, double, long
/// double), a dual itself (nested duals give higher derivatives), or a
/// user-defined real-like type with + - * / and a conversion from double (an
/// interval, or the error-tracking number of the tests' running-error
/// analysis). Integers are not: their division would truncate the derivative.
template <class T>
concept dual_scalar = std::floating_point<T> || detail::is_ad_number<T> ||
                      (!arithmetic<T> && std::constructible_from<T, double> && requires(const T& a, const T& b) {
                          { -a } -> std::convertible_to<T>;
                          { a + b } -> std::convertible_to<T>;
                          { a - b } -> std::convertible_to<T>;
                          { a * b } -> std::convertible_to<T>;
                          { a / b } -> std::convertible_to<T>;
                      });

// A plain number that may stand beside a D (a dual or hyper-dual) in an
// operation: anything that converts to D's value type, but not D itself.
template <class U, class D>
concept scalar_for = !std::same_as<U, D> && std::convertible_to<const U&, typename D::value_type>;

template <class T, std::size_t N>
struct dual {
    static_assert(N > 0, "dual<T, N>: N, the number of derivative directions, must be at least 1");
    static_assert(dual_scalar<T>,
                  "fluxion::dual<T, N>: T must be a real number type: float, double, long double, a dual "
                  "for nested derivatives, or a real-like type with + - * / and a conversion from double");
    using value_type = T;
    static constexpr std::size_t directions = N;

    T value{};             // a: the function's value
    std::array<T, N> d{};  // b: one partial derivative per direction

    constexpr dual() = default;
    // A constant: derivative zero. Implicit, so that 2 * x and x + 1 read naturally.
    template <class U>
        requires(arithmetic<U> || std::same_as<U, T>)
    constexpr dual(const U& v) : value(static_cast<T>(v)) {}
    constexpr dual(const T& v, const T& dv) requires(N == 1) : value(v), d{dv} {}
    constexpr dual(const T& v, const std::array<T, N>& dv) : value(v), d(dv) {}

    constexpr const T& derivative() const requires(N == 1) { return d[0]; }

    FLUXION_ALWAYS_INLINE friend constexpr dual operator+(const dual& a) { return a; }
    FLUXION_ALWAYS_INLINE friend constexpr dual operator-(const dual& a) {
        dual r{-a.value};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = -a.d[i];
        return r;
    }
    FLUXION_ALWAYS_INLINE friend constexpr dual operator+(const dual& a, const dual& b) {
        dual r{a.value + b.value};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] + b.d[i];
        return r;
    }
    FLUXION_ALWAYS_INLINE friend constexpr dual operator-(const dual& a, const dual& b) {
        dual r{a.value - b.value};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] - b.d[i];
        return r;
    }
    // (a + b eps)(c + d eps) = ac + (ad + bc) eps: the product rule.
    FLUXION_ALWAYS_INLINE friend constexpr dual operator*(const dual& a, const dual& b) {
        dual r{a.value * b.value};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] * b.value + a.value * b.d[i];
        return r;
    }
    // (a + b eps) / (c + d eps) = a/c + (b c - a d) / c^2 eps: the quotient rule,
    // written as (b - q d) / c with q = a / c. The value is divided (correctly
    // rounded); the derivative takes q as a (1 / c) instead: the same within an
    // ulp, and it waits for a multiplication, not a division (13 to 20 cycles),
    // when a is computed after c (f(x) / sqrt(x)).
    FLUXION_ALWAYS_INLINE friend constexpr dual operator/(const dual& a, const dual& b) {
        const T r = 1 / b.value; // one division for all N directions
        const T q = a.value * r;
        dual out{a.value / b.value};
        for (std::size_t i = 0; i < N; ++i) out.d[i] = (a.d[i] - q * b.d[i]) * r;
        return out;
    }

    // With a plain number: no derivative on its side, so less work.
    template <scalar_for<dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr dual operator+(const dual& a, const U& b) { return {a.value + b, a.d}; }
    template <scalar_for<dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr dual operator+(const U& a, const dual& b) { return {a + b.value, b.d}; }
    template <scalar_for<dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr dual operator-(const dual& a, const U& b) { return {a.value - b, a.d}; }
    template <scalar_for<dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr dual operator-(const U& a, const dual& b) { return a + -b; }
    template <scalar_for<dual> U> FLUXION_ALWAYS_INLINE friend constexpr dual operator*(const dual& a, const U& b) {
        dual r{a.value * b};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] * b;
        return r;
    }
    template <scalar_for<dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr dual operator*(const U& a, const dual& b) { return b * a; }
    template <scalar_for<dual> U> FLUXION_ALWAYS_INLINE friend constexpr dual operator/(const dual& a, const U& b) {
        dual r{a.value / b};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] / b;
        return r;
    }
    template <scalar_for<dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr dual operator/(const U& a, const dual& b) { return dual(a) / b; }

    FLUXION_ALWAYS_INLINE constexpr dual& operator+=(const dual& b) { return *this = *this + b; }
    FLUXION_ALWAYS_INLINE constexpr dual& operator-=(const dual& b) { return *this = *this - b; }
    FLUXION_ALWAYS_INLINE constexpr dual& operator*=(const dual& b) { return *this = *this * b; }
    FLUXION_ALWAYS_INLINE constexpr dual& operator/=(const dual& b) { return *this = *this / b; }

    // Comparisons see the value only.
    friend constexpr bool operator==(const dual& a, const dual& b) { return a.value == b.value; }
    friend constexpr auto operator<=>(const dual& a, const dual& b) { return a.value <=> b.value; }
    template <scalar_for<dual> U>
    friend constexpr bool operator==(const dual& a, const U& b) { return a.value == b; }
    template <scalar_for<dual> U>
    friend constexpr auto operator<=>(const dual& a, const U& b) { return a.value <=> b; }
};

// dual<float> with dual<double>: the result's precision would be a guess
// (float, to keep the user's float? double, as for plain numbers?), so the
// mix is rejected, with a message, instead of failing as "no match for
// operator+" with a list of candidates. Convert one side explicitly. (A plain
// double beside a dual<float> is fine: a constant, converted to float, as
// in 2.0 * x.)
namespace detail {
template <class T, class U>
inline constexpr bool mixed_precision_duals = false;
} // namespace detail
template <std::floating_point T, std::size_t N, std::floating_point U, std::size_t M>
    requires(!std::same_as<T, U>)
constexpr dual<T, N> mixed_precision_error() {
    static_assert(detail::mixed_precision_duals<T, U>,
                  "fluxion: dual<float> and dual<double> (duals of different precisions) do not mix: the result's "
                  "precision would be ambiguous; convert one operand explicitly");
    return {};
}
template <std::floating_point T, std::size_t N, std::floating_point U, std::size_t M>
    requires(!std::same_as<T, U>)
constexpr dual<T, N> operator+(const dual<T, N>&, const dual<U, M>&) { return mixed_precision_error<T, N, U, M>(); }
template <std::floating_point T, std::size_t N, std::floating_point U, std::size_t M>
    requires(!std::same_as<T, U>)
constexpr dual<T, N> operator-(const dual<T, N>&, const dual<U, M>&) { return mixed_precision_error<T, N, U, M>(); }
template <std::floating_point T, std::size_t N, std::floating_point U, std::size_t M>
    requires(!std::same_as<T, U>)
constexpr dual<T, N> operator*(const dual<T, N>&, const dual<U, M>&) { return mixed_precision_error<T, N, U, M>(); }
template <std::floating_point T, std::size_t N, std::floating_point U, std::size_t M>
    requires(!std::same_as<T, U>)
constexpr dual<T, N> operator/(const dual<T, N>&, const dual<U, M>&) { return mixed_precision_error<T, N, U, M>(); }

// The chain rule: f(a + b eps) = f(a) + f'(a) b eps.
template <class T, std::size_t N>
FLUXION_ALWAYS_INLINE constexpr dual<T, N> chain(const dual<T, N>& x, const jet<T>& j) {
    dual<T, N> r{j.f};
    for (std::size_t i = 0; i < N; ++i) r.d[i] = j.df * x.d[i];
    return r;
}
// Two arguments: f(a + b eps, c + d eps) = f + (f_x b + f_y d) eps.
template <class T, std::size_t N>
FLUXION_ALWAYS_INLINE constexpr dual<T, N> chain(const dual<T, N>& x, const dual<T, N>& y, const jet2<T>& j) {
    dual<T, N> r{j.f};
    for (std::size_t i = 0; i < N; ++i) r.d[i] = j.fx * x.d[i] + j.fy * y.d[i];
    return r;
}

} // namespace fluxion

#endif
