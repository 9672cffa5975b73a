// x + z uses the third coordinate (z = var<2>), so it takes 3 coordinates.
// expect: fluxion: wrong number of coordinates
// expect-gcc: coordinates_expected_given<3, 2>
// expect-clang: coordinates_expected_given<3UL, 2UL>
// expect-first: fluxion: wrong number of coordinates
#include <fluxion/fluxion.hpp>

using namespace fluxion;
constexpr auto f = x + z;

#ifdef FLUXION_COMPILE_FAIL
static_assert(f(1.0, 2.0) == 3.0);
#else
static_assert(f(1.0, 2.0, 3.0) == 4.0);
#endif

int main() {}
