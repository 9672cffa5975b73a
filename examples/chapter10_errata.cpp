// Chapter 10 of the course (docs/course/10-errata.md): the slips found in the
// course material, each proved by a static_assert, and every listed iterate
// checked to be the correctly rounded value of the library's iterate.
#include <fluxion/fluxion.hpp>

#include <array>
#include <cstdio>
#include <string_view>

namespace {
using fluxion::vector;

// A number as the course prints it, "0.0972476" or "-2.48536e-8": its value and
// half a unit in its last printed digit (the most a correctly rounded listing is off).
// [listed]
struct listed {
    double value = 0;
    double half_unit = 0;
};
constexpr listed parse(std::string_view s) {
    double mantissa = 0, scale = 1;
    int exponent = 0;
    bool negative = false, after_point = false;
    std::size_t i = 0;
    if (s[i] == '-') negative = true, ++i;
    for (; i < s.size() && s[i] != 'e'; ++i) {
        if (s[i] == '.') after_point = true;
        else {
            mantissa = 10 * mantissa + (s[i] - '0');
            if (after_point) scale *= 10;
        }
    }
    if (i < s.size()) { // e[-]ddd
        const bool negative_exponent = s[++i] == '-';
        for (i += negative_exponent ? 1 : 0; i < s.size(); ++i) exponent = 10 * exponent + (s[i] - '0');
        if (negative_exponent) exponent = -exponent;
    }
    const double power = fluxion::pow(10.0, exponent);
    return {(negative ? -mantissa : mantissa) / scale * power, 0.5 / scale * power};
}
constexpr bool correctly_rounded(double computed, std::string_view printed) {
    const listed l = parse(printed);
    return fluxion::abs(computed - l.value) <= l.half_unit * (1 + 1e-9); // 1e-9: the parse's own rounding
}
static_assert(parse("0.0972476").half_unit == 5e-8 && parse("-2.48536e-8").value == -2.48536e-8);
// [listed]

constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
constexpr auto chapter2 = fluxion::newton_minimize(g, 0.05);

// [erratum-447]
// Erratum 1. One slide lists x_4 = 0.447 in the table of chapter 2; x_4 is 0.477298.
static_assert(correctly_rounded(chapter2.trace[4], "0.477298"));
static_assert(!correctly_rounded(chapter2.trace[4], "0.447"));
static_assert(correctly_rounded(chapter2.trace[4], "0.477")); // the digits swapped: 0.477
// [erratum-447]

// [erratum-349]
// Erratum 2. The maximum's Hessian [[-4, -1], [-1, -6]] has eigenvalues -5 -+ sqrt(2):
// -6.414214 and -3.585786; the lecture prints -3.49 for the second.
constexpr auto f_max = [](auto x, auto y) { return -2 * x * x - 3 * y * y - x * y + 15; };
constexpr auto eig_max = fluxion::eigenvalues(fluxion::hessian(f_max, vector{0.0, 0.0})).values;
static_assert(correctly_rounded(eig_max[0], "-6.414214") && correctly_rounded(eig_max[1], "-3.585786"));
static_assert(!correctly_rounded(eig_max[1], "-3.49"));
// The conclusion (a maximum: both eigenvalues negative) is unaffected.
static_assert(eig_max[0] < 0 && eig_max[1] < 0);
// [erratum-349]

// [erratum-saddle]
// Erratum 3. The report says a zero eigenvalue means a saddle point. It means
// the test is inconclusive: these three functions have the zero Hessian at (0, 0),
// and there a minimum, a maximum and a saddle.
constexpr auto bowl = [](auto x, auto y) { return x * x * x * x + y * y * y * y; };
constexpr auto cap = [](auto x, auto y) { return -(x * x * x * x + y * y * y * y); };
constexpr auto saddle = [](auto x, auto y) { return x * x * x * x - y * y * y * y; };
constexpr vector origin{0.0, 0.0};
constexpr bool zero_hessian(const auto& f) {
    const auto H = fluxion::hessian(f, origin);
    return H(0, 0) == 0 && H(0, 1) == 0 && H(1, 0) == 0 && H(1, 1) == 0;
}
static_assert(zero_hessian(bowl) && zero_hessian(cap) && zero_hessian(saddle));
// f(0, 0) = 0 and, on a ring of points around the origin, bowl > 0, cap < 0, saddle of both signs
constexpr bool around_origin(const auto& f, int sign) { // sign: +1 all above, -1 all below, 0 both
    bool above = false, below = false;
    for (int k = 0; k < 16; ++k) {
        const double angle = k * 3.141592653589793 / 8;
        const double v = f(0.1 * fluxion::cos(angle), 0.1 * fluxion::sin(angle));
        above = above || v > 0;
        below = below || v < 0;
    }
    return sign > 0 ? above && !below : sign < 0 ? below && !above : above && below;
}
static_assert(around_origin(bowl, +1) && around_origin(cap, -1) && around_origin(saddle, 0));
// [erratum-saddle]

// [erratum-reaches]
// Erratum 4 (of emphasis). The report says gradient descent "reaches (4, 4)". With
// its stopping rule (each coordinate isclose(new, old, rel_tol=1e-4)) it stops
// short: at rate 0.01 the end point is 3.991, two correct digits, because a small
// step is not a small error when convergence is linear (chapter 7).
constexpr auto f7 = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
constexpr auto descent = fluxion::gradient_descent(f7, std::array{1.0, 1.0},
                                                   {.max_iterations = 1000, .learning_rate = 0.01, .rel_tol = 1e-4});
static_assert(descent.status == fluxion::status::converged);
static_assert(fluxion::abs(descent.x[0] - 4) > 0.008 && fluxion::abs(descent.x[0] - 4) < 0.009);
// [erratum-reaches]

// [listed-iterates]
// Every other number the course lists is the correctly rounded value of what
// fluxion computes (to the digits printed).
constexpr std::array<std::string_view, 7> chapter2_listed{"0.0972476", "0.183177", "0.320520", "0.477298",
                                                          "0.557850",  "0.567060", "0.567143"};
constexpr auto f5 = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr auto chapter5 = fluxion::newton_minimize(f5, vector{4.0, 4.0});
constexpr std::array<std::array<std::string_view, 2>, 8> chapter5_listed{{{"2.58274", "2.62129"},
                                                                           {"1.59226", "1.67482"},
                                                                           {"0.870589", "1.00182"},
                                                                           {"0.335194", "0.493976"},
                                                                           {"0.0412359", "0.125459"},
                                                                           {"1.94664e-4", "3.01029e-3"},
                                                                           {"-2.48536e-8", "3.55365e-8"},
                                                                           {"4.2e-17", "-2.0e-17"}}};
constexpr auto chapter7 = fluxion::newton_minimize(f7, std::array{3.2, 3.2});
constexpr std::array<std::string_view, 4> chapter7_listed{"4.693333", "3.933574", "4.001253", "4.0000004"};
constexpr bool all_listed_correctly_rounded() {
    for (std::size_t k = 0; k < chapter2_listed.size(); ++k)
        if (!correctly_rounded(chapter2.trace[k + 1], chapter2_listed[k])) return false;
    for (std::size_t k = 0; k < chapter5_listed.size(); ++k)
        for (std::size_t i = 0; i < 2; ++i)
            if (!correctly_rounded(chapter5.trace[k + 1][i], chapter5_listed[k][i])) return false;
    for (std::size_t k = 0; k < chapter7_listed.size(); ++k)
        if (!correctly_rounded(chapter7.trace[k + 1][0], chapter7_listed[k])) return false;
    return correctly_rounded(chapter2.x, "0.5671") && correctly_rounded(chapter2.x, "0.567");
}
static_assert(all_listed_correctly_rounded());
// [listed-iterates]

} // namespace

int main() {
    // [print]
    std::printf("Errata in the course material, each proved at compile time\n\n");
    std::printf("%-3s  %-42s  %-14s  %s\n", "", "printed in the course", "printed value", "computed");
    std::printf("%-3s  %-42s  %-14s  %.6f\n", "1", "x_4 of Newton for e^x - log x (chapter 2)", "0.447", chapter2.trace[4]);
    std::printf("%-3s  %-42s  %-14s  %.6f\n", "2", "larger eigenvalue at the maximum (ch. 4)", "-3.49", eig_max[1]);
    std::printf("%-3s  %-42s  %-14s  %s\n", "3", "a zero eigenvalue means (chapter 7)", "saddle", "inconclusive");
    std::printf("%-3s  %-42s  %-14s  %.6f\n", "4", "descent from (1, 1), rate 0.01, ends at", "(4, 4)", descent.x[0]);
    std::printf("\nAll %zu listed iterates, and the rounded minimum 0.5671, are correctly rounded.\n",
                chapter2_listed.size() + 2 * chapter5_listed.size() + chapter7_listed.size());
    // [print]
    return 0;
}
