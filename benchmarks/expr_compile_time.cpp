// The compile-time benchmark of expressions (benchmarks/compile_time.py --only expr):
// the second derivative of exp(x) / sqrt(sin(x)^3 + cos(x)^3), derived
// symbolically and evaluated in a constant expression, checked against the
// hyper-dual second derivative.
#include <fluxion/derivative.hpp>
#include <fluxion/expr.hpp>

using namespace fluxion;

constexpr auto f = exp(x) / sqrt(pow(sin(x), 3_c) + pow(cos(x), 3_c));
constexpr auto f2 = d(d(f, x), x);
static_assert(fluxion::abs(f2(0.5) - second_derivative(f, 0.5)) <= 1e-14 * fluxion::abs(second_derivative(f, 0.5)));

int main() {}
