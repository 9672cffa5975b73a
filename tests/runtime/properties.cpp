// Property tests: laws that hold for every input, checked on thousands of
// random cases with fixed seeds (so every run checks the same cases).
//   - Hessian symmetry: hessian() against nested duals dual<dual<double, N>, N>,
//     which compute d2f/dx_i dx_j and d2f/dx_j dx_i separately (Schwarz).
//   - solve(A, b): forward error within a small multiple of cond(A) eps.
//   - eigensystem(S): ||S V - V Lambda|| and ||V^T V - I|| within O(N eps).
//   - dual, hyper-dual and finite differences agree on random compositions
//     of math functions (callables, not expression templates).
//   - compile-time and run-time results are bit-identical on a sample of
//     derivatives, gradients, Hessians and Newton steps.
// Tolerances are derived in each test's comment. docs/reliability.md
// summarises them; libFuzzer targets (fuzz/) check the same laws on inputs a
// fuzzer chooses.
#define BOOST_TEST_MODULE properties
#include <boost/test/unit_test.hpp>

#include <fluxion/fluxion.hpp>

#include <eigen_errors.hpp>

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace {
using fluxion::matrix;
using fluxion::status;
using fluxion::vector;
constexpr double eps = std::numeric_limits<double>::epsilon();

// ---- Random smooth functions of 3 variables ----
// f(x) = sum_k a_k phi_k(b_k . x) + c x_0 x_1 x_2, phi from a fixed list:
// every term is smooth everywhere, with moderate derivatives on [-2, 2]^3.
struct smooth3 {
    std::array<int, 4> kind{};
    std::array<double, 4> a{};
    std::array<std::array<double, 3>, 4> b{};
    double c = 0;

    template <class S>
    S phi(int k, const S& u) const {
        switch (k) {
        case 0: return fluxion::sin(u);
        case 1: return fluxion::exp(u);
        case 2: return fluxion::atan(u);
        case 3: return fluxion::tanh(u);
        case 4: return fluxion::log1p(u * u);
        default: return u * u * u;
        }
    }
    template <class S>
    S operator()(const S& x, const S& y, const S& z) const {
        S sum = c * x * y * z;
        for (std::size_t k = 0; k < 4; ++k) sum = sum + a[k] * phi(kind[k], b[k][0] * x + b[k][1] * y + b[k][2] * z);
        return sum;
    }
};

smooth3 random_smooth3(std::mt19937_64& rng) {
    std::uniform_int_distribution<int> kind(0, 5);
    std::uniform_real_distribution<double> u(-1, 1);
    smooth3 f;
    for (std::size_t k = 0; k < 4; ++k) {
        f.kind[k] = kind(rng);
        f.a[k] = 2 * u(rng);
        for (double& b : f.b[k]) b = u(rng);
    }
    f.c = u(rng);
    return f;
}
} // namespace

// hessian() seeds eps1 along x_i and eps2 along x_j and fills H(i, j) and
// H(j, i) from one evaluation, so its symmetry is by construction; the law is
// checked against nested duals, where y.d[j].d[i] = d/dx_j (d/dx_i f) and
// y.d[i].d[j] come from different products and sums. Both are exact
// derivatives up to rounding: a few ulps of the largest intermediate term,
// which on [-2, 2]^3 with |a| <= 2, |b| <= 1 is at most ~e^3 * 9. So
// |difference| <= 1e-12 max(1, max|H|) (about 4500 eps, far below any error
// in a derivative rule).
BOOST_AUTO_TEST_CASE(hessian_is_symmetric_and_matches_nested_duals) {
    std::mt19937_64 rng(20261124);
    std::uniform_real_distribution<double> coordinate(-2, 2);
    using inner = fluxion::dual<double, 3>;
    using outer = fluxion::dual<inner, 3>;
    double worst = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        const smooth3 f = random_smooth3(rng);
        const std::array<double, 3> p{coordinate(rng), coordinate(rng), coordinate(rng)};
        const auto H = fluxion::hessian(f, p);
        std::array<outer, 3> x{};
        for (std::size_t k = 0; k < 3; ++k) {
            inner v(p[k]);
            v.d[k] = 1;
            x[k] = outer(v);
            x[k].d[k] = inner(1.0);
        }
        const outer y = f(x[0], x[1], x[2]);
        double scale = 1;
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = 0; j < 3; ++j) scale = std::fmax(scale, std::fabs(H(i, j)));
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = 0; j < 3; ++j) {
                const double ij = y.d[j].d[i], ji = y.d[i].d[j];
                worst = std::fmax(worst, std::fmax(std::fabs(ij - ji), std::fabs(H(i, j) - ij)) / scale);
                BOOST_TEST(std::fabs(ij - ji) <= 1e-12 * scale);
                BOOST_TEST(std::fabs(H(i, j) - ij) <= 1e-12 * scale);
                BOOST_TEST(H(i, j) == H(j, i)); // hessian()'s own output
            }
    }
    BOOST_TEST_MESSAGE("hessian symmetry: worst relative difference " << worst << " (bound 1e-12)");
}

