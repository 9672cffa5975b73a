// Mistake: differentiating a callable that only accepts double. derivative()
// evaluates f on a dual number, so f must be generic (auto parameter).
#include <fluxion/derivative.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr auto f = [](double t) { return t * t; };
#else
constexpr auto f = [](auto t) { return t * t; };
#endif

static_assert(fluxion::derivative(f, 3.0) == 6.0);

int main() {}

// expect: fluxion::derivative(f, x)
// expect-first: cannot be evaluated on fluxion::dual numbers
