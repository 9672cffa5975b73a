// tests/support/eigen_errors.hpp — how far an eigen-decomposition is from exact.
//
// For S (N x N), unit eigenvectors V (column k) and eigenvalues lambda:
//   residual      = ||S V - V diag(lambda)||_F
//   frobenius     = ||S||_F
//   orthogonality = max_{k,l} |(V^T V - I)(k, l)|
// computed in long double (wider range and 11 more bits than double), so the
// measurement's own rounding is negligible beside the errors it measures.
// Used by tests/runtime/properties.cpp and fuzz/linalg.cpp.
#ifndef FLUXION_TEST_EIGEN_ERRORS_HPP
#define FLUXION_TEST_EIGEN_ERRORS_HPP

#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/vector.hpp>

#include <cmath>
#include <cstddef>

namespace fluxion_test {

struct eigen_errors_t {
    long double residual = 0, frobenius = 0, orthogonality = 0;
};

template <std::size_t N>
eigen_errors_t eigen_errors(const fluxion::matrix<double, N, N>& S, const fluxion::matrix<double, N, N>& V,
                            const fluxion::vector<double, N>& lambda) {
    long double norm2 = 0, residual2 = 0, orthogonality = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) norm2 += static_cast<long double>(S(i, j)) * S(i, j);
    for (std::size_t k = 0; k < N; ++k) {
        for (std::size_t i = 0; i < N; ++i) {
            long double sv = 0;
            for (std::size_t j = 0; j < N; ++j) sv += static_cast<long double>(S(i, j)) * V(j, k);
            const long double ri = sv - static_cast<long double>(V(i, k)) * lambda[k];
            residual2 += ri * ri;
        }
        for (std::size_t l = 0; l < N; ++l) {
            long double dot = 0;
            for (std::size_t i = 0; i < N; ++i) dot += static_cast<long double>(V(i, k)) * V(i, l);
            orthogonality = std::fmax(orthogonality, std::fabs(dot - (k == l ? 1 : 0)));
        }
    }
    return {std::sqrt(residual2), std::sqrt(norm2), orthogonality};
}

} // namespace fluxion_test

#endif
