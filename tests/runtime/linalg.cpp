// Run-time suite for fluxion's linear algebra: random matrices (fixed seeds)
// of sizes 2 to 6, with residuals, reconstructions and comparisons against
// independent long double computations written here (Gaussian elimination,
// and eigenvalues by bisection on the inertia of A - sigma I, Sylvester's law),
// plus Hilbert matrices, bad input, and bit-identity of compile-time and
// run-time results. The printed lines feed docs/linalg.md.
#define BOOST_TEST_MODULE linalg
#include <boost/test/unit_test.hpp>

#include <fluxion/linalg.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>

namespace {
using fluxion::matrix;
using fluxion::status;
using fluxion::vector;
constexpr double eps = std::numeric_limits<double>::epsilon();
constexpr int trials = 4000; // per size and per test

template <std::size_t N>
using mat = matrix<double, N, N>;
template <std::size_t N>
using ldmat = std::array<std::array<long double, N>, N>;

template <std::size_t N>
mat<N> random_matrix(std::mt19937_64& rng) {
    std::uniform_real_distribution<double> u(-1, 1);
    mat<N> A;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) A(i, j) = u(rng);
    return A;
}
template <std::size_t N>
mat<N> random_symmetric(std::mt19937_64& rng) {
    std::uniform_real_distribution<double> u(-1, 1);
    mat<N> A;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i; j < N; ++j) A(i, j) = A(j, i) = u(rng);
    return A;
}
template <std::size_t N>
vector<double, N> random_vector(std::mt19937_64& rng) {
    std::uniform_real_distribution<double> u(-1, 1);
    vector<double, N> v;
    for (double& x : v) x = u(rng);
    return v;
}
template <std::size_t N>
double inf_norm(const vector<double, N>& v) {
    double m = 0;
    for (double x : v) m = std::max(m, std::fabs(x));
    return m;
}
template <std::size_t R, std::size_t C>
double inf_norm(const matrix<double, R, C>& A) { // max row sum
    double m = 0;
    for (std::size_t i = 0; i < R; ++i) {
        double s = 0;
        for (std::size_t j = 0; j < C; ++j) s += std::fabs(A(i, j));
        m = std::max(m, s);
    }
    return m;
}
template <std::size_t N>
double frobenius(const mat<N>& A) {
    long double s = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) s += static_cast<long double>(A(i, j)) * A(i, j);
    return static_cast<double>(std::sqrt(s));
}
template <std::size_t N>
double max_abs(const mat<N>& A) {
    double m = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) m = std::max(m, std::fabs(A(i, j)));
    return m;
}

// ---- independent long double references -------------------------------------------

