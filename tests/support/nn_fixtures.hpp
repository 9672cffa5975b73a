// tests/support/nn_fixtures.hpp — the networks and data the nn tests share:
// XOR, the fixed initialisations, and the check that backpropagation and
// dual numbers give the same gradient.
#ifndef FLUXION_TEST_NN_FIXTURES_HPP
#define FLUXION_TEST_NN_FIXTURES_HPP

#include <fluxion/gradient.hpp>
#include <fluxion/nn.hpp>

#include <array>
#include <cstddef>

namespace fluxion_test::nn_fixtures {
namespace nn = fluxion::nn;

using xor_net = nn::network<2, 2, 1>;
using lecture_net = nn::network<2, 2, 2, 1>; // the lecture's layers l = 1, 2, 3

inline constexpr std::array<nn::sample_for<xor_net>, 4> xor_data{
    {{{0, 0}, {0}}, {{0, 1}, {1}}, {{1, 0}, {1}}, {{1, 1}, {0}}}};
inline constexpr std::array<nn::sample_for<lecture_net>, 4> xor_data_3{
    {{{0, 0}, {0}}, {{0, 1}, {1}}, {{1, 0}, {1}}, {{1, 1}, {0}}}};

// The fixed initialisation of the XOR network: two mirrored hidden units.
constexpr xor_net xor_start() {
    xor_net n;
    n.w<1>() = {{{0.5, -0.5}, {-0.5, 0.5}}};
    n.b<1>() = {-0.1, -0.1};
    n.w<2>() = {{{0.5, 0.5}}};
    n.b<2>() = {0.0};
    return n;
}

// Any network with parameters k -> (k * 0.37 mod 1) * 2 - 1: no symmetry, no zero.
template <class Net>
constexpr Net scrambled(double shift = 0.0) {
    fluxion::vector<double, Net::parameter_count> p;
    for (std::size_t k = 0; k < p.size(); ++k) {
        const double t = static_cast<double>(k) * 0.37 + shift;
        p[k] = 2 * (t - static_cast<double>(static_cast<long long>(t))) - 1;
    }
    return nn::from_parameters<Net>(p);
}

// The gradient of the loss at one sample by forward-mode dual numbers over
// all parameters (fluxion::gradient seeds one direction per parameter).
template <class Net, class X, class Y, class Loss = nn::log_loss>
constexpr auto dual_gradient(const Net& net, const X& x, const Y& y, Loss = {}) {
    return fluxion::gradient([&](const auto& p) { return nn::loss(nn::from_parameters<Net>(p), x, y, Loss{}); },
                             nn::to_parameters(net));
}

// The same gradient by backpropagation, flattened in the same order.
template <class Net, class X, class Y, class Loss = nn::log_loss>
constexpr auto backprop_gradient(const Net& net, const X& x, const Y& y, Loss = {}) {
    const auto bw = nn::backward(net, nn::forward(net, x), y, Loss{});
    Net g;
    nn::detail::for_each_layer<Net::depth>([&](auto l) {
        g.template w<l>() = bw.template dw<l>();
        g.template b<l>() = bw.template db<l>();
    });
    return nn::to_parameters(g);
}

// max_k |a_k - b_k| / max(1, max_k |b_k|): "equal to rounding error" means
// this is a small multiple of 2^-52.
template <class V>
constexpr double relative_difference(const V& a, const V& b) {
    double diff = 0, scale = 1;
    for (std::size_t k = 0; k < a.size(); ++k) {
        const double d = a[k] > b[k] ? a[k] - b[k] : b[k] - a[k];
        const double m = b[k] < 0 ? -b[k] : b[k];
        if (d > diff) diff = d;
        if (m > scale) scale = m;
    }
    return diff / scale;
}

} // namespace fluxion_test::nn_fixtures

#endif
