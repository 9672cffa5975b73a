// Wrong values at run time: the status every linear-algebra routine reports
// for NaN, infinities, huge and tiny magnitudes, and singular and nearly
// singular matrices. One test per kind of input, each calling lu, solve,
// inverse, determinant, cholesky, eigenvalues and eigensystem. Inputs go
// through `volatile` so the compiler cannot fold them. The rule checked
// everywhere: a result is either converged and finite, or reported by its
// status (values zeroed where the header says so) -- never a silent inf/NaN.
#define BOOST_TEST_MODULE linalg_status
#include <boost/test/unit_test.hpp>

#include <fluxion/linalg.hpp>

#include <cmath>
#include <limits>

namespace {
using fluxion::status;
using mat = fluxion::matrix<double, 3, 3>;
using vec = fluxion::vector<double, 3>;

double launder(double x) {
    volatile double v = x;
    return v;
}
// A well-conditioned symmetric positive definite matrix times s.
mat spd(double s) {
    const double t = launder(s);
    return mat{{{4 * t, t, 0}, {t, 3 * t, t}, {0, t, 2 * t}}};
}
bool all_finite(const vec& v) { return std::isfinite(v[0]) && std::isfinite(v[1]) && std::isfinite(v[2]); }
bool all_zero(const vec& v) { return v[0] == 0 && v[1] == 0 && v[2] == 0; }
bool all_zero(const mat& A) {
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            if (A(i, j) != 0) return false;
    return true;
}
const vec ones{1, 1, 1};
} // namespace

BOOST_AUTO_TEST_CASE(nan_entry_is_non_finite_everywhere) {
    mat A = spd(1);
    A(1, 2) = A(2, 1) = launder(std::numeric_limits<double>::quiet_NaN());
    BOOST_TEST((fluxion::lu(A).status == status::non_finite));
    const auto s = fluxion::solve(A, ones);
    BOOST_TEST((s.status == status::non_finite));
    BOOST_TEST(all_zero(s.x));
    const auto inv = fluxion::inverse(A);
    BOOST_TEST((inv.status == status::non_finite));
    BOOST_TEST(all_zero(inv.x));
    BOOST_TEST(std::isnan(fluxion::determinant(A)));
    BOOST_TEST((fluxion::cholesky(A).status == status::non_finite));
    BOOST_TEST((fluxion::eigenvalues(A).status == status::non_finite));
    BOOST_TEST((fluxion::eigensystem(A).status == status::non_finite));
}

BOOST_AUTO_TEST_CASE(infinite_entry_is_non_finite_everywhere) {
    for (double inf : {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()}) {
        mat A = spd(1);
        A(0, 0) = launder(inf);
        BOOST_TEST((fluxion::lu(A).status == status::non_finite));
        BOOST_TEST((fluxion::solve(A, ones).status == status::non_finite));
        BOOST_TEST((fluxion::inverse(A).status == status::non_finite));
        BOOST_TEST(std::isnan(fluxion::determinant(A)));
        BOOST_TEST((fluxion::cholesky(A).status == status::non_finite));
        BOOST_TEST((fluxion::eigenvalues(A).status == status::non_finite));
        BOOST_TEST((fluxion::eigensystem(A).status == status::non_finite));
    }
}

// Regression (found by fuzz/linalg.cpp): a NaN in b beside a singular A was
// reported as singular; the input's NaN is the first thing wrong.
BOOST_AUTO_TEST_CASE(nan_right_hand_side_is_non_finite_even_for_singular_a) {
    const mat singular{{{1, 2, 3}, {2, 4, 6}, {launder(1), 0, 1}}};
    const vec b{launder(std::numeric_limits<double>::quiet_NaN()), 1, 1};
    BOOST_TEST((fluxion::solve(singular, b).status == status::non_finite));
    BOOST_TEST((fluxion::solve(spd(1), b).status == status::non_finite));
    BOOST_TEST((fluxion::solve(singular, ones).status == status::singular));
}

