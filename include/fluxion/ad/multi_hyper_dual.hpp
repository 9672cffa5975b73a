// fluxion/ad/multi_hyper_dual.hpp — value, gradient and Hessian in one pass.
//
// A multi_hyper_dual<T, N> holds a function's value f, its gradient g_i
// (N parts) and the upper triangle of its Hessian H_ij, i <= j (N(N+1)/2
// parts): the hyper-dual number of hyper_dual.hpp with every pair of
// directions at once. Seeding coordinate x_i with g = e_i and H = 0, one
// evaluation of f yields the whole Hessian; hessian() uses it in place of
// n(n+1)/2 hyper-dual evaluations, each of which repeated the value, the
// first-order parts and every math function call.
//
// Laws: each part follows the hyper-dual rule with eps1 along x_i and eps2
// along x_j, term for term and in the same order, so H_ij is bit for bit the
// d12 part of the hyper-dual evaluation seeded (i, j):
//     (a b)_ij   = a h^b_ij + a_i b_j + a_j b_i + h^a_ij b     (product rule)
//     f(x)_ij    = f'(x) x_ij + f''(x) x_i x_j                 (chain rule)
// Comparisons look at the value only.
//
//     using S = fluxion::multi_hyper_dual<double, 2>;
//     constexpr S x{1.0, {1.0, 0.0}, {}}, y{2.0, {0.0, 1.0}, {}};
//     constexpr S f = x * x * y;                          // f = x^2 y
//     static_assert(f.h[0] == 4.0 && f.h[1] == 2.0 && f.h[2] == 0.0); // H = [2y 2x; 2x 0]
#ifndef FLUXION_AD_MULTI_HYPER_DUAL_HPP
#define FLUXION_AD_MULTI_HYPER_DUAL_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/ad/jet.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/detail/attributes.hpp>

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>

namespace fluxion {

template <class T, std::size_t N>
struct multi_hyper_dual {
    static_assert(N > 0, "multi_hyper_dual<T, N>: N, the number of variables, must be at least 1");
    using value_type = T;
    static constexpr std::size_t directions = N;
    static constexpr std::size_t pairs = N * (N + 1) / 2;

    T value{};                // f
    std::array<T, N> d{};     // g_i = df/dx_i
    std::array<T, pairs> h{}; // H_ij for i <= j, row by row: (0,0) (0,1) .. (0,N-1) (1,1) ..

    constexpr multi_hyper_dual() = default;
    template <class U>
        requires(arithmetic<U> || std::same_as<U, T>)
    constexpr multi_hyper_dual(const U& v) : value(static_cast<T>(v)) {}
    constexpr multi_hyper_dual(const T& v, const std::array<T, N>& g, const std::array<T, pairs>& H)
        : value(v), d(g), h(H) {}

