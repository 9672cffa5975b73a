// Mistake: passing a callable that only accepts double to a solver. Newton's
// method gets f' by evaluating f on a dual number, so f must be generic
// (an auto parameter).
#include <fluxion/solvers.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr auto f = [](double x) { return x * x - 9; };
#else
constexpr auto f = [](auto x) { return x * x - 9; };
#endif

constexpr auto r = fluxion::newton_root(f, 1.0);

// expect: f cannot be evaluated on fluxion::dual numbers

int main() { return r.x == 3.0 ? 0 : 1; }
