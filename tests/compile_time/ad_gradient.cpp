// Compile-time suite: gradient, hessian and jacobian on the worked examples
// (section 4, 5 and 7 of the course material). Compiling is the test.
#include <fluxion/gradient.hpp>
#include <fluxion/hessian.hpp>
#include <fluxion/jacobian.hpp>
#include <fluxion/linalg/eigenvalues.hpp>

#include <array>
#include <cstddef>

namespace {
using fluxion::vector;

// Section 4: f = 2x^2 + 3y^2 - xy, grad = (4x - y, 6y - x), H = [[4, -1], [-1, 6]].
constexpr auto f = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
constexpr auto g = fluxion::gradient(f, fluxion::vector{1.0, 2.0});
static_assert(g[0] == 2.0 && g[1] == 11.0);
constexpr auto H = fluxion::hessian(f, fluxion::vector{0.0, 0.0});
static_assert(H(0, 0) == 4 && H(0, 1) == -1 && H(1, 0) == -1 && H(1, 1) == 6);
// The same with a std::array point and a function of the whole point.
constexpr auto f_of_point = [](const auto& p) { return 2 * p[0] * p[0] + 3 * p[1] * p[1] - p[0] * p[1]; };
static_assert(fluxion::gradient(f_of_point, std::array{1.0, 2.0}) == g);
static_assert(fluxion::hessian(f_of_point, std::array{0.0, 0.0}) == H);
// -2x^2 - 3y^2 - xy + 15: H = [[-4, -1], [-1, -6]]; 2x^2 - 2y^2: H = diag(4, -4).
constexpr auto H_max = fluxion::hessian([](auto x, auto y) { return -2 * x * x - 3 * y * y - x * y + 15; },
                                        vector{0.0, 0.0});
static_assert(H_max(0, 0) == -4 && H_max(0, 1) == -1 && H_max(1, 1) == -6);
constexpr auto H_saddle = fluxion::hessian([](auto x, auto y) { return 2 * x * x - 2 * y * y; }, vector{0.0, 0.0});
static_assert(H_saddle(0, 0) == 4 && H_saddle(0, 1) == 0 && H_saddle(1, 1) == -4);

// Section 5: f = x^4 + 0.8 y^4 + 4x^2 + 2y^2 - xy - 0.2 x^2 y at (4, 4):
// grad = (277.6, 213.6), H = [[198.4, -2.6], [-2.6, 157.6]] (to rounding error).
constexpr auto f5 = [](auto x, auto y) {
    return x * x * x * x + 0.8 * y * y * y * y + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y;
};
constexpr auto g5 = fluxion::gradient(f5, vector{4.0, 4.0});
constexpr auto H5 = fluxion::hessian(f5, vector{4.0, 4.0});
constexpr bool close(double a, double b) { return fluxion::abs(a - b) <= 1e-12 * fluxion::abs(b); }
static_assert(close(g5[0], 277.6) && close(g5[1], 213.6));
static_assert(close(H5(0, 0), 198.4) && close(H5(0, 1), -2.6) && close(H5(1, 0), -2.6) && close(H5(1, 1), 157.6));
// The analytic gradient and Hessian of section 5, evaluated at another point.
constexpr double px = -1.25, py = 0.75;
static_assert(close(fluxion::gradient(f5, vector{px, py})[0], 4 * px * px * px + 8 * px - py - 0.4 * px * py));
static_assert(close(fluxion::gradient(f5, vector{px, py})[1], 3.2 * py * py * py + 4 * py - px - 0.2 * px * px));
static_assert(close(fluxion::hessian(f5, vector{px, py})(0, 0), 12 * px * px + 8 - 0.4 * py));
static_assert(close(fluxion::hessian(f5, vector{px, py})(0, 1), -1 - 0.4 * px));
static_assert(close(fluxion::hessian(f5, vector{px, py})(1, 1), 9.6 * py * py + 4));

// Section 7: f = 85 - (1/90) x^2 (x - 6) y^2 (y - 6): grad at (1, 1) is (-0.5, -0.5),
// H at (4, 4) is diag(64/15, 64/15).
constexpr auto f7 = [](auto x, auto y) { return 85 - (1.0 / 90) * x * x * (x - 6) * y * y * (y - 6); };
static_assert(close(fluxion::gradient(f7, vector{1.0, 1.0})[0], -0.5));
static_assert(close(fluxion::gradient(f7, vector{1.0, 1.0})[1], -0.5));
static_assert(close(fluxion::hessian(f7, vector{4.0, 4.0})(0, 0), 64.0 / 15));
static_assert(fluxion::abs(fluxion::hessian(f7, vector{4.0, 4.0})(0, 1)) < 1e-14);
static_assert(fluxion::hessian(f7, vector{0.0, 0.0}) == fluxion::matrix<double, 2, 2>{}); // degenerate at (0, 0)

// Jacobian of a map R^2 -> R^2, and of the gradient map: it is the Hessian (section 6).
constexpr auto F = [](auto x, auto y) { return fluxion::vector{x * y, x + 3 * y}; };
constexpr auto J = fluxion::jacobian(F, fluxion::vector{2.0, 5.0});
static_assert(J(0, 0) == 5 && J(0, 1) == 2 && J(1, 0) == 1 && J(1, 1) == 3);
constexpr auto grad_f5 = [](auto x, auto y) {
    return fluxion::vector{4 * x * x * x + 8 * x - y - 0.4 * x * y, 3.2 * y * y * y + 4 * y - x - 0.2 * x * x};
};
constexpr auto J5 = fluxion::jacobian(grad_f5, vector{4.0, 4.0});
static_assert(close(J5(0, 0), H5(0, 0)) && close(J5(0, 1), H5(0, 1)) && close(J5(1, 0), H5(1, 0)) && close(J5(1, 1), H5(1, 1)));
// A 3 -> 2 map: J is 2 x 3.
constexpr auto J32 = fluxion::jacobian([](auto x, auto y, auto z) { return std::array{x * y * z, x - z}; },
                                       std::array{1.0, 2.0, 3.0});
static_assert(J32.rows() == 2 && J32.cols() == 3);
static_assert(J32(0, 0) == 6 && J32(0, 1) == 3 && J32(0, 2) == 2 && J32(1, 0) == 1 && J32(1, 2) == -1);
} // namespace


