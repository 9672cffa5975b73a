// fuzz/linalg.cpp — libFuzzer target: fluxion's linear algebra on random
// matrices of sizes 2 to 6.
//
// Entries come in five flavours chosen by the input: uniform in [-1, 1];
// uniform scaled by 2^e, e in [-1000, 1000] (huge and tiny magnitudes); any bit
// pattern (NaN, infinities, subnormals); rank-deficient (a sum of fewer than N
// outer products); nearly singular (the identity with one entry perturbed).
// Properties (residuals computed in long double, whose wider range and
// precision make the check itself exact enough):
//  - solve(A, b): status converged, singular or non_finite; non_finite when A
//    or b has a NaN or infinity; x is zero unless converged; converged =>
//    x finite and the normwise backward error
//      ||b - A x|| / (||A|| ||x|| + ||b||) <= 3 N 2^(N-1) eps
//    (Wilkinson's bound for LU with partial pivoting: gamma_3N times the
//    growth factor, at most 2^(N-1)); singular => min_pivot <= N eps max|A|.
//  - lu(A) converged => P A = L U to within 3 N 2^(N-1) eps max|A|.
//  - eigensystem(S), S symmetric: never not_symmetric; non_finite for
//    non-finite input, and for finite input only if N max|S| > DBL_MAX (an
//    eigenvalue may then overflow: the fuzzer's finding, it was "converged"
//    with an infinite eigenvalue); converged => values ascending, identical to
//    eigenvalues(S).values, ||S V - V Lambda||_F <= 64 N eps ||S||_F and
//    |V^T V - I| <= 64 N eps entrywise (Jacobi is backward stable:
//    Demmel and Veselic 1992).
//  - cholesky(S) converged => positive diagonal and ||L L^T - S||_F <=
//    4 N eps ||S||_F (at most N + 1 roundings per entry).
// Each bound also allows a few denorm_min (subnormal results, see `tiny`).
#include "input.hpp"

#include <eigen_errors.hpp>

#include <fluxion/linalg.hpp>

#include <cmath>
#include <cstdint>
#include <limits>

namespace {
using fluxion::matrix;
using fluxion::status;
using fluxion::vector;
constexpr long double eps = std::numeric_limits<double>::epsilon();
// Results in double are on the subnormal grid near zero: an absolute error of
// a few denorm_min is all that a matrix of subnormal entries allows.
constexpr long double tiny = std::numeric_limits<double>::denorm_min();

double entry(fluxion_fuzz::bytes& in, int flavour, int e) {
    switch (flavour) {
    case 1: return std::ldexp(in.in(-1, 1), e);
    case 2: return in.any_double();
    default: return in.in(-1, 1);
    }
}

template <std::size_t N>
matrix<double, N, N> random_matrix(fluxion_fuzz::bytes& in, int flavour) {
    const int e = static_cast<int>(in.choice(201)) * 10 - 1000;
    matrix<double, N, N> A;
    if (flavour == 3) { // rank r < N: sum of r outer products
        const std::size_t r = in.choice(N);
        for (std::size_t k = 0; k < r; ++k) {
            vector<double, N> u, v;
            for (auto& t : u) t = in.in(-1, 1);
            for (auto& t : v) t = in.in(-1, 1);
            A += fluxion::outer(u, v);
        }
    } else if (flavour == 4) { // nearly singular: I with A(i, i) tiny
        A = matrix<double, N, N>::identity();
        A(in.choice(N), in.choice(N)) = std::ldexp(in.in(-1, 1), -static_cast<int>(in.choice(80)));
        A(in.choice(N), in.choice(N)) += in.in(-1, 1);
    } else {
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t j = 0; j < N; ++j) A(i, j) = entry(in, flavour, e);
    }
    return A;
}

template <std::size_t N>
bool all_finite(const matrix<double, N, N>& A) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j)
            if (!std::isfinite(A(i, j))) return false;
    return true;
}
template <std::size_t N>
long double max_abs(const matrix<double, N, N>& A) {
    long double m = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) m = std::fmax(m, std::fabs(static_cast<long double>(A(i, j))));
    return m;
}
template <std::size_t N>
long double frobenius(const matrix<double, N, N>& A) {
    long double s = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) s += static_cast<long double>(A(i, j)) * A(i, j);
    return std::sqrt(s);
}