namespace {
// Long double Gauss-Jordan inverse (partial pivoting): an independent
// reference for cond_inf(A) = ||A||_inf ||A^-1||_inf.
template <std::size_t N>
long double condition_inf(const matrix<double, N, N>& A) {
    std::array<std::array<long double, 2 * N>, N> m{};
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = 0; j < N; ++j) m[i][j] = A(i, j);
        m[i][N + i] = 1;
    }
    for (std::size_t k = 0; k < N; ++k) {
        std::size_t p = k;
        for (std::size_t i = k + 1; i < N; ++i)
            if (std::fabs(m[i][k]) > std::fabs(m[p][k])) p = i;
        std::swap(m[k], m[p]);
        const long double pivot = m[k][k];
        for (auto& v : m[k]) v /= pivot;
        for (std::size_t i = 0; i < N; ++i)
            if (i != k) {
                const long double factor = m[i][k];
                for (std::size_t j = 0; j < 2 * N; ++j) m[i][j] -= factor * m[k][j];
            }
    }
    long double norm_a = 0, norm_inv = 0;
    for (std::size_t i = 0; i < N; ++i) {
        long double ra = 0, ri = 0;
        for (std::size_t j = 0; j < N; ++j) {
            ra += std::fabs(static_cast<long double>(A(i, j)));
            ri += std::fabs(m[i][N + j]);
        }
        norm_a = std::fmax(norm_a, ra);
        norm_inv = std::fmax(norm_inv, ri);
    }
    return norm_a * norm_inv;
}

// Random A whose last row is a random combination of the others plus delta
// times noise: cond(A) grows like 1 / delta, from ~10 to ~1e12.
template <std::size_t N>
matrix<double, N, N> random_conditioned(std::mt19937_64& rng, double delta) {
    std::uniform_real_distribution<double> u(-1, 1);
    matrix<double, N, N> A;
    for (std::size_t i = 0; i + 1 < N; ++i)
        for (std::size_t j = 0; j < N; ++j) A(i, j) = u(rng);
    std::array<double, N> w{};
    for (double& t : w) t = u(rng);
    for (std::size_t j = 0; j < N; ++j) {
        double v = delta * u(rng);
        for (std::size_t i = 0; i + 1 < N; ++i) v += w[i] * A(i, j);
        A(N - 1, j) = v;
    }
    return A;
}

// Forward error of solve(A, b) for b = A x_true (rounded once from long double).
// Perturbation theory for a backward-stable solver: ||dx|| / ||x|| <= cond(A)
// (||dA|| / ||A|| + ||db|| / ||b||) / (1 - ...), with ||dA|| / ||A|| <= gamma_3N
// times a growth factor that partial pivoting keeps small on these matrices,
// and ||db|| / ||b|| <= eps (the rounding of b). Bound used: 4 N cond(A) eps,
// for cond(A) eps < 1e-3 (beyond that first-order theory does not apply).
template <std::size_t N>
double check_solve(std::mt19937_64& rng, int trials) {
    std::uniform_real_distribution<double> u(-1, 1);
    std::uniform_real_distribution<double> exponent(-12, -1);
    double worst = 0;
    for (int t = 0; t < trials; ++t) {
        const auto A = random_conditioned<N>(rng, std::pow(10.0, exponent(rng)));
        const long double cond = condition_inf(A);
        if (!(cond * eps < 1e-3)) continue;
        vector<double, N> x_true, b;
        for (double& v : x_true) v = u(rng);
        for (std::size_t i = 0; i < N; ++i) {
            long double s = 0;
            for (std::size_t j = 0; j < N; ++j) s += static_cast<long double>(A(i, j)) * x_true[j];
            b[i] = static_cast<double>(s);
        }
        const auto r = fluxion::solve(A, b);
        BOOST_TEST((r.status == status::converged));
        long double err = 0, size = 0;
        for (std::size_t i = 0; i < N; ++i) {
            err = std::fmax(err, std::fabs(static_cast<long double>(r.x[i]) - x_true[i]));
            size = std::fmax(size, std::fabs(static_cast<long double>(x_true[i])));
        }
        const double ratio = static_cast<double>(err / size / (cond * eps));
        worst = std::fmax(worst, ratio);
        BOOST_TEST(ratio <= 4.0 * N);
    }
    return worst;
}
} // namespace