    /// H_ij (either order).
    constexpr const T& hessian(std::size_t i, std::size_t j) const {
        if (i > j) return hessian(j, i);
        return h[i * N - i * (i + 1) / 2 + j]; // rows 0..i-1 hold N + (N-1) + ... + (N-i+1) parts
    }

    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator+(const multi_hyper_dual& a) { return a; }
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator-(const multi_hyper_dual& a) {
        multi_hyper_dual r{-a.value};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = -a.d[i];
        for (std::size_t k = 0; k < pairs; ++k) r.h[k] = -a.h[k];
        return r;
    }
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator+(const multi_hyper_dual& a, const multi_hyper_dual& b) {
        multi_hyper_dual r{a.value + b.value};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] + b.d[i];
        for (std::size_t k = 0; k < pairs; ++k) r.h[k] = a.h[k] + b.h[k];
        return r;
    }
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator-(const multi_hyper_dual& a, const multi_hyper_dual& b) {
        multi_hyper_dual r{a.value - b.value};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] - b.d[i];
        for (std::size_t k = 0; k < pairs; ++k) r.h[k] = a.h[k] - b.h[k];
        return r;
    }
    // The hyper-dual product (hyper_dual.hpp) for every pair i <= j.
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator*(const multi_hyper_dual& a, const multi_hyper_dual& b) {
        multi_hyper_dual r{a.value * b.value};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.value * b.d[i] + a.d[i] * b.value;
        std::size_t k = 0;
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t j = i; j < N; ++j, ++k)
                r.h[k] = a.value * b.h[k] + a.d[i] * b.d[j] + a.d[j] * b.d[i] + a.h[k] * b.value;
        return r;
    }
    // The hyper-dual quotient (hyper_dual.hpp) for every pair i <= j: the
    // value divided, the parts from q0 = a0 (1 / b0) and the one reciprocal.
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator/(const multi_hyper_dual& a, const multi_hyper_dual& b) {
        const T r = 1 / b.value;
        const T q = a.value * r;
        multi_hyper_dual out{a.value / b.value};
        for (std::size_t i = 0; i < N; ++i) out.d[i] = (a.d[i] - q * b.d[i]) * r;
        std::size_t k = 0;
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t j = i; j < N; ++j, ++k)
                out.h[k] = (a.h[k] - q * b.h[k] - out.d[i] * b.d[j] - out.d[j] * b.d[i]) * r;
        return out;
    }

    template <scalar_for<multi_hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator+(const multi_hyper_dual& a, const U& b) {
        return {a.value + b, a.d, a.h};
    }
    template <scalar_for<multi_hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator+(const U& a, const multi_hyper_dual& b) { return b + a; }
    template <scalar_for<multi_hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator-(const multi_hyper_dual& a, const U& b) {
        return {a.value - b, a.d, a.h};
    }
    template <scalar_for<multi_hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator-(const U& a, const multi_hyper_dual& b) { return -b + a; }
    template <scalar_for<multi_hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator*(const multi_hyper_dual& a, const U& b) {
        multi_hyper_dual r{a.value * b};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] * b;
        for (std::size_t k = 0; k < pairs; ++k) r.h[k] = a.h[k] * b;
        return r;
    }
    template <scalar_for<multi_hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator*(const U& a, const multi_hyper_dual& b) { return b * a; }
    template <scalar_for<multi_hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator/(const multi_hyper_dual& a, const U& b) {
        multi_hyper_dual r{a.value / b};
        for (std::size_t i = 0; i < N; ++i) r.d[i] = a.d[i] / b;
        for (std::size_t k = 0; k < pairs; ++k) r.h[k] = a.h[k] / b;
        return r;
    }
    template <scalar_for<multi_hyper_dual> U>
    FLUXION_ALWAYS_INLINE friend constexpr multi_hyper_dual operator/(const U& a, const multi_hyper_dual& b) {
        return multi_hyper_dual(a) / b;
    }

    FLUXION_ALWAYS_INLINE constexpr multi_hyper_dual& operator+=(const multi_hyper_dual& b) { return *this = *this + b; }
    FLUXION_ALWAYS_INLINE constexpr multi_hyper_dual& operator-=(const multi_hyper_dual& b) { return *this = *this - b; }
    FLUXION_ALWAYS_INLINE constexpr multi_hyper_dual& operator*=(const multi_hyper_dual& b) { return *this = *this * b; }
    FLUXION_ALWAYS_INLINE constexpr multi_hyper_dual& operator/=(const multi_hyper_dual& b) { return *this = *this / b; }

    friend constexpr bool operator==(const multi_hyper_dual& a, const multi_hyper_dual& b) { return a.value == b.value; }
    friend constexpr auto operator<=>(const multi_hyper_dual& a, const multi_hyper_dual& b) { return a.value <=> b.value; }
    template <scalar_for<multi_hyper_dual> U>
    friend constexpr bool operator==(const multi_hyper_dual& a, const U& b) { return a.value == b; }
    template <scalar_for<multi_hyper_dual> U>
    friend constexpr auto operator<=>(const multi_hyper_dual& a, const U& b) { return a.value <=> b; }
};

namespace detail {
template <class T, std::size_t N> inline constexpr bool is_ad_number<multi_hyper_dual<T, N>> = true;
} // namespace detail

// The second-order chain rule of hyper_dual.hpp for every pair i <= j.
template <class T, std::size_t N>
FLUXION_ALWAYS_INLINE constexpr multi_hyper_dual<T, N> chain(const multi_hyper_dual<T, N>& x, const jet<T>& j) {
    multi_hyper_dual<T, N> r{j.f};
    for (std::size_t i = 0; i < N; ++i) r.d[i] = j.df * x.d[i];
    std::size_t k = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t m = i; m < N; ++m, ++k) r.h[k] = j.df * x.h[k] + j.d2f * x.d[i] * x.d[m];
    return r;
}
template <class T, std::size_t N>
FLUXION_ALWAYS_INLINE constexpr multi_hyper_dual<T, N> chain(const multi_hyper_dual<T, N>& x, const multi_hyper_dual<T, N>& y,
                                                             const jet2<T>& j) {
    multi_hyper_dual<T, N> r{j.f};
    for (std::size_t i = 0; i < N; ++i) r.d[i] = j.fx * x.d[i] + j.fy * y.d[i];
    std::size_t k = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t m = i; m < N; ++m, ++k)
            r.h[k] = j.fx * x.h[k] + j.fy * y.h[k] + j.fxx * x.d[i] * x.d[m] +
                     j.fxy * (x.d[i] * y.d[m] + y.d[i] * x.d[m]) + j.fyy * y.d[i] * y.d[m];
    return r;
}

} // namespace fluxion

#endif
