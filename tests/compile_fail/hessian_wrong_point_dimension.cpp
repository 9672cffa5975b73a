// Mistake: the Hessian of a function of 2 coordinates asked at a 3-D point
// (a fluxion::vector this time): reported like gradient's.
#include <fluxion/hessian.hpp>

constexpr auto f = [](auto x, auto y) { return x * x * y; };
#ifdef FLUXION_COMPILE_FAIL
constexpr fluxion::vector<double, 3> p{1.0, 2.0, 3.0};
#else
constexpr fluxion::vector<double, 2> p{1.0, 2.0};
#endif
constexpr auto H = fluxion::hessian(f, p);
static_assert(H(0, 0) == 4.0 && H(0, 1) == 2.0 && H(1, 1) == 0.0);

int main() {}

// expect-first: wrong point dimension
