#include <fluxion/fluxion.hpp>

constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };

// Newton's method for the minimum of g: x <- x - g'(x) / g''(x), derivatives exact (dual numbers)
constexpr double newton_minimum(double x) {
    for (int k = 0; k < 8; ++k) x -= fluxion::derivative(g, x) / fluxion::second_derivative(g, x);
    return x;
}
constexpr double x_star = newton_minimum(0.05);                    // run by the compiler
static_assert(fluxion::abs(x_star - 0.5671432904097838) < 1e-16);  // omega = W(1)

int main() { return newton_minimum(0.05) == x_star ? 0 : 1; }      // same bits at run time