// Tiny and huge magnitudes: scaling a matrix by 2^k changes nothing but the
// scale (every tolerance is relative), so the status is converged and the
// results scale exactly, down to subnormal entries and up to 2^1000.
BOOST_AUTO_TEST_CASE(tiny_and_huge_magnitudes_are_fine) {
    const auto reference = fluxion::solve(spd(1), ones);
    const auto reference_eigen = fluxion::eigenvalues(spd(1));
    for (int k : {-1060, -1000, -500, -100, 100, 500, 1000}) {
        const double s = std::ldexp(1.0, k);
        const mat A = spd(s);
        const auto r = fluxion::solve(A, ones * s);
        BOOST_TEST((r.status == status::converged), "solve at 2^" << k);
        if (k > -1000) // subnormal entries (2^-1060) lose bits: only the status is exact
            for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(r.x[i] == reference.x[i], "solve at 2^" << k);
        BOOST_TEST((fluxion::cholesky(A).status == status::converged), "cholesky at 2^" << k);
        const auto e = fluxion::eigenvalues(A);
        BOOST_TEST((e.status == status::converged), "eigenvalues at 2^" << k);
        if (k > -1000)
            for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(e.values[i] == reference_eigen.values[i] * s, "eigenvalues at 2^" << k);
        // A^-1 has entries ~2^-k: beyond DBL_MAX for k < -1024, and reported.
        BOOST_TEST((fluxion::inverse(A).status == (k < -1024 ? status::non_finite : status::converged)), "inverse at 2^" << k);
        // det(2^k A) = 2^(3k) det A, exactly, rounded once (ldexp) where it leaves the range:
        // det(spd(1)) = 18, so +inf from 3k + 5 > 1023 and 0 below 2^-1075.
        const double det_reference = std::ldexp(fluxion::determinant(spd(1)), 3 * k);
        BOOST_TEST(fluxion::determinant(A) == det_reference, "determinant at 2^" << k);
        if (k > -300 && k < 300) BOOST_TEST(std::isfinite(fluxion::determinant(A)), "determinant at 2^" << k);
    }
}

// determinant(2^k A) == ldexp(determinant(A), N k) for random A and k: the
// rows are scaled by powers of two before any product is formed, so no
// intermediate overflows or underflows, and the result is rounded once.
BOOST_AUTO_TEST_CASE(determinant_scales_exactly_over_the_whole_range) {
    unsigned state = 12345;
    const auto uniform = [&state] { // a small LCG: enough to vary the entries
        state = state * 1103515245u + 12345u;
        return static_cast<double>(state >> 8) / 16777216.0 * 2 - 1;
    };
    int checked = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        mat A;
        fluxion::matrix<double, 5, 5> A5;
        for (std::size_t i = 0; i < 5; ++i)
            for (std::size_t j = 0; j < 5; ++j) {
                A5(i, j) = uniform();
                if (i < 3 && j < 3) A(i, j) = A5(i, j);
            }
        const int k = trial % 681 - 340; // 3k and 5k reach past both ends of the range
        const double s = std::ldexp(1.0, k);
        const double d3 = fluxion::determinant(A), d5 = fluxion::determinant(A5);
        BOOST_TEST(fluxion::determinant(A * launder(s)) == std::ldexp(d3, 3 * k), "3 x 3 at 2^" << k);
        // For 5 x 5 (LU): exact while no scaled entry is subnormal.
        if (k > -200) BOOST_TEST(fluxion::determinant(A5 * launder(s)) == std::ldexp(d5, 5 * k), "5 x 5 at 2^" << k);
        ++checked;
    }
    BOOST_TEST(checked == 2000);
}

