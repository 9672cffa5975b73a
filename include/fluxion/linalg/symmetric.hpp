// fluxion/linalg/symmetric.hpp — is a matrix symmetric (to rounding error)?
//
// is_symmetric(A) is true when A is square, every entry is finite and
// |A(i, j) - A(j, i)| <= N * epsilon * max |A(k, l)| for all i, j: the
// same scale-aware tolerance LU uses for a zero pivot, so a Hessian whose
// mirrored entries differ by rounding error counts as symmetric, while a
// genuinely unsymmetric matrix does not. Cholesky and the Jacobi eigenvalue
// method need a symmetric matrix and use this test (status::not_symmetric).
// A non-square matrix is simply not symmetric.
//
//     static_assert(fluxion::is_symmetric(fluxion::matrix<double, 2, 2>{{{4, -1}, {-1, 6}}}));
#ifndef FLUXION_LINALG_SYMMETRIC_HPP
#define FLUXION_LINALG_SYMMETRIC_HPP

#include <fluxion/linalg/matrix.hpp>

#include <concepts>
#include <cstddef>
#include <limits>

namespace fluxion {

template <std::floating_point T, std::size_t R, std::size_t C>
constexpr bool is_symmetric(const matrix<T, R, C>& A) noexcept {
    if constexpr (R != C) {
        return false;
    } else {
        const auto [largest, finite] = detail::max_abs(A);
        if (!finite) return false;
        const T tolerance = static_cast<T>(R) * std::numeric_limits<T>::epsilon() * largest;
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t j = i + 1; j < R; ++j) {
                // Halved (exactly, bar subnormals) so the difference cannot overflow.
                const T d = A(i, j) / 2 - A(j, i) / 2;
                if ((d < 0 ? -d : d) > tolerance / 2) return false;
            }
        return true;
    }
}

} // namespace fluxion

#endif
