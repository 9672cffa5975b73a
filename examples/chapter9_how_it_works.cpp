// Chapter 9 of the course (docs/course/09-how-it-works.md): how fluxion
// differentiates (dual and hyper-dual numbers), why that beats finite
// differences, and what constexpr evaluation can and cannot do.
// `--csv DIR` writes the error-versus-step-size data (docs/figures/finite_differences.gp).
#include <fluxion/fluxion.hpp>

#include "course_csv.hpp"

#include <cstdio>

namespace {
using fluxion::dual;
using fluxion::hyper_dual;

// [dual]
// a + b eps with eps^2 = 0: (a + b eps)(c + d eps) = ac + (ad + bc) eps, the product rule.
constexpr dual<double> x{0.5, 1.0}; // the value 0.5, and dx/dx = 1
constexpr auto y = fluxion::exp(x) - fluxion::log(x); // g(x) = e^x - log x on a dual
static_assert(y.value == fluxion::exp(0.5) - fluxion::log(0.5)); // g(0.5)
static_assert(y.d[0] == fluxion::exp(0.5) - 1 / 0.5);             // g'(0.5) = e^x - 1/x, exactly
// [dual]

// [hyper-dual]
// eps1^2 = eps2^2 = 0 but eps1 eps2 != 0: the eps1 eps2 part carries g''.
constexpr hyper_dual<double> h{0.5, 1.0, 1.0, 0.0};
constexpr auto z = fluxion::exp(h) - fluxion::log(h);
static_assert(z.d1 == y.d[0] && z.d2 == y.d[0]);                   // g' twice
static_assert(z.d12 == fluxion::exp(0.5) + 1 / (0.5 * 0.5));        // g''(0.5) = e^x + 1/x^2
static_assert(fluxion::second_derivative([](auto t) { return fluxion::exp(t) - fluxion::log(t); }, 0.5) == z.d12);
// [hyper-dual]

// Finite differences need a step h, and no h is good: truncation error grows
// with h, rounding error (about eps |g| / h) with 1/h.
// [finite-differences]
constexpr auto g = [](auto t) { return fluxion::exp(t) - fluxion::log(t); };
constexpr double forward(double t, double step) { return (g(t + step) - g(t)) / step; }
constexpr double central(double t, double step) { return (g(t + step) - g(t - step)) / (2 * step); }
constexpr double second_central(double t, double step) {
    return (g(t + step) - 2 * g(t) + g(t - step)) / (step * step);
}
// References from 40-digit arithmetic: sqrt(e) - 2 and sqrt(e) + 4.
constexpr double exact_first = -0.3512787292998718531513492121858364283;
constexpr double exact_second = 5.648721270700128146848650787814163572;
constexpr double relative_error(double approx, double exact) { return fluxion::abs(approx - exact) / fluxion::abs(exact); }

static_assert(relative_error(fluxion::derivative(g, 0.5), exact_first) < 4e-16);         // dual: to rounding
static_assert(relative_error(fluxion::second_derivative(g, 0.5), exact_second) < 2e-16); // hyper-dual: to rounding
// The best step of each kind, over h = 1e-1, 1e-2, ..., 1e-13:
template <class Difference>
constexpr double best_error(Difference difference, double exact) {
    double best = 1;
    for (int k = 1; k <= 13; ++k) {
        const double e = relative_error(difference(0.5, fluxion::pow(10.0, -k)), exact);
        best = e < best ? e : best;
    }
    return best;
}
static_assert(best_error(forward, exact_first) > 1e-8);         // at most 8 correct digits
static_assert(best_error(central, exact_first) > 1e-10);        // at most 10
static_assert(best_error(second_central, exact_second) > 1e-9); // at most 9
// [finite-differences]

// Each constexpr variable is evaluated on its own budget of steps, so a long
// computation can be split into parts: the second part starts where the first stopped.
// [chaining]
constexpr auto first_part = fluxion::newton_minimize(g, 0.05, {.max_iterations = 4});
constexpr auto second_part = fluxion::newton_minimize(g, first_part.x);
static_assert(first_part.status == fluxion::status::max_iterations && first_part.iterations == 4);
static_assert(second_part.status == fluxion::status::converged && second_part.x == 0.5671432904097838);
// [chaining]

void write_csv(const std::string& dir) {
    course::csv_file file(dir, "finite_differences.csv");
    // h, forward f', central f', central f'', dual f', hyper-dual f'' (relative errors)
    const double ad1 = relative_error(fluxion::derivative(g, 0.5), exact_first);
    const double ad2 = relative_error(fluxion::second_derivative(g, 0.5), exact_second);
    for (int i = 2; i <= 56; ++i) { // h = 10^-0.5 ... 10^-14 (h < 0.5: log(0.5 - h) exists)
        const double step = fluxion::pow(10.0, -0.25 * i);
        if (file)
            std::fprintf(file.file, "%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\n", step,
                         relative_error(forward(0.5, step), exact_first), relative_error(central(0.5, step), exact_first),
                         relative_error(second_central(0.5, step), exact_second), ad1, ad2);
    }
}

} // namespace

int main(int argc, char** argv) {
    // [print]
    std::printf("Relative errors of g'(0.5) and g''(0.5) for g(x) = e^x - log x\n\n");
    std::printf("%-7s  %-12s  %-12s  %-12s\n", "h", "forward g'", "central g'", "central g''");
    for (int k = 1; k <= 13; ++k) {
        const double step = fluxion::pow(10.0, -k);
        std::printf("1e-%-4d  %-12.2e  %-12.2e  %-12.2e\n", k, relative_error(forward(0.5, step), exact_first),
                    relative_error(central(0.5, step), exact_first), relative_error(second_central(0.5, step), exact_second));
    }
    std::printf("%-7s  %-12.2e  %-12s  %-12.2e  (dual g', hyper-dual g'': no h at all)\n", "none",
                relative_error(fluxion::derivative(g, 0.5), exact_first), "",
                relative_error(fluxion::second_derivative(g, 0.5), exact_second));
    // [print]
    if (const auto dir = course::csv_dir(argc, argv); !dir.empty()) write_csv(dir);
    return 0;
}
