// A 2 x 3 matrix times a vector of size 2: the sizes are template parameters,
// so the mistake is caught at compile time, and the static_assert in
// fluxion's operator* says which sizes must agree (instead of a list of
// operator* candidates that do not match).
#include <fluxion/linalg/matrix.hpp>

constexpr fluxion::matrix<double, 2, 3> A{{{1, 2, 3}, {4, 5, 6}}};
#ifdef FLUXION_COMPILE_FAIL
constexpr auto y = A * fluxion::vector<double, 2>{1, 1};
#else
constexpr auto y = A * fluxion::vector<double, 3>{1, 1, 1};
#endif

// expect: matrix * vector: the vector's size must equal the matrix's number of columns
// expect-first: the vector's size must equal the matrix's number of columns

int main() { return y[0] == 6 ? 0 : 1; }
