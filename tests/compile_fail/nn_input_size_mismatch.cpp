// A network with two inputs fed three numbers: the sizes are template
// parameters, so forward's static_assert names the mistake at compile time
// (instead of reading past the end of the input).
#include <fluxion/nn.hpp>

constexpr fluxion::nn::network<2, 2, 1> net{};
#ifdef FLUXION_COMPILE_FAIL
constexpr auto fw = fluxion::nn::forward(net, fluxion::vector{1.0, 0.0, 1.0});
#else
constexpr auto fw = fluxion::nn::forward(net, fluxion::vector{1.0, 0.0});
#endif

// expect: fluxion::nn::forward: the input's size must equal the network's number of inputs n0

int main() { return fw.output()[0] == 0.5 ? 0 : 1; }
