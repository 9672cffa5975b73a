// fluxion/nn.hpp — a small neural network and backpropagation (docs/backprop.md).
//
// network<n0, ..., nL> (nn/network.hpp), forward (nn/forward.hpp), backward
// with every factor of the chain rule (nn/backward.hpp), activations
// (nn/activation.hpp), losses (nn/loss.hpp) and train (nn/train.hpp), all
// constexpr: a network is trained on XOR inside the compiler
// (tests/compile_time/nn.cpp).
//
//     fluxion::nn::network<2, 2, 1> net;
//     const auto bw = fluxion::nn::backward(net, fluxion::nn::forward(net, x), y);
//     // bw.dw<2>() == dL/dw[2], the same as fluxion::gradient gives with dual numbers
#ifndef FLUXION_NN_HPP
#define FLUXION_NN_HPP

#include <fluxion/nn/activation.hpp>
#include <fluxion/nn/backward.hpp>
#include <fluxion/nn/forward.hpp>
#include <fluxion/nn/loss.hpp>
#include <fluxion/nn/network.hpp>
#include <fluxion/nn/train.hpp>

#endif
