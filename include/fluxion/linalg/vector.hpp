// fluxion/linalg/vector.hpp — fluxion::vector<T, N>, a fixed-size column vector.
//
// An aggregate holding `T elements[N]` (public), so it is a structural literal
// type: usable in constant expressions, as a template argument, and as the
// result of gradient(), solve(), eigenvalues(). Elements are read as v[i].
// Construction (all in a compiled test, tests/compile_time/linalg.cpp):
//     fluxion::vector<double, 2> v{1.0, 2.0};   // or {{1.0, 2.0}}
//     fluxion::vector w{1.0, 2.0};               // deduced: vector<double, 2>
//     auto z = fluxion::vector<double, 3>::zero();  // a default vector is zero too
//     auto a = fluxion::to_vector(std::array{1.0, 2.0});
// Operations: v + w, v - w, -v, s * v, v * s, v / s (and += -= *= /=), ==,
// dot(v, w), norm(v) (Euclidean, overflow-safe), ranged-for, size().
// Adding vectors of different sizes is a compile error that says so.
#ifndef FLUXION_LINALG_VECTOR_HPP
#define FLUXION_LINALG_VECTOR_HPP

#include <fluxion/detail/ieee.hpp>
#include <fluxion/detail/power_of_two.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/math/sqrt.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <limits>
#include <type_traits>

namespace fluxion {

template <class T, std::size_t N>
struct vector {
    static_assert(N > 0, "fluxion::vector: the size N must be at least 1");

    T elements[N]{}; // public: this is what makes vector an aggregate and structural

    using value_type = T;
    static constexpr std::size_t size() noexcept { return N; }

    constexpr T& operator[](std::size_t i) noexcept { return elements[i]; }
    constexpr const T& operator[](std::size_t i) const noexcept { return elements[i]; }

    constexpr T* begin() noexcept { return elements; }
    constexpr T* end() noexcept { return elements + N; }
    constexpr const T* begin() const noexcept { return elements; }
    constexpr const T* end() const noexcept { return elements + N; }

    static constexpr vector zero() noexcept { return vector{}; }
    static constexpr vector filled(const T& value) noexcept {
        vector v;
        for (T& x : v.elements) x = value;
        return v;
    }
    /// The i-th unit vector e_i (1 at index i, 0 elsewhere).
    static constexpr vector unit(std::size_t i) noexcept {
        vector v;
        v.elements[i] = T(1);
        return v;
    }
    constexpr std::array<T, N> to_array() const noexcept {
        std::array<T, N> a{};
        for (std::size_t i = 0; i < N; ++i) a[i] = elements[i];
        return a;
    }

    friend constexpr bool operator==(const vector&, const vector&) = default;

    constexpr vector& operator+=(const vector& w) noexcept {
        for (std::size_t i = 0; i < N; ++i) elements[i] += w.elements[i];
        return *this;
    }
    constexpr vector& operator-=(const vector& w) noexcept {
        for (std::size_t i = 0; i < N; ++i) elements[i] -= w.elements[i];
        return *this;
    }
    constexpr vector& operator*=(const T& s) noexcept {
        for (T& x : elements) x *= s;
        return *this;
    }
    constexpr vector& operator/=(const T& s) noexcept {
        for (T& x : elements) x /= s;
        return *this;
    }
};

// Deduction guides: vector{1.0, 2.0} and vector{{1.0, 2.0}} are vector<double, 2>.
template <class T, class... U>
vector(T, U...) -> vector<T, 1 + sizeof...(U)>;
template <class T, std::size_t N>
vector(const T (&)[N]) -> vector<T, N>;

template <class T, std::size_t N>
constexpr vector<T, N> to_vector(const std::array<T, N>& a) noexcept {
    vector<T, N> v;
    for (std::size_t i = 0; i < N; ++i) v.elements[i] = a[i];
    return v;
}

// The binary operations take the two sizes separately so that a mismatch is
// reported by a static_assert in words, not by "no match for operator+".
template <class T, std::size_t N, std::size_t M>
constexpr vector<T, N> operator+(vector<T, N> v, const vector<T, M>& w) noexcept {
    static_assert(N == M, "fluxion: vector + vector needs two vectors of the same size");
    if constexpr (N == M) v += w;
    return v;
}
template <class T, std::size_t N, std::size_t M>
constexpr vector<T, N> operator-(vector<T, N> v, const vector<T, M>& w) noexcept {
    static_assert(N == M, "fluxion: vector - vector needs two vectors of the same size");
    if constexpr (N == M) v -= w;
    return v;
}
template <class T, std::size_t N>
constexpr vector<T, N> operator-(vector<T, N> v) noexcept {
    for (T& x : v.elements) x = -x;
    return v;
}
template <class T, std::size_t N>
constexpr vector<T, N> operator+(const vector<T, N>& v) noexcept {
    return v;
}
// The scalar is a std::type_identity_t<T> so that 2 * v converts 2 to T.
template <class T, std::size_t N>
constexpr vector<T, N> operator*(vector<T, N> v, const std::type_identity_t<T>& s) noexcept {
    return v *= s;
}
template <class T, std::size_t N>
constexpr vector<T, N> operator*(const std::type_identity_t<T>& s, vector<T, N> v) noexcept {
    for (T& x : v.elements) x = s * x;
    return v;
}
template <class T, std::size_t N>
constexpr vector<T, N> operator/(vector<T, N> v, const std::type_identity_t<T>& s) noexcept {
    return v /= s;
}

/// Dot product v . w = sum_i v_i w_i (summed in index order).
template <class T, std::size_t N, std::size_t M>
constexpr T dot(const vector<T, N>& v, const vector<T, M>& w) noexcept {
    static_assert(N == M, "fluxion::dot needs two vectors of the same size");
    T s{};
    if constexpr (N == M)
        for (std::size_t i = 0; i < N; ++i) s += v.elements[i] * w.elements[i];
    return s;
}


/// Euclidean norm sqrt(v . v), computed as 2^e sqrt(sum (v_i / 2^e)^2) with 2^e
/// the magnitude of the largest entry, so no square overflows or underflows
/// (the scaling by a power of two is exact). A NaN entry gives NaN, an
/// infinite one +inf, both as values (no arithmetic touches them).
template <std::floating_point T, std::size_t N>
constexpr T norm(const vector<T, N>& v) noexcept {
    T largest = 0;
    for (const T& x : v.elements) {
        if (isnan(x)) return std::numeric_limits<T>::quiet_NaN();
        const T a = x < 0 ? -x : x;
        if (a > largest) largest = a;
    }
    if (largest == 0) return T(0);
    if (isinf(largest)) return largest;
    const int k = detail::scale_exponent(largest);
    const T down = detail::power_of_2<T>(k);
    T sum = 0;
    for (const T& x : v.elements) sum += (x * down) * (x * down);
    // sqrt(sum) is in [1, 2 sqrt(N)); scaling back by 2^-k is exact unless the
    // norm overflows (+inf at run time) or is subnormal.
    return sqrt(sum) * detail::power_of_2<T>(-k);
}

} // namespace fluxion

#endif
