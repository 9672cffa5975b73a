// Mistake: a derivative asked at something that is not a number.
#include <fluxion/derivative.hpp>

constexpr auto f = [](auto t) { return t * t; };
#ifdef FLUXION_COMPILE_FAIL
constexpr double d = fluxion::derivative(f, "3.0");
#else
constexpr double d = fluxion::derivative(f, 3.0);
#endif
static_assert(d == 6.0);

int main() {}

// expect-first: x must be a number
