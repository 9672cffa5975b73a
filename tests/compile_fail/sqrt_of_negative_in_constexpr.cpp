// sqrt(-1) has no real value: a domain error. At run time fluxion::sqrt returns
// NaN, as IEEE says; in a constant expression the library calls the
// non-constexpr detail::sqrt_of_negative_argument, so the compiler stops and
// names the mistake.
#include <fluxion/math/sqrt.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr double y = fluxion::sqrt(-1.0);
#else
constexpr double y = fluxion::sqrt(1.0);
#endif

// expect: sqrt_of_negative_argument
// expect-first: sqrt_of_negative_argument

int main() { return y > 0 ? 0 : 1; }
