// Compile-time suite: symbolic differentiation d(f, x), the simplification
// rules as type identities, and expressions in the derivative API and the
// solvers on the worked examples (sections 1, 2, 4, 5, 7). Every value is
// checked against an analytic formula, the lecture's numbers, or dual numbers.
#include <fluxion/fluxion.hpp>

#include <array>
#include <type_traits>

namespace {
using namespace fluxion;

template <class A, class B> constexpr bool same = std::is_same_v<std::remove_cv_t<A>, std::remove_cv_t<B>>;
constexpr bool near(double a, double b, double tol) { return fluxion::abs(a - b) <= tol; }
constexpr bool close(double a, double b, double rel = 1e-15) {
    return fluxion::abs(a - b) <= rel * (fluxion::abs(b) > 1 ? fluxion::abs(b) : 1.0);
}

// ---- the type identities ----
static_assert(same<decltype(d(d(d(d(sin(x), x), x), x), x)), decltype(sin(x))>);
static_assert(same<decltype(d(exp(sin(x)), x)), decltype(cos(x) * exp(sin(x)))>);
static_assert(same<decltype(sin(x) / sin(x)), constant<1>>);
static_assert(same<decltype(pow(pow(x, 2_c), 2_c)), decltype(pow(x, 4_c))>);
static_assert(same<decltype(d(exp(x) - log(x), x)), decltype(exp(x) - 1_c / x)>);
static_assert(same<decltype(d(d(exp(x) - log(x), x), x)), decltype(exp(x) + 1_c / pow(x, 2_c))>);

// ---- simplification rules (fluxion/expr/simplify.hpp), one line each ----
constexpr auto e = sin(x);
static_assert(same<decltype(0_c * e), constant<0>> && same<decltype(e * 0_c), constant<0>>);
static_assert(same<decltype(1_c * e), decltype(e)> && same<decltype(e * 1_c), decltype(e)>);
static_assert(same<decltype(-1_c * e), decltype(-e)> && same<decltype(e * 3_c), decltype(3_c * e)>);
static_assert(same<decltype(e + 0_c), decltype(e)> && same<decltype(0_c + e), decltype(e)>);
static_assert(same<decltype(e - 0_c), decltype(e)> && same<decltype(0_c - e), decltype(-e)>);
static_assert(same<decltype(e - e), constant<0>> && same<decltype(e / e), constant<1>>);
static_assert(same<decltype(e + e), decltype(2_c * e)> && same<decltype(e * e), decltype(pow(e, 2_c))>);
static_assert(same<decltype(pow(e, 2_c) * e), decltype(pow(e, 3_c))> && same<decltype(e * pow(e, 2_c)), decltype(pow(e, 3_c))>);
static_assert(same<decltype(pow(e, 2_c) * pow(e, 0.5_c)), decltype(pow(e, 5_c / 2_c))>);
static_assert(same<decltype(pow(e, 3_c) / e), decltype(pow(e, 2_c))> && same<decltype(pow(e, 2_c) / e), decltype(e)>);
static_assert(same<decltype(-(-e)), decltype(e)> && same<decltype(-(2_c * e)), decltype(-2_c * e)>);
static_assert(same<decltype(-(2_c / e)), decltype(-2_c / e)> && same<decltype(-(e - x)), decltype(x - e)>);
static_assert(same<decltype((-e) * x), decltype(-(e * x))> && same<decltype(e * (-x)), decltype(-(e * x))>);
static_assert(same<decltype((-e) / x), decltype(-(e / x))> && same<decltype(e / (-x)), decltype(-(e / x))>);
static_assert(same<decltype(x + (-e)), decltype(x - e)> && same<decltype(x - (-e)), decltype(x + e)>);
static_assert(same<decltype(x + -2_c * e), decltype(x - 2_c * e)> && same<decltype(x - -2_c / e), decltype(x + 2_c / e)>);
static_assert(same<decltype(2_c * (3_c * e)), decltype(6_c * e)> && same<decltype(x * (3_c * e)), decltype(3_c * (x * e))>);
static_assert(same<decltype((3_c * e) * x), decltype(3_c * (e * x))>);
static_assert(same<decltype(pow(e, 0_c)), constant<1>> && same<decltype(pow(e, 1_c)), decltype(e)>);
static_assert(same<decltype(pow(pow(e, 0.5_c), 4_c)), decltype(pow(e, 2_c))>);
static_assert(same<decltype(pow(3_c, 2_c)), constant<9>> && same<decltype(pow(2_c, -3_c)), constant<1, 8>>);
// Not simplified: the types carry values (literals), or the identity needs a domain.
static_assert(!same<decltype((2.0 * x) - (2.0 * x)), constant<0>>);
static_assert(((2.0 * x) - (3.0 * x))(1.0) == -1.0);
static_assert(!same<decltype(pow(pow(x, 2_c), 0.5_c)), decltype(x)>); // sqrt(x^2) = |x|
static_assert(same<decltype(2.0 * 3.0 * x), decltype(6.0 * x)> && (2.0 * 3.0 * x)(1.0) == 6.0); // literals fold (left to right)

// ---- d of every function against its analytic derivative and the dual number ----
template <class F> constexpr bool check(F f, double t, double exact, double rel = 1e-15) {
    return close(d(f, x)(t), exact, rel) && close(derivative(f, t), exact, rel);
}
constexpr double t = 0.3;
static_assert(check(exp(x), t, fluxion::exp(t)) && check(expm1(x), t, fluxion::exp(t)));
static_assert(check(log(x), t, 1 / t) && check(log1p(x), t, 1 / (1 + t)));
static_assert(check(log2(x), t, 1 / (t * 0.69314718055994530942)) && check(log10(x), t, 1 / (t * 2.30258509299404568402)));
static_assert(check(sqrt(x), t, 0.5 / fluxion::sqrt(t)) && check(cbrt(x), t, 1 / (3 * fluxion::cbrt(t) * fluxion::cbrt(t))));
static_assert(check(sin(x), t, fluxion::cos(t)) && check(cos(x), t, -fluxion::sin(t)));
static_assert(check(tan(x), t, 1 / (fluxion::cos(t) * fluxion::cos(t)), 1e-15));
static_assert(check(asin(x), t, 1 / fluxion::sqrt(1 - t * t)) && check(acos(x), t, -1 / fluxion::sqrt(1 - t * t)));
static_assert(check(atan(x), t, 1 / (1 + t * t)) && check(sinh(x), t, fluxion::cosh(t)) && check(cosh(x), t, fluxion::sinh(t)));
static_assert(check(tanh(x), t, 1 / (fluxion::cosh(t) * fluxion::cosh(t))));
constexpr double s_t = 1 / (1 + fluxion::exp(-t));
static_assert(check(sigmoid(x), t, s_t * (1 - s_t), 1e-15) && sigmoid(x)(t) == fluxion::sigmoid(t));
static_assert(check(abs(x), -t, -1.0) && check(abs(x), t, 1.0) && d(sign(x), x)(t) == 0.0);
static_assert(check(pow(x, 3_c), t, 3 * t * t) && check(pow(x, 0.5_c), t, 0.5 / fluxion::sqrt(t)));
static_assert(check(pow(x, 2.5), t, 2.5 * fluxion::pow(t, 1.5)) && check(pow(2.0, x), t, fluxion::pow(2.0, t) * fluxion::log(2.0)));
static_assert(check(pow(x, x), t, fluxion::pow(t, t) * (fluxion::log(t) + 1)));
static_assert(check(1_c / x, t, -1 / (t * t)) && check(x / (1_c + x), t, 1 / ((1 + t) * (1 + t))));
static_assert(check(atan2(x, 2_c), t, 2 / (4 + t * t)) && check(atan2(1_c, x), t, -1 / (1 + t * t)));
static_assert(check(hypot(x, 4_c), t, t / fluxion::hypot(t, 4.0)));
// Chain and product rules: d(x sin(x^2)) = sin(x^2) + 2 x^2 cos(x^2).
static_assert(check(x * sin(x * x), t, fluxion::sin(t * t) + 2 * t * t * fluxion::cos(t * t)));
// Partial derivatives: d(pow(x, y), y) = x^y log x; d(atan2(y, x), x) = -y / (x^2 + y^2).
static_assert(close(d(pow(x, y), y)(2.0, 3.0), 8 * fluxion::log(2.0)));
static_assert(close(d(atan2(y, x), x)(1.0, 2.0), -2.0 / 5.0) && close(d(hypot(x, y), y)(3.0, 4.0), 0.8));
static_assert(same<decltype(d(x * y, z)), constant<0>> && same<decltype(d(d(x * y, x), y)), constant<1>>);

// ---- section 1: Newton for a root of x^2 - 9 ----
constexpr auto root = newton_root(x * x - 9, 1.0);
static_assert(root.status == status::converged && root.x == 3.0 && root.trace[1] == 5.0 && root.trace[2] == 3.4);

// ---- section 2: g = e^x - log x, g' = e^x - 1/x, g'' = e^x + 1/x^2 ----
constexpr auto g = exp(x) - log(x);
constexpr auto dg = d(g, x);
constexpr auto d2g = d(dg, x);
static_assert(derivative(g, 0.5) == dg(0.5) && dg(0.5) == fluxion::exp(0.5) - 2.0);
static_assert(second_derivative(g, 0.5) == d2g(0.5) && d2g(0.5) == fluxion::exp(0.5) + 4.0);
static_assert(derivative<2>(g, 0.5) == d2g(0.5));
constexpr auto omega = newton_minimize(g, 0.05);
static_assert(omega.status == status::converged && omega.x == 0.5671432904097838); // W(1)
static_assert(near(omega.trace[1], 0.0972476, 5e-8) && near(omega.trace[4], 0.477298, 5e-7)); // not 0.447
constexpr auto omega_by_root = newton_root(dg, 0.05); // a zero of g', with g'' from duals of dg
static_assert(omega_by_root.status == status::converged && near(omega_by_root.x, 0.5671432904097838, 1e-16));
static_assert(d2g(omega.x) > 0); // concave up: a minimum

// ---- section 4: f = 2x^2 + 3y^2 - xy; grad = (4x - y, 6y - x); H = [[4, -1], [-1, 6]] ----
constexpr auto f4 = 2_c * x * x + 3_c * y * y - x * y;
static_assert(same<decltype(d(f4, x)), decltype(4_c * x - y)> && same<decltype(d(f4, y)), decltype(6_c * y - x)>);
static_assert(gradient_expr(f4)(1.0, 2.0) == gradient(f4, vector{1.0, 2.0}) && gradient(f4, vector{1.0, 2.0})[1] == 11.0);
constexpr auto H4 = hessian_expr(f4)(0.0, 0.0);
static_assert(H4 == hessian(f4, std::array{0.0, 0.0}) && H4(0, 0) == 4 && H4(0, 1) == -1 && H4(1, 0) == -1 && H4(1, 1) == 6);
static_assert(same<decltype(d(d(f4, x), y)), constant<-1>>); // the Hessian of a quadratic is constant
constexpr auto ev4 = eigenvalues(H4).values;
static_assert(close(ev4[0] + ev4[1], 10.0) && close(ev4[0] * ev4[1], 23.0, 1e-14)); // 5 +- sqrt(2)
constexpr auto H4max = hessian_expr(-2_c * x * x - 3_c * y * y - x * y + 15_c)(0.0, 0.0);
static_assert(H4max(0, 0) == -4 && H4max(0, 1) == -1 && H4max(1, 1) == -6);
constexpr auto H4saddle = hessian_expr(2_c * x * x - 2_c * y * y)(0.0, 0.0);
static_assert(H4saddle(0, 0) == 4 && H4saddle(0, 1) == 0 && H4saddle(1, 1) == -4);

// ---- section 5: f = x^4 + 0.8 y^4 + 4x^2 + 2y^2 - xy - 0.2 x^2 y ----
constexpr auto f5 = pow(x, 4_c) + 0.8_c * pow(y, 4_c) + 4_c * x * x + 2_c * y * y - x * y - 0.2_c * x * x * y;
static_assert(sizeof(f5) == 1);
constexpr auto g5 = gradient_expr(f5)(4.0, 4.0);
static_assert(close(g5[0], 277.6, 1e-15) && close(g5[1], 213.6, 1e-15));
constexpr auto H5 = hessian_expr(f5)(vector{4.0, 4.0});
static_assert(close(H5(0, 0), 198.4) && close(H5(0, 1), -2.6) && close(H5(1, 0), -2.6) && close(H5(1, 1), 157.6));
constexpr auto H5dual = hessian(f5, vector{4.0, 4.0});
static_assert(close(H5dual(0, 0), H5(0, 0)) && close(H5dual(0, 1), H5(0, 1)) && close(H5dual(1, 1), H5(1, 1)));
// The analytic gradient and Hessian at another point.
constexpr double a5 = 0.7, b5 = -1.3;
static_assert(close(gradient_expr(f5)(a5, b5)[0], 4 * a5 * a5 * a5 + 8 * a5 - b5 - 0.4 * a5 * b5, 1e-14));
static_assert(close(gradient_expr(f5)(a5, b5)[1], 3.2 * b5 * b5 * b5 + 4 * b5 - a5 - 0.2 * a5 * a5, 1e-14));
static_assert(close(hessian_expr(f5)(a5, b5)(0, 0), 12 * a5 * a5 + 8 - 0.4 * b5, 1e-14));
static_assert(close(hessian_expr(f5)(a5, b5)(0, 1), -1 - 0.4 * a5, 1e-14));
static_assert(close(hessian_expr(f5)(a5, b5)(1, 1), 9.6 * b5 * b5 + 4, 1e-14));
constexpr auto path5 = newton_minimize(f5, vector{4.0, 4.0});
static_assert(path5.status == status::converged && path5.x[0] == 0 && path5.x[1] == 0);
static_assert(near(path5.trace[1][0], 2.58274, 5e-6) && near(path5.trace[1][1], 2.62129, 5e-6));
static_assert(near(path5.trace[4][0], 0.335194, 5e-7) && near(path5.trace[7][1], 3.55365e-8, 5e-14));

// ---- section 7: f = 85 - (1/90) x^2 (x - 6) y^2 (y - 6), minimum (4, 4) ----
constexpr auto f7 = 85_c - 1_c / 90_c * x * x * (x - 6_c) * y * y * (y - 6_c);
constexpr auto g7 = gradient_expr(f7)(1.0, 1.0);
static_assert(close(g7[0], -0.5) && close(g7[1], -0.5));
constexpr auto H7 = hessian_expr(f7)(4.0, 4.0);
static_assert(close(H7(0, 0), 64.0 / 15) && close(H7(1, 1), 64.0 / 15) && near(H7(0, 1), 0, 1e-15));
static_assert(close(hessian(f7, vector{4.0, 4.0})(0, 0), 64.0 / 15));
constexpr auto newton7 = newton_minimize(f7, std::array{3.2, 3.2});
static_assert(newton7.status == status::converged && near(newton7.x[0], 4.0, 1e-15) && near(newton7.x[1], 4.0, 1e-15));
static_assert(near(newton7.trace[1][0], 4.693333, 5e-7) && near(newton7.trace[2][0], 3.933574, 5e-7));
static_assert(near(newton7.trace[3][0], 4.001253, 5e-7) && near(newton7.trace[4][0], 4.0000004, 5e-8));
constexpr auto descent7 = gradient_descent(f7, std::array{3.2, 3.2}, {.max_iterations = 1000, .learning_rate = 0.05, .rel_tol = 1e-4});
static_assert(descent7.status == status::converged && near(descent7.x[0], 4, 0.002) && near(descent7.x[1], 4, 0.002));

// ---- systems: jacobian (duals) and jacobian_expr (symbolic) agree ----
constexpr auto F = system(x * x + y * y - 4_c, exp(x) + y - 1_c);
constexpr auto J = jacobian(F, vector{0.5, -1.0});
constexpr auto Jexpr = jacobian_expr(F)(0.5, -1.0);
static_assert(J(0, 0) == 1.0 && J(0, 1) == -2.0 && J(1, 0) == fluxion::exp(0.5) && J(1, 1) == 1.0);
static_assert(Jexpr == J);
// With f = grad F the Jacobian is the Hessian of F (section 6).
static_assert(jacobian(gradient_expr(f5), vector{a5, b5}) == hessian_expr(f5)(a5, b5));

// ---- Newton for systems (solvers/newton_system.hpp) takes an expression system ----
constexpr auto circle_line = system(x * x + y * y - 4_c, x - y);
constexpr auto sys_root = newton_root(circle_line, std::array{1.0, 2.0});
static_assert(sys_root.status == status::converged && close(sys_root.x[0], fluxion::sqrt(2.0)) &&
              close(sys_root.x[1], fluxion::sqrt(2.0)));
// grad f = 0 by Newton on the symbolic gradient (its Jacobian is the Hessian): section 5 again.
constexpr auto grad_root = newton_root(gradient_expr(f5), vector{4.0, 4.0});
static_assert(grad_root.status == status::converged && grad_root.x[0] == 0 && grad_root.x[1] == 0);
static_assert(near(grad_root.trace[1][0], 2.58274, 5e-6) && near(grad_root.trace[1][1], 2.62129, 5e-6));
// classify (analysis/classify.hpp) on expressions: section 4's three cases, section 7's points.
static_assert(classify(f4, vector{0.0, 0.0}).kind == stationary_kind::minimum);
static_assert(classify(-2_c * x * x - 3_c * y * y - x * y + 15_c, vector{0.0, 0.0}).kind == stationary_kind::maximum);
static_assert(classify(2_c * x * x - 2_c * y * y, vector{0.0, 0.0}).kind == stationary_kind::saddle);
static_assert(classify(f7, vector{4.0, 4.0}).kind == stationary_kind::minimum);
static_assert(classify(f7, vector{0.0, 0.0}).kind == stationary_kind::inconclusive); // not a saddle (erratum)
static_assert(classify(g, omega.x).kind == stationary_kind::minimum);

// ---- the benchmark expression: second derivative of exp(x) / sqrt(sin^3 x + cos^3 x) ----
constexpr auto hard = exp(x) / sqrt(pow(sin(x), 3_c) + pow(cos(x), 3_c));
constexpr auto hard2 = d(d(hard, x), x);
static_assert(close(hard2(0.5), second_derivative(hard, 0.5), 1e-14));
static_assert(close(hard2(1.1), second_derivative(hard, 1.1), 1e-14));
} // namespace

int main() {}
