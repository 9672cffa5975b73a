// fluxion/ad/hyper_dual.hpp — hyper-dual numbers: exact second derivatives.
//
// A hyper-dual number is a + b eps1 + c eps2 + d eps1 eps2 with
// eps1^2 = eps2^2 = 0 but eps1 eps2 != 0 (Fike and Alonso, "The Development of
// Hyper-Dual Numbers for Exact Second-Derivative Calculations", AIAA 2011-886).
// Taylor's series of f at a then stops after the eps1 eps2 term:
//     f(a + b eps1 + c eps2 + d eps1 eps2)
//       = f(a) + f'(a) b eps1 + f'(a) c eps2 + (f'(a) d + f''(a) b c) eps1 eps2,
// so f on x + eps1 + eps2 yields f, f' and f'' exactly, with no step size and
// no cancellation (finite differences lose half the digits to their step).
// Seeding eps1 along x_i and eps2 along x_j yields the mixed partial
// d2f / dx_i dx_j: that is how fluxion builds Hessians.
//
//     constexpr fluxion::hyper_dual<double> x{0.5, 1.0, 1.0, 0.0};
//     constexpr auto y = x * x * x;                       // y'' = 6x
//     static_assert(y.d12 == 3.0);
#ifndef FLUXION_AD_HYPER_DUAL_HPP
#define FLUXION_AD_HYPER_DUAL_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/ad/jet.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/attributes.hpp>

#include <compare>
#include <concepts>

namespace fluxion {

template <class T>
struct hyper_dual {
    using value_type = T;

    T value{}; // f
    T d1{};    // eps1 part: first derivative along the first seed
    T d2{};    // eps2 part: first derivative along the second seed
    T d12{};   // eps1 eps2 part: the second (mixed) derivative

    constexpr hyper_dual() = default;
    template <class U>
        requires(arithmetic<U> || std::same_as<U, T>)
    constexpr hyper_dual(const U& v) : value(static_cast<T>(v)) {}
    constexpr hyper_dual(const T& v, const T& e1, const T& e2, const T& e12) : value(v), d1(e1), d2(e2), d12(e12) {}

    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator+(const hyper_dual& a) { return a; }
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator-(const hyper_dual& a) {
        return {-a.value, -a.d1, -a.d2, -a.d12};
    }
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator+(const hyper_dual& a, const hyper_dual& b) {
        return {a.value + b.value, a.d1 + b.d1, a.d2 + b.d2, a.d12 + b.d12};
    }
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator-(const hyper_dual& a, const hyper_dual& b) {
        return {a.value - b.value, a.d1 - b.d1, a.d2 - b.d2, a.d12 - b.d12};
    }
    // Multiply out and drop eps1^2 and eps2^2: the eps1 eps2 part collects
    // a12 b0 + a1 b2 + a2 b1 + a0 b12.
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator*(const hyper_dual& a, const hyper_dual& b) {
        return {a.value * b.value, a.value * b.d1 + a.d1 * b.value, a.value * b.d2 + a.d2 * b.value,
                a.value * b.d12 + a.d1 * b.d2 + a.d2 * b.d1 + a.d12 * b.value};
    }
    // q = a / b solves a = q b part by part (the product rule above, read
    // backwards). The value is divided (correctly rounded). The other parts
    // take q0 as a0 (1 / b0) instead: the same within an ulp, and it waits for
    // a multiplication, not a division (13 to 20 cycles), when a is computed
    // after b (f(x) / sqrt(x)); one reciprocal serves every part.
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator/(const hyper_dual& a, const hyper_dual& b) {
        const T r = 1 / b.value;
        const T q = a.value * r;
        const T q1 = (a.d1 - q * b.d1) * r;
        const T q2 = (a.d2 - q * b.d2) * r;
        return {a.value / b.value, q1, q2, (a.d12 - q * b.d12 - q1 * b.d2 - q2 * b.d1) * r};
    }

    template <scalar_for<hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator+(const hyper_dual& a, const U& b) {
        return {a.value + b, a.d1, a.d2, a.d12};
    }
    template <scalar_for<hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator+(const U& a, const hyper_dual& b) { return b + a; }
    template <scalar_for<hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator-(const hyper_dual& a, const U& b) {
        return {a.value - b, a.d1, a.d2, a.d12};
    }
    template <scalar_for<hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator-(const U& a, const hyper_dual& b) { return -b + a; }
    template <scalar_for<hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator*(const hyper_dual& a, const U& b) {
        return {a.value * b, a.d1 * b, a.d2 * b, a.d12 * b};
    }
    template <scalar_for<hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator*(const U& a, const hyper_dual& b) { return b * a; }
    template <scalar_for<hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator/(const hyper_dual& a, const U& b) {
        return {a.value / b, a.d1 / b, a.d2 / b, a.d12 / b};
    }
    template <scalar_for<hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr hyper_dual operator/(const U& a, const hyper_dual& b) {
        return hyper_dual(a) / b;
    }

    FLUXION_ALWAYS_INLINE constexpr hyper_dual& operator+=(const hyper_dual& b) { return *this = *this + b; }
    FLUXION_ALWAYS_INLINE constexpr hyper_dual& operator-=(const hyper_dual& b) { return *this = *this - b; }
    FLUXION_ALWAYS_INLINE constexpr hyper_dual& operator*=(const hyper_dual& b) { return *this = *this * b; }
    FLUXION_ALWAYS_INLINE constexpr hyper_dual& operator/=(const hyper_dual& b) { return *this = *this / b; }

    friend constexpr bool operator==(const hyper_dual& a, const hyper_dual& b) { return a.value == b.value; }
    friend constexpr auto operator<=>(const hyper_dual& a, const hyper_dual& b) { return a.value <=> b.value; }
    template <scalar_for<hyper_dual> U>
    friend constexpr bool operator==(const hyper_dual& a, const U& b) { return a.value == b; }
    template <scalar_for<hyper_dual> U>
    friend constexpr auto operator<=>(const hyper_dual& a, const U& b) { return a.value <=> b; }
};

namespace detail {
template <class T> inline constexpr bool is_ad_number<hyper_dual<T>> = true;
} // namespace detail

// The chain rule to second order (Fike and Alonso, eq. 13):
// f(x) = f + f' x1 eps1 + f' x2 eps2 + (f' x12 + f'' x1 x2) eps1 eps2.
template <class T>
FLUXION_ALWAYS_INLINE constexpr hyper_dual<T> chain(const hyper_dual<T>& x, const jet<T>& j) {
    return {j.f, j.df * x.d1, j.df * x.d2, j.df * x.d12 + j.d2f * x.d1 * x.d2};
}
// Two arguments: the gradient takes the first-order parts, the Hessian the
// products of first-order parts.
template <class T>
FLUXION_ALWAYS_INLINE constexpr hyper_dual<T> chain(const hyper_dual<T>& x, const hyper_dual<T>& y, const jet2<T>& j) {
    return {j.f, j.fx * x.d1 + j.fy * y.d1, j.fx * x.d2 + j.fy * y.d2,
            j.fx * x.d12 + j.fy * y.d12 + j.fxx * x.d1 * x.d2 + j.fxy * (x.d1 * y.d2 + y.d1 * x.d2) +
                j.fyy * y.d1 * y.d2};
}

} // namespace fluxion

#endif
