// Compile-time suite: fluxion::vector / matrix and the linear algebra
// routines (LU, solve, determinant, inverse, Cholesky, Jacobi eigenvalues).
// Compiling this file is the test. Reference values are hand-computed exact
// results, closed forms (5 +- sqrt(2)) or independent formulas (Cramer's rule).
#include <fluxion/linalg.hpp>
#include <fluxion/math/sqrt.hpp>

#include <array>
#include <bit>
#include <cstdint>
#include <limits>

namespace {
using fluxion::matrix;
using fluxion::status;
using fluxion::vector;
using M2 = matrix<double, 2, 2>;
using V2 = vector<double, 2>;
constexpr double eps = std::numeric_limits<double>::epsilon();
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

constexpr double mag(double x) { return x < 0 ? -x : x; }
// Distance in units in the last place between two finite doubles of the same sign.
constexpr std::int64_t ulps(double a, double b) {
    const auto ia = std::bit_cast<std::int64_t>(a), ib = std::bit_cast<std::int64_t>(b);
    return ia > ib ? ia - ib : ib - ia;
}
template <class T, std::size_t R, std::size_t C>
constexpr T max_abs_difference(const matrix<T, R, C>& A, const matrix<T, R, C>& B) {
    T m = 0;
    for (std::size_t i = 0; i < R; ++i)
        for (std::size_t j = 0; j < C; ++j) {
            const T d = A(i, j) - B(i, j);
            if ((d < 0 ? -d : d) > m) m = d < 0 ? -d : d;
        }
    return m;
}

// ---- vector: construction, access, structural type --------------------------
constexpr vector<double, 2> v{1.0, 2.0};
constexpr vector<double, 2> v_braced{{1.0, 2.0}};
constexpr vector deduced{1.0, 2.0};
static_assert(std::is_same_v<decltype(deduced), const vector<double, 2>>);
static_assert(v == v_braced && v == deduced && v[0] == 1.0 && v[1] == 2.0);
static_assert(v.size() == 2 && V2::size() == 2);
static_assert(fluxion::to_vector(std::array{1.0, 2.0}) == v);
static_assert(v.to_array() == std::array{1.0, 2.0});
static_assert(vector<double, 3>::zero() == vector<double, 3>{} && vector<double, 3>{}[2] == 0.0);
static_assert(vector<double, 3>::unit(1) == vector<double, 3>{0, 1, 0});
static_assert(vector<double, 2>::filled(7) == vector<double, 2>{7, 7});
static_assert(v != vector<double, 2>{1.0, 3.0});

constexpr double sum_by_ranged_for(const vector<double, 3>& w) {
    double s = 0;
    for (double x : w) s += x;
    return s;
}
static_assert(sum_by_ranged_for({1, 2, 4}) == 7);

// a structural type: usable as a template argument
template <vector<double, 2> P>
struct at_point {
    static constexpr double first = P[0];
};
static_assert(at_point<vector<double, 2>{4, 4}>::first == 4);

// arithmetic
static_assert(v + V2{3, 4} == V2{4, 6} && V2{3, 4} - v == V2{2, 2} && -v == V2{-1, -2} && +v == v);
static_assert(2 * v == V2{2, 4} && v * 2 == V2{2, 4} && V2{2, 4} / 2 == v);
static_assert(fluxion::dot(v, V2{3, 4}) == 11);
constexpr V2 compound() {
    V2 w{1, 1};
    w += V2{1, 2};
    w -= V2{0, 1};
    w *= 3.0;
    w /= 2.0;
    return w;
}
static_assert(compound() == V2{3, 3});

// norm: exact on Pythagorean triples, no overflow or underflow of the squares
static_assert(fluxion::norm(V2{3, 4}) == 5 && fluxion::norm(V2{-3, -4}) == 5);
static_assert(fluxion::norm(vector<double, 3>{2, 3, 6}) == 7);
static_assert(fluxion::norm(V2{3 * 0x1p1000, 4 * 0x1p1000}) == 5 * 0x1p1000);   // squares would overflow
static_assert(fluxion::norm(V2{3 * 0x1p-1060, 4 * 0x1p-1060}) == 5 * 0x1p-1060); // squares would underflow
static_assert(fluxion::norm(V2{0x1p1023, 0x1p1023}) == 0x1p1023 * fluxion::sqrt(2.0));
static_assert(fluxion::norm(V2{0x1p-1074, 0}) == 0x1p-1074);
static_assert(fluxion::norm(V2{0, 0}) == 0);
static_assert(fluxion::norm(V2{1, 1}) == fluxion::sqrt(2.0));
static_assert(fluxion::norm(V2{1, -inf}) == inf);
static_assert(fluxion::isnan(fluxion::norm(V2{nan, 1})));
static_assert(fluxion::norm(vector<float, 2>{3, 4}) == 5.0f);
static_assert(fluxion::norm(vector<float, 2>{3e-44f, 4e-44f}) > 0);
static_assert(fluxion::norm(vector<long double, 2>{3, 4}) == 5.0L);

// ---- matrix ---------------------------------------------------------------------
constexpr M2 H{{{4, -1}, {-1, 6}}}; // section 4 of the worked examples: f = 2x^2 + 3y^2 - xy
constexpr matrix H_deduced{{{4.0, -1.0}, {-1.0, 6.0}}};
static_assert(std::is_same_v<decltype(H_deduced), const M2> && H == H_deduced);
static_assert(H(0, 1) == -1 && H(1, 1) == 6 && H.rows() == 2 && H.cols() == 2);
static_assert(H.row(1) == V2{-1, 6} && H.col(0) == V2{4, -1});
static_assert(M2::identity() == M2{{{1, 0}, {0, 1}}} && M2::zero() == M2{});
static_assert(M2::diagonal(V2{2, 3}) == M2{{{2, 0}, {0, 3}}});
constexpr matrix<double, 2, 3> A23{{{1, 2, 3}, {4, 5, 6}}};
static_assert(A23.rows() == 2 && A23.cols() == 3 && A23(1, 2) == 6);
static_assert(fluxion::transpose(A23) == matrix<double, 3, 2>{{{1, 4}, {2, 5}, {3, 6}}});
static_assert(A23 * vector<double, 3>{1, 1, 1} == V2{6, 15});
static_assert(A23 * fluxion::transpose(A23) == M2{{{14, 32}, {32, 77}}});
static_assert(H * M2::identity() == H && M2::identity() * H == H);
static_assert(H + H == 2 * H && H - H == M2::zero() && -H == H * -1.0 && (2 * H) / 2 == H && +H == H);
static_assert(fluxion::outer(V2{1, 2}, vector<double, 3>{1, 0, -1}) ==
              matrix<double, 2, 3>{{{1, 0, -1}, {2, 0, -2}}});
template <matrix<double, 2, 2> A>
struct with_matrix {
    static constexpr double corner = A(1, 1);
};
static_assert(with_matrix<H>::corner == 6);

// ---- LU with partial pivoting ------------------------------------------------------
constexpr auto H_lu = fluxion::lu(H);
static_assert(H_lu.status == status::converged && !H_lu.singular);
static_assert(H_lu.L == M2{{{1, 0}, {-0.25, 1}}} && H_lu.U == M2{{{4, -1}, {0, 5.75}}});
static_assert(H_lu.min_pivot == 4 && H_lu.tolerance == 2 * eps * 6 && H_lu.permutation_sign == 1);

// pivoting: the largest entry of each column is moved up
constexpr matrix<double, 3, 3> B3{{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}};
constexpr auto B3_lu = fluxion::lu(B3);
static_assert(B3_lu.permutation == std::array<std::size_t, 3>{2, 0, 1} && B3_lu.permutation_sign == 1);
static_assert(B3_lu.status == status::converged);
static_assert(max_abs_difference(B3_lu.L * B3_lu.U, B3_lu.P() * B3) <= 4 * eps * 10);
static_assert(fluxion::lu(M2{{{0, 1}, {1, 0}}}).permutation_sign == -1);

// singular matrices, with a scale-aware tolerance
static_assert(fluxion::lu(M2{{{1, 2}, {2, 4}}}).singular);
static_assert(fluxion::lu(M2{{{1, 2}, {2, 4}}}).status == status::singular);
constexpr auto S3 = fluxion::lu(matrix<double, 3, 3>{{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}});
static_assert(S3.singular && S3.min_pivot <= S3.tolerance && S3.status == status::singular);
static_assert(fluxion::lu(matrix<double, 3, 3>{}).singular);            // zero matrix
static_assert(!fluxion::lu(M2{{{1e-300, 0}, {0, 1e-300}}}).singular);   // tiny but well conditioned
// Near the largest double: eliminated as 2^-N A, so a U that fits is exact and
// one that does not is non_finite. Both used to stop compilation (an overflow
// inside the elimination, U(1, 1) = -1e308 - 1e308).
constexpr auto near_max = fluxion::lu(M2{{{1.5e308, 1e308}, {1e308, 1e308}}});
static_assert(near_max.status == status::converged && near_max.U(0, 0) == 1.5e308);
static_assert(near_max.U(1, 1) == 1e308 - near_max.L(1, 0) * 1e308 && near_max.min_pivot == near_max.U(1, 1));
static_assert(fluxion::solve(M2{{{1.5e308, 1e308}, {1e308, 1e308}}}, V2{1.25e308, 1e308}).status == status::converged);
static_assert(fluxion::lu(M2{{{1e308, 1e308}, {1e308, -1e308}}}).status == status::non_finite); // U(1, 1) = -2e308
static_assert(fluxion::lu(M2{{{1, 0}, {0, 1e-17}}}).singular);          // below 2 eps * 1
static_assert(fluxion::lu(M2{{{nan, 0}, {0, 1}}}).status == status::non_finite);
static_assert(fluxion::lu(M2{{{inf, 0}, {0, 1}}}).status == status::non_finite);

// ---- solve ---------------------------------------------------------------------------
constexpr auto r_exact = fluxion::solve(M2{{{2, 1}, {1, 3}}}, V2{4, 7});
static_assert(r_exact.status == status::converged && r_exact.x == V2{1, 2});
static_assert(fluxion::solve(fluxion::lu(M2{{{2, 1}, {1, 3}}}), V2{4, 7}).x == V2{1, 2});
static_assert(fluxion::solve(M2{{{0, 1}, {1, 0}}}, V2{5, 7}).x == V2{7, 5}); // needs the row swap

// Section 5 of the worked examples: the first Newton step from (4, 4) of
// f = x^4 + 0.8 y^4 + 4x^2 + 2y^2 - xy - 0.2 x^2 y: x1 = (4, 4) - H^-1 grad.
constexpr M2 H5{{{198.4, -2.6}, {-2.6, 157.6}}};
constexpr V2 grad5{277.6, 213.6};
constexpr auto step = fluxion::solve(H5, grad5);
constexpr V2 x1 = V2{4, 4} - step.x;
static_assert(step.status == status::converged);
static_assert(mag(x1[0] - 2.58274) < 5e-6 && mag(x1[1] - 2.62129) < 5e-6); // the printed digits
// against Cramer's rule, an independent formula (each within a few ulp)
constexpr double det5 = 198.4 * 157.6 - 2.6 * 2.6;
static_assert(ulps(step.x[0], (157.6 * 277.6 + 2.6 * 213.6) / det5) <= 4);
static_assert(ulps(step.x[1], (198.4 * 213.6 + 2.6 * 277.6) / det5) <= 4);

// a singular system is reported, never answered with inf or NaN
constexpr auto r_singular = fluxion::solve(M2{{{1, 2}, {2, 4}}}, V2{1, 1});
static_assert(r_singular.status == status::singular && r_singular.x == V2{0, 0});
static_assert(fluxion::solve(H, V2{nan, 1}).status == status::non_finite);
static_assert(fluxion::solve(M2{{{1, inf}, {0, 1}}}, V2{1, 1}).status == status::non_finite);

// ---- determinant ---------------------------------------------------------------------
static_assert(fluxion::determinant(H) == 23);
static_assert(fluxion::determinant(M2{{{1, 2}, {3, 4}}}) == -2);
static_assert(fluxion::determinant(B3) == -3);
static_assert(fluxion::determinant(matrix<double, 1, 1>{{{-5}}}) == -5);
static_assert(fluxion::determinant(matrix<double, 3, 3>{{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}) == 0);
constexpr matrix<double, 4, 4> P4{{{0, 2, 1, 0}, {3, 0, 0, 0}, {0, 0, 0, 4}, {0, 0, 5, 0}}}; // via LU
static_assert(fluxion::determinant(P4) == 120);
static_assert(fluxion::determinant(matrix<double, 4, 4>::identity() * 2.0) == 16);
static_assert(fluxion::determinant(matrix<double, 4, 4>{{{1, 2, 3, 4}, {2, 4, 6, 8}, {0, 1, 0, 1}, {1, 0, 1, 0}}}) == 0);
static_assert(fluxion::isnan(fluxion::determinant(M2{{{nan, 0}, {0, 1}}})));
static_assert(fluxion::determinant(M2{{{1.5f, 0}, {0, 2}}}) == 3);
static_assert(fluxion::determinant(matrix<float, 2, 2>{{{4, -1}, {-1, 6}}}) == 23.0f);
// Range: products of entries that overflow (2^1060 here) while det A does not.
// Rows are scaled by powers of two first (exact), so this is exact, and compiles:
// a d - b c on the raw entries overflows, which no constant expression allows.
// A determinant beyond the range is +-inf, as a value (-3e450 here; it was inf - inf = NaN).
static_assert(fluxion::determinant(M2{{{0x1p530, 0x1p530}, {0x1p530, 0x1p530 + 0x1p478}}}) == 0x1p1008);
static_assert(fluxion::determinant(B3 * 1e150) == -inf);
static_assert(fluxion::determinant(matrix<double, 3, 3>{
                  {{0x1p400, 0x1p400, 0}, {0x1p400, 0x1p400 + 0x1p348, 0}, {0, 0, 0x1p-700}}}) == 0x1p48);
static_assert(fluxion::determinant(M2{{{0x1p600, 0}, {0, 0x1p-600}}}) == 1);
static_assert(fluxion::determinant(matrix<double, 4, 4>::identity() * 1e100) == inf);
// ... and below it, rounded once into the subnormals: 2^-1072, then 2^-1200 -> 0.
static_assert(fluxion::determinant(matrix<double, 4, 4>::identity() * 0x1p-268) == 0x1p-1072);
static_assert(fluxion::determinant(matrix<double, 4, 4>::identity() * 0x1p-300) == 0);
static_assert(fluxion::determinant(matrix<float, 3, 3>::identity() * 0x1p-49f) == 0x1p-147f);
static_assert(fluxion::determinant(matrix<float, 3, 3>{{{0x1p-50f, 0, 0}, {0, 0x1p-50f, 0}, {0, 0, 0x1.8p-50f}}}) ==
              0x1p-149f); // 0.75 of float's denorm_min, rounded once (up)

// ---- inverse -------------------------------------------------------------------------
constexpr auto D_inv = fluxion::inverse(M2{{{2, 0}, {0, 4}}});
static_assert(D_inv.status == status::converged && D_inv.x == M2{{{0.5, 0}, {0, 0.25}}});
constexpr auto H_inv = fluxion::inverse(H); // H^-1 = [[6, 1], [1, 4]] / 23
static_assert(H_inv.status == status::converged);
static_assert(max_abs_difference(H * H_inv.x, M2::identity()) <= 2 * eps);
static_assert(ulps(H_inv.x(0, 0), 6.0 / 23) <= 2 && ulps(H_inv.x(1, 1), 4.0 / 23) <= 2);
constexpr auto B3_inv = fluxion::inverse(B3);
static_assert(max_abs_difference(B3 * B3_inv.x, matrix<double, 3, 3>::identity()) <= 32 * eps);
static_assert(fluxion::inverse(M2{{{1, 2}, {2, 4}}}).status == status::singular);
static_assert(fluxion::inverse(M2{{{1, 2}, {2, 4}}}).x == M2::zero());
static_assert(fluxion::inverse(M2{{{nan, 2}, {2, 4}}}).status == status::non_finite);

// ---- Cholesky and positive definiteness ---------------------------------------------
constexpr auto C2 = fluxion::cholesky(M2{{{4, 2}, {2, 3}}});
static_assert(C2.status == status::converged && C2.L == M2{{{2, 0}, {1, fluxion::sqrt(2.0)}}});
constexpr auto H_chol = fluxion::cholesky(H);
static_assert(max_abs_difference(H_chol.L * fluxion::transpose(H_chol.L), H) <= 4 * eps * 6);
static_assert(fluxion::is_positive_definite(H));                               // the minimum
static_assert(!fluxion::is_positive_definite(M2{{{-4, -1}, {-1, -6}}}));       // the maximum
static_assert(!fluxion::is_positive_definite(M2{{{4, 0}, {0, -4}}}));          // the saddle
static_assert(fluxion::cholesky(M2{{{4, 0}, {0, -4}}}).status == status::not_positive_definite);
static_assert(!fluxion::is_positive_definite(M2{{{1, 1}, {1, 1}}}));           // semi-definite
static_assert(!fluxion::is_positive_definite(M2{}));                           // zero
static_assert(fluxion::is_positive_definite(M2{{{1e-300, 0}, {0, 1e-300}}}));  // scale-aware
static_assert(fluxion::cholesky(M2{{{4, 1}, {0, 6}}}).status == status::not_symmetric);
static_assert(fluxion::cholesky(M2{{{4, nan}, {nan, 6}}}).status == status::non_finite);
static_assert(fluxion::is_symmetric(H) && !fluxion::is_symmetric(A23));
static_assert(fluxion::is_symmetric(M2{{{1, 1 + eps}, {1, 1}}}));               // rounding level
static_assert(!fluxion::is_symmetric(M2{{{1, 1 + 1e-12}, {1, 1}}}));

// ---- eigenvalues: the worked examples, section 4 ---------------------------------------
// The Jacobi method gives 5 -+ sqrt(2), -5 -+ sqrt(2) and -4, 4 EXACTLY (the
// double nearest to each closed form computed with fluxion::sqrt, correctly
// rounded): one rotation, t = -1 / (1 + sqrt(2)), and 4 + t, 6 - t round to them.
constexpr double sqrt2 = fluxion::sqrt(2.0);
constexpr auto e_min = fluxion::eigenvalues(H);
static_assert(e_min.status == status::converged && e_min.sweeps == 1);
static_assert(e_min.values[0] == 5 - sqrt2 && e_min.values[1] == 5 + sqrt2);
static_assert(mag(e_min.values[0] - 3.585786) < 5e-7 && mag(e_min.values[1] - 6.414214) < 5e-7);
constexpr auto e_max = fluxion::eigenvalues(M2{{{-4, -1}, {-1, -6}}});
static_assert(e_max.status == status::converged);
static_assert(e_max.values[0] == -5 - sqrt2 && e_max.values[1] == -5 + sqrt2);
static_assert(mag(e_max.values[1] - -3.585786) < 5e-7); // not the lecture's -3.49 (erratum)
constexpr auto e_saddle = fluxion::eigenvalues(M2{{{4, 0}, {0, -4}}});
static_assert(e_saddle.status == status::converged && e_saddle.sweeps == 0);
static_assert(e_saddle.values == V2{-4, 4});
// section 7: H = diag(64/15, 64/15) at (4, 4)
static_assert(fluxion::eigenvalues(M2{{{64.0 / 15, 0}, {0, 64.0 / 15}}}).values == V2{64.0 / 15, 64.0 / 15});

// eigenvectors: H v = lambda v, V orthogonal
constexpr auto H_sys = fluxion::eigensystem(H);
static_assert(H_sys.values == e_min.values);
constexpr bool eigenpairs_hold(const fluxion::eigensystem_result<double, 2>& s, const M2& A) {
    for (std::size_t k = 0; k < 2; ++k) {
        const V2 r = A * s.vectors.col(k) - s.values[k] * s.vectors.col(k);
        if (fluxion::norm(r) > 8 * eps * 7) return false;
    }
    return max_abs_difference(fluxion::transpose(s.vectors) * s.vectors, M2::identity()) <= 4 * eps;
}
static_assert(eigenpairs_hold(H_sys, H));
// the eigenvector of 5 - sqrt(2) is proportional to (1 + sqrt(2), 1), largest component positive
static_assert(H_sys.vectors(0, 0) > 0 && ulps(H_sys.vectors(0, 0) / H_sys.vectors(1, 0), 1 + sqrt2) <= 4);

// the 3 x 3 second-difference matrix: eigenvalues 2 - sqrt(2), 2, 2 + sqrt(2)
constexpr matrix<double, 3, 3> T3{{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}};
constexpr auto e_T3 = fluxion::eigenvalues(T3);
static_assert(e_T3.status == status::converged);
static_assert(ulps(e_T3.values[0], 2 - sqrt2) <= 4 && mag(e_T3.values[1] - 2) <= 2 * eps &&
              ulps(e_T3.values[2], 2 + sqrt2) <= 4);

// 6 x 6 (the largest size the issue asks for, in one constant expression each):
// the second-difference matrix has trace 12 and determinant N + 1 = 7, and its
// eigenvalues 2 - 2 cos(k pi / 7) lie strictly between 0 and 4.
constexpr auto second_difference_6 = [] {
    matrix<double, 6, 6> A;
    for (std::size_t i = 0; i < 6; ++i) {
        A(i, i) = 2;
        if (i + 1 < 6) A(i, i + 1) = A(i + 1, i) = -1;
    }
    return A;
}();
constexpr auto e6 = fluxion::eigensystem(second_difference_6);
static_assert(e6.status == status::converged && e6.sweeps <= 10);
static_assert(e6.values[0] > 0 && e6.values[5] < 4 && e6.values[0] < e6.values[1]);
constexpr double trace6 = [] {
    double s = 0;
    for (double x : e6.values) s += x;
    return s;
}();
static_assert(mag(trace6 - 12) <= 16 * eps * 12);
static_assert(mag(fluxion::determinant(second_difference_6) - 7) <= 64 * eps * 7);
constexpr double product6 = [] {
    double p = 1;
    for (double x : e6.values) p *= x;
    return p;
}();
static_assert(mag(product6 - 7) <= 256 * eps * 7);
static_assert(max_abs_difference(second_difference_6 * e6.vectors,
                                 e6.vectors * matrix<double, 6, 6>::diagonal(e6.values)) <= 32 * eps * 4);
constexpr auto x6 = fluxion::solve(second_difference_6, vector<double, 6>{1, 0, 0, 0, 0, 1});
static_assert(x6.status == status::converged); // the solution is (1, 1, 1, 1, 1, 1)
static_assert(mag(x6.x[0] - 1) <= 16 * eps && mag(x6.x[3] - 1) <= 16 * eps);
static_assert(fluxion::is_positive_definite(second_difference_6));
static_assert(fluxion::inverse(second_difference_6).status == status::converged);

// bad input to eigenvalues
static_assert(fluxion::eigenvalues(M2{{{1, 2}, {3, 4}}}).status == status::not_symmetric);
static_assert(fluxion::eigenvalues(M2{{{1, inf}, {inf, 4}}}).status == status::non_finite);
static_assert(fluxion::eigenvalues(M2{}).values == V2{0, 0});
static_assert(fluxion::eigenvalues(H, 0).status == status::max_iterations); // no sweep allowed
// scaling keeps huge and tiny matrices in range (the squares would overflow / underflow)
static_assert(fluxion::eigenvalues(M2{{{4e300, -1e300}, {-1e300, 6e300}}}).status == status::converged);
static_assert(fluxion::eigenvalues(M2{{{4e-300, -1e-300}, {-1e-300, 6e-300}}}).values[0] > 3.5e-300);

// float and long double
constexpr auto e_float = fluxion::eigenvalues(matrix<float, 2, 2>{{{4, -1}, {-1, 6}}});
static_assert(e_float.status == status::converged && mag(e_float.values[1] - 6.414214f) < 1e-6f);
constexpr auto e_long = fluxion::eigenvalues(matrix<long double, 2, 2>{{{4, -1}, {-1, 6}}});
static_assert(e_long.status == status::converged && mag(static_cast<double>(e_long.values[0] - 3.5857864376269049512L)) < 1e-15);
static_assert(fluxion::solve(matrix<float, 2, 2>{{{2, 1}, {1, 3}}}, vector<float, 2>{4, 7}).x ==
              vector<float, 2>{1, 2});

// status names
static_assert(fluxion::to_string(status::singular) == "singular");
static_assert(fluxion::to_string(status::not_positive_definite) == "not_positive_definite");
} // namespace

int main() {}
