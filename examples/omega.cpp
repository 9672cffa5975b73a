#include <fluxion/fluxion.hpp>
#include <cstdio>
using namespace fluxion;

constexpr auto g = exp(x) - log(x);                     // an expression: a type the compiler reads
static_assert(to_string(d(g, x)) == "exp(x) - 1 / x");  // differentiated symbolically, simplified

constexpr auto r = newton_minimize(g, 0.05);            // x <- x - g'(x) / g''(x), run by the compiler
static_assert(r.status == status::converged && r.x == 0.5671432904097838); // omega = W(1)

int main() {                                            // the same code at run time: the same bits
    const auto s = newton_minimize(g, 0.05);
    std::printf("min of %s at x = %.16f, %zu Newton steps\n", to_string(g).c_str(), s.x, s.iterations);
    return s.x == r.x ? 0 : 1;
}
