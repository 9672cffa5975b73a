// Mistake: the Jacobian of a map of 2 coordinates asked at a 1-D point.
#include <fluxion/jacobian.hpp>

#include <array>

constexpr auto F = [](auto x, auto y) { return std::array{x * y, x + y}; };
#ifdef FLUXION_COMPILE_FAIL
constexpr std::array<double, 1> p{1.0};
#else
constexpr std::array<double, 2> p{1.0, 2.0};
#endif
constexpr auto J = fluxion::jacobian(F, p);
static_assert(J(0, 0) == 2.0 && J(0, 1) == 1.0 && J(1, 0) == 1.0 && J(1, 1) == 1.0);

int main() {}

// expect-first: wrong point dimension
