// Compile-time suite: building and evaluating expressions (fluxion/expr.hpp).
// Values are checked against fluxion's math functions and analytic formulas;
// types against the node vocabulary and the simplification rules.
#include <fluxion/fluxion.hpp>

#include <array>
#include <cstdlib> // declares ::system: fluxion's system must still be found
#include <string>
#include <type_traits>

namespace {
using namespace fluxion;
namespace hana = boost::hana;

// ---- node vocabulary ----
constexpr auto g = exp(x) - log(x);
static_assert(std::is_same_v<decltype(g), const binary<minus_op, unary<exp_op, var<0>>, unary<log_op, var<0>>>>);
static_assert(std::is_same_v<decltype(2.0 * x), binary<times_op, literal<double>, var<0>>>);
static_assert(std::is_same_v<decltype(x + 1), binary<plus_op, var<0>, literal<double>>>);
static_assert(std::is_same_v<decltype(pow(x, 2.5)), binary<pow_op, var<0>, literal<double>>>);
static_assert(std::is_same_v<decltype(pow(x, y)), binary<pow_op, var<0>, var<1>>>);
static_assert(std::is_same_v<decltype(-sin(x)), unary<negate_op, unary<sin_op, var<0>>>>);
static_assert(std::string_view(decltype(g)::op::name) == "-" && std::string_view(decltype(g)::left_type::op::name) == "exp");

// ---- compile-time constants ----
static_assert(std::is_same_v<decltype(2_c), constant<2>>);
static_assert(std::is_same_v<decltype(0.5_c), constant<1, 2>>);
static_assert(std::is_same_v<decltype(0.8_c), constant<4, 5>>);
static_assert(std::is_same_v<decltype(-2_c), constant<-2>>);
static_assert(std::is_same_v<decltype(1_c / 2_c + 1_c / 3_c), constant<5, 6>>);
static_assert(std::is_same_v<decltype(2_c * 3_c - 6_c), constant<0>>);
static_assert(std::is_same_v<decltype(pow(2_c / 3_c, -2_c)), constant<9, 4>>);
static_assert((1_c / 3_c)(0.0) == 1.0 / 3.0);

// ---- empty types and structural types ----
static_assert(sizeof(x) == 1 && std::is_empty_v<decltype(x)>);
static_assert(std::is_empty_v<decltype(g)> && sizeof(g) == 1);
static_assert(sizeof(2_c * x * x + 3_c * y * y - x * y) == 1);
static_assert(sizeof(d(d(exp(x) / sqrt(pow(sin(x), 3_c) + pow(cos(x), 3_c)), x), x)) == 1);
static_assert(sizeof(2.0 * x) == sizeof(double));
template <auto F> constexpr double at_half = F(0.5); // an expression as a template argument
static_assert(at_half<g> == fluxion::exp(0.5) - fluxion::log(0.5));
static_assert(at_half<d(g, x)> == fluxion::exp(0.5) - 1 / 0.5);

// ---- evaluation: positional, points, number types ----
static_assert(g(1.0) == fluxion::exp(1.0));
static_assert(g(2) == fluxion::exp(2.0) - fluxion::log(2.0)); // integers are taken as doubles
static_assert(std::is_same_v<decltype(g(0.5f)), float> && g(0.5f) == fluxion::exp(0.5f) - fluxion::log(0.5f));
constexpr auto f4 = 2 * x * x + 3 * y * y - x * y; // worked example 4
static_assert(f4(1.0, 2.0) == 2.0 + 12.0 - 2.0);
static_assert(f4(std::array{1.0, 2.0}) == 12.0 && f4(vector{1.0, 2.0}) == 12.0 && f4(std::array{1, 2}) == 12.0);
static_assert((x / y)(1, 2) == 0.5); // not integer division
static_assert((y * y)(100.0, 3.0) == 9.0);
static_assert((x + 2_c)(1.0) == 3.0 && (x - 0.5)(1.0) == 0.5 && (1.0 / x)(4.0) == 0.25);
static_assert(pow(x, 3_c)(-2.0) == -8.0 && pow(x, -1_c)(4.0) == 0.25);
static_assert(pow(x, 0.5_c)(2.0) == fluxion::pow(2.0, 0.5) && pow(x, 2.5)(2.0) == fluxion::pow(2.0, 2.5));
static_assert(pow(x, y)(2.0, 10.0) == 1024.0 && pow(2.0, x)(3.0) == 8.0);
static_assert(atan2(y, x)(1.0, 1.0) == fluxion::atan2(1.0, 1.0) && hypot(x, y)(3.0, 4.0) == 5.0);
static_assert(sign(x)(-0.0) == -1.0 && sign(x)(0.0) == 1.0 && abs(x)(-3.0) == 3.0);
// Every function evaluates as the math library does.
static_assert(expm1(x)(0.25) == fluxion::expm1(0.25) && log1p(x)(0.25) == fluxion::log1p(0.25));
static_assert(log2(x)(0.25) == -2.0 && log10(x)(1000.0) == 3.0 && sqrt(x)(0.25) == 0.5 && cbrt(x)(27.0) == 3.0);
static_assert(sin(x)(0.25) == fluxion::sin(0.25) && cos(x)(0.25) == fluxion::cos(0.25) && tan(x)(0.25) == fluxion::tan(0.25));
static_assert(asin(x)(0.25) == fluxion::asin(0.25) && acos(x)(0.25) == fluxion::acos(0.25) && atan(x)(0.25) == fluxion::atan(0.25));
static_assert(sinh(x)(0.25) == fluxion::sinh(0.25) && cosh(x)(0.25) == fluxion::cosh(0.25) && tanh(x)(0.25) == fluxion::tanh(0.25));
// On dual numbers: value and derivative, as the lambda [](auto t) { return exp(t) - log(t); } gives.
constexpr auto gd = g(dual<double>{0.5, 1.0});
static_assert(gd.value == fluxion::exp(0.5) - fluxion::log(0.5) && gd.d[0] == fluxion::exp(0.5) - 1 / 0.5);
constexpr auto gh = g(hyper_dual<double>{0.5, 1.0, 1.0, 0.0});
static_assert(gh.d12 == fluxion::exp(0.5) + 1 / (0.5 * 0.5)); // g'' = e^x + 1/x^2
constexpr auto gn = g(dual<dual<double>>{dual<double>{0.5, 1.0}, dual<double>{1.0, 0.0}});
static_assert(gn.d[0].d[0] == gh.d12);
// A constant expression evaluated on duals has derivative 0.
static_assert(derivative(log(2_c) * 1_c, 3.0) == 0.0 && (2_c)() == 2.0);

// ---- variables and arity (Boost.Hana) ----
static_assert(variables(x * z) == hana::make_tuple(hana::size_c<0>, hana::size_c<2>));
static_assert(variables(sin(y) + x * y) == hana::make_tuple(hana::size_c<0>, hana::size_c<1>));
static_assert(hana::length(variables(3_c)) == hana::size_c<0>);
static_assert(arity_v<decltype(x * z)> == 3 && arity_v<decltype(y)> == 2 && arity_v<decltype(1_c)> == 0);
constexpr var<3> w;
static_assert((w * x)(2.0, 0.0, 0.0, 5.0) == 10.0 && arity_v<decltype(w)> == 4);

// ---- expressions do not hijack other types' operators ----
constexpr dual<double> a{1.0, 2.0}, b{3.0, 4.0};
static_assert(std::is_same_v<decltype(a + b), dual<double>> && (a * b).d[0] == 10.0);
static_assert(std::is_same_v<decltype(vector{1.0, 2.0} + vector{3.0, 4.0}), vector<double, 2>>);
static_assert(std::is_same_v<decltype(std::declval<std::string>() + std::declval<std::string>()), std::string>);
static_assert(!detail::expression_operands<var<0>, std::string> && !detail::expression_operands<dual<double>, double>);

// ---- system: a vector function; <cstdlib>'s ::system does not get in the way ----
constexpr auto F = system(x * y, x + 3 * y);
static_assert(F(2.0, 5.0)[0] == 10.0 && F(vector{2.0, 5.0})[1] == 17.0);
constexpr auto JF = jacobian(F, vector{2.0, 5.0});
static_assert(JF(0, 0) == 5 && JF(0, 1) == 2 && JF(1, 0) == 1 && JF(1, 1) == 3);
static_assert(jacobian_expr(F)(2.0, 5.0) == JF);
static_assert(system(x, z)(1.0, 2.0, 3.0)[1] == 3.0); // components of lower arity take the system's point
} // namespace

int main() {}
