// Mistake: the Hessian of a callable written for double only. hessian()
// evaluates f on hyper-dual numbers, so f must be generic (auto parameters).
#include <fluxion/hessian.hpp>

#include <array>

#ifdef FLUXION_COMPILE_FAIL
constexpr auto f = [](double x, double y) { return x * x * y; };
#else
constexpr auto f = [](auto x, auto y) { return x * x * y; };
#endif
constexpr auto H = fluxion::hessian(f, std::array{1.0, 2.0});
static_assert(H(0, 0) == 4.0 && H(0, 1) == 2.0);

int main() {}

// expect-first: cannot be evaluated on fluxion::multi_hyper_dual numbers