BOOST_AUTO_TEST_CASE(solve_forward_error_is_bounded_by_cond_eps) {
    std::mt19937_64 rng(4242);
    const double w2 = check_solve<2>(rng, 2000), w3 = check_solve<3>(rng, 2000), w4 = check_solve<4>(rng, 2000),
                 w6 = check_solve<6>(rng, 1000);
    BOOST_TEST_MESSAGE("solve: worst forward error / (cond eps): N=2 " << w2 << ", N=3 " << w3 << ", N=4 " << w4
                                                                       << ", N=6 " << w6 << " (bound 4N)");
}

namespace {
// Symmetric S = Q diag(lambda) Q^T with clustered eigenvalues (some equal,
// some 1e-10 apart) and Q a product of random rotations, or plain random.
// Jacobi's method is backward stable (Demmel and Veselic 1992): the computed
// pairs are exact for S + E with ||E||_F ~ sweeps * N eps ||S||_F. Bounds used:
// ||S V - V Lambda||_F <= 64 N eps ||S||_F and |V^T V - I| <= 64 N eps.
template <std::size_t N>
matrix<double, N, N> random_symmetric_clustered(std::mt19937_64& rng, bool clustered) {
    std::uniform_real_distribution<double> u(-1, 1);
    matrix<double, N, N> S;
    if (!clustered) {
        for (std::size_t i = 0; i < N; ++i)
            for (std::size_t j = i; j < N; ++j) S(i, j) = S(j, i) = u(rng);
        return S;
    }
    vector<double, N> lambda;
    for (std::size_t i = 0; i < N; ++i) lambda[i] = i % 2 ? lambda[i - 1] + (i % 4 == 1 ? 0.0 : 1e-10) : u(rng);
    matrix<double, N, N> Q = matrix<double, N, N>::identity();
    for (int r = 0; r < 3 * static_cast<int>(N); ++r) { // random Givens rotations
        std::uniform_int_distribution<std::size_t> index(0, N - 1);
        const std::size_t p = index(rng), q = (p + 1 + index(rng) % (N - 1)) % N;
        const double angle = 3.14159 * u(rng), c = std::cos(angle), s = std::sin(angle);
        for (std::size_t k = 0; k < N; ++k) {
            const double a = Q(k, p), b = Q(k, q);
            Q(k, p) = c * a - s * b;
            Q(k, q) = s * a + c * b;
        }
    }
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i; j < N; ++j) {
            double v = 0;
            for (std::size_t k = 0; k < N; ++k) v += Q(i, k) * lambda[k] * Q(j, k);
            S(i, j) = S(j, i) = v;
        }
    return S;
}

template <std::size_t N>
std::array<double, 2> check_eigen(std::mt19937_64& rng, int trials) {
    double worst_residual = 0, worst_orthogonality = 0;
    for (int t = 0; t < trials; ++t) {
        const auto S = random_symmetric_clustered<N>(rng, t % 2 == 1);
        const auto e = fluxion::eigensystem(S);
        BOOST_TEST((e.status == status::converged));
        const auto err = fluxion_test::eigen_errors(S, e.vectors, e.values);
        const double residual = static_cast<double>(err.residual / err.frobenius / eps);
        const double orth = static_cast<double>(err.orthogonality / eps);
        worst_residual = std::fmax(worst_residual, residual);
        worst_orthogonality = std::fmax(worst_orthogonality, orth);
        BOOST_TEST(residual <= 64.0 * N);
        BOOST_TEST(orth <= 64.0 * N);
    }
    return {worst_residual, worst_orthogonality};
}
} // namespace

