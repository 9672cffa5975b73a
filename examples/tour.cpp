// fluxion's main demo: the lecture's worked examples, computed by the compiler
// and checked by static_assert, then computed again at run time and printed.
//
// Until the derivative API lands, g' and g'' are written by hand; everything
// else (exp, log, sqrt, abs) is fluxion's constexpr math.
#include <fluxion/fluxion.hpp>

#include <array>
#include <cstdio>

namespace {

// ---- 1. Newton's method for a root: f(x) = x^2 - 9, x <- x - f(x) / f'(x) ----
template <int Steps>
constexpr std::array<double, Steps + 1> newton_root_of_x2_minus_9(double x) {
    std::array<double, Steps + 1> xs{x};
    for (int k = 1; k <= Steps; ++k) {
        x -= (x * x - 9) / (2 * x);
        xs[k] = x;
    }
    return xs;
}
constexpr auto root_from_1 = newton_root_of_x2_minus_9<6>(1.0);
constexpr auto root_from_minus_1 = newton_root_of_x2_minus_9<6>(-1.0);
static_assert(root_from_1.back() == 3.0 && root_from_minus_1.back() == -3.0);

// ---- 2. Newton's method for a minimum: g(x) = e^x - log x, x <- x - g'(x) / g''(x) ----
constexpr double g(double x) { return fluxion::exp(x) - fluxion::log(x); }
constexpr double g1(double x) { return fluxion::exp(x) - 1 / x; }        // g'
constexpr double g2(double x) { return fluxion::exp(x) + 1 / (x * x); }  // g''

template <int Steps>
constexpr std::array<double, Steps + 1> newton_minimum_of_g(double x) {
    std::array<double, Steps + 1> xs{x};
    for (int k = 1; k <= Steps; ++k) {
        x -= g1(x) / g2(x);
        xs[k] = x;
    }
    return xs;
}
constexpr auto iterates = newton_minimum_of_g<8>(0.05);
constexpr double omega = 0.5671432904097838; // W(1), from 40-digit arithmetic

// The lecture's table, to the digits it prints (x4 = 0.477298: one slide says 0.447).
constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol; }
static_assert(near(iterates[1], 0.0972476, 5e-8) && near(iterates[2], 0.183177, 5e-7));
static_assert(near(iterates[3], 0.320520, 5e-7) && near(iterates[4], 0.477298, 5e-7));
static_assert(near(iterates[5], 0.557850, 5e-7) && near(iterates[6], 0.567060, 5e-7));
static_assert(near(iterates[7], 0.567143, 5e-7) && near(iterates[8], omega, 1e-16));
static_assert(!near(iterates[4], 0.447, 0.01)); // the erratum, proved
static_assert(g2(iterates[8]) > 0);              // concave up: x* is a minimum

void print_root_table(const char* title, const std::array<double, 7>& xs, double root) {
    std::printf("%s\n   k  %-22s  |x_k - x*|\n", title, "x_k");
    for (std::size_t k = 0; k < xs.size(); ++k)
        std::printf("  %2zu  %-22.17g  %.3e\n", k, xs[k], fluxion::abs(xs[k] - root));
}

} // namespace

int main() {
    std::printf("fluxion tour: the lecture's examples, proved at compile time and run again here\n\n");

    std::printf("1. Newton's method for a root of f(x) = x^2 - 9 (the error squares each step)\n");
    print_root_table("   from x0 = 1:", newton_root_of_x2_minus_9<6>(1.0), 3.0);
    print_root_table("   from x0 = -1:", newton_root_of_x2_minus_9<6>(-1.0), -3.0);

    std::printf("\n2. Newton's method for the minimum of g(x) = e^x - log x, from x0 = 0.05\n");
    std::printf("   k  %-20s  %-12s  %-12s\n", "x_k", "g'(x_k)", "g(x_k)");
    const auto xs = newton_minimum_of_g<8>(0.05);
    for (std::size_t k = 0; k < xs.size(); ++k)
        std::printf("  %2zu  %-20.16f  %-12.4e  %.10f\n", k, xs[k], g1(xs[k]), g(xs[k]));
    std::printf("   x* = %.16f (the omega constant W(1)); g''(x*) = %.6f > 0: a minimum\n", xs.back(),
                g2(xs.back()));

    // The same computation at run time gives the same bits as the compiler's.
    bool identical = xs == iterates && newton_root_of_x2_minus_9<6>(1.0) == root_from_1;
    std::printf("\nrun time and compile time agree bit for bit: %s\n", identical ? "yes" : "NO");
    return identical ? 0 : 1;
}
