// Chapter 7 of the course (docs/course/07-descent-vs-newton.md): gradient
// descent versus Newton's method on the student report's function
// f = 85 - (1/90) x^2 (x - 6) y^2 (y - 6), from (1, 1) and (3.2, 3.2).
// `--csv DIR` writes the contour grid and the paths (docs/figures/descent_paths.gp).
#include <fluxion/fluxion.hpp>

#include "course_csv.hpp"

#include <array>
#include <cstdio>

namespace {
using point = std::array<double, 2>;

constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol; }

// [function]
constexpr auto f = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
constexpr auto grad_at_1 = fluxion::gradient(f, point{1.0, 1.0});
static_assert(near(grad_at_1[0], -0.5, 1e-15) && near(grad_at_1[1], -0.5, 1e-15)); // the report's (-0.5, -0.5)
constexpr auto H_at_4 = fluxion::hessian(f, point{4.0, 4.0});
static_assert(near(H_at_4(0, 0), 64.0 / 15, 1e-14) && H_at_4(0, 1) == 0 && near(H_at_4(1, 1), 64.0 / 15, 1e-14));
// [function]

// [descent]
// The report's rule: stop when every coordinate is math.isclose(new, old, rel_tol=1e-4).
constexpr auto descend(double start, double rate) {
    return fluxion::gradient_descent(f, point{start, start},
                                     {.max_iterations = 1000, .learning_rate = rate, .rel_tol = 1e-4});
}
constexpr auto slow_from_1 = descend(1.0, 0.01);
constexpr auto fast_from_1 = descend(1.0, 0.05);
constexpr auto slow_from_32 = descend(3.2, 0.01);
constexpr auto fast_from_32 = descend(3.2, 0.05);
static_assert(slow_from_1.status == fluxion::status::converged && fast_from_32.status == fluxion::status::converged);
// [descent]

// An independent count: the report's loop written out by hand, with the
// hand-derived gradient (-(1/90)(3x^2 - 12x) y^2 (y - 6), ...) and no fluxion.
// [by-hand]
constexpr std::size_t count_by_hand(double start, double rate) {
    double x = start, y = start;
    for (std::size_t k = 1; k <= 1000; ++k) {
        const double gx = -(1.0 / 90) * (3 * x * x - 12 * x) * y * y * (y - 6);
        const double gy = -(1.0 / 90) * x * x * (x - 6) * (3 * y * y - 12 * y);
        const double nx = x - rate * gx, ny = y - rate * gy;
        const auto isclose = [](double a, double b) {
            return fluxion::abs(a - b) <= 1e-4 * (fluxion::abs(a) > fluxion::abs(b) ? fluxion::abs(a) : fluxion::abs(b));
        };
        if (isclose(nx, x) && isclose(ny, y)) return k;
        x = nx;
        y = ny;
    }
    return 0;
}
static_assert(slow_from_1.iterations == count_by_hand(1.0, 0.01) && fast_from_1.iterations == count_by_hand(1.0, 0.05));
static_assert(slow_from_32.iterations == count_by_hand(3.2, 0.01) && fast_from_32.iterations == count_by_hand(3.2, 0.05));
// [by-hand]
// The counts that docs/figures/descent_paths.gp writes in its legend.
static_assert(slow_from_1.iterations == 250 && fast_from_1.iterations == 57);
static_assert(slow_from_32.iterations == 110 && fast_from_32.iterations == 28);

// [newton]
constexpr auto newton_from_32 = fluxion::newton_minimize(f, point{3.2, 3.2});
static_assert(newton_from_32.status == fluxion::status::converged && newton_from_32.x == point{4.0, 4.0});
static_assert(near(newton_from_32.trace[1][0], 4.693333, 5e-7) && near(newton_from_32.trace[2][0], 3.933574, 5e-7));
static_assert(near(newton_from_32.trace[3][0], 4.001253, 5e-7) && near(newton_from_32.trace[4][0], 4.0000004, 5e-8));

constexpr auto newton_from_1 = fluxion::newton_minimize(f, point{1.0, 1.0});
static_assert(newton_from_1.status == fluxion::status::max_iterations); // 100 updates, still creeping...
static_assert(fluxion::norm(fluxion::to_vector(newton_from_1.x)) < 1e-15); // ... into (0, 0)
static_assert(newton_from_1.trace.truncated); // the trace keeps x_0 ... x_63
// each step keeps 2/3 of the distance: linear, not quadratic, convergence
static_assert(near(newton_from_1.trace[41][0] / newton_from_1.trace[40][0], 2.0 / 3, 1e-6));
// At (1, 1) the Hessian [[-1/3, -0.9], [-0.9, -1/3]] is indefinite (eigenvalues
// -1/3 -+ 0.9): Newton jumps towards the saddle of its quadratic model, not to a minimum.
constexpr auto eig_at_1 = fluxion::eigenvalues(fluxion::hessian(f, point{1.0, 1.0})).values;
static_assert(near(eig_at_1[0], -1.0 / 3 - 0.9, 1e-15) && near(eig_at_1[1], -1.0 / 3 + 0.9, 1e-15));
// [newton]

