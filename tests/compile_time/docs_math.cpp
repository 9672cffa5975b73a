// The code blocks of docs/math/*.md, compiled as they are shown there
// (tests/docs_snippets.py checks that each block appears here verbatim).
#include <fluxion/math.hpp>   // or one function: <fluxion/math/asin.hpp>, acos.hpp, atan.hpp, atan2.hpp

static_assert(fluxion::asin(0.5) == 0x1.0c152382d7366p-1);          // pi/6, rounded
static_assert(fluxion::acos(0.5) == 0x1.0c152382d7366p+0);          // pi/3, rounded
static_assert(fluxion::atan(1.0) == 0x1.921fb54442d18p-1);          // pi/4, rounded
static_assert(fluxion::atan2(-1.0, -1.0) == -0x1.2d97c7f3321d2p+1); // -3pi/4, rounded
#include <limits>

namespace {
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();
using fluxion::pow;

// docs/math/exp.md
static_assert(fluxion::exp(0.0) == 1.0 && fluxion::exp(-0.0) == 1.0 && fluxion::exp(0) == 1.0);
static_assert(fluxion::exp(0x1.62e42fefa39efp9) == 0x1.fffffffffff2ap1023); // largest x with a finite result
static_assert(fluxion::exp(-745.0) == denorm_min && fluxion::exp(-745.2) == 0.0 && fluxion::exp(-1e300) == 0.0);
static_assert(fluxion::tanh(19.1) == 1.0 && fluxion::tanh(-30.0) == -1.0 && fluxion::tanh(1e300) == 1.0);

// docs/math/log.md
static_assert(fluxion::log(2.0) == 0x1.62e42fefa39efp-1);
static_assert(fluxion::log(1 + 0x1p-40) == 0x1.ffffffffffp-41);
static_assert(fluxion::log10(0.1) == -1 && fluxion::log10(0.01) == -2 && fluxion::log10(0.001) == -3);
static_assert(pow(1.1, 1000) == 0x1.6aec8cd64aba1p+137 && pow(1.1, 1000.0) == 0x1.6aec8cd64aba1p+137);
static_assert(pow(1 + 0x1p-52, 0x1p60) == 0x1.41c7a8814be19p+369);
static_assert(pow(0.5, 1074) == denorm_min && pow(2.0, -1074) == denorm_min && pow(2.0, -1074.0) == denorm_min);

} // namespace

int main() {}
