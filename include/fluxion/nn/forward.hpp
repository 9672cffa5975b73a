// fluxion/nn/forward.hpp — forward(net, x): the forward pass, keeping every
// z[l] and a[l] for backpropagation.
//
// a[0] = x;  z[l] = w[l] a[l-1] + b[l],  a[l] = g(z[l])  for l = 1..L.
// The result reads fw.a<l>() (l = 0..L), fw.z<l>() (l = 1..L) and
// fw.output() == fw.a<L>(). The input is a fluxion::vector or std::array of
// n0 numbers; any other size is a compile error that says so.
//
//     fluxion::nn::network<2, 1> net;                    // all zero: z = 0
//     const auto fw = fluxion::nn::forward(net, fluxion::vector{1.0, 2.0});
//     // fw.z<1>()[0] == 0 and fw.output()[0] == sigmoid(0) == 0.5
#ifndef FLUXION_NN_FORWARD_HPP
#define FLUXION_NN_FORWARD_HPP

#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/nn/network.hpp>

#include <array>
#include <cstddef>
#include <tuple>

namespace fluxion::nn {

/// z[l] and a[l] of one forward pass through a network of type Net.
template <neural_network Net>
struct forward_result;
template <class T, class H, class O, std::size_t... N>
struct forward_result<basic_network<T, H, O, N...>> {
    static constexpr std::size_t depth = sizeof...(N) - 1;
    std::tuple<vector<T, N>...> activations{}; ///< a[0], ..., a[L]
    std::tuple<vector<T, N>...> inputs{};      ///< z[0] (unused, zero), z[1], ..., z[L]

    template <std::size_t l> constexpr const auto& a() const {
        static_assert(l <= depth, "fluxion::nn::forward_result::a<l>: l goes from 0 (the input) to L");
        return std::get<l>(activations);
    }
    template <std::size_t l> constexpr const auto& z() const {
        static_assert(l >= 1 && l <= depth, "fluxion::nn::forward_result::z<l>: l goes from 1 to L");
        return std::get<l>(inputs);
    }
    constexpr const auto& output() const { return std::get<depth>(activations); }
};

namespace detail {
template <class X> struct input_size;
template <class T, std::size_t M> struct input_size<vector<T, M>> { static constexpr std::size_t value = M; };
template <class T, std::size_t M> struct input_size<std::array<T, M>> { static constexpr std::size_t value = M; };
} // namespace detail

/// The forward pass of net at the input x (a vector or std::array of n0 numbers).
template <neural_network Net, class X>
constexpr forward_result<Net> forward(const Net& net, const X& x) {
    static_assert(requires { detail::input_size<X>::value; },
                  "fluxion::nn::forward: the input must be a fluxion::vector<T, n0> or std::array<T, n0>");
    forward_result<Net> fw;
    if constexpr (requires { detail::input_size<X>::value; }) {
        static_assert(detail::input_size<X>::value == Net::inputs,
                      "fluxion::nn::forward: the input's size must equal the network's number of inputs n0");
        if constexpr (detail::input_size<X>::value == Net::inputs) {
            using T = typename Net::value_type;
            for (std::size_t j = 0; j < Net::inputs; ++j) std::get<0>(fw.activations)[j] = T(x[j]);
            detail::for_each_layer<Net::depth>([&](auto l) {
                using g = typename Net::template activation<l>;
                auto& z = std::get<l>(fw.inputs);
                auto& a = std::get<l>(fw.activations);
                z = net.template w<l>() * std::get<l - 1>(fw.activations) + net.template b<l>();
                for (std::size_t i = 0; i < z.size(); ++i) a[i] = g::value(z[i]);
            });
        }
    }
    return fw;
}

} // namespace fluxion::nn

#endif
