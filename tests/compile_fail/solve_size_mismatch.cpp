// Mistake: solve(A, b) with b of the wrong size (A is 3 x 3, b has 2 entries).
#include <fluxion/linalg/solve.hpp>

constexpr fluxion::matrix<double, 3, 3> A{{{2, 0, 0}, {0, 4, 0}, {0, 0, 8}}};
#ifdef FLUXION_COMPILE_FAIL
constexpr fluxion::vector<double, 2> b{2, 4};
#else
constexpr fluxion::vector<double, 3> b{2, 4, 8};
#endif
constexpr auto r = fluxion::solve(A, b);
static_assert(r.status == fluxion::status::converged && r.x[0] == 1 && r.x[1] == 1);

int main() {}

// expect-first: the size of b must equal the number of rows of A