// Gaussian elimination with partial pivoting in long double: solves A X = B for
// the columns of B (in place) and returns det A.
template <std::size_t N, std::size_t K>
long double ld_eliminate(ldmat<N> a, std::array<std::array<long double, K>, N>& b) {
    long double det = 1;
    for (std::size_t k = 0; k < N; ++k) {
        std::size_t p = k;
        for (std::size_t i = k + 1; i < N; ++i)
            if (std::fabs(a[i][k]) > std::fabs(a[p][k])) p = i;
        if (p != k) {
            std::swap(a[p], a[k]);
            std::swap(b[p], b[k]);
            det = -det;
        }
        det *= a[k][k];
        for (std::size_t i = k + 1; i < N; ++i) {
            const long double l = a[i][k] / a[k][k];
            for (std::size_t j = k; j < N; ++j) a[i][j] -= l * a[k][j];
            for (std::size_t j = 0; j < K; ++j) b[i][j] -= l * b[k][j];
        }
    }
    for (std::size_t k = N; k-- > 0;)
        for (std::size_t j = 0; j < K; ++j) {
            long double s = b[k][j];
            for (std::size_t m = k + 1; m < N; ++m) s -= a[k][m] * b[m][j];
            b[k][j] = s / a[k][k];
        }
    return det;
}
template <std::size_t N>
ldmat<N> to_ld(const mat<N>& A) {
    ldmat<N> a;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) a[i][j] = A(i, j);
    return a;
}
template <std::size_t N>
std::array<long double, N> ld_solve(const mat<N>& A, const vector<double, N>& b) {
    std::array<std::array<long double, 1>, N> x;
    for (std::size_t i = 0; i < N; ++i) x[i][0] = b[i];
    ld_eliminate(to_ld(A), x);
    std::array<long double, N> r;
    for (std::size_t i = 0; i < N; ++i) r[i] = x[i][0];
    return r;
}
template <std::size_t N>
long double ld_determinant(const mat<N>& A) {
    std::array<std::array<long double, 1>, N> dummy{};
    return ld_eliminate(to_ld(A), dummy);
}
// Condition number in the infinity norm, with the inverse from long double.
template <std::size_t N>
double condition(const mat<N>& A) {
    std::array<std::array<long double, N>, N> X{};
    for (std::size_t i = 0; i < N; ++i) X[i][i] = 1;
    ld_eliminate(to_ld(A), X);
    long double m = 0;
    for (std::size_t i = 0; i < N; ++i) {
        long double s = 0;
        for (std::size_t j = 0; j < N; ++j) s += std::fabs(X[i][j]);
        m = std::max(m, s);
    }
    return inf_norm(A) * static_cast<double>(m);
}

// Number of eigenvalues of the symmetric A below sigma: the number of negative
// pivots of A - sigma I (Sylvester's law of inertia), by symmetric elimination
// in long double. A zero pivot is nudged (it happens with probability zero).
template <std::size_t N>
int eigenvalues_below(const mat<N>& A, long double sigma) {
    ldmat<N> a = to_ld(A);
    for (std::size_t i = 0; i < N; ++i) a[i][i] -= sigma;
    int negative = 0;
    for (std::size_t k = 0; k < N; ++k) {
        if (a[k][k] == 0) a[k][k] = std::numeric_limits<long double>::epsilon() * 1e-10L;
        if (a[k][k] < 0) ++negative;
        for (std::size_t i = k + 1; i < N; ++i) {
            const long double l = a[i][k] / a[k][k];
            for (std::size_t j = k; j < N; ++j) a[i][j] -= l * a[k][j];
        }
    }
    return negative;
}
// The k-th smallest eigenvalue (from 0), by bisection on [lo, hi] to long
// double resolution: an independent reference for the Jacobi result.
template <std::size_t N>
long double bisect_eigenvalue(const mat<N>& A, int k, long double lo, long double hi) {
    for (int it = 0; it < 200 && hi - lo > 4 * std::numeric_limits<long double>::epsilon() * std::fabs(hi); ++it) {
        const long double mid = (lo + hi) / 2;
        if (eigenvalues_below(A, mid) > k) hi = mid;
        else lo = mid;
    }
    return (lo + hi) / 2;
}

// ---- the suites -------------------------------------------------------------------------

