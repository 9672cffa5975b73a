// fluxion/linalg/inverse.hpp — the inverse A^-1 of a square matrix, with a status.
//
// Method: one LU factorisation with partial pivoting (fluxion/linalg/lu.hpp),
// then column j of A^-1 solves A x = e_j (forward and back substitution),
// as in Golub & Van Loan, Matrix Computations, 4th ed., section 3.4.
// To solve a system, call solve(A, b) instead: it is cheaper and more accurate
// than forming A^-1 b (the worked examples' Newton step says the same).
// Status and result `.x` (the X with A X = I):
//   converged   X is the inverse;
//   singular    A is singular to working precision (see lu.hpp): X is zero;
//   non_finite  A has a NaN or an infinity, or X overflowed at run time: X is zero.
//
//     constexpr auto r = fluxion::inverse(fluxion::matrix<double, 2, 2>{{{2, 0}, {0, 4}}});
//     static_assert(r.x(1, 1) == 0.25);
#ifndef FLUXION_LINALG_INVERSE_HPP
#define FLUXION_LINALG_INVERSE_HPP

#include <fluxion/linalg/lu.hpp>
#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/solve.hpp>
#include <fluxion/status.hpp>

#include <concepts>
#include <cstddef>

namespace fluxion {

template <std::floating_point T, std::size_t N>
struct inverse_result {
    matrix<T, N, N> x{}; ///< A^-1; zero unless status == converged
    fluxion::status status = fluxion::status::non_finite;
    T min_pivot = 0;     ///< LU's smallest pivot |U(k, k)|
};

template <std::floating_point T, std::size_t R, std::size_t C>
constexpr inverse_result<T, R> inverse(const matrix<T, R, C>& A) noexcept {
    static_assert(R == C, "fluxion::inverse: the matrix must be square");
    inverse_result<T, R> r;
    if constexpr (R == C) {
        const auto f = lu(A);
        r.min_pivot = f.min_pivot;
        r.status = f.status;
        if (f.status != status::converged) return r;
        matrix<T, R, R> X;
        for (std::size_t j = 0; j < R; ++j) {
            const auto column = solve(f, vector<T, R>::unit(j));
            if (column.status != status::converged) {
                r.status = column.status;
                return r;
            }
            for (std::size_t i = 0; i < R; ++i) X(i, j) = column.x[i];
        }
        r.x = X;
    }
    return r;
}

} // namespace fluxion

#endif
