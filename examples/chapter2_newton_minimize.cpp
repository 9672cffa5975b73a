// Chapter 2 of the course (docs/course/02-newton-minimize.md): Newton's method
// for the minimum of g(x) = e^x - log x from x0 = 0.05, the lecture's table of
// iterates, and the minimum 0.5671 proved. `--csv DIR` writes the data of the
// tangent-line figure (docs/figures/newton_tangents.gp).
#include <fluxion/fluxion.hpp>

#include "course_csv.hpp"

#include <array>
#include <cstdio>

namespace {

constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol; }

// [minimize]
constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
constexpr auto run = fluxion::newton_minimize(g, 0.05); // x <- x - g'(x) / g''(x)
constexpr double omega = 0.5671432904097838;            // W(1), from 40-digit arithmetic
static_assert(run.status == fluxion::status::converged && run.x == omega);
static_assert(near(run.x, 0.5671, 0.00005));                // the lecture's 0.5671, proved
static_assert(fluxion::second_derivative(g, run.x) > 0);     // g'' > 0: a minimum (chapter 3)
// [minimize]

// The lecture's table, x_1 ... x_7, as printed (6 significant digits).
// [lecture-table]
constexpr std::array<double, 7> lecture{0.0972476, 0.183177, 0.320520, 0.477298, 0.557850, 0.567060, 0.567143};
constexpr bool matches_lecture() {
    for (std::size_t k = 1; k <= lecture.size(); ++k) {
        const double x = run.trace[k];
        const double half_unit = x < 0.1 ? 5e-8 : 5e-7; // half a unit in the 6th significant digit
        if (!near(x, lecture[k - 1], half_unit)) return false;
    }
    return true;
}
static_assert(matches_lecture());
static_assert(!near(run.trace[4], 0.447, 0.01)); // erratum: one slide writes 0.447 for x_4
// [lecture-table]

// x_{k+1} is where the tangent of g' at x_k crosses zero: Newton for a minimum of
// g is Newton for a root of g'. Both solvers take the same steps.
constexpr auto g_prime = [](auto x) { return fluxion::exp(x) - 1 / x; };
constexpr auto as_root = fluxion::newton_root(g_prime, 0.05);
static_assert(as_root.x == run.x && as_root.trace[4] == run.trace[4]);

void write_csv(const std::string& dir) {
    course::csv_file curve(dir, "g_prime.csv"); // x, g'(x)
    for (int i = 0; i <= 400; ++i) {
        const double x = 0.03 + 0.72 * i / 400;
        if (curve) std::fprintf(curve.file, "%.17g,%.17g\n", x, fluxion::derivative(g, x));
    }
    course::csv_file tangents(dir, "newton_tangents.csv"); // x_k, g'(x_k), x_{k+1}
    for (std::size_t k = 0; k + 1 < run.trace.size(); ++k)
        if (tangents)
            std::fprintf(tangents.file, "%.17g,%.17g,%.17g\n", run.trace[k], fluxion::derivative(g, run.trace[k]),
                         run.trace[k + 1]);
}

} // namespace

int main(int argc, char** argv) {
    // [print]
    std::printf("Newton's method for the minimum of g(x) = e^x - log x from x0 = 0.05\n\n");
    std::printf(" k  %-18s  %-9s  %11s  %10s  %s\n", "x_k", "lecture", "g'(x_k)", "g''(x_k)", "|x_k - x*|");
    const auto r = fluxion::newton_minimize(g, 0.05);
    for (std::size_t k = 0; k < r.trace.size(); ++k) {
        const double x = r.trace[k];
        char listed[16] = "";
        if (k >= 1 && k <= lecture.size()) std::snprintf(listed, sizeof listed, "%#.6g", lecture[k - 1]);
        std::printf("%2zu  %.16f  %-9s  %11.4e  %10.4f  %.3e\n", k, x, listed, fluxion::derivative(g, x),
                    fluxion::second_derivative(g, x), fluxion::abs(x - omega));
    }
    std::printf("\nx* = %.16f = W(1), the omega constant (x e^x = 1): %s after %zu updates\n", r.x,
                fluxion::to_string(r.status).data(), r.iterations);
    std::printf("g(x*) = %.16f, g''(x*) = %.6f > 0: a minimum\n", g(r.x), fluxion::second_derivative(g, r.x));
    // [print]
    if (const auto dir = course::csv_dir(argc, argv); !dir.empty()) write_csv(dir);
    return r.x == run.x ? 0 : 1;
}
