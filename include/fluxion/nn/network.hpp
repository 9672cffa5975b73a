// fluxion/nn/network.hpp — a small dense neural network with compile-time
// layer sizes, in the lecture's notation.
//
// network<n0, n1, ..., nL> has inputs a[0] = x (n0 numbers) and layers
// l = 1..L; layer l holds the weights w[l] (an n_l x n_{l-1} fluxion::matrix)
// and the biases b[l] (a fluxion::vector of n_l), and computes
//     z[l] = w[l] a[l-1] + b[l],     a[l] = g(z[l])
// with g the hidden layers' activation for l < L and the output activation
// for l = L (nn/activation.hpp; sigmoid for both in `network`). Read and write
// the parameters as net.w<l>() and net.b<l>(); net.w<0>() or net.w<L + 1>()
// is a compile error that names the valid range.
// basic_network<T, Hidden, Output, n0, ..., nL> chooses the number type and the
// activations: basic_network<double, tanh_activation, sigmoid_activation, 2, 4, 1>.
//
// All parameters in one fluxion::vector (for gradient(), gradient_descent()):
// to_parameters(net) and from_parameters<Net>(p), in the order layer 1 to L,
// each layer's w row by row, then its b. parameter_count is their number.
//
//     fluxion::nn::network<2, 2, 1> net;               // zero weights and biases
//     net.w<1>() = {{{0.5, -0.5}, {-0.5, 0.5}}};
//     static_assert(decltype(net)::parameter_count == 9);  // 4 + 2 + 2 + 1
#ifndef FLUXION_NN_NETWORK_HPP
#define FLUXION_NN_NETWORK_HPP

#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/nn/activation.hpp>

#include <array>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace fluxion::nn {

/// One layer's parameters: w (Out x In) and b (Out).
template <class T, std::size_t Out, std::size_t In>
struct layer {
    matrix<T, Out, In> w{};
    vector<T, Out> b{};
};

namespace detail {
template <std::size_t K, std::size_t... N>
inline constexpr std::size_t nth_size = std::array<std::size_t, sizeof...(N)>{N...}[K];

template <class T, class Seq, std::size_t... N> struct layer_tuple;
template <class T, std::size_t... I, std::size_t... N>
struct layer_tuple<T, std::index_sequence<I...>, N...> {
    using type = std::tuple<layer<T, nth_size<I + 1, N...>, nth_size<I, N...>>...>;
};
} // namespace detail

template <class T, class Hidden, class Output, std::size_t... N>
struct basic_network {
    static_assert(sizeof...(N) >= 2, "fluxion::nn::network<n0, ..., nL> needs at least two sizes: inputs and outputs");
    static_assert(((N > 0) && ...), "fluxion::nn::network: every layer size must be at least 1");

    using value_type = T;
    using hidden_activation = Hidden;
    using output_activation = Output;
    /// The same network over another number type (dual numbers, float).
    template <class U> using rebind = basic_network<U, Hidden, Output, N...>;

    static constexpr std::size_t depth = sizeof...(N) - 1; ///< L, the number of layers
    template <std::size_t l> static constexpr std::size_t width = detail::nth_size<l, N...>; ///< n_l
    static constexpr std::size_t inputs = width<0>;
    static constexpr std::size_t outputs = width<depth>;
    static constexpr std::size_t parameter_count = [] {
        constexpr std::array<std::size_t, sizeof...(N)> n{N...};
        std::size_t count = 0;
        for (std::size_t l = 1; l < n.size(); ++l) count += n[l] * (n[l - 1] + 1);
        return count;
    }();
    /// The activation of layer l: Output for l = L, Hidden before.
    template <std::size_t l> using activation = std::conditional_t<l == depth, Output, Hidden>;

    typename detail::layer_tuple<T, std::make_index_sequence<depth>, N...>::type layers{};

    template <std::size_t l> constexpr auto& w() { return layer_at<l>().w; }
    template <std::size_t l> constexpr const auto& w() const { return layer_at<l>().w; }
    template <std::size_t l> constexpr auto& b() { return layer_at<l>().b; }
    template <std::size_t l> constexpr const auto& b() const { return layer_at<l>().b; }

    template <std::size_t l> constexpr auto& layer_at() {
        static_assert(l >= 1 && l <= depth, "fluxion::nn::network: layers are numbered l = 1..L (a[0] is the input)");
        return std::get<l - 1>(layers);
    }
    template <std::size_t l> constexpr const auto& layer_at() const {
        static_assert(l >= 1 && l <= depth, "fluxion::nn::network: layers are numbered l = 1..L (a[0] is the input)");
        return std::get<l - 1>(layers);
    }
};

/// The lecture's network: sigmoid activations throughout, double numbers.
template <std::size_t... N>
using network = basic_network<double, sigmoid_activation, sigmoid_activation, N...>;

template <class Net> inline constexpr bool is_network_v = false;
template <class T, class H, class O, std::size_t... N>
inline constexpr bool is_network_v<basic_network<T, H, O, N...>> = true;
/// A fluxion::nn::basic_network (any number type, activations and sizes).
template <class Net> concept neural_network = is_network_v<std::remove_cvref_t<Net>>;

namespace detail {
// Calls f(std::integral_constant<std::size_t, l>) for l = 1..L in order.
template <std::size_t L, class F>
constexpr void for_each_layer(F&& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f(std::integral_constant<std::size_t, I + 1>{}), ...);
    }(std::make_index_sequence<L>{});
}
// ... and for l = L..1, the order of backpropagation.
template <std::size_t L, class F>
constexpr void for_each_layer_backwards(F&& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f(std::integral_constant<std::size_t, L - I>{}), ...);
    }(std::make_index_sequence<L>{});
}
} // namespace detail

/// All parameters in one vector: layer 1's w row by row, then b[1], then layer 2, ...
template <neural_network Net>
constexpr vector<typename Net::value_type, Net::parameter_count> to_parameters(const Net& net) {
    vector<typename Net::value_type, Net::parameter_count> p;
    std::size_t k = 0;
    detail::for_each_layer<Net::depth>([&](auto l) {
        const auto& [w, b] = net.template layer_at<l>();
        for (const auto& row : w.elements)
            for (const auto& x : row) p[k++] = x;
        for (const auto& x : b.elements) p[k++] = x;
    });
    return p;
}

/// The network of shape Net whose parameters are p (in to_parameters' order);
/// its number type is p's (so dual numbers in p give a network of duals).
template <neural_network Net, class U, std::size_t P>
constexpr typename Net::template rebind<U> from_parameters(const vector<U, P>& p) {
    static_assert(P == Net::parameter_count,
                  "fluxion::nn::from_parameters: the vector's size must equal the network's parameter_count");
    typename Net::template rebind<U> net;
    std::size_t k = 0;
    detail::for_each_layer<Net::depth>([&](auto l) {
        auto& [w, b] = net.template layer_at<l>();
        for (auto& row : w.elements)
            for (auto& x : row) x = p[k++];
        for (auto& x : b.elements) x = p[k++];
    });
    return net;
}

} // namespace fluxion::nn

#endif
