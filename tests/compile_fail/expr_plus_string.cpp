// An expression combines only with expressions and plain numbers.
// expect: fluxion: unsupported operation
// expect-first: fluxion: unsupported operation
#include <fluxion/fluxion.hpp>

#include <string>

using namespace fluxion;

#ifdef FLUXION_COMPILE_FAIL
const auto f = x + std::string("1");
#else
const auto f = x + 1;
#endif

int main() { return f(1.0) == 2.0 ? 0 : 1; }
