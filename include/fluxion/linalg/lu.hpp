// fluxion/linalg/lu.hpp — LU factorisation with partial pivoting: P A = L U.
//
// Method: Doolittle's compact scheme with partial (row) pivoting (Golub & Van
// Loan, Matrix Computations, 4th ed., sections 3.2 and 3.4). Column k of the
// remaining matrix is formed first, s_i = A(i, k) - sum_{p<k} L(i, p) U(p, k)
// for i >= k; the row with the largest |s_i| is swapped up (partial pivoting);
// then row k of U and column k of L (multipliers s_i / U(k, k)) follow. The
// inner products are summed in the order p = 0, 1, ..., so the numbers are the
// same, bit for bit, as Gaussian elimination's.
// Result: L unit lower triangular, U upper triangular, `permutation` (row i of
// P A is row permutation[i] of A) and its sign, the smallest pivot |U(k, k)|,
// and `singular`.
// Singularity (scale-aware): `singular` is true when the smallest pivot is
// <= tolerance = N * epsilon * max |A(i, j)|: such a pivot is at the level of
// the rounding errors of the elimination, so A is singular to working
// precision (and an all-zero A is singular). LU never divides by zero: a pivot
// that is exactly zero leaves its column of L zero (as LAPACK's dgetf2 does).
// Partial pivoting keeps every multiplier |L(i, k)| <= 1, so dividing by a
// tiny nonzero pivot cannot overflow; thus L U == P A to rounding error even
// when A is singular.
// Range: elimination can make entries grow, |U(i, j)| <= 2^(N-1) max |A|
// (the growth bound of partial pivoting), so a matrix with entries within
// 2^N of the largest double is factored as 2^-N A and U is scaled back at
// the end. Scaling by a power of two changes no digit (the factors are the
// same numbers), and nothing overflows on the way: at run time, or in a
// constant expression, where an overflow would stop compilation.
// Status: converged (L U = P A, A not singular), singular, or non_finite (an
// entry of A is NaN or infinite: nothing is computed; or an entry of U is
// beyond the largest double).
//
//     constexpr auto f = fluxion::lu(fluxion::matrix<double, 2, 2>{{{4, -1}, {-1, 6}}});
//     static_assert(f.U(1, 1) == 5.75 && !f.singular);
#ifndef FLUXION_LINALG_LU_HPP
#define FLUXION_LINALG_LU_HPP

#include <fluxion/detail/power_of_two.hpp>
#include <fluxion/linalg/matrix.hpp>
#include <fluxion/status.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <limits>

namespace fluxion {

template <std::floating_point T, std::size_t N>
struct lu_result {
    matrix<T, N, N> L = matrix<T, N, N>::identity(); ///< unit lower triangular
    matrix<T, N, N> U{};                             ///< upper triangular
    std::array<std::size_t, N> permutation{};        ///< row i of P A is row permutation[i] of A
    int permutation_sign = 1;                        ///< det P: +1 or -1
    T min_pivot = 0;                                 ///< min_k |U(k, k)|
    T tolerance = 0;                                 ///< N * epsilon * max |A(i, j)|
    bool singular = true;                            ///< min_pivot <= tolerance, or no factors
    fluxion::status status = fluxion::status::non_finite;

    /// P as a matrix: P(i, permutation[i]) = 1.
    constexpr matrix<T, N, N> P() const noexcept {
        matrix<T, N, N> p;
        for (std::size_t i = 0; i < N; ++i) p(i, permutation[i]) = T(1);
        return p;
    }
};

template <std::floating_point T, std::size_t R, std::size_t C>
constexpr lu_result<T, R> lu(const matrix<T, R, C>& A) noexcept {
    static_assert(R == C, "fluxion::lu: the matrix must be square");
    constexpr std::size_t N = R;
    const auto unfactored = [] { // status non_finite, singular, L = I, U = 0, P = I
        lu_result<T, N> r;
        for (std::size_t i = 0; i < N; ++i) r.permutation[i] = i;
        return r;
    };
    lu_result<T, N> f = unfactored();
    const auto [largest, finite] = detail::max_abs(A);
    if (!finite) return f;

    // Entries near the top of the range: eliminate on 2^-N A (see the header).
    const int down = largest > std::numeric_limits<T>::max() / detail::power_of_2<T>(static_cast<int>(N)) ? static_cast<int>(N) : 0;
    matrix<T, N, N> a = A; // rows are swapped in this copy as pivoting proceeds
    if (down != 0) a = A * detail::power_of_2<T>(-down);
    f.tolerance = static_cast<T>(N) * std::numeric_limits<T>::epsilon() * (largest * detail::power_of_2<T>(-down));
    f.min_pivot = std::numeric_limits<T>::infinity();
    for (std::size_t k = 0; k < N; ++k) {
        // Column k of what elimination leaves, and the row of its largest entry.
        vector<T, N> s;
        std::size_t pivot_row = k;
        for (std::size_t i = k; i < N; ++i) {
            T v = a(i, k);
            for (std::size_t p = 0; p < k; ++p) v -= f.L(i, p) * f.U(p, k);
            s[i] = v;
            if ((v < 0 ? -v : v) > (s[pivot_row] < 0 ? -s[pivot_row] : s[pivot_row])) pivot_row = i;
        }
        if (pivot_row != k) { // swap rows k and pivot_row of a, of L's finished columns, of s
            for (std::size_t j = 0; j < N; ++j) {
                const T t = a(k, j);
                a(k, j) = a(pivot_row, j);
                a(pivot_row, j) = t;
            }
            for (std::size_t p = 0; p < k; ++p) {
                const T t = f.L(k, p);
                f.L(k, p) = f.L(pivot_row, p);
                f.L(pivot_row, p) = t;
            }
            const T t = s[k];
            s[k] = s[pivot_row];
            s[pivot_row] = t;
            const std::size_t q = f.permutation[k];
            f.permutation[k] = f.permutation[pivot_row];
            f.permutation[pivot_row] = q;
            f.permutation_sign = -f.permutation_sign;
        }
        // Row k of U.
        f.U(k, k) = s[k];
        for (std::size_t j = k + 1; j < N; ++j) {
            T v = a(k, j);
            for (std::size_t p = 0; p < k; ++p) v -= f.L(k, p) * f.U(p, j);
            f.U(k, j) = v;
        }
        // Column k of L: |s_i| <= |s_k|, so each multiplier is at most 1.
        const T pivot = s[k] < 0 ? -s[k] : s[k];
        if (pivot < f.min_pivot) f.min_pivot = pivot;
        if (pivot != 0)
            for (std::size_t i = k + 1; i < N; ++i) f.L(i, k) = s[i] / s[k];
    }
    f.singular = f.min_pivot <= f.tolerance;
    f.status = f.singular ? fluxion::status::singular : fluxion::status::converged;
    if (down != 0) { // back to A's scale: U, min_pivot and tolerance times 2^N
        const T up = detail::power_of_2<T>(down);
        for (auto& row : f.U.elements)
            for (T& u : row) {
                if ((u < 0 ? -u : u) > std::numeric_limits<T>::max() / up) return unfactored(); // U is beyond the range
                u *= up;
            }
        f.min_pivot *= up;
        f.tolerance *= up;
    }
    return f;
}

} // namespace fluxion

#endif
