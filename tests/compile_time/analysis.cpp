// Compile-time tests of classify (include/fluxion/analysis/classify.hpp)
// beyond the worked examples (those are in worked_examples.cpp): the
// second-derivative test's cases in 3-D, the scale-aware zero tolerance, and
// bad input. Eigenvalues are checked against the analytic ones.
#include <fluxion/analysis.hpp>
#include <fluxion/fluxion.hpp>

#include <array>
#include <limits>

namespace {
using fluxion::status;
using fluxion::vector;
using kind = fluxion::stationary_kind;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::array origin3{0.0, 0.0, 0.0};

// 3-D: eigenvalues -2, 0, 2. Indefinite, so a saddle even with a zero eigenvalue.
constexpr auto flat_saddle = [](auto x, auto y, auto z) { return x * x - y * y + 0 * z; };
constexpr auto s3 = fluxion::classify(flat_saddle, origin3);
static_assert(s3.kind == kind::saddle && s3.eigenvalues == vector{-2.0, 0.0, 2.0} && s3.status == status::converged);
// x^2 + y^4 + z^2: eigenvalues 0, 2, 2. Semi-definite: inconclusive (it is a minimum:
// only the fourth-order term knows).
constexpr auto quartic_valley = [](auto x, auto y, auto z) { return x * x + y * y * y * y + z * z; };
static_assert(fluxion::classify(quartic_valley, origin3).kind == kind::inconclusive);
// -(x^2 + y^2 + z^2) + xy: a maximum; eigenvalues -3, -2, -1 (of [[-2, 1, 0], [1, -2, 0], [0, 0, -2]])
constexpr auto dome = [](auto x, auto y, auto z) { return -(x * x + y * y + z * z) + x * y; };
constexpr auto d3 = fluxion::classify(dome, origin3);
static_assert(d3.kind == kind::maximum && fluxion::abs(d3.eigenvalues[0] + 3) < 1e-15);
static_assert(fluxion::abs(d3.eigenvalues[1] + 2) < 1e-15 && fluxion::abs(d3.eigenvalues[2] + 1) < 1e-15);
// A point may be passed as a fluxion::vector, and f may take the point.
constexpr auto on_point = [](const auto& p) { return p[0] * p[0] + 3 * p[1] * p[1]; };
static_assert(fluxion::classify(on_point, vector{0.0, 0.0}).kind == kind::minimum);

// ---- The zero tolerance: eigenvalue_tol * max(curvature_scale, max |lambda|) ----
// Relative above curvature_scale: eigenvalues 2 and 2e10 are both clearly positive.
constexpr auto stretched = [](auto x, auto y) { return 1e10 * x * x + y * y; };
constexpr auto st = fluxion::classify(stretched, std::array{0.0, 0.0});
static_assert(st.kind == kind::minimum && st.zero_tolerance == 1e-12 * 2e10);
// Absolute below it: curvature 2e-13 is "zero" at the default scale 1 ...
constexpr auto faint = [](auto x, auto y) { return 1e-13 * (x * x + y * y); };
static_assert(fluxion::classify(faint, std::array{0.0, 0.0}).kind == kind::inconclusive);
// ... and a minimum once the caller says curvature of 1e-6 is meaningful.
static_assert(fluxion::classify(faint, std::array{0.0, 0.0}, {.curvature_scale = 1e-6}).kind == kind::minimum);
// The gradient test is absolute: ||grad f|| <= gradient_tol (default 1e-8).
constexpr auto bowl = [](auto x, auto y) { return x * x + y * y; };
static_assert(fluxion::classify(bowl, std::array{1e-9, 0.0}).kind == kind::minimum);      // ||grad|| = 2e-9
static_assert(fluxion::classify(bowl, std::array{1e-8, 0.0}).kind == kind::not_stationary); // ||grad|| = 2e-8
static_assert(fluxion::classify(bowl, std::array{1e-8, 0.0}, {.gradient_tol = 1e-7}).kind == kind::minimum);

// ---- 1-D ----
constexpr auto cosine = [](auto x) { return fluxion::cos(x); };
static_assert(fluxion::classify(cosine, 0.0).kind == kind::maximum);
static_assert(fluxion::classify(cosine, 0.0).second_derivative == -1.0);
static_assert(fluxion::classify(cosine, 1.0).kind == kind::not_stationary);
static_assert(fluxion::classify(cosine, 1.0).concavity == fluxion::concavity::down);
static_assert(fluxion::abs(fluxion::classify(cosine, 1.0).derivative + fluxion::sin(1.0)) < 1e-16);
static_assert(fluxion::to_string(fluxion::concavity::up) == "concave up");
static_assert(fluxion::to_string(kind::inconclusive) == "inconclusive");

// ---- Bad input: never a kind without status converged ----
constexpr auto at_nan = fluxion::classify(bowl, std::array{nan, 0.0});
static_assert(at_nan.status == status::non_finite && at_nan.kind == kind::inconclusive);
static_assert(fluxion::classify(cosine, nan).status == status::non_finite);
static_assert(fluxion::classify(cosine, nan).kind == kind::inconclusive);
} // namespace

int main() {}