// Near the largest double: what does not fit is reported, never returned as inf.
BOOST_AUTO_TEST_CASE(results_beyond_the_largest_double_are_non_finite) {
    const double big = launder(1.5e308);
    // eigenvalues 0 and 3e308 > DBL_MAX. Regression (found by fuzz/linalg.cpp):
    // this was "converged" with an infinite eigenvalue.
    const fluxion::matrix<double, 2, 2> B{{{big, big}, {big, big}}};
    const auto e = fluxion::eigenvalues(B);
    BOOST_TEST((e.status == status::non_finite));
    BOOST_TEST(std::isfinite(e.values[0]));
    BOOST_TEST(std::isfinite(e.values[1]));
    BOOST_TEST((fluxion::eigensystem(B).status == status::non_finite));
    // An inverse of a tiny matrix overflows: 1 / 1e-310.
    const mat T = spd(launder(1e-310));
    const auto inv = fluxion::inverse(T);
    BOOST_TEST((inv.status == status::non_finite || inv.status == status::converged));
    if (inv.status == status::converged)
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = 0; j < 3; ++j) BOOST_TEST(std::isfinite(inv.x(i, j)));
    // solve(A, b) with x = b / 1e-300 beyond DBL_MAX.
    const auto r = fluxion::solve(spd(1e-300), vec{1e300, 1e300, 1e300});
    BOOST_TEST((r.status == status::non_finite));
    BOOST_TEST(all_zero(r.x));
    // LU near the largest double: a U that fits is computed (on 2^-N A), one
    // that does not is non_finite, and solve reports it.
    const fluxion::matrix<double, 2, 2> near_max{{{launder(1.5e308), 1e308}, {1e308, 1e308}}};
    const auto f = fluxion::lu(near_max);
    BOOST_TEST((f.status == status::converged));
    BOOST_TEST(f.U(1, 1) == 1e308 - f.L(1, 0) * 1e308);
    const fluxion::matrix<double, 2, 2> too_big{{{launder(1e308), 1e308}, {1e308, -1e308}}};
    const auto g = fluxion::lu(too_big);
    BOOST_TEST((g.status == status::non_finite && g.singular));
    BOOST_TEST((g.U == fluxion::matrix<double, 2, 2>{} && g.L == fluxion::matrix<double, 2, 2>::identity()));
    BOOST_TEST((fluxion::solve(too_big, fluxion::vector<double, 2>{1, 1}).status == status::non_finite));
    // The determinant is a number, not a verdict (determinant.hpp): beyond
    // DBL_MAX it is +inf, as a value (it was inf - inf = NaN before the rows
    // were scaled: 3 x 3 cofactors of entries near 1e150).
    BOOST_TEST(fluxion::determinant(spd(1e150)) == std::numeric_limits<double>::infinity());
    BOOST_TEST(fluxion::determinant(spd(1e150) * -1.0) == -std::numeric_limits<double>::infinity());
}

BOOST_AUTO_TEST_CASE(singular_and_nearly_singular) {
    // Exactly singular (rank 2): LU-based routines say singular; cholesky says
    // not positive definite; eigenvalues still converge (a zero eigenvalue).
    const mat S{{{launder(1), 2, 3}, {2, 4, 6}, {3, 6, 10}}}; // symmetric, rank 2... det = 0
    BOOST_TEST((fluxion::lu(S).status == status::singular));
    BOOST_TEST((fluxion::solve(S, ones).status == status::singular));
    BOOST_TEST(all_zero(fluxion::solve(S, ones).x));
    BOOST_TEST((fluxion::inverse(S).status == status::singular));
    BOOST_TEST(all_zero(fluxion::inverse(S).x));
    BOOST_TEST(fluxion::determinant(S) == 0.0);
    BOOST_TEST((fluxion::cholesky(S).status == status::not_positive_definite));
    const auto e = fluxion::eigensystem(S);
    BOOST_TEST((e.status == status::converged));
    BOOST_TEST(std::fabs(e.values[0]) <= 16 * std::numeric_limits<double>::epsilon() * 12);
    // The zero matrix.
    const mat Z{};
    BOOST_TEST((fluxion::solve(Z, ones).status == status::singular));
    BOOST_TEST((fluxion::cholesky(Z).status == status::not_positive_definite));
    BOOST_TEST((fluxion::eigenvalues(Z).status == status::converged));
    // Nearly singular: I with a pivot of 1e-20 (below N eps max|A| = 6.7e-16):
    // singular to working precision; with 1e-12 (above): converged, and the
    // solution is right (x_2 = 1e12).
    for (double pivot : {1e-20, 1e-12}) {
        mat A = mat::identity();
        A(2, 2) = launder(pivot);
        const auto r = fluxion::solve(A, ones);
        if (pivot < 1e-15) {
            BOOST_TEST((r.status == status::singular));
            BOOST_TEST((fluxion::lu(A).singular));
        } else {
            BOOST_TEST((r.status == status::converged));
            BOOST_TEST(r.x[2] == 1 / pivot);
        }
        BOOST_TEST((fluxion::cholesky(A).status == (pivot < 1e-15 ? status::not_positive_definite : status::converged)));
        BOOST_TEST((fluxion::eigenvalues(A).status == status::converged));
    }
    // Not symmetric: cholesky and eigenvalues refuse; LU does not care.
    mat N = spd(1);
    N(0, 2) = launder(1);
    BOOST_TEST((fluxion::cholesky(N).status == status::not_symmetric));
    BOOST_TEST((fluxion::eigenvalues(N).status == status::not_symmetric));
    BOOST_TEST((fluxion::solve(N, ones).status == status::converged));
    BOOST_TEST(all_finite(fluxion::solve(N, ones).x));
}
