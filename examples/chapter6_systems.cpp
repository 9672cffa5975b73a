// Chapter 6 of the course (docs/course/06-systems.md): the Jacobian, and
// Newton's method for a system F(x) = 0, written out with the library's
// pieces: solve J(x_k) d = -F(x_k), then x_{k+1} = x_k + d.
#include <fluxion/fluxion.hpp>

#include <cstdio>

namespace {
using fluxion::vector;

// [jacobian]
// F : R^2 -> R^2, two equations: the circle x^2 + y^2 = 4 and the hyperbola xy = 1.
constexpr auto F = [](auto x, auto y) { return vector{x * x + y * y - 4, x * y - 1}; };
constexpr auto J = fluxion::jacobian(F, vector{2.0, 0.5}); // J_jk = dF_j / dx_k = [[2x, 2y], [y, x]]
static_assert(J(0, 0) == 4 && J(0, 1) == 1 && J(1, 0) == 0.5 && J(1, 1) == 2);
// [jacobian]

// [hessian-is-jacobian]
// With F = grad f, the Jacobian of F is the Hessian of f.
constexpr auto f = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
constexpr auto grad_f = [](auto x, auto y) { return vector{4 * x - y, 6 * y - x}; };
constexpr vector p{0.3, -1.7};
static_assert(fluxion::jacobian(grad_f, p) == fluxion::hessian(f, p));
// [hessian-is-jacobian]

// [newton-system]
struct newton_system_result {
    vector<double, 2> x;
    int steps;
};
constexpr newton_system_result newton_system(vector<double, 2> x) {
    for (int k = 1; k <= 20; ++k) {
        const auto residual = F(x[0], x[1]);
        const auto d = fluxion::solve(fluxion::jacobian(F, x), -residual); // J d = -F, by LU
        if (d.status != fluxion::status::converged) return {x, -k};
        x += d.x;
        if (fluxion::norm(d.x) <= 1e-15 * fluxion::norm(x)) return {x, k};
    }
    return {x, 0};
}
constexpr auto solution = newton_system(vector{2.0, 0.5});
// the intersection in the first quadrant: (2 cos 15 degrees, 2 sin 15 degrees)
constexpr double pi = 3.141592653589793;
static_assert(fluxion::abs(solution.x[0] - 2 * fluxion::cos(pi / 12)) < 5e-16);
static_assert(fluxion::abs(solution.x[1] - 2 * fluxion::sin(pi / 12)) < 5e-16);
static_assert(solution.steps > 0 && solution.steps <= 6);
// [newton-system]

} // namespace

int main() {
    // [print]
    std::printf("Newton's method for x^2 + y^2 = 4, xy = 1 from (2, 0.5): solve J d = -F\n\n");
    std::printf(" k  %-20s  %-20s  %s\n", "x_k", "y_k", "|F(x_k)|");
    vector<double, 2> x{2.0, 0.5};
    for (int k = 0; k <= solution.steps; ++k) {
        std::printf("%2d  %.17f  %.17f  %.3e\n", k, x[0], x[1], fluxion::norm(F(x[0], x[1])));
        x += fluxion::solve(fluxion::jacobian(F, x), -F(x[0], x[1])).x;
    }
    std::printf("\n(2 cos 15 deg, 2 sin 15 deg) = (%.17f, %.17f)\n", 2 * fluxion::cos(pi / 12), 2 * fluxion::sin(pi / 12));
    // [print]
    return 0;
}
