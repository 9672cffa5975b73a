// The code of docs/faq.md, compiled: floating-point comparisons, float
// versus double, and splitting a long computation across constexpr variables.
#include <fluxion/fluxion.hpp>

#include <type_traits>

namespace {

// [equality]
static_assert(0.1 + 0.2 != 0.3); // binary floating point: neither side is exactly 3/10
constexpr bool near(double a, double b, double rel) { return fluxion::abs(a - b) <= rel * fluxion::abs(b); }
static_assert(near(0.1 + 0.2, 0.3, 1e-15));
// Newton for sqrt(2) ends one ulp away from the correctly rounded sqrt:
constexpr auto root = fluxion::newton_root([](auto x) { return x * x - 2; }, 1.0);
static_assert(root.x != fluxion::sqrt(2.0) && near(root.x, fluxion::sqrt(2.0), 2.3e-16));
// [equality]

// [trace]
constexpr auto run = fluxion::newton_root([](auto x) { return x * x - 9; }, 1.0);
static_assert(run.trace.size() == 8);         // x_0 ... x_7 are stored
static_assert(run.trace[7] == run.x);         // the last one; run.trace[8] would not compile
static_assert(run.trace.back() == run.x);     // the last iterate
// [trace]

// [float]
constexpr auto g = [](auto x) { return fluxion::exp(x) - fluxion::log(x); };
constexpr auto in_float = fluxion::newton_minimize(g, 0.05f); // float in, float out
static_assert(std::is_same_v<decltype(in_float.x), float>);
static_assert(fluxion::abs(in_float.x - 0.5671432904097838) < 6e-8); // float's ulp here is 6e-8
static_assert(std::is_same_v<decltype(fluxion::exp(1)), double>);    // integers compute in double
// [float]

} // namespace

int main() {}
