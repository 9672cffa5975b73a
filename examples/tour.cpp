// fluxion's main demo: the lecture's worked examples, computed by the compiler
// and checked by static_assert, then computed again at run time and printed.
// A two-minute walk through the course (docs/course/): each section names its
// chapter, where the mathematics and a longer example program are.
// Derivatives come from dual and hyper-dual numbers (exact, no step size);
// the math functions, the linear algebra and the solvers are all constexpr.
#include <fluxion/fluxion.hpp>

#include <array>
#include <cstdio>

namespace {
using fluxion::vector;

constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol; }

// ---- 1. Newton's method for a root: f(x) = x^2 - 9, x <- x - f(x) / f'(x) ----
constexpr auto f1 = [](auto x) { return x * x - 9; };
constexpr auto root_from_1 = fluxion::newton_root(f1, 1.0);
constexpr auto root_from_minus_1 = fluxion::newton_root(f1, -1.0);
static_assert(root_from_1.status == fluxion::status::converged && root_from_1.x == 3.0);
static_assert(root_from_minus_1.status == fluxion::status::converged && root_from_minus_1.x == -3.0);

// ---- 2. Newton's method for a minimum: g(x) = e^x - log x, x <- x - g'(x) / g''(x) ----
constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
constexpr auto minimum = fluxion::newton_minimize(g, 0.05);
constexpr auto& iterates = minimum.trace;
constexpr double omega = 0.5671432904097838; // W(1), from 40-digit arithmetic
static_assert(minimum.status == fluxion::status::converged && minimum.x == omega);

// The lecture's table, to the digits it prints (x4 = 0.477298: one slide says 0.447).
static_assert(near(iterates[1], 0.0972476, 5e-8) && near(iterates[2], 0.183177, 5e-7));
static_assert(near(iterates[3], 0.320520, 5e-7) && near(iterates[4], 0.477298, 5e-7));
static_assert(near(iterates[5], 0.557850, 5e-7) && near(iterates[6], 0.567060, 5e-7));
static_assert(near(iterates[7], 0.567143, 5e-7) && near(iterates[8], omega, 1e-16));
static_assert(!near(iterates[4], 0.447, 0.01)); // the erratum, proved

// ---- 3. Curvature: g''(x*) > 0, concave up, so x* is a minimum ----
static_assert(fluxion::second_derivative(g, minimum.x) > 0);

// ---- 4. The Hessian's eigenvalues classify a stationary point ----
constexpr auto f_min = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
constexpr auto f_max = [](auto x, auto y) { return -2 * x * x - 3 * y * y - x * y + 15; };
constexpr auto f_saddle = [](auto x, auto y) { return 2 * x * x - 2 * y * y; };
constexpr vector origin{0.0, 0.0};
constexpr auto eig_min = fluxion::eigenvalues(fluxion::hessian(f_min, origin)).values;
constexpr auto eig_max = fluxion::eigenvalues(fluxion::hessian(f_max, origin)).values;
constexpr auto eig_saddle = fluxion::eigenvalues(fluxion::hessian(f_saddle, origin)).values;
static_assert(eig_min[0] == 5 - fluxion::sqrt(2.0) && eig_min[1] == 5 + fluxion::sqrt(2.0)); // both > 0
static_assert(eig_max[0] == -5 - fluxion::sqrt(2.0) && eig_max[1] == -5 + fluxion::sqrt(2.0)); // both < 0
static_assert(!near(eig_max[1], -3.49, 0.01)); // erratum: the lecture prints -3.49
static_assert(eig_saddle[0] == -4 && eig_saddle[1] == 4);                      // mixed signs

const char* kind(const vector<double, 2>& eig) {
    if (eig[0] > 0) return "minimum";
    if (eig[1] < 0) return "maximum";
    if (eig[0] < 0 && eig[1] > 0) return "saddle";
    return "inconclusive (a zero eigenvalue)";
}

// ---- 5. Newton in two variables: x <- x - H^-1 grad f (solve, never invert) ----
constexpr auto f5 = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr auto newton_2d = fluxion::newton_minimize(f5, vector{4.0, 4.0});
constexpr auto& path = newton_2d.trace;
static_assert(newton_2d.status == fluxion::status::converged && newton_2d.x == vector{0.0, 0.0});
static_assert(near(path[1][0], 2.58274, 5e-6) && near(path[1][1], 2.62129, 5e-6));
static_assert(near(path[3][0], 0.870589, 5e-7) && near(path[3][1], 1.00182, 5e-6));
static_assert(near(path[6][0], 1.94664e-4, 5e-10) && near(path[6][1], 3.01029e-3, 5e-9));
static_assert(near(path[7][0], -2.48536e-8, 5e-14) && near(path[7][1], 3.55365e-8, 5e-14));
static_assert(fluxion::abs(path[8][0]) < 1e-16 && fluxion::abs(path[8][1]) < 1e-16); // (0, 0) in 8 steps, to 1e-16