template <std::size_t N>
void check_solve(const matrix<double, N, N>& A, const vector<double, N>& b) {
    const auto r = fluxion::solve(A, b);
    bool finite_b = true;
    for (double t : b) finite_b = finite_b && std::isfinite(t);
    FLUXION_FUZZ_REQUIRE(r.status == status::converged || r.status == status::singular || r.status == status::non_finite,
                         "solve: status %d", static_cast<int>(r.status));
    if (!all_finite(A) || !finite_b)
        FLUXION_FUZZ_REQUIRE(r.status == status::non_finite, "solve: non-finite input, status %d", static_cast<int>(r.status));
    if (r.status != status::converged) {
        for (double t : r.x) FLUXION_FUZZ_REQUIRE(t == 0, "solve: x not zero with status %d", static_cast<int>(r.status));
    }
    if (r.status == status::singular)
        FLUXION_FUZZ_REQUIRE(r.min_pivot <= N * eps * max_abs(A), "solve: singular with min_pivot %g", r.min_pivot);
    if (r.status != status::converged) return;
    long double norm_a = 0, norm_x = 0, norm_b = 0, residual = 0;
    for (std::size_t i = 0; i < N; ++i) {
        FLUXION_FUZZ_REQUIRE(std::isfinite(r.x[i]), "solve: converged with x[%zu] = %g", i, r.x[i]);
        long double row = 0, ri = b[i];
        for (std::size_t j = 0; j < N; ++j) {
            row += std::fabs(static_cast<long double>(A(i, j)));
            ri -= static_cast<long double>(A(i, j)) * r.x[j];
        }
        norm_a = std::fmax(norm_a, row);
        norm_x = std::fmax(norm_x, std::fabs(static_cast<long double>(r.x[i])));
        norm_b = std::fmax(norm_b, std::fabs(static_cast<long double>(b[i])));
        residual = std::fmax(residual, std::fabs(ri));
    }
    // With gradual underflow each product in the elimination may lose up to
    // denorm_min absolutely; x multiplies those losses, hence the (||x|| + 1) term
    // (Demmel, "Underflow and the reliability of numerical software", 1984).
    const long double bound = 3 * N * static_cast<long double>(1u << (N - 1)) * eps * (norm_a * norm_x + norm_b) + 3 * N * static_cast<long double>(1u << (N - 1)) * (norm_a + 1) * (norm_x + 1) * tiny;
    FLUXION_FUZZ_REQUIRE(residual <= bound, "solve N=%zu: residual %Lg > bound %Lg (||A|| %Lg, ||x|| %Lg)", N, residual,
                         bound, norm_a, norm_x);

    const auto f = fluxion::lu(A);
    FLUXION_FUZZ_REQUIRE(f.status == status::converged, "lu: %d but solve converged", static_cast<int>(f.status));
    long double worst = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) {
            long double lu = 0;
            for (std::size_t k = 0; k < N; ++k) lu += static_cast<long double>(f.L(i, k)) * f.U(k, j);
            worst = std::fmax(worst, std::fabs(lu - A(f.permutation[i], j)));
        }
    FLUXION_FUZZ_REQUIRE(worst <= 3 * N * static_cast<long double>(1u << (N - 1)) * eps * max_abs(A) + N * tiny,
                         "lu N=%zu: |PA - LU| = %Lg, max|A| = %Lg", N, worst, max_abs(A));
}

template <std::size_t N>
void check_symmetric(matrix<double, N, N> S) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < i; ++j) S(i, j) = S(j, i);
    const auto e = fluxion::eigensystem(S);
    const auto v = fluxion::eigenvalues(S);
    FLUXION_FUZZ_REQUIRE(e.status != status::not_symmetric, "eigensystem: a symmetric matrix reported not_symmetric");
    // non_finite: a NaN or infinity in S, or eigenvalues beyond DBL_MAX (|lambda| <= N max|S|).
    if (!all_finite(S))
        FLUXION_FUZZ_REQUIRE(e.status == status::non_finite, "eigensystem: non-finite input, status %d", static_cast<int>(e.status));
    else if (e.status == status::non_finite)
        FLUXION_FUZZ_REQUIRE(N * max_abs(S) > std::numeric_limits<double>::max(), "eigensystem: non_finite for finite S, max|S| %Lg",
                             max_abs(S));
    FLUXION_FUZZ_REQUIRE(e.status == v.status && e.sweeps == v.sweeps, "eigenvalues and eigensystem disagree on status");
    if (e.status == status::converged) {
        for (std::size_t k = 0; k < N; ++k) {
            FLUXION_FUZZ_REQUIRE(std::memcmp(&e.values[k], &v.values[k], sizeof(double)) == 0,
                                 "eigenvalues differ from eigensystem's values");
            if (k + 1 < N) FLUXION_FUZZ_REQUIRE(e.values[k] <= e.values[k + 1], "eigenvalues not ascending");
        }
        const auto err = fluxion_test::eigen_errors(S, e.vectors, e.values);
        const long double norm = err.frobenius, orthogonality = err.orthogonality;
        FLUXION_FUZZ_REQUIRE(err.residual <= 64 * N * eps * norm + 4 * N * tiny, "eigensystem N=%zu: ||SV - V L|| = %Lg, ||S|| = %Lg",
                             N, err.residual, norm);
        FLUXION_FUZZ_REQUIRE(orthogonality <= 64 * N * eps, "eigensystem N=%zu: |V^T V - I| = %Lg", N, orthogonality);
    }
    const auto c = fluxion::cholesky(S);
    if (c.status == status::converged) {
        long double err2 = 0;
        for (std::size_t i = 0; i < N; ++i) {
            FLUXION_FUZZ_REQUIRE(c.L(i, i) > 0, "cholesky: L(%zu, %zu) = %g", i, i, c.L(i, i));
            for (std::size_t j = 0; j < N; ++j) {
                long double llt = 0;
                for (std::size_t k = 0; k < N; ++k) llt += static_cast<long double>(c.L(i, k)) * c.L(j, k);
                err2 += (llt - S(i, j)) * (llt - S(i, j));
            }
        }
        FLUXION_FUZZ_REQUIRE(std::sqrt(err2) <= 4 * N * eps * frobenius(S) + 4 * N * tiny, "cholesky N=%zu: ||LL^T - S|| = %Lg, ||S|| = %Lg",
                             N, std::sqrt(err2), frobenius(S));
    }
}

template <std::size_t N>
void run(fluxion_fuzz::bytes& in) {
    const int flavour = static_cast<int>(in.choice(5));
    const auto A = random_matrix<N>(in, flavour);
    vector<double, N> b;
    for (auto& t : b) t = entry(in, flavour == 2 ? 2 : 0, 0);
    check_solve(A, b);
    check_symmetric(A);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fluxion_fuzz::bytes in(data, size);
    switch (in.choice(5)) {
    case 0: run<2>(in); break;
    case 1: run<3>(in); break;
    case 2: run<4>(in); break;
    case 3: run<5>(in); break;
    default: run<6>(in); break;
    }
    return 0;
}