template <std::size_t N>
void check_solve(std::mt19937_64& rng) {
    double worst_backward = 0, worst_forward = 0, worst_det = 0;
    int singular = 0;
    for (int t = 0; t < trials; ++t) {
        const auto A = random_matrix<N>(rng);
        const auto b = random_vector<N>(rng);
        const auto r = fluxion::solve(A, b);
        if (r.status != status::converged) {
            ++singular;
            continue;
        }
        // normwise backward error ||b - A x|| / (||A|| ||x|| + ||b||), in units of eps
        std::array<long double, N> residual;
        for (std::size_t i = 0; i < N; ++i) {
            long double s = b[i];
            for (std::size_t j = 0; j < N; ++j) s -= static_cast<long double>(A(i, j)) * r.x[j];
            residual[i] = std::fabs(s);
        }
        const double res = static_cast<double>(*std::max_element(residual.begin(), residual.end()));
        const double backward = res / (inf_norm(A) * inf_norm(r.x) + inf_norm(b)) / eps;
        worst_backward = std::max(worst_backward, backward);
        BOOST_TEST(backward <= 2.0 * N);
        // forward error against long double, relative to cond(A) eps
        const auto x_ref = ld_solve(A, b);
        long double err = 0, size = 0;
        for (std::size_t i = 0; i < N; ++i) {
            err = std::max(err, std::fabs(r.x[i] - x_ref[i]));
            size = std::max(size, std::fabs(x_ref[i]));
        }
        const double kappa = condition(A);
        const double forward = static_cast<double>(err / size) / (kappa * eps);
        worst_forward = std::max(worst_forward, forward);
        BOOST_TEST(forward <= 2.0 * N);
        // determinant against long double elimination, relative to cond(A) eps
        const long double det_ref = ld_determinant(A);
        const double det_err =
            static_cast<double>(std::fabs(fluxion::determinant(A) - det_ref) / std::fabs(det_ref)) / (kappa * eps);
        worst_det = std::max(worst_det, det_err);
        BOOST_TEST(det_err <= 2.0 * N);
    }
    BOOST_TEST(singular == 0);
    BOOST_TEST_MESSAGE("solve N=" << N << ": max backward error " << worst_backward
                       << " eps; max forward error " << worst_forward
                       << " cond(A) eps; determinant max error " << worst_det << " cond(A) eps ("
                       << trials << " random matrices, entries uniform in [-1, 1])");
}

template <std::size_t N>
void check_inverse(std::mt19937_64& rng) {
    double worst = 0;
    for (int t = 0; t < trials; ++t) {
        const auto A = random_matrix<N>(rng);
        const auto r = fluxion::inverse(A);
        BOOST_TEST((r.status == status::converged));
        const auto E = A * r.x - mat<N>::identity();
        const double err = max_abs(E) / (inf_norm(A) * inf_norm(r.x) * eps);
        worst = std::max(worst, err);
        BOOST_TEST(err <= 2.0 * N);
    }
    BOOST_TEST_MESSAGE("inverse N=" << N << ": max |A A^-1 - I| = " << worst << " ||A|| ||A^-1|| eps");
}

template <std::size_t N>
void check_cholesky(std::mt19937_64& rng) {
    double worst = 0;
    int agree = 0;
    for (int t = 0; t < trials; ++t) {
        // B B^T + I/10 is symmetric positive definite
        const auto B = random_matrix<N>(rng);
        const auto A = B * fluxion::transpose(B) + mat<N>::identity() / 10.0;
        const auto c = fluxion::cholesky(A);
        BOOST_TEST((c.status == status::converged));
        const double err = max_abs(c.L * fluxion::transpose(c.L) - A) / (max_abs(A) * eps);
        worst = std::max(worst, err);
        BOOST_TEST(err <= 4.0 * N);
        // a random symmetric matrix: positive definite iff its smallest eigenvalue is > 0
        const auto S = random_symmetric<N>(rng);
        const auto e = fluxion::eigenvalues(S);
        if (std::fabs(e.values[0]) > 1e-6) {
            BOOST_TEST(fluxion::is_positive_definite(S) == (e.values[0] > 0));
            ++agree;
        }
    }
    BOOST_TEST(agree > trials * 9 / 10);
    BOOST_TEST_MESSAGE("cholesky N=" << N << ": max |L L^T - A| = " << worst << " max|A| eps");
}

