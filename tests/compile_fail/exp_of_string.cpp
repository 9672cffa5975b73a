// fluxion's math functions take numbers: the `arithmetic` concept (integers
// and floating-point types, as <cmath>) rejects a std::string, and the
// diagnostic names the unsatisfied constraint.
#include <fluxion/math/exp.hpp>

#include <string>

#ifdef FLUXION_COMPILE_FAIL
const auto y = fluxion::exp(std::string{"1.0"});
#else
const auto y = fluxion::exp(1.0);
#endif

// Both compilers name the concept (exp's return type is deduced, so Clang
// checks the constraint before substituting into floating_t<T>).
// expect: constraints not satisfied
// expect-gcc: required for the satisfaction of ‘arithmetic<T>’ [with T = std::__cxx11::basic_string<char
// expect-clang: because 'std::basic_string<char>' does not satisfy 'arithmetic'
// expect-first-gcc: exp(std::string)
// expect-first-clang: [with T = std::basic_string<char>]
int main() { return y > 0 ? 0 : 1; }
