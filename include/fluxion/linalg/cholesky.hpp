// fluxion/linalg/cholesky.hpp — Cholesky factorisation A = L L^T, and
// is_positive_definite(A).
//
// Method: the Cholesky–Banachiewicz (row by row) algorithm (Golub & Van Loan,
// Matrix Computations, 4th ed., section 4.2): for each j,
//     d_j     = A(j, j) - sum_{k<j} L(j, k)^2,     L(j, j) = sqrt(d_j),
//     L(i, j) = (A(i, j) - sum_{k<j} L(i, k) L(j, k)) / L(j, j)   for i > j.
// A symmetric A is positive definite exactly when every d_j > 0 (in exact
// arithmetic). In floating point a d_j at the rounding level could have
// either sign, so fluxion asks for a safe margin (scale-aware):
//     d_j > tolerance = N * epsilon * max_i A(i, i).
// A positive semi-definite but singular matrix ([[1, 1], [1, 1]]) is therefore
// not positive definite, nor is a zero matrix, nor one whose smallest
// eigenvalue is within rounding error of zero.
// Status and result `.L` (lower triangular):
//   converged              A = L L^T, A is positive definite;
//   not_positive_definite  a d_j <= tolerance (L is zero);
//   not_symmetric          A fails is_symmetric (fluxion/linalg/symmetric.hpp);
//   non_finite             A has a NaN or an infinity.
// Only the lower triangle is used once A is known to be symmetric.
//
//     static_assert(fluxion::is_positive_definite(fluxion::matrix<double, 2, 2>{{{4, -1}, {-1, 6}}}));
#ifndef FLUXION_LINALG_CHOLESKY_HPP
#define FLUXION_LINALG_CHOLESKY_HPP

#include <fluxion/linalg/matrix.hpp>
#include <fluxion/status.hpp>
#include <fluxion/linalg/symmetric.hpp>
#include <fluxion/math/sqrt.hpp>

#include <concepts>
#include <cstddef>
#include <limits>

namespace fluxion {

template <std::floating_point T, std::size_t N>
struct cholesky_result {
    matrix<T, N, N> L{}; ///< lower triangular, A = L L^T; zero unless status == converged
    fluxion::status status = fluxion::status::non_finite;
    T min_pivot = 0;     ///< min_j d_j (as far as the factorisation got)
};

template <std::floating_point T, std::size_t R, std::size_t C>
constexpr cholesky_result<T, R> cholesky(const matrix<T, R, C>& A) noexcept {
    static_assert(R == C, "fluxion::cholesky: the matrix must be square");
    cholesky_result<T, R> r;
    if constexpr (R == C) {
        if (!detail::max_abs(A).finite) return r; // non_finite
        if (!is_symmetric(A)) {
            r.status = status::not_symmetric;
            return r;
        }
        T largest_diagonal = 0;
        for (std::size_t i = 0; i < R; ++i)
            if (A(i, i) > largest_diagonal) largest_diagonal = A(i, i);
        const T tolerance = static_cast<T>(R) * std::numeric_limits<T>::epsilon() * largest_diagonal;

        matrix<T, R, R> L;
        r.min_pivot = std::numeric_limits<T>::infinity();
        for (std::size_t j = 0; j < R; ++j) {
            T d = A(j, j);
            for (std::size_t k = 0; k < j; ++k) d -= L(j, k) * L(j, k);
            if (d < r.min_pivot) r.min_pivot = d;
            if (!(d > tolerance)) {
                r.status = status::not_positive_definite;
                return r;
            }
            L(j, j) = sqrt(d);
            for (std::size_t i = j + 1; i < R; ++i) {
                T v = A(i, j);
                for (std::size_t k = 0; k < j; ++k) v -= L(i, k) * L(j, k);
                L(i, j) = v / L(j, j);
            }
        }
        r.L = L;
        r.status = status::converged;
    }
    return r;
}

/// Is A symmetric positive definite (with cholesky's safe margin)?
template <std::floating_point T, std::size_t R, std::size_t C>
constexpr bool is_positive_definite(const matrix<T, R, C>& A) noexcept {
    return cholesky(A).status == status::converged;
}

} // namespace fluxion

#endif
