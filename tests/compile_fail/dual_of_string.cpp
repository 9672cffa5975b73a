// Mistake: a dual number over a type that is not a floating-point number.
// dual<T, N> holds a value and N derivatives of type T; T must be float,
// double or long double (or a dual, for nested derivatives).
#include <fluxion/ad/dual.hpp>

#include <string>

#ifdef FLUXION_COMPILE_FAIL
const fluxion::dual<std::string> x{std::string("0.5")};
#else
const fluxion::dual<double> x{0.5, 1.0};
#endif

int main() { return static_cast<int>(x.d.size()) - 1; }

// expect-first: T must be a real number type
