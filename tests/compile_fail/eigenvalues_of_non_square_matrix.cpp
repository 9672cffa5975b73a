// Mistake: eigenvalues of a matrix that is not square.
#include <fluxion/linalg/eigenvalues.hpp>

#ifdef FLUXION_COMPILE_FAIL
constexpr fluxion::matrix<double, 2, 3> A{{{2, 0, 0}, {0, 3, 0}}};
#else
constexpr fluxion::matrix<double, 2, 2> A{{{2, 0}, {0, 3}}};
#endif
constexpr auto e = fluxion::eigenvalues(A);
static_assert(e.status == fluxion::status::converged && e.values[0] == 2 && e.values[1] == 3);

int main() {}

// expect-first: the matrix must be square
