// Newton's method for a system F(x) = 0 (worked examples, section 6): solve
// J(x_k) (x_{k+1} - x_k) = -F(x_k). With F = grad f the Jacobian is the
// Hessian of f, so newton_root on grad f retraces section 5's Newton
// iterates for f. Every number printed below is computed by the compiler
// first and checked there by a static_assert; the program prints the same
// computation done at run time.
#include <fluxion/fluxion.hpp>

#include <array>
#include <cstdio>

// Section 5's f and its gradient, written out: F(x, y) = grad f(x, y).
constexpr auto f = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr auto F = [](auto x, auto y) {
    return std::array{4 * x * x * x + 8 * x - y - 0.4 * x * y, 3.2 * y * y * y + 4 * y - x - 0.2 * x * x};
};
constexpr auto system_path = fluxion::newton_root(F, std::array{4.0, 4.0});     // x - J^-1 F
constexpr auto minimize_path = fluxion::newton_minimize(f, std::array{4.0, 4.0}); // x - H^-1 grad f
static_assert(system_path.status == fluxion::status::converged && system_path.iterations == 10);
static_assert(fluxion::abs(system_path.trace[1][0] - 2.58274) < 5e-6 && fluxion::abs(system_path.trace[1][1] - 2.62129) < 5e-6);
static_assert(fluxion::abs(system_path.trace[4][0] - 0.335194) < 5e-7 && fluxion::abs(system_path.trace[7][1] - 3.55365e-8) < 5e-14);
static_assert(system_path.x == std::array{0.0, 0.0} && minimize_path.x == std::array{0.0, 0.0});
constexpr auto J = fluxion::jacobian(F, std::array{4.0, 4.0}); // = the Hessian of f at (4, 4)
static_assert(fluxion::abs(J(0, 0) - 198.4) < 1e-12 && fluxion::abs(J(0, 1) + 2.6) < 1e-15 && fluxion::abs(J(1, 1) - 157.6) < 1e-12);

// A non-degenerate solution: the circle x^2 + y^2 = 4 meets the line x = y at (sqrt 2, sqrt 2).
constexpr auto circle_and_line = [](auto x, auto y) { return std::array{x * x + y * y - 4, x - y}; };
constexpr auto crossing = fluxion::newton_root(circle_and_line, std::array{1.0, 2.0});
constexpr auto order = fluxion::convergence_order(crossing, std::array{1.4142135623730951, 1.4142135623730951});
static_assert(crossing.status == fluxion::status::converged && fluxion::abs(order.order - 2) < 0.1);

int main() {
    const auto run = fluxion::newton_root(F, std::array{4.0, 4.0});
    const auto newton = fluxion::newton_minimize(f, std::array{4.0, 4.0});
    std::printf(" k  newton_root(grad f)                newton_minimize(f)\n");
    for (std::size_t k = 0; k < run.trace.size(); ++k)
        std::printf("%2zu  (%13.6g, %13.6g)   (%13.6g, %13.6g)\n", k, run.trace[k][0], run.trace[k][1],
                    newton.trace[k][0], newton.trace[k][1]);
    std::printf("status %s after %zu updates\n", fluxion::to_string(run.status).data(), run.iterations);
    const auto H = fluxion::jacobian(F, std::array{4.0, 4.0});
    std::printf("J = H at (4, 4): [[%g, %g], [%g, %g]]\n", H(0, 0), H(0, 1), H(1, 0), H(1, 1));
    const auto c = fluxion::newton_root(circle_and_line, std::array{1.0, 2.0});
    std::printf("circle and line: (%.17g, %.17g), observed order %.2f\n", c.x[0], c.x[1],
                fluxion::convergence_order(c, std::array{1.4142135623730951, 1.4142135623730951}).order);
    // the run-time computation is the compile-time one, bit for bit
    return run.x == system_path.x && run.trace[3] == system_path.trace[3] && c.x == crossing.x ? 0 : 1;
}
