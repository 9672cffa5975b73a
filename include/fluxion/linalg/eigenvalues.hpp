// fluxion/linalg/eigenvalues.hpp — eigenvalues (and eigenvectors) of a
// symmetric matrix by the cyclic Jacobi method.
//
// Method: cyclic Jacobi (Golub & Van Loan, Matrix Computations, 4th ed.,
// section 8.5). A sweep visits every pair p < q in row order and applies the
// plane rotation J(p, q, theta) that zeroes A(p, q): A <- J^T A J. Each
// rotation lowers off(A)^2 = sum_{i != j} A(i, j)^2 by 2 A(p, q)^2 and keeps
// the eigenvalues; the method converges quadratically once off(A) is small.
// The rotation is computed stably as in Numerical Recipes' `jacobi` (Press et
// al., 3rd ed., section 11.1, after Rutishauser 1971):
//     theta = (A(q, q) - A(p, p)) / (2 A(p, q)),
//     t = sgn(theta) / (|theta| + sqrt(theta^2 + 1))     (the smaller root: |angle| <= pi/4),
//     t = A(p, q) / (A(q, q) - A(p, p)) when A(p, q) is negligible beside the difference
//     (theta^2 would overflow), c = 1 / sqrt(t^2 + 1), s = t c, tau = s / (1 + c),
//     A(p, p) -= t A(p, q),  A(q, q) += t A(p, q),  A(p, q) = 0,
//     A(r, p) <- g - s (h + g tau),  A(r, q) <- h + s (g - h tau)  (g = A(r, p), h = A(r, q)),
// the same update for the columns of V (eigenvectors). An A(p, q) whose
// hundredfold adds nothing to A(p, p) nor A(q, q) is set to zero (NR's rule).
// Scaling: A is first multiplied by a power of two (exact) that brings its
// largest entry into [1, 2), so no square overflows or underflows; the
// eigenvalues are scaled back at the end (exact again).
// Convergence: sweeps stop when off(A) <= (epsilon / 4) ||A||_F (Frobenius
// norm), checked before each sweep, so by Weyl's inequality every eigenvalue
// is within (epsilon / 4) ||A||_F of an eigenvalue of the rotated matrix:
// full double precision relative to the matrix. At most max_sweeps (default
// 32) sweeps are made; N <= 6 needs at most 7-8 in the tests (docs/linalg.md).
// Result: `.values` sorted ascending; eigensystem() also gives `.vectors`, an
// orthogonal matrix whose column k is the unit eigenvector of values[k] (its
// largest-magnitude component made positive, so the result is deterministic).
// `.sweeps` counts the sweeps made.
// Status: converged; max_iterations (off(A) still above the threshold: the
// values are the best so far); not_symmetric (A fails is_symmetric, nothing
// computed); non_finite (a NaN or infinite entry, nothing computed; or, at
// run time, an eigenvalue beyond the largest finite number: values zeroed).
// The symmetric part (A + A^T) / 2 is used, which is A itself for a Hessian.
//
//     constexpr auto e = fluxion::eigenvalues(fluxion::matrix<double, 2, 2>{{{4, 0}, {0, -4}}});
//     static_assert(e.values[0] == -4 && e.values[1] == 4);
#ifndef FLUXION_LINALG_EIGENVALUES_HPP
#define FLUXION_LINALG_EIGENVALUES_HPP

#include <fluxion/linalg/matrix.hpp>
#include <fluxion/status.hpp>
#include <fluxion/linalg/symmetric.hpp>
#include <fluxion/math/sqrt.hpp>

#include <concepts>
#include <cstddef>
#include <limits>

namespace fluxion {

template <std::floating_point T, std::size_t N>
struct eigenvalues_result {
    vector<T, N> values{}; ///< ascending
    int sweeps = 0;        ///< Jacobi sweeps made
    fluxion::status status = fluxion::status::non_finite;
};

template <std::floating_point T, std::size_t N>
struct eigensystem_result {
    vector<T, N> values{};      ///< ascending
    matrix<T, N, N> vectors{};  ///< column k: unit eigenvector of values[k]
    int sweeps = 0;             ///< Jacobi sweeps made
    fluxion::status status = fluxion::status::non_finite;
};

namespace detail {

template <class T>
constexpr T magnitude(T x) noexcept {
    return x < 0 ? -x : x;
}

/// Cyclic Jacobi on the symmetric part of A; the eigenvectors are accumulated
/// only when WithVectors (it roughly doubles the cost of a rotation).
template <bool WithVectors, std::floating_point T, std::size_t N>
constexpr eigensystem_result<T, N> jacobi_eigen(const matrix<T, N, N>& A, int max_sweeps) noexcept {
    eigensystem_result<T, N> r;
    const auto [largest, finite] = max_abs(A);
    if (!finite) return r; // non_finite
    if (!is_symmetric(A)) {
        r.status = status::not_symmetric;
        return r;
    }
    matrix<T, N, N> V = matrix<T, N, N>::identity();
    if (largest == 0) { // the zero matrix: eigenvalues 0, eigenvectors e_k
        r.vectors = V;
        r.status = status::converged;
        return r;
    }

    // Scale by 2^-e (exact) so the largest entry is in [1, 2); symmetrise.
    const int k = scale_exponent(largest);
    const T down = power_of_2<T>(k);
    matrix<T, N, N> a;
    T frobenius2 = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) {
            a(i, j) = (A(i, j) * down + A(j, i) * down) / 2;
            frobenius2 += a(i, j) * a(i, j);
        }
    constexpr T eps = std::numeric_limits<T>::epsilon();
    const T threshold = (eps / 4) * (eps / 4) * frobenius2; // off(A)^2 <= (eps/4)^2 ||A||_F^2

