// log(-1) has no real value: a domain error. At run time fluxion::log returns
// NaN, as IEEE says; in a constant expression the library calls the
// non-constexpr detail::log_of_negative_argument, so the compiler stops and
// names the mistake. (log(0) is not an error: it is the pole -inf, a value.)
#include <fluxion/math/log.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr double y = fluxion::log(-1.0);
#else
constexpr double y = fluxion::log(1.0);
#endif

// expect: log_of_negative_argument
// expect-first: log_of_negative_argument

int main() { return y == 0 ? 0 : 1; }
