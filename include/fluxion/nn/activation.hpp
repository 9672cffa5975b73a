// fluxion/nn/activation.hpp — the activation functions a = g(z) of a layer,
// as tag types: sigmoid_activation (the lecture's), tanh_activation,
// relu_activation.
//
// Each tag gives value(z) = g(z) and derivative(z, a) = g'(z) written through
// a = g(z) where the lecture does (sigmoid' = a (1 - a), tanh' = 1 - a^2), so
// backpropagation reuses the forward pass's a and never calls g again.
// Law (tested): derivative(z, value(z)) equals the dual-number derivative of
// value at z to rounding error, except relu at z = 0 (below).
//
// ReLU, g(z) = max(z, 0), is not differentiable at 0. fluxion's convention:
// g'(0) = 0 (the right-hand derivative would be 1; any value in [0, 1] is a
// subgradient). It is the derivative dual numbers give for `z > 0 ? z : 0`,
// so backpropagation and the dual-number check agree at 0 too.
//
//     static_assert(fluxion::nn::sigmoid_activation::derivative(0.0, 0.5) == 0.25);
#ifndef FLUXION_NN_ACTIVATION_HPP
#define FLUXION_NN_ACTIVATION_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/math/sigmoid.hpp>
#include <fluxion/math/tanh.hpp>

namespace fluxion::nn {

struct sigmoid_activation {
    static constexpr const char* name = "sigmoid";
    template <class T> static constexpr T value(const T& z) { return fluxion::sigmoid(z); }
    // sigmoid'(z) = e^-z / (1 + e^-z)^2 = a (1 - a).
    template <class T> static constexpr T derivative(const T&, const T& a) { return a * (1 - a); }
};

struct tanh_activation {
    static constexpr const char* name = "tanh";
    template <class T> static constexpr T value(const T& z) { return fluxion::tanh(z); }
    // tanh'(z) = 1 / cosh^2 z = 1 - a^2.
    template <class T> static constexpr T derivative(const T&, const T& a) { return 1 - a * a; }
};

struct relu_activation {
    static constexpr const char* name = "relu";
    template <class T> static constexpr T value(const T& z) { return z > 0 ? z : T(0); }
    // 1 for z > 0, 0 for z <= 0 (the convention at 0: see the top of this file).
    template <class T> static constexpr T derivative(const T& z, const T&) { return T(z > 0 ? 1 : 0); }
};

} // namespace fluxion::nn

#endif
