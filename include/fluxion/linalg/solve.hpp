// fluxion/linalg/solve.hpp — solve the linear system A x = b.
//
// Method: LU with partial pivoting (fluxion/linalg/lu.hpp), then forward
// substitution L y = P b and back substitution U x = y (Golub & Van Loan,
// Matrix Computations, 4th ed., sections 3.1 and 3.4). This is backward
// stable in practice: the residual ||A x - b|| is a small multiple of
// epsilon * ||A|| ||x|| (measured in tests/runtime/linalg.cpp, docs/linalg.md).
// Never divides by zero, never returns a silent inf or NaN:
//   status::converged   x solves the system;
//   status::singular    A is singular to working precision (LU's smallest pivot
//                       <= N * epsilon * max |A(i, j)|): x is the zero vector;
//   status::non_finite  A or b has a NaN or an infinity, or x would overflow
//                       (checked before each operation, so at compile time
//                       too): x is the zero vector.
// `min_pivot` reports LU's smallest pivot, a cheap hint of how close to
// singular A is. A factorisation can be reused: solve(lu(A), b).
// Sizes are checked at compile time: A must be square and b's size must equal
// A's number of rows.
//
//     constexpr auto r = fluxion::solve(fluxion::matrix<double, 2, 2>{{{2, 1}, {1, 3}}},
//                                       fluxion::vector<double, 2>{3, 5});
//     static_assert(r.status == fluxion::status::converged);   // r.x == (0.8, 1.4)
#ifndef FLUXION_LINALG_SOLVE_HPP
#define FLUXION_LINALG_SOLVE_HPP

#include <fluxion/detail/checked_arithmetic.hpp>
#include <fluxion/linalg/lu.hpp>
#include <fluxion/linalg/matrix.hpp>
#include <fluxion/status.hpp>

#include <concepts>
#include <cstddef>

namespace fluxion {

template <std::floating_point T, std::size_t N>
struct solve_result {
    vector<T, N> x{};  ///< the solution; zero unless status == converged
    fluxion::status status = fluxion::status::non_finite;
    T min_pivot = 0;   ///< LU's smallest pivot |U(k, k)|
};

/// Solve A x = b given the factorisation f = lu(A).
template <std::floating_point T, std::size_t N>
constexpr solve_result<T, N> solve(const lu_result<T, N>& f, const vector<T, N>& b) noexcept {
    solve_result<T, N> r;
    r.min_pivot = f.min_pivot;
    r.status = f.status;
    if (f.status != status::converged) return r;
    if (!detail::all_finite(b)) {
        r.status = status::non_finite;
        return r;
    }
    // L y = P b (L has a unit diagonal), then U x = y; every U(i, i) is above
    // the singularity tolerance, so no division is by zero.
    // A tiny pivot (above the singularity tolerance, yet small beside b) can
    // make x overflow: every product, difference and quotient is checked
    // before it is computed, so this is non_finite at compile time too (GCC
    // rejects an overflowing constant expression).
    bool fits = true;
    const auto subtract_product = [&fits](T& v, T a, T w) {
        T p{};
        fits = fits && detail::checked_multiply(a, w, p) && detail::checked_subtract(v, p, v);
    };
    vector<T, N> y;
    for (std::size_t i = 0; i < N && fits; ++i) {
        T v = b[f.permutation[i]];
        for (std::size_t j = 0; j < i; ++j) subtract_product(v, f.L(i, j), y[j]);
        y[i] = v;
    }
    vector<T, N> x;
    for (std::size_t k = N; k-- > 0 && fits;) {
        T v = y[k];
        for (std::size_t j = k + 1; j < N; ++j) subtract_product(v, f.U(k, j), x[j]);
        fits = fits && detail::checked_divide(v, f.U(k, k), x[k]);
    }
    if (!fits) {
        r.status = status::non_finite;
        return r;
    }
    r.x = x;
    return r;
}

/// Solve A x = b for a square A.
template <std::floating_point T, std::size_t R, std::size_t C, std::size_t M>
constexpr solve_result<T, R> solve(const matrix<T, R, C>& A, const vector<T, M>& b) noexcept {
    static_assert(R == C, "fluxion::solve: the matrix A must be square");
    static_assert(R == M, "fluxion::solve: the size of b must equal the number of rows of A");
    if constexpr (R == C && R == M) return solve(lu(A), b);
    else return {};
}

} // namespace fluxion

#endif
