// An expression of x and y takes 2 coordinates; a 3-D point is a mistake,
// reported by the expression's own static_assert, not by a failed constraint.
// expect: fluxion: wrong number of coordinates
// expect-gcc: coordinates_expected_given<2, 3>
// expect-clang: coordinates_expected_given<2UL, 3UL>
// expect-first: fluxion: wrong number of coordinates
#include <fluxion/fluxion.hpp>

using namespace fluxion;
constexpr auto f = 2 * x * x + 3 * y * y - x * y;

#ifdef FLUXION_COMPILE_FAIL
constexpr auto g = gradient(f, vector{1.0, 2.0, 3.0});
#else
constexpr auto g = gradient(f, vector{1.0, 2.0});
static_assert(g[0] == 2.0 && g[1] == 11.0);
#endif

int main() {}
