// Mistake: the gradient of a function of 2 coordinates asked at a 3-D point.
// f takes (x, y); the point has 3 coordinates, so f can be called neither as
// f(p[0], p[1], p[2]) nor as f(p). The wrong-use overload of gradient() says so.
#include <fluxion/gradient.hpp>

#include <array>

constexpr auto f = [](auto x, auto y) { return x * x * y; };
#ifdef FLUXION_COMPILE_FAIL
constexpr std::array<double, 3> p{1.0, 2.0, 3.0};
#else
constexpr std::array<double, 2> p{1.0, 2.0};
#endif
constexpr auto g = fluxion::gradient(f, p);
static_assert(g[0] == 4.0 && g[1] == 1.0);

int main() {}

// expect-first: wrong point dimension