// ---- 6. Newton for a system F(x) = 0: solve J d = -F (the Jacobian by duals) ----
constexpr auto F6 = [](auto x, auto y) { return vector{x * x + y * y - 4, x * y - 1}; };
constexpr vector<double, 2> newton_system(vector<double, 2> p) {
    for (int k = 0; k < 6; ++k) p += fluxion::solve(fluxion::jacobian(F6, p), -F6(p[0], p[1])).x;
    return p;
}
constexpr auto crossing = newton_system(vector{2.0, 0.5}); // circle x^2 + y^2 = 4 meets xy = 1
constexpr double pi = 3.141592653589793;
static_assert(near(crossing[0], 2 * fluxion::cos(pi / 12), 5e-16) && near(crossing[1], 2 * fluxion::sin(pi / 12), 5e-16));

// ---- 7. Gradient descent versus Newton on the report's function ----
constexpr auto f7 = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
constexpr auto descent = fluxion::gradient_descent(f7, std::array{1.0, 1.0},
                                                   {.max_iterations = 1000, .learning_rate = 0.05, .rel_tol = 1e-4});
constexpr auto newton_32 = fluxion::newton_minimize(f7, std::array{3.2, 3.2});
constexpr auto newton_1 = fluxion::newton_minimize(f7, std::array{1.0, 1.0});
static_assert(descent.status == fluxion::status::converged && near(descent.x[0], 4, 0.002));   // close to (4, 4)...
static_assert(newton_32.status == fluxion::status::converged && newton_32.x == std::array{4.0, 4.0}); // exactly
static_assert(newton_1.status == fluxion::status::max_iterations && fluxion::abs(newton_1.x[0]) < 1e-15); // to (0, 0)
static_assert(fluxion::hessian(f7, origin) == fluxion::matrix<double, 2, 2>{}); // H(0, 0) = 0: inconclusive

// ---- 9. Why dual numbers: no step size, no truncation error ----
constexpr double central_difference(double x, double h) { return (g(x + h) - g(x - h)) / (2 * h); }
constexpr double exact_g1 = -0.3512787292998718531513492121858364283; // g'(0.5) = sqrt(e) - 2, 40 digits
static_assert(fluxion::abs(fluxion::derivative(g, 0.5) - exact_g1) < 1e-16);  // dual number: to rounding
static_assert(fluxion::abs(central_difference(0.5, 1e-6) - exact_g1) > 1e-11); // a good step: 10 digits

} // namespace