template <std::size_t N>
void check_eigen(std::mt19937_64& rng) {
    double worst_value = 0, worst_reconstruction = 0, worst_orthogonality = 0, worst_det = 0;
    int max_sweeps = 0;
    double mean_sweeps = 0;
    for (int t = 0; t < trials; ++t) {
        const auto A = random_symmetric<N>(rng);
        const auto s = fluxion::eigensystem(A);
        BOOST_TEST((s.status == status::converged));
        max_sweeps = std::max(max_sweeps, s.sweeps);
        mean_sweeps += s.sweeps;
        // values-only and with-vectors agree bit for bit
        BOOST_TEST((fluxion::eigenvalues(A).values == s.values));
        const double scale = frobenius(A);
        // each eigenvalue against the long double bisection reference
        for (int k = 0; k < static_cast<int>(N); ++k) {
            const long double ref = bisect_eigenvalue(A, k, s.values[k] - 1e-9L, s.values[k] + 1e-9L);
            const double err = static_cast<double>(std::fabs(s.values[k] - ref)) / (scale * eps);
            worst_value = std::max(worst_value, err);
            BOOST_TEST(err <= 1.0 * N);
        }
        BOOST_TEST(std::is_sorted(s.values.begin(), s.values.end()));
        // A = V diag(lambda) V^T and V^T V = I
        const auto VD = s.vectors * mat<N>::diagonal(s.values);
        const double rec = max_abs(VD * fluxion::transpose(s.vectors) - A) / (scale * eps);
        const double orth = max_abs(fluxion::transpose(s.vectors) * s.vectors - mat<N>::identity()) / eps;
        worst_reconstruction = std::max(worst_reconstruction, rec);
        worst_orthogonality = std::max(worst_orthogonality, orth);
        BOOST_TEST(rec <= 4.0 * N);
        BOOST_TEST(orth <= 4.0 * N);
        // determinant = product of the eigenvalues: an error d_k in lambda_k
        // moves the product by a relative sum_k d_k / |lambda_k|, so the error
        // is measured in units of eps ||A||_F sum_k 1 / |lambda_k|.
        long double product = 1, sensitivity = 0;
        for (double l : s.values) {
            product *= l;
            sensitivity += 1 / std::fabs(static_cast<long double>(l));
        }
        const long double det_ref = ld_determinant(A);
        const double det_err = static_cast<double>(std::fabs(product - det_ref) / std::fabs(det_ref) /
                                                   (eps * scale * sensitivity));
        worst_det = std::max(worst_det, det_err);
        BOOST_TEST(det_err <= 1.0 * N);
    }
    mean_sweeps /= trials;
    BOOST_TEST_MESSAGE("eigen N=" << N << ": max |lambda - reference| = " << worst_value
                       << " ||A||_F eps; max |V diag V^T - A| = " << worst_reconstruction
                       << " ||A||_F eps; max |V^T V - I| = " << worst_orthogonality
                       << " eps; sweeps mean " << mean_sweeps << ", max " << max_sweeps
                       << "; |prod(lambda) - det| = " << worst_det
                       << " |det| ||A||_F eps sum 1/|lambda_k|");
}

template <std::size_t N>
mat<N> hilbert() {
    mat<N> A;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) A(i, j) = 1.0 / static_cast<double>(i + j + 1);
    return A;
}
} // namespace

BOOST_AUTO_TEST_CASE(solve_random_matrices) {
    std::mt19937_64 rng(20240601);
    check_solve<2>(rng);
    check_solve<3>(rng);
    check_solve<4>(rng);
    check_solve<5>(rng);
    check_solve<6>(rng);
}

BOOST_AUTO_TEST_CASE(inverse_random_matrices) {
    std::mt19937_64 rng(20240602);
    check_inverse<2>(rng);
    check_inverse<3>(rng);
    check_inverse<4>(rng);
    check_inverse<5>(rng);
    check_inverse<6>(rng);
}

BOOST_AUTO_TEST_CASE(cholesky_random_matrices) {
    std::mt19937_64 rng(20240603);
    check_cholesky<2>(rng);
    check_cholesky<3>(rng);
    check_cholesky<4>(rng);
    check_cholesky<5>(rng);
    check_cholesky<6>(rng);
}