// Both runs stay on the diagonal x = y (f is symmetric), to rounding.
template <class R>
constexpr bool on_diagonal(const R& r) {
    for (const auto& p : r.trace)
        if (fluxion::abs(p[0] - p[1]) > 1e-14 * fluxion::abs(p[0])) return false;
    return true;
}
static_assert(on_diagonal(newton_from_32) && on_diagonal(newton_from_1));

void write_path(const std::string& dir, const char* name, const auto& trace) {
    course::csv_file file(dir, name);
    for (const auto& p : trace)
        if (file) std::fprintf(file.file, "%.17g,%.17g\n", p[0], p[1]);
}

void write_csv(const std::string& dir) {
    {
        course::csv_file grid(dir, "report_grid.csv"); // x, y, f(x, y); a blank line between rows of x
        for (int i = 0; i <= 120; ++i) {
            for (int j = 0; j <= 120; ++j) {
                const double x = -0.25 + 6.0 * i / 120, y = -0.25 + 6.0 * j / 120;
                if (grid) std::fprintf(grid.file, "%.17g,%.17g,%.17g\n", x, y, f(x, y));
            }
            if (grid) std::fprintf(grid.file, "\n");
        }
    }
    const fluxion::solver_options report{.max_iterations = 1000, .learning_rate = 0.01, .rel_tol = 1e-4};
    auto fast = report;
    fast.learning_rate = 0.05;
    write_path(dir, "descent_1_001.csv", fluxion::gradient_descent<1024>(f, point{1.0, 1.0}, report).trace);
    write_path(dir, "descent_32_001.csv", fluxion::gradient_descent<1024>(f, point{3.2, 3.2}, report).trace);
    write_path(dir, "descent_1_005.csv", fluxion::gradient_descent<1024>(f, point{1.0, 1.0}, fast).trace);
    write_path(dir, "descent_32_005.csv", fluxion::gradient_descent<1024>(f, point{3.2, 3.2}, fast).trace);
    write_path(dir, "newton_32.csv", fluxion::newton_minimize(f, point{3.2, 3.2}).trace);
    write_path(dir, "newton_1.csv", fluxion::newton_minimize(f, point{1.0, 1.0}).trace);
}

void print_descent(const char* start, double rate, const fluxion::solver_result<point>& r) {
    std::printf("%-10s  %4.2f  %-9s  %5zu  (%.6f, %.6f)  %.1e\n", start, rate, fluxion::to_string(r.status).data(),
                r.iterations, r.x[0], r.x[1], fluxion::norm(fluxion::to_vector(r.x) - fluxion::vector{4.0, 4.0}));
}

} // namespace

int main(int argc, char** argv) {
    // [print]
    std::printf("f = 85 - (1/90) x^2 (x - 6) y^2 (y - 6): minimum at (4, 4)\n\n");
    std::printf("Gradient descent, stop when every coordinate is isclose(new, old, rel_tol=1e-4)\n");
    std::printf("%-10s  %4s  %-9s  %5s  %-20s  %s\n", "start", "rate", "status", "steps", "end point", "distance to (4, 4)");
    print_descent("(1, 1)", 0.01, descend(1.0, 0.01));
    print_descent("(1, 1)", 0.05, descend(1.0, 0.05));
    print_descent("(3.2, 3.2)", 0.01, descend(3.2, 0.01));
    print_descent("(3.2, 3.2)", 0.05, descend(3.2, 0.05));

    std::printf("\nNewton from (3.2, 3.2); y_k = x_k to 14 digits\n k  %-18s  %s\n", "x_k", "|x_k - 4|");
    const auto n32 = fluxion::newton_minimize(f, point{3.2, 3.2});
    for (std::size_t k = 0; k < n32.trace.size(); ++k)
        std::printf("%2zu  %.15f  %.1e\n", k, n32.trace[k][0], fluxion::abs(n32.trace[k][0] - 4));
    std::printf("%s after %zu updates\n", fluxion::to_string(n32.status).data(), n32.iterations);

    std::printf("\nNewton from (1, 1); y_k = x_k to 14 digits\n k  %-22s  %s\n", "x_k", "x_k / x_{k-1}");
    const auto n1 = fluxion::newton_minimize(f, point{1.0, 1.0});
    for (std::size_t k : {0, 1, 2, 3, 4, 5, 10, 20, 40, 63}) // the trace keeps x_0 ... x_63
        std::printf("%2zu  %-22.15e  %s\n", k, n1.trace[k][0],
                    k == 0 ? "" : std::to_string(n1.trace[k][0] / n1.trace[k - 1][0]).c_str());
    const auto h = fluxion::eigenvalues(fluxion::hessian(f, n1.x)).values;
    std::printf("x_%zu = (%.1e, %.1e): %s; Hessian eigenvalues there: %.1e, %.1e\n", n1.iterations, n1.x[0], n1.x[1],
                fluxion::to_string(n1.status).data(), h[0], h[1]);
    // [print]
    if (const auto dir = course::csv_dir(argc, argv); !dir.empty()) write_csv(dir);
    return 0;
}