BOOST_AUTO_TEST_CASE(eigensystem_reconstructs_and_is_orthogonal) {
    std::mt19937_64 rng(777);
    const auto w2 = check_eigen<2>(rng, 2000);
    const auto w3 = check_eigen<3>(rng, 2000);
    const auto w4 = check_eigen<4>(rng, 2000);
    const auto w6 = check_eigen<6>(rng, 1000);
    BOOST_TEST_MESSAGE("eigensystem: worst ||SV - V L|| / (eps ||S||): " << w2[0] << ", " << w3[0] << ", " << w4[0]
                                                                         << ", " << w6[0] << "; worst |V^T V - I| / eps: "
                                                                         << w2[1] << ", " << w3[1] << ", " << w4[1]
                                                                         << ", " << w6[1] << " (N = 2, 3, 4, 6; bound 64 N)");
}

namespace {
// A random composition of depth 1..4: v = g_d(... g_1(x)), each g a function
// of v (sin, cos, exp(v / 2), atan, tanh, log1p(v^2), v / (1 + v^2) + c), on
// x in [-1, 1]. Each g is bounded on bounded arguments (|v| <= 12 after any
// g, exp(v / 2) <= e^6 = 403 at most), so f and its derivatives stay moderate
// and finite differences are well conditioned: that is what makes a fixed tolerance
// valid here (the fuzz target fuzz/ad.cpp handles any composition, with
// estimated tolerances).
struct composition {
    int depth = 0;
    std::array<int, 4> g{};
    std::array<double, 4> c{};
    template <class S>
    S operator()(S v) const {
        for (int k = 0; k < depth; ++k) {
            switch (g[k]) {
            case 0: v = fluxion::sin(v); break;
            case 1: v = fluxion::cos(v); break;
            case 2: v = fluxion::exp(v / 2); break;
            case 3: v = fluxion::atan(v); break;
            case 4: v = fluxion::tanh(v); break;
            case 5: v = fluxion::log1p(v * v); break;
            default: v = v / (1 + v * v) + c[k]; break;
            }
        }
        return v;
    }
};
bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }
} // namespace

// dual and hyper-dual must agree exactly (the same rules, the same order of
// operations); f' and f'' against central differences with h = 2^-13 and
// Richardson extrapolation (4 D(h/2) - D(h)) / 3, whose truncation error is
// O(h^4) |f^(5)| (below 1e-12 here) and rounding error ~ 2 eps |f| / h:
// tolerance 1e-9 max(1, |f'|) + 16 eps max(1, |f|) / h for f', and
// 1e-7 max(1, |f''|) + 16 eps max(1, |f'|) / h for f'' (differences of f' from
// duals). Printed: the worst error as a fraction of its tolerance.
BOOST_AUTO_TEST_CASE(dual_hyper_dual_and_finite_differences_agree) {
    std::mt19937_64 rng(99);
    std::uniform_int_distribution<int> kind(0, 6), depth(1, 4);
    std::uniform_real_distribution<double> u(-1, 1);
    double worst1 = 0, worst2 = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        composition f;
        f.depth = depth(rng);
        for (int k = 0; k < 4; ++k) {
            f.g[k] = kind(rng);
            f.c[k] = u(rng);
        }
        const double x = u(rng);
        const auto d = f(fluxion::dual<double>{x, 1.0});
        const auto h = f(fluxion::hyper_dual<double>{x, 1.0, 1.0, 0.0});
        BOOST_TEST(same_bits(d.value, f(x)));
        BOOST_TEST(same_bits(h.value, f(x)));
        BOOST_TEST(same_bits(h.d1, d.d[0]));
        BOOST_TEST(same_bits(h.d2, d.d[0]));
        BOOST_TEST(same_bits(fluxion::derivative(f, x), d.d[0]));
        BOOST_TEST(same_bits(fluxion::second_derivative(f, x), h.d12));

        const auto richardson = [x](auto g) {
            const double step = 0x1p-13;
            const double big = (g(x + step) - g(x - step)) / (2 * step);
            const double small = (g(x + step / 2) - g(x - step / 2)) / step;
            return (4 * small - big) / 3;
        };
        const double fd1 = richardson([&](double t) { return f(t); });
        const double fd2 = richardson([&](double t) { return f(fluxion::dual<double>{t, 1.0}).d[0]; });
        // Rounding of the differences: 16 eps max(1, |g|) / h (g = f, or f' for f'').
        const double step = 0x1p-13;
        const double tol1 = 1e-9 * std::fmax(1.0, std::fabs(d.d[0])) + 16 * eps * std::fmax(1.0, std::fabs(d.value)) / step;
        const double tol2 = 1e-7 * std::fmax(1.0, std::fabs(h.d12)) + 16 * eps * std::fmax(1.0, std::fabs(d.d[0])) / step;
        const double e1 = std::fabs(d.d[0] - fd1) / tol1;
        const double e2 = std::fabs(h.d12 - fd2) / tol2;
        worst1 = std::fmax(worst1, e1);
        worst2 = std::fmax(worst2, e2);
        BOOST_TEST(e1 <= 1.0, "f' at x = " << x << ", depth " << f.depth << ": dual " << d.d[0] << ", differences " << fd1);
        BOOST_TEST(e2 <= 1.0, "f'' at x = " << x << ", depth " << f.depth << ": hyper-dual " << h.d12 << ", differences " << fd2);
    }
    BOOST_TEST_MESSAGE("compositions: worst difference from finite differences / tolerance: f' " << worst1 << ", f'' "
                                                                                               << worst2);
}

