// A solver's trace always holds the start point x0, so a trace capacity of 0
// is a mistake: the static_assert in fluxion::iterate_trace says so.
#include <fluxion/solvers/newton_root.hpp>

constexpr auto f = [](auto x) { return x * x - 9; };
#ifdef FLUXION_COMPILE_FAIL
constexpr auto r = fluxion::newton_root<0>(f, 1.0);
#else
constexpr auto r = fluxion::newton_root<1>(f, 1.0);
#endif

// expect: a solver's trace capacity must be at least 1
// expect-first: a solver's trace capacity must be at least 1

int main() { return r.x == 3.0 ? 0 : 1; }
