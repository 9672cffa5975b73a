// Mistake: adding a dual<float> and a dual<double>. Which precision should the
// sum have? fluxion does not guess: the mix is rejected with a message, and
// the fix is an explicit conversion of one side.
#include <fluxion/ad/dual.hpp>

constexpr fluxion::dual<float> a{0.5f, 1.0f};
constexpr fluxion::dual<double> b{2.0, 0.0};
#ifdef FLUXION_COMPILE_FAIL
constexpr auto c = a + b;
#else
constexpr auto c = fluxion::dual<double>{a.value, a.d[0]} + b;
#endif
static_assert(c.value == 2.5 && c.d[0] == 1.0);

int main() {}

// expect-first: dual<float> and dual<double>
// expect: ambiguous
