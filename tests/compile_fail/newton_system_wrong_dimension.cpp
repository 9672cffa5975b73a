// Mistake: Newton's method for a system needs as many equations as unknowns
// (a square Jacobian to solve with). Here F returns 3 values for a 2-D point.
#include <fluxion/solvers/newton_system.hpp>

#include <array>

#ifdef FLUXION_COMPILE_FAIL
constexpr auto F = [](auto x, auto y) { return std::array{x * x + y * y - 4, x - y, x + y}; };
#else
constexpr auto F = [](auto x, auto y) { return std::array{x * x + y * y - 4, x - y}; };
#endif

constexpr auto r = fluxion::newton_root(F, std::array{1.0, 2.0});

// expect: F must return as many values as the point has coordinates

int main() { return r.iterations > 0 ? 0 : 1; }
