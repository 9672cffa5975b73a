// Chapter 3 of the course (docs/course/03-curvature.md): the second
// derivative, curvature, and the second-derivative test at a stationary point
// (g' = 0): g'' > 0 minimum, g'' < 0 maximum, g'' = 0 inconclusive. The
// inconclusive cases are settled by the first non-zero higher derivative.
#include <fluxion/fluxion.hpp>

#include <cstdio>

namespace {

// [second-derivative]
constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
constexpr double x_star = 0.5671432904097838; // chapter 2's minimum, W(1)
// hyper-dual numbers give g'' exactly; compare with the formula e^x + 1/x^2
static_assert(fluxion::second_derivative(g, x_star) == fluxion::exp(x_star) + 1 / (x_star * x_star));
static_assert(fluxion::second_derivative(g, x_star) > 0); // concave up: a minimum
// [second-derivative]

// [test]
enum class verdict { minimum, maximum, inconclusive };
constexpr verdict second_derivative_test(double second) {
    return second > 0 ? verdict::minimum : second < 0 ? verdict::maximum : verdict::inconclusive;
}
constexpr auto cosine = [](auto x) { return fluxion::cos(x); };
constexpr auto x4 = [](auto x) { return x * x * x * x; };
constexpr auto minus_x4 = [](auto x) { return -(x * x * x * x); };
constexpr auto x3 = [](auto x) { return x * x * x; };
static_assert(second_derivative_test(fluxion::second_derivative(cosine, 0.0)) == verdict::maximum);
static_assert(second_derivative_test(fluxion::second_derivative(x4, 0.0)) == verdict::inconclusive);     // a minimum
static_assert(second_derivative_test(fluxion::second_derivative(minus_x4, 0.0)) == verdict::inconclusive); // a maximum
static_assert(second_derivative_test(fluxion::second_derivative(x3, 0.0)) == verdict::inconclusive);     // neither
// [test]

// The higher-order test: if the first derivative of g that is non-zero at a
// stationary point is the n-th, n even gives a minimum (positive) or a maximum
// (negative), n odd gives neither (an inflection point).
// [higher-order]
static_assert(fluxion::derivative<3>(x4, 0.0) == 0 && fluxion::derivative<4>(x4, 0.0) == 24);         // n = 4, > 0: minimum
static_assert(fluxion::derivative<3>(minus_x4, 0.0) == 0 && fluxion::derivative<4>(minus_x4, 0.0) == -24); // maximum
static_assert(fluxion::derivative<3>(x3, 0.0) == 6);                                                  // n = 3: inflection
// [higher-order]

const char* name(verdict v) {
    return v == verdict::minimum ? "minimum" : v == verdict::maximum ? "maximum" : "inconclusive";
}

struct higher {
    int order;
    double value;
};
template <class G>
higher first_nonzero(const G& f, double x) {
    const double d[] = {fluxion::derivative<2>(f, x), fluxion::derivative<3>(f, x), fluxion::derivative<4>(f, x)};
    for (int n = 0; n < 3; ++n)
        if (d[n] != 0) return {n + 2, d[n]};
    return {0, 0};
}

template <class G>
void row(const char* label, const G& f, double x) {
    const double second = fluxion::second_derivative(f, x) + 0.0; // + 0.0: print -0 as 0
    const higher h = first_nonzero(f, x);
    const char* settled = h.order % 2 == 1 ? "inflection" : h.value > 0 ? "minimum" : "maximum";
    std::printf("%-13s  %-9.7f  %8.1e  %9.5f  %-12s  n = %d: %-5g %s\n", label, x, fluxion::derivative(f, x) + 0.0, second,
                name(second_derivative_test(second)), h.order, h.value, settled);
}

} // namespace

int main() {
    // [print]
    std::printf("The second-derivative test at stationary points (g'(x) = 0), and the first\n");
    std::printf("non-zero derivative g^(n)(x) that settles the inconclusive cases\n\n");
    std::printf("%-13s  %-9s  %8s  %9s  %-12s  %s\n", "g", "x", "g'(x)", "g''(x)", "g'' test", "first g^(n) != 0");
    row("e^x - log x", g, x_star);
    row("cos x", cosine, 0.0);
    row("x^4", x4, 0.0);
    row("-x^4", minus_x4, 0.0);
    row("x^3", x3, 0.0);
    // [print]
    std::printf("\nConcavity of e^x - log x along the axis: g''(x) = e^x + 1/x^2 > 0 for every x > 0\n");
    for (double x : {0.1, 0.5, 1.0, 2.0})
        std::printf("  g''(%.1f) = %.6f\n", x, fluxion::second_derivative(g, x));
    return 0;
}
