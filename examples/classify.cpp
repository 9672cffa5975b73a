// Classifying stationary points (worked examples, sections 3, 4 and 7):
// the gradient must vanish, then the Hessian's eigenvalues decide. Every
// classification printed is first proved by a static_assert.
#include <fluxion/fluxion.hpp>

#include <array>
#include <cstdio>

using fluxion::stationary_kind;
constexpr std::array origin{0.0, 0.0};

// Section 4: a minimum, a maximum and a saddle at (0, 0).
constexpr auto bowl = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
constexpr auto cap = [](auto x, auto y) { return -2 * x * x - 3 * y * y - x * y + 15; };
constexpr auto saddle = [](auto x, auto y) { return 2 * x * x - 2 * y * y; };
static_assert(fluxion::classify(bowl, origin).kind == stationary_kind::minimum);   // 5 -+ sqrt 2
static_assert(fluxion::classify(cap, origin).kind == stationary_kind::maximum);    // -5 -+ sqrt 2
static_assert(fluxion::classify(saddle, origin).kind == stationary_kind::saddle);  // -4, 4
static_assert(fluxion::abs(fluxion::classify(cap, origin).eigenvalues[1] + 3.585786) < 5e-7); // not -3.49

// Section 7: a minimum at (4, 4); at (0, 0) the Hessian is zero: inconclusive, not a saddle.
constexpr auto f7 = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
static_assert(fluxion::classify(f7, std::array{4.0, 4.0}).kind == stationary_kind::minimum);
static_assert(fluxion::classify(f7, origin).kind == stationary_kind::inconclusive);
static_assert(fluxion::classify(f7, std::array{1.0, 1.0}).kind == stationary_kind::not_stationary);

// Section 3 (1-D): the sign of g'' at W(1), the minimum of e^x - log x.
constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
static_assert(fluxion::classify(g, 0.5671432904097838).concavity == fluxion::concavity::up);

// The eigenvalues (and g'') printed below, to the printed digits.
constexpr bool close(double a, double b) { return fluxion::abs(a - b) < 5e-7; }
constexpr auto at_bowl = fluxion::classify(bowl, origin).eigenvalues;
constexpr auto at_cap = fluxion::classify(cap, origin).eigenvalues;
constexpr auto at_saddle = fluxion::classify(saddle, origin).eigenvalues;
constexpr auto at_four = fluxion::classify(f7, std::array{4.0, 4.0}).eigenvalues;
constexpr auto at_one = fluxion::classify(f7, std::array{1.0, 1.0});
static_assert(close(at_bowl[0], 3.585786) && close(at_bowl[1], 6.414214) && close(at_cap[0], -6.414214));
static_assert(at_saddle[0] == -4 && at_saddle[1] == 4 && close(at_four[0], 4.266667) && close(at_four[1], 4.266667));
static_assert(fluxion::classify(f7, origin).eigenvalues == fluxion::vector{0.0, 0.0});
static_assert(close(at_one.eigenvalues[0], -1.233333) && close(at_one.eigenvalues[1], 0.566667));
static_assert(close(at_one.gradient_norm, 0.707107) && close(fluxion::classify(g, 0.5671432904097838).second_derivative, 4.872178));

template <class F>
void show(const char* name, const F& f, std::array<double, 2> p) {
    const auto c = fluxion::classify(f, p);
    std::printf("%-28s at (%g, %g): %-14s eigenvalues %9.6f %9.6f  |grad f| %g\n", name, p[0], p[1],
                fluxion::to_string(c.kind).data(), c.eigenvalues[0], c.eigenvalues[1], c.gradient_norm);
}

int main() {
    show("2x^2 + 3y^2 - xy", bowl, origin);
    show("-2x^2 - 3y^2 - xy + 15", cap, origin);
    show("2x^2 - 2y^2", saddle, origin);
    show("85 - x^2(x-6)y^2(y-6)/90", f7, {4.0, 4.0});
    show("85 - x^2(x-6)y^2(y-6)/90", f7, origin);
    show("85 - x^2(x-6)y^2(y-6)/90", f7, {1.0, 1.0});
    const auto c = fluxion::classify(g, 0.5671432904097838);
    std::printf("e^x - log x at W(1): %s, %s, g'' = %.6f\n", fluxion::to_string(c.kind).data(),
                fluxion::to_string(c.concavity).data(), c.second_derivative);
    return c.kind == stationary_kind::minimum ? 0 : 1;
}
