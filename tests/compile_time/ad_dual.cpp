// Compile-time suite: dual and hyper-dual arithmetic, the derivative rules,
// and derivative / second_derivative / derivative<K>. Compiling is the test.
#include <fluxion/derivative.hpp>

#include <limits>

namespace {
using fluxion::dual;
using fluxion::hyper_dual;

// ---- arithmetic: sum, product and quotient rules, exact on these numbers ----
constexpr dual<double> x{0.5, 1.0}; // x = 0.5, dx/dx = 1
constexpr auto y = x * x + 3 * x;   // y' = 2x + 3
static_assert(y.value == 1.75 && y.d[0] == 4.0 && y.derivative() == 4.0);
static_assert((1 / x).value == 2.0 && (1 / x).d[0] == -4.0);      // (1/x)' = -1/x^2
static_assert(((x * x) / x).d[0] == 1.0 && (x - 2).d[0] == 1.0 && (2 - x).d[0] == -1.0);
static_assert((-x).d[0] == -1.0 && (x / 4).d[0] == 0.25);
static_assert(x < 1 && x > 0.25 && x == 0.5 && 0.5 == x && x != dual<double>{0.75, 1.0});
static_assert([] {
    dual<double> z{2.0, 1.0};
    z *= z;   // z = z^2: 4, 4
    z += 1;   // 5, 4
    z /= 2;   // 2.5, 2
    z -= dual<double>{0.5, 1.0}; // 2, 1
    return z.value == 2 && z.d[0] == 1;
}());

// N directions at once: the gradient of f(u, v) = u^2 v at (3, 2) is (2uv, u^2) = (12, 9).
constexpr dual<double, 2> u{3.0, {1.0, 0.0}};
constexpr dual<double, 2> v{2.0, {0.0, 1.0}};
constexpr auto f_uv = u * u * v;
static_assert(f_uv.value == 18.0 && f_uv.d[0] == 12.0 && f_uv.d[1] == 9.0);

// ---- hyper-duals: eps1 eps2 part is the second derivative ----
constexpr hyper_dual<double> h{0.5, 1.0, 1.0, 0.0};
constexpr auto h3 = h * h * h; // x^3: 1/8, 3x^2 = 3/4, 6x = 3
static_assert(h3.value == 0.125 && h3.d1 == 0.75 && h3.d2 == 0.75 && h3.d12 == 3.0);
static_assert((1 / h).d12 == 16.0);                  // (1/x)'' = 2 / x^3
static_assert((h / (h * h)).d12 == 16.0);            // the quotient rule, second order
// Mixed partial of f(p, q) = p^2 q at (3, 2): seed eps1 along p, eps2 along q: f_pq = 2p = 6.
constexpr hyper_dual<double> p{3.0, 1.0, 0.0, 0.0};
constexpr hyper_dual<double> q{2.0, 0.0, 1.0, 0.0};
static_assert((p * p * q).d12 == 6.0 && (p * p * q).d1 == 12.0 && (p * p * q).d2 == 9.0);

// ---- the rules, wired into the math functions (value and derivatives) ----
constexpr double a = 0.7;
static_assert(fluxion::derivative([](auto t) { return fluxion::exp(t); }, a) == fluxion::exp(a));
static_assert(fluxion::derivative([](auto t) { return fluxion::sin(t); }, a) == fluxion::cos(a));
static_assert(fluxion::derivative([](auto t) { return fluxion::cos(t); }, a) == -fluxion::sin(a));
static_assert(fluxion::derivative([](auto t) { return fluxion::log(t); }, 0.5) == 2.0);
static_assert(fluxion::derivative([](auto t) { return fluxion::sqrt(t); }, 4.0) == 0.25);
static_assert(fluxion::second_derivative([](auto t) { return fluxion::sqrt(t); }, 4.0) == -1.0 / 32);
static_assert(fluxion::derivative([](auto t) { return fluxion::atan(t); }, 1.0) == 0.5);
static_assert(fluxion::second_derivative([](auto t) { return fluxion::atan(t); }, 1.0) == -0.5);
static_assert(fluxion::derivative([](auto t) { return fluxion::tanh(t); }, 0.0) == 1.0);
static_assert(fluxion::derivative([](auto t) { return fluxion::abs(t); }, -2.0) == -1.0);
static_assert(fluxion::derivative([](auto t) { return fluxion::pow(t, 3); }, -2.0) == 12.0);
static_assert(fluxion::second_derivative([](auto t) { return fluxion::pow(t, 3); }, -2.0) == -12.0);
static_assert(fluxion::derivative([](auto t) { return fluxion::pow(t, 0.5); }, 4.0) == 0.25);
static_assert(fluxion::derivative([](auto t) { return fluxion::pow(2.0, t); }, 3.0) == 8 * fluxion::log(2.0));
static_assert(fluxion::derivative([](auto t) { return fluxion::hypot(t, 4.0); }, 3.0) == 0.6);
static_assert(fluxion::derivative([](auto t) { return fluxion::atan2(t, 1.0); }, 0.0) == 1.0);
static_assert(fluxion::derivative([](auto) { return 3.0; }, 1.0) == 0.0); // a constant

// ---- the lecture's g(x) = e^x - log x: g' = e^x - 1/x, g'' = e^x + 1/x^2 ----
constexpr auto g = [](auto t) { return fluxion::exp(t) - fluxion::log(t); };
static_assert(fluxion::derivative(g, 1.0) == fluxion::exp(1.0) - 1.0);
static_assert(fluxion::derivative(g, 0.5) == fluxion::exp(0.5) - 2.0);
static_assert(fluxion::second_derivative(g, 0.5) == fluxion::exp(0.5) + 4.0);
static_assert(fluxion::derivative<2>(g, 0.5) == fluxion::exp(0.5) + 4.0); // nested duals agree
// g''' = e^x - 2/x^3: at 0.5, e^0.5 - 16
static_assert(fluxion::derivative<3>(g, 0.5) == fluxion::exp(0.5) - 16.0);

// ---- higher derivatives by nesting: the 4th derivative of sin is sin ----
static_assert(fluxion::derivative<4>([](auto t) { return fluxion::sin(t); }, a) == fluxion::sin(a));
static_assert(fluxion::derivative<5>([](auto t) { return fluxion::exp(t); }, a) == fluxion::exp(a));
static_assert(fluxion::derivative<3>([](auto t) { return t * t * t; }, 123.0) == 6.0);

// ---- types: float stays float, integers become double ----
static_assert(std::same_as<decltype(fluxion::derivative(g, 1.0f)), float>);
static_assert(std::same_as<decltype(fluxion::derivative(g, 1)), double>);
static_assert(fluxion::derivative(g, 1) == fluxion::exp(1.0) - 1.0);
} // namespace

int main() {}
