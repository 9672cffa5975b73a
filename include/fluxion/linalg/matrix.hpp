// fluxion/linalg/matrix.hpp — fluxion::matrix<T, R, C>, a fixed-size R x C matrix.
//
// An aggregate holding `T elements[R][C]` (public, row-major), so it is a
// structural literal type, usable in constant expressions and as a template
// argument. Entries are read as A(i, j) (row i, column j, from 0).
// Construction, row by row, with three braces (matrix, array, rows):
//     constexpr fluxion::matrix<double, 2, 2> H{{{4, -1}, {-1, 6}}};
//     constexpr fluxion::matrix G{{{4.0, -1.0}, {-1.0, 6.0}}};   // deduced
//     auto I = fluxion::matrix<double, 3, 3>::identity();  // also zero(), diagonal(v)
// Operations: A + B, A - B, -A, s * A, A * s, A / s, A * v, A * B,
// transpose(A), ==, A.row(i), A.col(j), rows(), cols(), outer(u, v).
// Sizes are template parameters, so A * v with the wrong size of v, A * B with
// mismatched inner sizes, or A + B of different shapes, are compile errors whose
// message says which sizes must agree.
#ifndef FLUXION_LINALG_MATRIX_HPP
#define FLUXION_LINALG_MATRIX_HPP

#include <fluxion/linalg/vector.hpp>

#include <cstddef>
#include <type_traits>

namespace fluxion {

template <class T, std::size_t R, std::size_t C>
struct matrix {
    static_assert(R > 0 && C > 0, "fluxion::matrix: both dimensions must be at least 1");

    T elements[R][C]{}; // public, row-major: elements[i][j] is A(i, j)

    using value_type = T;
    static constexpr std::size_t rows() noexcept { return R; }
    static constexpr std::size_t cols() noexcept { return C; }

    constexpr T& operator()(std::size_t i, std::size_t j) noexcept { return elements[i][j]; }
    constexpr const T& operator()(std::size_t i, std::size_t j) const noexcept { return elements[i][j]; }

    constexpr vector<T, C> row(std::size_t i) const noexcept {
        vector<T, C> v;
        for (std::size_t j = 0; j < C; ++j) v.elements[j] = elements[i][j];
        return v;
    }
    constexpr vector<T, R> col(std::size_t j) const noexcept {
        vector<T, R> v;
        for (std::size_t i = 0; i < R; ++i) v.elements[i] = elements[i][j];
        return v;
    }

    static constexpr matrix zero() noexcept { return matrix{}; }
    static constexpr matrix identity() noexcept {
        static_assert(R == C, "fluxion::matrix::identity: the matrix must be square");
        matrix A;
        for (std::size_t i = 0; i < R; ++i) A.elements[i][i] = T(1);
        return A;
    }
    /// The square matrix with d on its diagonal and zeros elsewhere.
    static constexpr matrix diagonal(const vector<T, R>& d) noexcept {
        static_assert(R == C, "fluxion::matrix::diagonal: the matrix must be square");
        matrix A;
        for (std::size_t i = 0; i < R; ++i) A.elements[i][i] = d.elements[i];
        return A;
    }

    friend constexpr bool operator==(const matrix&, const matrix&) = default;

    constexpr matrix& operator+=(const matrix& B) noexcept {
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t j = 0; j < C; ++j) elements[i][j] += B.elements[i][j];
        return *this;
    }
    constexpr matrix& operator-=(const matrix& B) noexcept {
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t j = 0; j < C; ++j) elements[i][j] -= B.elements[i][j];
        return *this;
    }
    constexpr matrix& operator*=(const T& s) noexcept {
        for (auto& r : elements)
            for (T& x : r) x *= s;
        return *this;
    }
    constexpr matrix& operator/=(const T& s) noexcept {
        for (auto& r : elements)
            for (T& x : r) x /= s;
        return *this;
    }
};

// matrix{{{4.0, -1.0}, {-1.0, 6.0}}} is a matrix<double, 2, 2>.
template <class T, std::size_t R, std::size_t C>
matrix(const T (&)[R][C]) -> matrix<T, R, C>;

/// Is T a fluxion::matrix? (used by the algorithms' readable static_asserts)
template <class M>
inline constexpr bool is_matrix_v = false;
template <class T, std::size_t R, std::size_t C>
inline constexpr bool is_matrix_v<matrix<T, R, C>> = true;