    r.status = status::max_iterations;
    for (int sweep = 0; sweep <= max_sweeps; ++sweep) {
        T off2 = 0;
        for (std::size_t p = 0; p < N; ++p)
            for (std::size_t q = p + 1; q < N; ++q) off2 += 2 * a(p, q) * a(p, q);
        if (off2 <= threshold) {
            r.status = status::converged;
            break;
        }
        if (sweep == max_sweeps) break;
        r.sweeps = sweep + 1;
        for (std::size_t p = 0; p < N; ++p)
            for (std::size_t q = p + 1; q < N; ++q) {
                const T apq = a(p, q);
                if (apq == 0) continue;
                const T g = 100 * magnitude(apq);
                if (magnitude(a(p, p)) + g == magnitude(a(p, p)) && magnitude(a(q, q)) + g == magnitude(a(q, q))) {
                    a(p, q) = a(q, p) = 0; // negligible: below the rounding of both diagonal entries
                    continue;
                }
                const T h = a(q, q) - a(p, p);
                T t;
                if (magnitude(h) + g == magnitude(h)) {
                    t = apq / h; // t = 1 / (2 theta) for huge |theta|
                } else {
                    const T theta = h / (2 * apq);
                    t = T(1) / (magnitude(theta) + sqrt(theta * theta + 1));
                    if (theta < 0) t = -t;
                }
                const T c = T(1) / sqrt(t * t + 1);
                const T s = t * c;
                const T tau = s / (1 + c);
                const T shift = t * apq;
                a(p, p) -= shift;
                a(q, q) += shift;
                a(p, q) = a(q, p) = 0;
                for (std::size_t k = 0; k < N; ++k) {
                    if (k == p || k == q) continue;
                    const T akp = a(k, p);
                    const T akq = a(k, q);
                    a(k, p) = a(p, k) = akp - s * (akq + akp * tau);
                    a(k, q) = a(q, k) = akq + s * (akp - akq * tau);
                }
                if constexpr (WithVectors)
                    for (std::size_t k = 0; k < N; ++k) {
                        const T vkp = V(k, p);
                        const T vkq = V(k, q);
                        V(k, p) = vkp - s * (vkq + vkp * tau);
                        V(k, q) = vkq + s * (vkp - vkq * tau);
                    }
            }
    }

    // Sort ascending (selection sort, columns of V follow), then scale back.
    for (std::size_t i = 0; i < N; ++i) r.values[i] = a(i, i);
    for (std::size_t i = 0; i + 1 < N; ++i) {
        std::size_t m = i;
        for (std::size_t j = i + 1; j < N; ++j)
            if (r.values[j] < r.values[m]) m = j;
        if (m == i) continue;
        const T t = r.values[i];
        r.values[i] = r.values[m];
        r.values[m] = t;
        if constexpr (WithVectors)
            for (std::size_t k = 0; k < N; ++k) {
                const T v = V(k, i);
                V(k, i) = V(k, m);
                V(k, m) = v;
            }
    }
    // Scaling back can overflow: an eigenvalue may exceed the largest entry
    // by up to N times (a matrix of 1.5e308s has 3e308). Checked before the
    // product, since an overflow is an error in a constant expression.
    const T up = power_of_2<T>(-k);
    for (T& lambda : r.values) {
        if (up > 1 && magnitude(lambda) > std::numeric_limits<T>::max() / up) {
            r.status = status::non_finite;
            r.values = {};
            return r;
        }
        lambda *= up;
    }
    if constexpr (WithVectors) {
        for (std::size_t j = 0; j < N; ++j) { // largest-magnitude component positive
            std::size_t m = 0;
            for (std::size_t k = 1; k < N; ++k)
                if (magnitude(V(k, j)) > magnitude(V(m, j))) m = k;
            if (V(m, j) < 0)
                for (std::size_t k = 0; k < N; ++k) V(k, j) = -V(k, j);
        }
        r.vectors = V;
    }
    return r;
}

} // namespace detail

/// Eigenvalues of a symmetric matrix, ascending, with a status.
template <std::floating_point T, std::size_t R, std::size_t C>
constexpr eigenvalues_result<T, R> eigenvalues(const matrix<T, R, C>& A, int max_sweeps = 32) noexcept {
    static_assert(R == C, "fluxion::eigenvalues: the matrix must be square (and symmetric)");
    eigenvalues_result<T, R> r;
    if constexpr (R == C) {
        const auto full = detail::jacobi_eigen<false>(A, max_sweeps);
        r.values = full.values;
        r.sweeps = full.sweeps;
        r.status = full.status;
    }
    return r;
}

/// Eigenvalues (ascending) and orthonormal eigenvectors (the columns of
/// `.vectors`) of a symmetric matrix: A = V diag(values) V^T.
template <std::floating_point T, std::size_t R, std::size_t C>
constexpr eigensystem_result<T, R> eigensystem(const matrix<T, R, C>& A, int max_sweeps = 32) noexcept {
    static_assert(R == C, "fluxion::eigensystem: the matrix must be square (and symmetric)");
    if constexpr (R == C) return detail::jacobi_eigen<true>(A, max_sweeps);
    else return {};
}

} // namespace fluxion

#endif
