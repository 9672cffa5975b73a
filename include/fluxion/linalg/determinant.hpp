// fluxion/linalg/determinant.hpp — det A of a square matrix.
//
// Method: for N <= 3 the cofactor (Leibniz) formula, a d - b c for 2 x 2 and
// the expansion along the first row for 3 x 3, which is exact whenever the
// products are (small integer entries: det of [[1, 2], [3, 4]] is exactly -2);
// for N >= 4 the product of LU's pivots times the sign of the permutation,
// det A = det(P) prod_k U(k, k) (Golub & Van Loan, Matrix Computations, 4th
// ed., section 3.2), accurate to a small multiple of epsilon relative to
// prod_k |U(k, k)|.
// Range: a product of N entries overflows long before det A does (a 3 x 3
// with entries near 1e150 has products near 1e450). So each row i is first
// scaled by a power of two, 2^-e_i, that brings its largest entry into
// [1, 2) (row equilibration; exact), and
//     det A = 2^(e_1 + ... + e_N) det B,   B = diag(2^-e_i) A,
// where |det B| <= (2 sqrt N)^N by Hadamard's inequality: nothing in between
// overflows, at run time or in a constant expression. det A itself is
// rounded once at the end, to +-inf if it is beyond the type's range (a
// value, like exp(1000)). Scaling by powers of two changes no digit, so exact
// results stay exact. det B underflows only when A is singular to far below
// working precision (|det B| < denorm_min, entries of B near 1): it gives 0.
// A determinant is a number, not a verdict: a singular matrix gives 0 when
// a pivot (or the formula) is exactly zero, otherwise a tiny number at the
// rounding level; use lu(A).singular or solve(...).status for the verdict.
// A NaN or infinite entry gives NaN (returned as a value, no NaN arithmetic).
//
//     static_assert(fluxion::determinant(fluxion::matrix<double, 2, 2>{{{4, -1}, {-1, 6}}}) == 23);
#ifndef FLUXION_LINALG_DETERMINANT_HPP
#define FLUXION_LINALG_DETERMINANT_HPP

#include <fluxion/detail/power_of_two.hpp>
#include <fluxion/linalg/lu.hpp>
#include <fluxion/linalg/matrix.hpp>

#include <concepts>
#include <cstddef>
#include <limits>

namespace fluxion {

namespace detail {
// det B for B with every row's largest |entry| in [1, 2) (or a zero row).
template <std::floating_point T, std::size_t N>
constexpr T equilibrated_determinant(const matrix<T, N, N>& B) noexcept {
    if constexpr (N == 1) {
        return B(0, 0);
    } else if constexpr (N == 2) {
        return B(0, 0) * B(1, 1) - B(0, 1) * B(1, 0);
    } else if constexpr (N == 3) {
        return B(0, 0) * (B(1, 1) * B(2, 2) - B(1, 2) * B(2, 1))
             - B(0, 1) * (B(1, 0) * B(2, 2) - B(1, 2) * B(2, 0))
             + B(0, 2) * (B(1, 0) * B(2, 1) - B(1, 1) * B(2, 0));
    } else {
        const auto f = lu(B); // pivots grow at most 2^(N-1)-fold: no overflow
        T d = static_cast<T>(f.permutation_sign);
        for (std::size_t k = 0; k < N; ++k) d *= f.U(k, k);
        return d;
    }
}
} // namespace detail

template <std::floating_point T, std::size_t R, std::size_t C>
constexpr T determinant(const matrix<T, R, C>& A) noexcept {
    static_assert(R == C, "fluxion::determinant: the matrix must be square");
    if constexpr (R == C) {
        if (!detail::max_abs(A).finite) return std::numeric_limits<T>::quiet_NaN();
        matrix<T, R, R> B = A;
        long exponent_sum = 0; // e_1 + ... + e_N
        for (std::size_t i = 0; i < R; ++i) {
            T row_max = 0;
            for (std::size_t j = 0; j < R; ++j) {
                const T a = A(i, j) < 0 ? -A(i, j) : A(i, j);
                if (a > row_max) row_max = a;
            }
            if (row_max == 0) return T(0); // a zero row: det A = 0 exactly
            const int e = detail::binary_exponent(row_max);
            exponent_sum += e;
            const T scale = detail::power_of_2<T>(-e);
            for (std::size_t j = 0; j < R; ++j) B(i, j) = A(i, j) * scale;
        }
        return detail::times_power_of_2(detail::equilibrated_determinant(B), exponent_sum);
    } else {
        return T(0);
    }
}

} // namespace fluxion

#endif
