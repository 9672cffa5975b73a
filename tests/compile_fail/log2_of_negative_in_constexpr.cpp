// log2(-8) has no real value: a domain error. At run time fluxion::log2
// returns NaN, as IEEE says; in a constant expression the library calls the
// non-constexpr detail::log2_of_negative_argument, so the compiler stops and
// names the mistake. (log2(0) is not an error: it is the pole -inf, a value.)
#include <fluxion/math/log2.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr double y = fluxion::log2(-8.0);
#else
constexpr double y = fluxion::log2(8.0);
#endif

// expect: log2_of_negative_argument
// expect-first: log2_of_negative_argument

int main() { return y == 3 ? 0 : 1; }