template <class T, std::size_t R, std::size_t C, std::size_t R2, std::size_t C2>
constexpr matrix<T, R, C> operator+(matrix<T, R, C> A, const matrix<T, R2, C2>& B) noexcept {
    static_assert(R == R2 && C == C2, "fluxion: matrix + matrix needs two matrices of the same shape");
    if constexpr (R == R2 && C == C2) A += B;
    return A;
}
template <class T, std::size_t R, std::size_t C, std::size_t R2, std::size_t C2>
constexpr matrix<T, R, C> operator-(matrix<T, R, C> A, const matrix<T, R2, C2>& B) noexcept {
    static_assert(R == R2 && C == C2, "fluxion: matrix - matrix needs two matrices of the same shape");
    if constexpr (R == R2 && C == C2) A -= B;
    return A;
}
template <class T, std::size_t R, std::size_t C>
constexpr matrix<T, R, C> operator-(matrix<T, R, C> A) noexcept {
    for (auto& r : A.elements)
        for (T& x : r) x = -x;
    return A;
}
template <class T, std::size_t R, std::size_t C>
constexpr matrix<T, R, C> operator+(const matrix<T, R, C>& A) noexcept {
    return A;
}
template <class T, std::size_t R, std::size_t C>
constexpr matrix<T, R, C> operator*(matrix<T, R, C> A, const std::type_identity_t<T>& s) noexcept {
    return A *= s;
}
template <class T, std::size_t R, std::size_t C>
constexpr matrix<T, R, C> operator*(const std::type_identity_t<T>& s, matrix<T, R, C> A) noexcept {
    for (auto& r : A.elements)
        for (T& x : r) x = s * x;
    return A;
}
template <class T, std::size_t R, std::size_t C>
constexpr matrix<T, R, C> operator/(matrix<T, R, C> A, const std::type_identity_t<T>& s) noexcept {
    return A /= s;
}

/// A v: (A v)_i = sum_j A(i, j) v_j, summed in index order.
template <class T, std::size_t R, std::size_t C, std::size_t N>
constexpr vector<T, R> operator*(const matrix<T, R, C>& A, const vector<T, N>& v) noexcept {
    static_assert(C == N, "fluxion: matrix * vector: the vector's size must equal the matrix's number of columns");
    vector<T, R> y;
    if constexpr (C == N)
        for (std::size_t i = 0; i < R; ++i) {
            T s{};
            for (std::size_t j = 0; j < C; ++j) s += A.elements[i][j] * v.elements[j];
            y.elements[i] = s;
        }
    return y;
}

/// A B: (A B)(i, j) = sum_k A(i, k) B(k, j), summed in index order.
template <class T, std::size_t R, std::size_t K, std::size_t K2, std::size_t C>
constexpr matrix<T, R, C> operator*(const matrix<T, R, K>& A, const matrix<T, K2, C>& B) noexcept {
    static_assert(K == K2, "fluxion: matrix * matrix: the left matrix's number of columns must equal the right matrix's number of rows");
    matrix<T, R, C> P;
    if constexpr (K == K2)
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t j = 0; j < C; ++j) {
                T s{};
                for (std::size_t k = 0; k < K; ++k) s += A.elements[i][k] * B.elements[k][j];
                P.elements[i][j] = s;
            }
    return P;
}

template <class T, std::size_t R, std::size_t C>
constexpr matrix<T, C, R> transpose(const matrix<T, R, C>& A) noexcept {
    matrix<T, C, R> At;
    for (std::size_t i = 0; i < R; ++i)
        for (std::size_t j = 0; j < C; ++j) At.elements[j][i] = A.elements[i][j];
    return At;
}

/// The outer product u v^T, an R x C matrix.
template <class T, std::size_t R, std::size_t C>
constexpr matrix<T, R, C> outer(const vector<T, R>& u, const vector<T, C>& v) noexcept {
    matrix<T, R, C> P;
    for (std::size_t i = 0; i < R; ++i)
        for (std::size_t j = 0; j < C; ++j) P.elements[i][j] = u.elements[i] * v.elements[j];
    return P;
}

namespace detail {

/// max |A(i, j)|, and whether every entry is finite (NaN and inf are looked
/// at only by comparisons, never by arithmetic, so this is safe in constant
/// expressions).
template <class T>
struct max_abs_result {
    T value;
    bool finite;
};
template <std::floating_point T, std::size_t R, std::size_t C>
constexpr max_abs_result<T> max_abs(const matrix<T, R, C>& A) noexcept {
    T m = 0;
    for (const auto& r : A.elements)
        for (const T& x : r) {
            if (!isfinite(x)) return {T(0), false};
            const T a = x < 0 ? -x : x;
            if (a > m) m = a;
        }
    return {m, true};
}

template <std::floating_point T, std::size_t N>
constexpr bool all_finite(const vector<T, N>& v) noexcept {
    for (const T& x : v.elements)
        if (!isfinite(x)) return false;
    return true;
}

} // namespace detail

} // namespace fluxion

#endif
