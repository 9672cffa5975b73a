// fmod(x, 0) has no value: a domain error. At run time fluxion::fmod returns
// NaN, as IEEE says; in a constant expression the library calls the
// non-constexpr detail::fmod_by_zero, so the compiler stops and names the
// mistake.
#include <fluxion/math/fmod.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr double r = fluxion::fmod(7.5, 0.0);
#else
constexpr double r = fluxion::fmod(7.5, 2.0);
#endif

// expect: fmod_by_zero
// expect-first: fmod_by_zero

int main() { return r > 0 ? 0 : 1; }