// Section 4's classification, from the Hessians computed above: eigenvalues
// 5 -+ sqrt(2) (both positive: a minimum), -5 -+ sqrt(2) (a maximum), -4 and 4 (a saddle).
namespace {
constexpr auto eig_min = fluxion::eigenvalues(H).values;
static_assert(eig_min[0] == 5 - fluxion::sqrt(2.0) && eig_min[1] == 5 + fluxion::sqrt(2.0));
constexpr auto eig_max = fluxion::eigenvalues(H_max).values;
static_assert(eig_max[0] == -5 - fluxion::sqrt(2.0) && eig_max[1] == -5 + fluxion::sqrt(2.0));
constexpr auto eig_saddle = fluxion::eigenvalues(H_saddle).values;
static_assert(eig_saddle[0] == -4 && eig_saddle[1] == 4);
// Section 7: at (4, 4) both eigenvalues are 64/15 = 4.2666...; at (0, 0) both are 0 (degenerate).
constexpr auto eig7 = fluxion::eigenvalues(fluxion::hessian(f7, vector{4.0, 4.0})).values;
static_assert(close(eig7[0], 64.0 / 15) && close(eig7[1], 64.0 / 15));
static_assert(fluxion::eigenvalues(fluxion::hessian(f7, vector{0.0, 0.0})).values == vector{0.0, 0.0});
} // namespace

// hessian() makes ONE pass on multi_hyper_dual<double, N>; each entry must be,
// bit for bit, the eps1 eps2 part of the hyper-dual pass seeded along x_i and
// x_j (the scheme it replaced, a second method), here on a function with
// every kind of operation: products, quotients, exp, sin, cos, sqrt, pow, atan2.
namespace {
constexpr auto mixed = [](auto x, auto y, auto z) {
    return fluxion::exp(x * y) / fluxion::sqrt(1 + z * z) + fluxion::sin(x) * fluxion::cos(y) - 3 / (2 + x * z) +
           fluxion::pow(y, 3) + fluxion::atan2(y, z);
};
constexpr std::array<double, 3> p3{0.3, -1.2, 0.7};
constexpr double hyper_entry(std::size_t i, std::size_t j) {
    using S = fluxion::hyper_dual<double>;
    std::array<S, 3> x{S(p3[0]), S(p3[1]), S(p3[2])};
    x[i].d1 = 1;
    x[j].d2 = 1;
    return mixed(x[0], x[1], x[2]).d12;
}
constexpr auto H3 = fluxion::hessian(mixed, p3);
static_assert(H3(0, 0) == hyper_entry(0, 0) && H3(0, 1) == hyper_entry(0, 1) && H3(0, 2) == hyper_entry(0, 2));
static_assert(H3(1, 1) == hyper_entry(1, 1) && H3(1, 2) == hyper_entry(1, 2) && H3(2, 2) == hyper_entry(2, 2));
static_assert(H3(1, 0) == H3(0, 1) && H3(2, 0) == H3(0, 2) && H3(2, 1) == H3(1, 2));
// The header's example: f = x^2 y at (1, 2), H = [[2y, 2x], [2x, 0]]; the
// gradient (2xy, x^2) rides along.
using S2 = fluxion::multi_hyper_dual<double, 2>;
constexpr S2 mx{1.0, {1.0, 0.0}, {}}, my{2.0, {0.0, 1.0}, {}};
constexpr S2 x2y = mx * mx * my;
static_assert(x2y.value == 2.0 && x2y.d[0] == 4.0 && x2y.d[1] == 1.0);
static_assert(x2y.h[0] == 4.0 && x2y.h[1] == 2.0 && x2y.h[2] == 0.0);
static_assert(x2y.hessian(1, 0) == 2.0 && x2y.hessian(0, 1) == 2.0 && x2y.hessian(1, 1) == 0.0);
// The quotient rule: 1 / (x y) has H = [[2/(x^3 y), 1/(x^2 y^2)], [., 2/(x y^3)]] = [[1, 0.25], [., 0.25]].
constexpr S2 inv = 1.0 / (mx * my);
static_assert(inv.value == 0.5 && inv.d[0] == -0.5 && inv.d[1] == -0.25);
static_assert(inv.h[0] == 1.0 && inv.h[1] == 0.25 && inv.h[2] == 0.25);
} // namespace

int main() {}
