// asin(2) has no real value: a domain error. At run time fluxion::asin returns
// NaN, as IEEE says; in a constant expression the library calls the
// non-constexpr detail::asin_of_argument_beyond_one, so the compiler stops and
// names the mistake.
#include <fluxion/math/asin.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr double y = fluxion::asin(2.0);
#else
constexpr double y = fluxion::asin(0.5);
#endif

// expect: asin_of_argument_beyond_one
// expect-first: asin_of_argument_beyond_one

int main() { return y > 0 ? 0 : 1; }
