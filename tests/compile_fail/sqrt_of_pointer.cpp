// fluxion's math functions take numbers: the `arithmetic` concept (integers
// and floating-point types, as <cmath>) rejects a pointer, and the diagnostic
// names the unsatisfied constraint.
#include <fluxion/math/sqrt.hpp>

constexpr double x = 2.0;
#ifdef FLUXION_COMPILE_FAIL
constexpr double y = fluxion::sqrt(&x);
#else
constexpr double y = fluxion::sqrt(x);
#endif

// GCC checks the constraint first (CWG 2369) and names the concept; Clang 14
// substitutes into the return type floating_t<T> first, whose own constraint
// is arithmetic<T>, and names that alias template instead.
// expect-gcc: constraints not satisfied
// expect-gcc: required for the satisfaction of ‘arithmetic<T>’ [with T = const double*]
// expect-clang: does not satisfy 'arithmetic'
// expect-first-gcc: sqrt(const double*)
// expect-first-clang: [with T = const double *]

int main() { return y > 0 ? 0 : 1; }
