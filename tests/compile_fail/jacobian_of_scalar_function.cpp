// Mistake: jacobian() of a scalar function. The Jacobian is for a map
// R^n -> R^m returning a point (std::array or fluxion::vector); for a scalar f,
// gradient() is the call wanted.
#include <fluxion/jacobian.hpp>

#include <array>

#ifdef FLUXION_COMPILE_FAIL
constexpr auto F = [](auto x, auto y) { return x * y; };
#else
constexpr auto F = [](auto x, auto y) { return std::array{x * y}; };
#endif
constexpr auto J = fluxion::jacobian(F, std::array{1.0, 2.0});
static_assert(J(0, 0) == 2.0 && J(0, 1) == 1.0);

int main() {}

// expect-first: F must return a std::array or fluxion::vector
