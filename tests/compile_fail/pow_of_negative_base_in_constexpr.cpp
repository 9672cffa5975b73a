// (-8)^(1/3) has no real value in pow: a negative base with a non-integer
// exponent is a domain error (C99 Annex F). At run time fluxion::pow returns
// NaN, as IEEE says; in a constant expression the library calls the
// non-constexpr detail::pow_of_negative_base_with_non_integer_exponent, so the
// compiler stops and names the mistake. An integer exponent is fine:
// pow(-8.0, 3.0) == -512.
#include <fluxion/math/pow.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr double y = fluxion::pow(-8.0, 1.0 / 3);
#else
constexpr double y = fluxion::pow(-8.0, 3.0);
#endif

// expect: pow_of_negative_base_with_non_integer_exponent
// expect-first: pow_of_negative_base_with_non_integer_exponent

int main() { return y == -512.0 ? 0 : 1; }
