// running_error.hpp — a number that carries a bound on its own rounding error (test support).
//
// tracked{v, e}: v is the double a computation produced, e a first-order bound on |v - exact|,
// where "exact" is the same computation done in real arithmetic (Wilkinson's running error
// analysis, Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., section 3.3).
// Each operation propagates the operands' errors through its derivative and adds its own
// rounding: u |result| for + - * / (correctly rounded, u = 2^-53) and 2u |result| for the math
// functions (fluxion's are within 1 ulp, and 1 ulp <= 2u relative). Terms of second order in
// the errors are dropped, so the bound is used with a safety factor (2) in the tests.
//
// The expressions, dual and hyper_dual are templates on the number type, so evaluating them on
// tracked (or dual<tracked>, hyper_dual<tracked>) bounds the rounding error of the very
// operations a double evaluation performs: same operations, same order, same results in .v.
#ifndef FLUXION_TEST_RUNNING_ERROR_HPP
#define FLUXION_TEST_RUNNING_ERROR_HPP

#include <fluxion/math.hpp>

#include <concepts>
#include <type_traits>

namespace fluxion_test {

constexpr double mag(double a) { return a < 0 ? -a : a; }

struct tracked {
    static constexpr double u = 0x1p-53;
    double v = 0; // the computed value
    double e = 0; // bound on its error

    constexpr tracked() = default;
    constexpr tracked(double value) : v(value) {} // inputs and constants are exact
    constexpr tracked(double value, double error) : v(value), e(error) {}
    template <std::integral I> constexpr tracked(I value) : v(static_cast<double>(value)) {}

    friend constexpr tracked operator+(const tracked& a) { return a; }
    friend constexpr tracked operator-(const tracked& a) { return {-a.v, a.e}; }
    friend constexpr tracked operator+(const tracked& a, const tracked& b) {
        const double r = a.v + b.v;
        return {r, a.e + b.e + u * mag(r)};
    }
    friend constexpr tracked operator-(const tracked& a, const tracked& b) {
        const double r = a.v - b.v;
        return {r, a.e + b.e + u * mag(r)};
    }
    friend constexpr tracked operator*(const tracked& a, const tracked& b) {
        const double r = a.v * b.v;
        return {r, mag(a.v) * b.e + mag(b.v) * a.e + u * mag(r)};
    }
    friend constexpr tracked operator/(const tracked& a, const tracked& b) {
        const double r = a.v / b.v;
        return {r, (a.e + mag(r) * b.e) / mag(b.v) + u * mag(r)};
    }
    template <class U> requires std::is_arithmetic_v<U>
    friend constexpr tracked operator+(const tracked& a, U b) { return a + tracked(b); }
    template <class U> requires std::is_arithmetic_v<U>
    friend constexpr tracked operator+(U a, const tracked& b) { return tracked(a) + b; }
    template <class U> requires std::is_arithmetic_v<U>
    friend constexpr tracked operator-(const tracked& a, U b) { return a - tracked(b); }
    template <class U> requires std::is_arithmetic_v<U>
    friend constexpr tracked operator-(U a, const tracked& b) { return tracked(a) - b; }
    template <class U> requires std::is_arithmetic_v<U>
    friend constexpr tracked operator*(const tracked& a, U b) { return a * tracked(b); }
    template <class U> requires std::is_arithmetic_v<U>
    friend constexpr tracked operator*(U a, const tracked& b) { return tracked(a) * b; }
    template <class U> requires std::is_arithmetic_v<U>
    friend constexpr tracked operator/(const tracked& a, U b) { return a / tracked(b); }
    template <class U> requires std::is_arithmetic_v<U>
    friend constexpr tracked operator/(U a, const tracked& b) { return tracked(a) / b; }
    constexpr tracked& operator+=(const tracked& b) { return *this = *this + b; }
    constexpr tracked& operator-=(const tracked& b) { return *this = *this - b; }
    constexpr tracked& operator*=(const tracked& b) { return *this = *this * b; }
    constexpr tracked& operator/=(const tracked& b) { return *this = *this / b; }
    friend constexpr bool operator==(const tracked& a, const tracked& b) { return a.v == b.v; }
    friend constexpr auto operator<=>(const tracked& a, const tracked& b) { return a.v <=> b.v; }

    // f(a) with |f'(a)| = slope: the argument's error carried through, plus f's own 2u.
    static constexpr tracked function(double r, double slope, const tracked& a) {
        return {r, mag(slope) * a.e + 2 * u * mag(r)};
    }
    friend constexpr tracked exp(const tracked& a) {
        const double r = fluxion::exp(a.v);
        return function(r, r, a);
    }
    friend constexpr tracked log(const tracked& a) { return function(fluxion::log(a.v), 1 / a.v, a); }
    friend constexpr tracked sqrt(const tracked& a) {
        const double r = fluxion::sqrt(a.v);
        return function(r, 0.5 / r, a);
    }
    friend constexpr tracked sin(const tracked& a) { return function(fluxion::sin(a.v), fluxion::cos(a.v), a); }
    friend constexpr tracked cos(const tracked& a) { return function(fluxion::cos(a.v), fluxion::sin(a.v), a); }
    friend constexpr tracked sinh(const tracked& a) { return function(fluxion::sinh(a.v), fluxion::cosh(a.v), a); }
    friend constexpr tracked cosh(const tracked& a) { return function(fluxion::cosh(a.v), fluxion::sinh(a.v), a); }
    friend constexpr tracked tanh(const tracked& a) {
        const double c = fluxion::cosh(a.v);
        return function(fluxion::tanh(a.v), 1 / (c * c), a);
    }
    // Integer powers: fluxion::pow(v, n) multiplies (about log2 |n| + popcount(n) roundings,
    // fewer than |n| + 1 for the small n of the tests) and divides once when n < 0.
    template <std::integral I>
    friend constexpr tracked pow(const tracked& a, I n) {
        const double r = fluxion::pow(a.v, static_cast<long long>(n));
        const double slope = n == 0 ? 0.0 : static_cast<double>(n) * fluxion::pow(a.v, static_cast<long long>(n) - 1);
        const double k = static_cast<double>(n < 0 ? -n : n) + 2;
        return {r, mag(slope) * a.e + k * u * mag(r)};
    }
};

struct sin_and_cos {
    tracked sin, cos;
};
constexpr sin_and_cos sincos(const tracked& a) { return {sin(a), cos(a)}; }

} // namespace fluxion_test

#endif
