// Expressions: exp(x) - log(x) written in C++ is a type the compiler can
// evaluate and differentiate (worked example 2: the minimum of g is W(1)).
#include <fluxion/fluxion.hpp>

#include <cstdio>
#include <type_traits>

using namespace fluxion;

constexpr auto g = exp(x) - log(x);          // an empty type: sizeof(g) == 1
constexpr auto dg = d(g, x);                 // e^x - 1/x, simplified by the compiler
constexpr auto d2g = d(dg, x);               // e^x + 1/x^2
static_assert(std::is_same_v<decltype(d(g, x)), decltype(exp(x) - 1_c / x)>);
static_assert(std::is_same_v<decltype(d(dg, x)), decltype(exp(x) + 1_c / pow(x, 2_c))>);
static_assert(g(1.0) == fluxion::exp(1.0) && dg(0.5) == derivative(g, 0.5));

constexpr auto r = newton_minimize(g, 0.05); // expressions go wherever a generic lambda goes
static_assert(r.status == status::converged && r.x == 0.5671432904097838 && d2g(r.x) > 0);

int main() {
    std::printf(" k  x_k                 g'(x_k)              g''(x_k)\n");
    for (std::size_t k = 0; k < r.trace.size(); ++k) {
        const double t = r.trace[k];
        std::printf("%2zu  %.16f  %+.12e  %.12f\n", k, t, dg(t), d2g(t));
    }
    return g(r.x) == g(0.5671432904097838) ? 0 : 1; // the same bits at run time
}
