// fluxion/linalg/determinant.hpp — det A of a square matrix.
//
// Method: for N <= 3 the cofactor (Leibniz) formula, a d - b c for 2 x 2 and
// the expansion along the first row for 3 x 3, which is exact whenever the
// products are (small integer entries: det of [[1, 2], [3, 4]] is exactly -2);
// for N >= 4 the product of LU's pivots times the sign of the permutation,
// det A = det(P) prod_k U(k, k) (Golub & Van Loan, Matrix Computations, 4th
// ed., section 3.2), accurate to a small multiple of epsilon relative to
// prod_k |U(k, k)|.
// A determinant is a number, not a verdict: a singular matrix gives 0 when
// a pivot (or the formula) is exactly zero, otherwise a tiny number at the
// rounding level; use lu(A).singular or solve(...).status for the verdict.
// A NaN or infinite entry gives NaN (returned as a value, no NaN arithmetic).
//
//     static_assert(fluxion::determinant(fluxion::matrix<double, 2, 2>{{{4, -1}, {-1, 6}}}) == 23);
#ifndef FLUXION_LINALG_DETERMINANT_HPP
#define FLUXION_LINALG_DETERMINANT_HPP

#include <fluxion/linalg/lu.hpp>
#include <fluxion/linalg/matrix.hpp>

#include <concepts>
#include <cstddef>
#include <limits>

namespace fluxion {

template <std::floating_point T, std::size_t R, std::size_t C>
constexpr T determinant(const matrix<T, R, C>& A) noexcept {
    static_assert(R == C, "fluxion::determinant: the matrix must be square");
    if (!detail::max_abs(A).finite) return std::numeric_limits<T>::quiet_NaN();
    if constexpr (R == 1) {
        return A(0, 0);
    } else if constexpr (R == 2) {
        return A(0, 0) * A(1, 1) - A(0, 1) * A(1, 0);
    } else if constexpr (R == 3) {
        return A(0, 0) * (A(1, 1) * A(2, 2) - A(1, 2) * A(2, 1))
             - A(0, 1) * (A(1, 0) * A(2, 2) - A(1, 2) * A(2, 0))
             + A(0, 2) * (A(1, 0) * A(2, 1) - A(1, 1) * A(2, 0));
    } else if constexpr (R == C) {
        const auto f = lu(A);
        if (f.status == status::non_finite) return std::numeric_limits<T>::quiet_NaN(); // overflow
        T d = static_cast<T>(f.permutation_sign);
        for (std::size_t k = 0; k < R; ++k) d *= f.U(k, k);
        return d;
    } else {
        return T(0);
    }
}

} // namespace fluxion

#endif
