// Chapter 5 of the course (docs/course/05-newton-2d.md): Newton's method in two
// variables, x <- x - H^-1 grad f, from (4, 4) to the minimum (0, 0) in 8 steps.
#include <fluxion/fluxion.hpp>

#include <array>
#include <cstdio>

namespace {
using fluxion::vector;

constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol * (1 + fluxion::abs(b)); }

// [first-step]
constexpr auto f = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr vector start{4.0, 4.0};
constexpr auto grad = fluxion::gradient(f, start); // (4x^3 + 8x - y - 0.4xy, 3.2y^3 + 4y - x - 0.2x^2)
constexpr auto H = fluxion::hessian(f, start);     // [[12x^2 + 8 - 0.4y, -1 - 0.4x], [-1 - 0.4x, 9.6y^2 + 4]]
static_assert(near(grad[0], 277.6, 1e-15) && near(grad[1], 213.6, 1e-15));
static_assert(near(H(0, 0), 198.4, 1e-15) && near(H(0, 1), -2.6, 1e-15) && near(H(1, 1), 157.6, 1e-15));
constexpr auto step = fluxion::solve(H, grad); // H^-1 grad f, by LU: never form the inverse
static_assert(near(start[0] - step.x[0], 2.58274, 2e-6) && near(start[1] - step.x[1], 2.62129, 2e-6)); // x_1
// [first-step]

// [newton-2d]
constexpr auto run = fluxion::newton_minimize(f, start); // the same update, repeated
static_assert(run.status == fluxion::status::converged && run.x == vector{0.0, 0.0});
// the lecture's iterates x_1 ... x_7, to the 6 digits it lists
constexpr std::array<std::array<double, 2>, 7> lecture{{{2.58274, 2.62129},
                                                        {1.59226, 1.67482},
                                                        {0.870589, 1.00182},
                                                        {0.335194, 0.493976},
                                                        {0.0412359, 0.125459},
                                                        {1.94664e-4, 3.01029e-3},
                                                        {-2.48536e-8, 3.55365e-8}}};
constexpr bool matches_lecture() {
    for (std::size_t k = 1; k <= lecture.size(); ++k)
        for (std::size_t i = 0; i < 2; ++i)
            if (fluxion::abs(run.trace[k][i] - lecture[k - 1][i]) > 5e-6 * fluxion::abs(lecture[k - 1][i]))
                return false; // within half a unit in the 6th significant digit
    return true;
}
static_assert(matches_lecture());
static_assert(fluxion::abs(run.trace[8][0] - 4.2e-17) < 1e-18 && fluxion::abs(run.trace[8][1] + 2.0e-17) < 1e-18);
static_assert(fluxion::norm(run.trace[8]) < 1e-16); // x_8: (0, 0) to 1e-16, in 8 steps
// [newton-2d]

// Stopping on the gradient instead of the step ends the run at x_8.
constexpr auto by_gradient =
    fluxion::newton_minimize(f, start, {.grad_tol = 1e-12, .stop = fluxion::stop_rule::gradient_norm});
static_assert(by_gradient.status == fluxion::status::converged && by_gradient.iterations == 8);

} // namespace

int main() {
    // [print]
    std::printf("Newton's method for f = x^4 + 0.8y^4 + 4x^2 + 2y^2 - xy - 0.2x^2 y from (4, 4)\n\n");
    std::printf(" k  %-14s %-14s  %-11s  %s\n", "x_k", "y_k", "|grad f|", "lecture");
    const auto r = fluxion::newton_minimize(f, start);
    for (std::size_t k = 0; k < r.trace.size(); ++k) {
        const auto p = r.trace[k];
        std::printf("%2zu  %-14.6g %-14.6g  %-11.3e", k, p[0] + 0.0, p[1] + 0.0, fluxion::norm(fluxion::gradient(f, p)));
        if (k >= 1 && k <= lecture.size()) std::printf("  (%g, %g)", lecture[k - 1][0], lecture[k - 1][1]);
        if (k == 8) std::printf("  about (4.2e-17, -2.0e-17)");
        std::printf("\n");
    }
    std::printf("\n%s after %zu updates: the minimum (0, 0)\n", fluxion::to_string(r.status).data(), r.iterations);
    // [print]
    return r.x == run.x ? 0 : 1;
}