BOOST_AUTO_TEST_CASE(eigenvalues_random_symmetric_matrices) {
    std::mt19937_64 rng(20240604);
    check_eigen<2>(rng);
    check_eigen<3>(rng);
    check_eigen<4>(rng);
    check_eigen<5>(rng);
    check_eigen<6>(rng);
}

// Hilbert matrices, ill-conditioned (cond_inf(H6) ~ 2.9e7), with exact
// determinants det H_n = c_n^4 / c_2n, c_n = 1! 2! ... (n-1)!.
BOOST_AUTO_TEST_CASE(hilbert_matrices) {
    const auto H4 = hilbert<4>();
    const auto H6 = hilbert<6>();
    BOOST_TEST(std::fabs(fluxion::determinant(hilbert<2>()) * 12 - 1) < 8 * eps);
    BOOST_TEST(std::fabs(fluxion::determinant(hilbert<3>()) * 2160 - 1) < 1e3 * eps);
    const double d4 = fluxion::determinant(H4) * 6048000.0 - 1;
    const double d6 = fluxion::determinant(H6) * 186313420339200000.0 - 1;
    BOOST_TEST(std::fabs(d4) < condition(H4) * eps);
    BOOST_TEST(std::fabs(d6) < condition(H6) * eps);
    // H6 x = H6 (1, ..., 1): the forward error is bounded by cond(H6) eps
    const auto ones = vector<double, 6>::filled(1);
    const auto r = fluxion::solve(H6, H6 * ones);
    BOOST_TEST((r.status == status::converged));
    const double err = inf_norm(r.x - ones);
    BOOST_TEST(err < condition(H6) * eps);
    // H6 is positive definite, and its eigenvalues are checked by bisection
    BOOST_TEST(fluxion::is_positive_definite(H6));
    const auto e = fluxion::eigenvalues(H6);
    BOOST_TEST((e.status == status::converged));
    BOOST_TEST(e.values[0] > 0);
    for (int k = 0; k < 6; ++k) {
        const long double ref = bisect_eigenvalue(H6, k, e.values[k] - 1e-9L, e.values[k] + 1e-9L);
        BOOST_TEST(std::fabs(e.values[k] - ref) <= frobenius(H6) * eps);
    }
    BOOST_TEST_MESSAGE("hilbert: det H4 rel. error " << d4 << ", det H6 rel. error " << d6
                       << ", cond(H6) = " << condition(H6) << ", solve H6 forward error " << err
                       << ", lambda_min(H6) = " << e.values[0]);
}

BOOST_AUTO_TEST_CASE(bad_input_is_reported) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    volatile double v_nan = nan, v_inf = inf; // not foldable
    const mat<2> with_nan{{{1, v_nan}, {0, 1}}};
    const mat<2> with_inf{{{1, 0}, {v_inf, 1}}};
    BOOST_TEST((fluxion::solve(with_nan, vector<double, 2>{1, 1}).status == status::non_finite));
    BOOST_TEST((fluxion::solve(with_inf, vector<double, 2>{1, 1}).status == status::non_finite));
    BOOST_TEST((fluxion::solve(mat<2>::identity(), vector<double, 2>{v_nan, 1}).status == status::non_finite));
    BOOST_TEST((fluxion::inverse(with_nan).status == status::non_finite));
    BOOST_TEST((fluxion::lu(with_inf).status == status::non_finite));
    BOOST_TEST((fluxion::cholesky(with_nan).status == status::non_finite));
    BOOST_TEST((fluxion::eigenvalues(with_inf).status == status::non_finite));
    BOOST_TEST(std::isnan(fluxion::determinant(with_nan)));
    BOOST_TEST(std::isnan(fluxion::norm(vector<double, 2>{v_nan, 1})));
    // an x that overflows: reported, not returned as inf
    volatile double tiny = 1e-200;
    const auto r = fluxion::solve(mat<2>{{{tiny, 0}, {0, tiny}}}, vector<double, 2>{1e200, 1});
    BOOST_TEST((r.status == status::non_finite));
    BOOST_TEST((r.x == vector<double, 2>{0, 0}));
    // an LU that overflows (entries near the largest double)
    volatile double big = 1.5e308;
    BOOST_TEST((fluxion::lu(mat<2>{{{big, big}, {-big, big}}}).status == status::non_finite));
    // singular, exactly and to working precision
    volatile double one = 1;
    BOOST_TEST((fluxion::solve(mat<2>{{{one, 2}, {2, 4}}}, vector<double, 2>{1, 1}).status == status::singular));
    BOOST_TEST((fluxion::inverse(mat<3>{{{one, 2, 3}, {4, 5, 6}, {7, 8, 9}}}).status == status::singular));
}

