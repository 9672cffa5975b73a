// Chapter 1 of the course (docs/course/01-newton-root.md): Newton's method
// for a root of f(x) = x^2 - 9, and its quadratic convergence, digit by digit.
// Everything printed is first proved by the static_asserts below.
#include <fluxion/fluxion.hpp>

#include <cstdio>

namespace {

// [newton-root]
constexpr auto f = [](auto x) { return x * x - 9; };
constexpr auto from_1 = fluxion::newton_root(f, 1.0);       // x <- x - f(x) / f'(x)
constexpr auto from_minus_1 = fluxion::newton_root(f, -1.0);
static_assert(from_1.status == fluxion::status::converged && from_1.x == 3.0);
static_assert(from_minus_1.status == fluxion::status::converged && from_minus_1.x == -3.0);
// [newton-root]

// The error, in closed form. For f = x^2 - a the update is x <- (x + a/x) / 2,
// and r = (x - 3) / (x + 3) squares each step: r_0 = -1/2 from x_0 = 1, so
// r_k = 2^(-2^k) and e_k = x_k - 3 = 6 r_k / (1 - r_k) = 6 / (2^(2^k) - 1).
// [error-squares]
constexpr double exact_error(int k) {
    double p = 2; // 2^(2^k), by squaring
    for (int i = 0; i < k; ++i) p *= p;
    return 6 / (p - 1);
}
constexpr bool errors_square() {
    for (std::size_t k = 1; k < from_1.trace.size(); ++k) {
        const double e = from_1.trace[k] - 3; // exact (Sterbenz), so only x_k's rounding shows
        if (fluxion::abs(e - exact_error(static_cast<int>(k))) > 1e-15) return false;
    }
    return true;
}
static_assert(errors_square()); // 2, 0.4, 0.0235, 9.16e-5, 1.40e-9, then below rounding: 3
// [error-squares]

// x -> (x + 9/x) / 2 is odd, so the run from -1 is the run from 1, negated.
constexpr bool mirrored() {
    if (from_1.trace.size() != from_minus_1.trace.size()) return false;
    for (std::size_t k = 0; k < from_1.trace.size(); ++k)
        if (from_minus_1.trace[k] != -from_1.trace[k]) return false;
    return true;
}
static_assert(mirrored());
static_assert(from_1.iterations == 7 && from_1.trace[6] == 3.0); // x_6 = 3; the 7th step is 0

} // namespace

int main() {
    // [print]
    std::printf("Newton's method for f(x) = x^2 - 9 from x0 = 1: x <- x - f(x) / f'(x)\n\n");
    std::printf(" k  %-19s  %-10s  %-15s  %s\n", "x_k", "|x_k - 3|", "e_k / e_{k-1}^2", "correct digits");
    const auto r = fluxion::newton_root(f, 1.0);
    for (std::size_t k = 0; k < r.trace.size(); ++k) {
        const double e = fluxion::abs(r.trace[k] - 3);
        const double previous = k > 0 ? fluxion::abs(r.trace[k - 1] - 3) : 0;
        std::printf("%2zu  %-19.16f  %-10.3e  ", k, r.trace[k], e);
        if (k > 0 && e > 0) std::printf("%-15.6f  %5.1f\n", e / (previous * previous), -fluxion::log10(e / 3));
        else std::printf("%-15s  %5s\n", "", e > 0 ? "" : "all");
    }
    std::printf("\n%s after %zu updates; from x0 = -1: %s at x = %g\n", fluxion::to_string(r.status).data(),
                r.iterations, fluxion::to_string(from_minus_1.status).data(), from_minus_1.x);
    // [print]
    return r.x == from_1.x ? 0 : 1;
}