namespace {
// A sample of results computed in constant expressions (each constexpr
// variable is its own evaluation) and again at run time from laundered inputs.
constexpr auto g = [](auto t) { return fluxion::exp(t) - fluxion::log(t) + fluxion::sin(3 * t) * fluxion::atan(t); };
constexpr auto f2 = [](auto x, auto y) { return fluxion::exp(x * y / 4) + fluxion::cos(x - 2 * y) + x * x * y; };
constexpr std::array<double, 6> xs{0.125, 0.5, 0.75, 1.0, 1.5, 3.0};

struct sample {
    std::array<double, 6> d1{}, d2{}, d3{};
    std::array<vector<double, 2>, 6> grad{}, newton_step{};
    std::array<matrix<double, 2, 2>, 6> hess{};
};
constexpr sample compute(const std::array<double, 6>& at) {
    sample s;
    for (std::size_t i = 0; i < at.size(); ++i) {
        s.d1[i] = fluxion::derivative(g, at[i]);
        s.d2[i] = fluxion::second_derivative(g, at[i]);
        s.d3[i] = fluxion::derivative<3>(g, at[i]);
        const std::array<double, 2> p{at[i], 1.0 - at[i]};
        s.grad[i] = fluxion::gradient(f2, p);
        s.hess[i] = fluxion::hessian(f2, p);
        s.newton_step[i] = fluxion::solve(s.hess[i], s.grad[i]).x;
    }
    return s;
}
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_and_run_time_are_bit_identical) {
    constexpr sample at_compile_time = compute(xs);
    std::array<double, 6> laundered{};
    for (std::size_t i = 0; i < xs.size(); ++i) {
        volatile double v = xs[i];
        laundered[i] = v;
    }
    const sample at_run_time = compute(laundered);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        BOOST_TEST(same_bits(at_run_time.d1[i], at_compile_time.d1[i]));
        BOOST_TEST(same_bits(at_run_time.d2[i], at_compile_time.d2[i]));
        BOOST_TEST(same_bits(at_run_time.d3[i], at_compile_time.d3[i]));
        for (std::size_t j = 0; j < 2; ++j) {
            BOOST_TEST(same_bits(at_run_time.grad[i][j], at_compile_time.grad[i][j]));
            BOOST_TEST(same_bits(at_run_time.newton_step[i][j], at_compile_time.newton_step[i][j]));
            for (std::size_t k = 0; k < 2; ++k) BOOST_TEST(same_bits(at_run_time.hess[i](j, k), at_compile_time.hess[i](j, k)));
        }
    }
    // And the sample is not trivial: the values are what calculus says.
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double t = xs[i];
        const double exact = std::exp(t) - 1 / t + 3 * std::cos(3 * t) * std::atan(t) + std::sin(3 * t) / (1 + t * t);
        BOOST_TEST(std::fabs(at_run_time.d1[i] - exact) <= 1e-13 * std::fmax(1.0, std::fabs(exact)));
    }
}