int main() {
    std::printf("fluxion tour: the lecture's examples, proved at compile time and run again here\n\n");

    std::printf("1. Newton's method for a root of f(x) = x^2 - 9: the error squares each step\n");
    for (double x0 : {1.0, -1.0}) {
        const auto r = fluxion::newton_root(f1, x0);
        std::printf("   from x0 = %g: %s after %zu updates\n    k  %-22s  |x_k - x*|\n", x0,
                    fluxion::to_string(r.status).data(), r.iterations, "x_k");
        for (std::size_t k = 0; k < r.trace.size(); ++k)
            std::printf("   %2zu  %-22.17g  %.3e\n", k, r.trace[k], fluxion::abs(r.trace[k] - r.x));
    }

    std::printf("\n2. Newton's method for the minimum of g(x) = e^x - log x, from x0 = 0.05\n");
    std::printf("    k  %-20s  %-12s  %s\n", "x_k", "g'(x_k)", "g''(x_k)");
    const auto m = fluxion::newton_minimize(g, 0.05);
    for (std::size_t k = 0; k < m.trace.size(); ++k)
        std::printf("   %2zu  %-20.16f  %-12.4e  %.6f\n", k, m.trace[k], fluxion::derivative(g, m.trace[k]),
                    fluxion::second_derivative(g, m.trace[k]));
    std::printf("   x* = %.16f, the omega constant W(1): %s after %zu updates\n", m.x,
                fluxion::to_string(m.status).data(), m.iterations);
    std::printf("\n3. Curvature: g''(x*) = %.6f > 0, concave up: x* is a minimum\n",
                fluxion::second_derivative(g, m.x));

    std::printf("\n4. Hessian eigenvalues at (0, 0)\n");
    const struct { const char* name; vector<double, 2> eig; } cases[] = {
        {"2x^2 + 3y^2 - xy       ", fluxion::eigenvalues(fluxion::hessian(f_min, origin)).values},
        {"-2x^2 - 3y^2 - xy + 15 ", fluxion::eigenvalues(fluxion::hessian(f_max, origin)).values},
        {"2x^2 - 2y^2            ", fluxion::eigenvalues(fluxion::hessian(f_saddle, origin)).values},
    };
    for (const auto& c : cases) std::printf("   %s %10.6f %10.6f  %s\n", c.name, c.eig[0], c.eig[1], kind(c.eig));

    std::printf("\n5. Newton in two variables, f = x^4 + 0.8y^4 + 4x^2 + 2y^2 - xy - 0.2x^2 y, from (4, 4)\n");
    const auto p = fluxion::newton_minimize(f5, vector{4.0, 4.0});
    for (std::size_t k = 0; k < p.trace.size(); ++k)
        std::printf("   %2zu  (%-13.6g, %-13.6g)\n", k, p.trace[k][0], p.trace[k][1]);
    std::printf("   %s after %zu updates\n", fluxion::to_string(p.status).data(), p.iterations);

    std::printf("\n6. Newton for the system x^2 + y^2 = 4, xy = 1 from (2, 0.5), J d = -F: (%.16f, %.16f)\n",
                newton_system(vector{2.0, 0.5})[0], newton_system(vector{2.0, 0.5})[1]);
    std::printf("   = (2 cos 15 deg, 2 sin 15 deg) to rounding\n");

    std::printf("\n7. f = 85 - x^2 (x - 6) y^2 (y - 6) / 90, minimum at (4, 4)\n");
    const auto d7 = fluxion::gradient_descent(f7, std::array{1.0, 1.0},
                                              {.max_iterations = 1000, .learning_rate = 0.05, .rel_tol = 1e-4});
    const auto n32 = fluxion::newton_minimize(f7, std::array{3.2, 3.2});
    const auto n1 = fluxion::newton_minimize(f7, std::array{1.0, 1.0});
    std::printf("   gradient descent, rate 0.05, from (1, 1): %s after %zu updates at (%.6f, %.6f)\n",
                fluxion::to_string(d7.status).data(), d7.iterations, d7.x[0], d7.x[1]);
    std::printf("   Newton from (3.2, 3.2):                   %s after %zu updates at (%g, %g)\n",
                fluxion::to_string(n32.status).data(), n32.iterations, n32.x[0], n32.x[1]);
    std::printf("   Newton from (1, 1):                       %s after %zu updates at (%.1e, %.1e):\n",
                fluxion::to_string(n1.status).data(), n1.iterations, n1.x[0], n1.x[1]);
    std::printf("   the degenerate stationary point (0, 0), where the Hessian is zero: inconclusive, not a minimum\n");

    std::printf("\n9. g'(0.5) for g = e^x - log x: dual number %.16f, central difference (h = 1e-6) %.16f\n",
                fluxion::derivative(g, 0.5), central_difference(0.5, 1e-6));

    std::printf("\n10. Errata, proved: x_4 = %.6f (a slide says 0.447); the maximum's eigenvalue is %.6f (printed: -3.49);\n"
                "    a zero eigenvalue means inconclusive (the report says saddle). See docs/course/10-errata.md\n",
                m.trace[4], cases[1].eig[1]);

    // The same computations at run time give the same bits as the compiler's.
    const bool identical = m.trace.size() == iterates.size() && p.trace.size() == path.size() &&
                           fluxion::newton_root(f1, 1.0).x == root_from_1.x && m.x == minimum.x && p.x == newton_2d.x &&
                           [&] {
                               for (std::size_t k = 0; k < m.trace.size(); ++k)
                                   if (m.trace[k] != iterates[k]) return false;
                               for (std::size_t k = 0; k < p.trace.size(); ++k)
                                   if (!(p.trace[k] == path[k])) return false;
                               return true;
                           }();
    std::printf("\nrun time and compile time agree bit for bit: %s\n", identical ? "yes" : "NO");
    std::printf("\nEach section is a chapter of the course: docs/course/, contents in docs/README.md\n");
    return identical ? 0 : 1;
}
