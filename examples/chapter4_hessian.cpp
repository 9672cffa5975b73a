// Chapter 4 of the course (docs/course/04-hessian.md): the Hessian matrix and
// the classification of a stationary point by the signs of its eigenvalues:
// all > 0 minimum, all < 0 maximum, mixed signs saddle, a zero eigenvalue
// inconclusive (degenerate).
#include <fluxion/fluxion.hpp>

#include <cstdio>

namespace {
using fluxion::vector;

constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol; }

// [hessian]
constexpr auto f_min = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
constexpr vector origin{0.0, 0.0};
constexpr auto grad = fluxion::gradient(f_min, origin); // (4x - y, 6y - x): zero, a stationary point
constexpr auto H = fluxion::hessian(f_min, origin);     // [[4, -1], [-1, 6]]
static_assert(grad[0] == 0 && grad[1] == 0);
static_assert(H(0, 0) == 4 && H(0, 1) == -1 && H(1, 0) == -1 && H(1, 1) == 6);
constexpr auto eig = fluxion::eigenvalues(H); // ascending: 5 - sqrt(2), 5 + sqrt(2)
static_assert(eig.status == fluxion::status::converged);
static_assert(eig.values[0] == 5 - fluxion::sqrt(2.0) && eig.values[1] == 5 + fluxion::sqrt(2.0)); // both > 0: a minimum
// [hessian]

// [classify]
enum class kind { minimum, maximum, saddle, inconclusive };
template <std::size_t N>
constexpr kind by_eigenvalues(const vector<double, N>& lambda) { // ascending, as eigenvalues() returns them
    if (lambda[0] > 0) return kind::minimum;
    if (lambda[N - 1] < 0) return kind::maximum;
    if (lambda[0] < 0 && lambda[N - 1] > 0) return kind::saddle;
    return kind::inconclusive; // an eigenvalue is 0 and none has the opposite sign
}
constexpr auto f_max = [](auto x, auto y) { return -2 * x * x - 3 * y * y - x * y + 15; };
constexpr auto f_saddle = [](auto x, auto y) { return 2 * x * x - 2 * y * y; };
constexpr auto f_report = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
constexpr auto eig_max = fluxion::eigenvalues(fluxion::hessian(f_max, origin)).values;
constexpr auto eig_saddle = fluxion::eigenvalues(fluxion::hessian(f_saddle, origin)).values;
constexpr auto eig_report_0 = fluxion::eigenvalues(fluxion::hessian(f_report, origin)).values;
constexpr auto eig_report_4 = fluxion::eigenvalues(fluxion::hessian(f_report, vector{4.0, 4.0})).values;
static_assert(by_eigenvalues(eig.values) == kind::minimum);
static_assert(by_eigenvalues(eig_max) == kind::maximum && eig_max[1] == -5 + fluxion::sqrt(2.0)); // -3.585786
static_assert(!near(eig_max[1], -3.49, 0.005));                                                  // the lecture's -3.49: an erratum
static_assert(by_eigenvalues(eig_saddle) == kind::saddle && eig_saddle[0] == -4 && eig_saddle[1] == 4);
static_assert(by_eigenvalues(eig_report_0) == kind::inconclusive && eig_report_0[0] == 0 && eig_report_0[1] == 0);
static_assert(by_eigenvalues(eig_report_4) == kind::minimum && near(eig_report_4[0], 64.0 / 15, 1e-14));
// [classify]

const char* name(kind k) {
    switch (k) {
    case kind::minimum: return "minimum";
    case kind::maximum: return "maximum";
    case kind::saddle: return "saddle";
    case kind::inconclusive: return "inconclusive";
    }
    return "";
}

template <class F>
void row(const char* label, const F& f, vector<double, 2> p) {
    const auto g = fluxion::gradient(f, p);
    const auto h = fluxion::hessian(f, p);
    const auto e = fluxion::eigenvalues(h).values;
    char point[40], gradient[40], hessian[80];
    std::snprintf(point, sizeof point, "(%g, %g)", p[0], p[1]);
    std::snprintf(gradient, sizeof gradient, "(%g, %g)", g[0] + 0.0, g[1] + 0.0); // + 0.0: no "-0"
    std::snprintf(hessian, sizeof hessian, "[[%g, %g], [%g, %g]]", h(0, 0) + 0.0, h(0, 1) + 0.0, h(1, 0) + 0.0,
                  h(1, 1) + 0.0);
    std::printf("%-24s  %-6s  %-6s  %-28s  %10.6f  %10.6f  %s\n", label, point, gradient, hessian, e[0] + 0.0,
                e[1] + 0.0, name(by_eigenvalues(e)));
}

} // namespace

int main() {
    // [print]
    std::printf("Stationary points classified by the eigenvalues of the Hessian\n\n");
    std::printf("%-24s  %-6s  %-6s  %-28s  %10s  %10s  %s\n", "f(x, y)", "point", "grad f", "H", "lambda_1", "lambda_2",
                "kind");
    row("2x^2 + 3y^2 - xy", f_min, origin);
    row("-2x^2 - 3y^2 - xy + 15", f_max, origin);
    row("2x^2 - 2y^2", f_saddle, origin);
    row("85 - x^2(x-6)y^2(y-6)/90", f_report, origin);
    row("85 - x^2(x-6)y^2(y-6)/90", f_report, vector{4.0, 4.0});
    // [print]
    return 0;
}
