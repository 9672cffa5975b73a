// sin(inf) has no value: a domain error. At run time fluxion::sin returns NaN,
// as IEEE says; in a constant expression the library calls the non-constexpr
// detail::sin_of_infinity, so the compiler stops and names the mistake.
#include <fluxion/math/sin.hpp>

#include <limits>

#ifdef FLUXION_COMPILE_FAIL
constexpr double y = fluxion::sin(std::numeric_limits<double>::infinity());
#else
constexpr double y = fluxion::sin(1.0);
#endif

// expect: sin_of_infinity
// expect-first: sin_of_infinity

int main() { return y > 0 ? 0 : 1; }
