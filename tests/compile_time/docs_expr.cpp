// The code blocks of docs/expressions.md, compiled as they are shown there
// (tests/docs_snippets.py checks that each block appears here verbatim).
#include <fluxion/fluxion.hpp>

#include <array>
#include <type_traits>

namespace building {
using namespace fluxion;

constexpr auto g = exp(x) - log(x);              // x, y, z are var<0>, var<1>, var<2>
constexpr auto f = 2_c * x * x + 3_c * y * y - x * y;
constexpr auto h = 0.8 * pow(y, 4_c) + sigmoid(x / 2_c);  // 0.8 is a run-time literal
constexpr var<3> w;                              // more variables: name them
static_assert(sizeof(g) == 1 && sizeof(f) == 1); // only variables and _c constants: no data
static_assert(sizeof(h) == sizeof(double));      // the 0.8 is stored
static_assert((w * x)(1.0, 0.0, 0.0, 2.0) == 2.0);
} // namespace building

namespace evaluating {
using namespace fluxion;
constexpr auto f = 2_c * x * x + 3_c * y * y - x * y;

static_assert(f(1.0, 2.0) == 12.0);                              // positional: x = 1, y = 2
static_assert(f(std::array{1.0, 2.0}) == 12.0 && f(vector{1.0, 2.0}) == 12.0);
static_assert(f(1, 2) == 12.0);                                  // integers are taken as doubles
static_assert(std::is_same_v<decltype(f(1.0f, 2.0f)), float>);   // float in, float out
constexpr auto t = f(dual<double, 2>{1.0, {1.0, 0.0}}, dual<double, 2>{2.0, {0.0, 1.0}});
static_assert(t.value == 12.0 && t.d[0] == 2.0 && t.d[1] == 11.0); // the gradient, by hand
} // namespace evaluating

namespace api {
using namespace fluxion;

constexpr auto g = exp(x) - log(x);
static_assert(derivative(g, 0.5) == d(g, x)(0.5));                 // duals and symbols agree
static_assert(second_derivative(g, 0.5) == d(d(g, x), x)(0.5));
constexpr auto f = 2_c * x * x + 3_c * y * y - x * y;
static_assert(gradient(f, vector{1.0, 2.0}) == gradient_expr(f)(1.0, 2.0)); // (4x - y, 6y - x)
static_assert(hessian(f, vector{0.0, 0.0}) == hessian_expr(f)(0.0, 0.0));  // [[4, -1], [-1, 6]]
constexpr auto r = newton_minimize(g, 0.05);
static_assert(r.status == status::converged && r.x == 0.5671432904097838);
constexpr auto m = newton_minimize(f, vector{1.0, 1.0});
static_assert(m.status == status::converged && m.x[0] == 0.0 && m.x[1] == 0.0);
} // namespace api

namespace differentiating {
using namespace fluxion;

static_assert(std::is_same_v<decltype(d(exp(x) - log(x), x)), decltype(exp(x) - 1_c / x)>);
static_assert(std::is_same_v<decltype(d(d(d(d(sin(x), x), x), x), x)), decltype(sin(x))>);
static_assert(std::is_same_v<decltype(d(exp(sin(x)), x)), decltype(cos(x) * exp(sin(x)))>);
static_assert(std::is_same_v<decltype(sin(x) / sin(x)), constant<1>>);
static_assert(std::is_same_v<decltype(pow(pow(x, 2_c), 2_c)), decltype(pow(x, 4_c))>);
static_assert(std::is_same_v<decltype(d(2_c * x * x + 3_c * y * y - x * y, x)), decltype(4_c * x - y)>);
static_assert(std::is_same_v<decltype(d(x * y, x)), var<1>> && std::is_same_v<decltype(d(x * y, z)), constant<0>>);
} // namespace differentiating

namespace systems {
using namespace fluxion;
namespace hana = boost::hana;

static_assert(variables(sin(z) * x) == hana::make_tuple(hana::size_c<0>, hana::size_c<2>));
static_assert(arity_v<decltype(sin(z) * x)> == 3);               // f(x, y, z): y unused

constexpr auto F = system(x * x + y * y - 4_c, exp(x) + y - 1_c); // R^2 -> R^2
static_assert(F(0.0, 2.0)[0] == 0.0 && F(0.0, 2.0)[1] == 2.0);
static_assert(jacobian(F, vector{0.5, -1.0}) == jacobian_expr(F)(0.5, -1.0));
} // namespace systems

int main() {}