namespace {
// Bit-identity: results computed in a constant expression equal the same
// calls made at run time. Matrices come from a constexpr generator (an LCG
// giving multiples of 2^-20 in [-1, 1)).
constexpr std::uint64_t lcg(std::uint64_t& s) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return s >> 33;
}
template <std::size_t N>
constexpr mat<N> generated(std::uint64_t seed, bool symmetric) {
    mat<N> A;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) A(i, j) = static_cast<double>(static_cast<std::int64_t>(lcg(seed) % (1u << 21)) - (1 << 20)) * 0x1p-20;
    if (symmetric)
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t j = 0; j < i; ++j) A(i, j) = A(j, i);
    return A;
}
template <std::size_t N>
struct outputs {
    vector<double, N> eigen, solution;
    matrix<double, N, N> vectors, inv, chol;
    double det;
};
template <std::size_t N>
constexpr outputs<N> compute(const mat<N>& S, const mat<N>& A) {
    const auto sys = fluxion::eigensystem(S);
    return {sys.values,
            fluxion::solve(A, vector<double, N>::filled(1)).x,
            sys.vectors,
            fluxion::inverse(A).x,
            fluxion::cholesky(S * S + mat<N>::identity()).L,
            fluxion::determinant(A)};
}
template <std::size_t N, std::size_t K>
constexpr std::array<outputs<N>, K> table() {
    std::array<outputs<N>, K> t{};
    for (std::size_t k = 0; k < K; ++k) t[k] = compute(generated<N>(k + 1, true), generated<N>(k + 100, false));
    return t;
}
template <std::size_t N>
bool identical(const matrix<double, N, N>& a, const matrix<double, N, N>& b) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j)
            if (std::bit_cast<std::uint64_t>(a(i, j)) != std::bit_cast<std::uint64_t>(b(i, j))) return false;
    return true;
}
template <std::size_t N>
bool identical(const vector<double, N>& a, const vector<double, N>& b) {
    for (std::size_t i = 0; i < N; ++i)
        if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i])) return false;
    return true;
}
template <std::size_t N, std::size_t K>
void check_bit_identity() {
    constexpr auto at_compile_time = table<N, K>();
    for (std::size_t k = 0; k < K; ++k) {
        volatile std::uint64_t seed = k + 1, seed2 = k + 100; // laundered: no folding
        const auto S = generated<N>(seed, true);
        const auto A = generated<N>(seed2, false);
        const auto r = compute(S, A);
        const auto& c = at_compile_time[k];
        BOOST_TEST(identical(r.eigen, c.eigen));
        BOOST_TEST(identical(r.vectors, c.vectors));
        BOOST_TEST(identical(r.solution, c.solution));
        BOOST_TEST(identical(r.inv, c.inv));
        BOOST_TEST(identical(r.chol, c.chol));
        BOOST_TEST(std::bit_cast<std::uint64_t>(r.det) == std::bit_cast<std::uint64_t>(c.det));
    }
}
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_equals_run_time) {
    check_bit_identity<2, 16>();
    check_bit_identity<3, 16>();
    check_bit_identity<4, 8>();
    check_bit_identity<6, 4>();
}
