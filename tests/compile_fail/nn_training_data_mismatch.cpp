// Training data made for another network: samples of three inputs given to a
// network with two. train's static_assert names the expected sample type.
#include <fluxion/nn.hpp>

#include <array>

using net_t = fluxion::nn::network<2, 2, 1>;
#ifdef FLUXION_COMPILE_FAIL
constexpr std::array<fluxion::nn::sample<double, 3, 1>, 1> data{{{{0, 1, 0}, {1}}}};
#else
constexpr std::array<fluxion::nn::sample_for<net_t>, 1> data{{{{0, 1}, {1}}}};
#endif
constexpr auto trained = fluxion::nn::train(net_t{}, data, {.epochs = 1});

// expect: fluxion::nn::train: the data must be a std::array of fluxion::nn::sample_for<Net>
// expect-first: fluxion::nn::train: the data must be

int main() { return trained.epochs == 1 ? 0 : 1; }
