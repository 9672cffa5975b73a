// fluxion/nn/backward.hpp — backward(net, fw, y): backpropagation, the chain
// rule from the loss back to every weight and bias, factor by factor.
//
// For layer l (the lecture's notation; fw from forward(net, x), y the target):
//     dL/da[L]    = the loss's derivative at a[L]                 (loss.hpp)
//     da[l]/dz[l] = g'(z[l]), entry by entry (the Jacobian is diagonal)
//     delta[l]    = dL/dz[l] = dL/da[l] * da[l]/dz[l]             (entry by entry)
//     dz[l]/dw[l] : dz[l]_i / dw[l]_ij = a[l-1]_j
//     dz[l]/da[l-1] = w[l]
//     dL/dw[l]    = delta[l] a[l-1]^T,   dL/db[l] = delta[l]      (dz/db = 1)
//     dL/da[l-1]  = w[l]^T delta[l]
// delta[l] is the product dL/da[L] da[L]/dz[L] dz[L]/da[L-1] ... da[l]/dz[l]
// of all the factors from the loss down to layer l. Computing it once and
// passing it back to layer l - 1 is what makes this backpropagation rather
// than the chain rule applied anew to each weight: the lecture's
//     dL/dw[2] = dL/da[3] da[3]/dz[3] dz[3]/da[2] da[2]/dz[2] dz[2]/dw[2]
// shares its first two factors with dL/dw[3].
//
// Every factor is kept: bw.factors<l>().dL_da, .da_dz, .delta, .dz_dw,
// .dz_da_prev, and the results bw.dw<l>(), bw.db<l>(), bw.loss. If the loss
// or dL/da[L] is not finite (log-loss of a saturated wrong output), .finite
// is false and no factor is computed: nothing infinite is multiplied, so this
// also holds in constant expressions.
//
//     const auto bw = fluxion::nn::backward(net, fluxion::nn::forward(net, x), y);
//     // bw.dw<1>(), bw.db<1>(), ..., bw.template factors<L>().dL_da
#ifndef FLUXION_NN_BACKWARD_HPP
#define FLUXION_NN_BACKWARD_HPP

#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/nn/forward.hpp>
#include <fluxion/nn/loss.hpp>
#include <fluxion/nn/network.hpp>

#include <array>
#include <cstddef>
#include <tuple>

namespace fluxion::nn {

/// The chain rule's factors at layer l (Out = n_l, In = n_{l-1}).
template <class T, std::size_t Out, std::size_t In>
struct layer_factors {
    vector<T, Out> dL_da{};            ///< dL/da[l]
    vector<T, Out> da_dz{};            ///< da[l]/dz[l] = g'(z[l]), entry by entry
    vector<T, Out> delta{};            ///< dL/dz[l] = dL/da[l] * da[l]/dz[l], passed back
    vector<T, In> dz_dw{};             ///< dz[l]_i / dw[l]_ij = a[l-1]_j (the same for every i)
    matrix<T, Out, In> dz_da_prev{};   ///< dz[l]/da[l-1] = w[l]
    matrix<T, Out, In> dw{};           ///< dL/dw[l] = delta[l] a[l-1]^T
    vector<T, Out> db{};               ///< dL/db[l] = delta[l]
};

template <neural_network Net>
struct backward_result;
template <class T, class H, class O, std::size_t... N>
struct backward_result<basic_network<T, H, O, N...>> {
    using Net = basic_network<T, H, O, N...>;
    static constexpr std::size_t depth = Net::depth;
    template <class Seq> struct factor_tuple;
    template <std::size_t... I> struct factor_tuple<std::index_sequence<I...>> {
        using type = std::tuple<layer_factors<T, Net::template width<I + 1>, Net::template width<I>>...>;
    };

    typename factor_tuple<std::make_index_sequence<depth>>::type layers{}; ///< factors of layers 1..L
    T loss{};           ///< L(a[L], y)
    bool finite = true; ///< false: the loss or dL/da[L] is infinite or NaN; no factor computed

    template <std::size_t l> constexpr const auto& factors() const {
        static_assert(l >= 1 && l <= depth, "fluxion::nn::backward_result: layers are numbered l = 1..L");
        return std::get<l - 1>(layers);
    }
    template <std::size_t l> constexpr auto& factors() {
        static_assert(l >= 1 && l <= depth, "fluxion::nn::backward_result: layers are numbered l = 1..L");
        return std::get<l - 1>(layers);
    }
    template <std::size_t l> constexpr const auto& dw() const { return factors<l>().dw; }
    template <std::size_t l> constexpr const auto& db() const { return factors<l>().db; }
};

namespace detail {
template <class T, std::size_t N>
constexpr bool all_finite(const vector<T, N>& v) {
    for (const T& x : v)
        if (!isfinite(x)) return false;
    return true;
}
} // namespace detail

/// dL/dw[l] and dL/db[l] for every layer, by backpropagation (see the top of
/// this file); y is the target (a vector or std::array of nL numbers).
template <neural_network Net, class Y, class Loss = log_loss>
constexpr backward_result<Net> backward(const Net& net, const forward_result<Net>& fw, const Y& y, Loss = {}) {
    static_assert(requires { detail::input_size<Y>::value; },
                  "fluxion::nn::backward: the target must be a fluxion::vector<T, nL> or std::array<T, nL>");
    using T = typename Net::value_type;
    constexpr std::size_t L = Net::depth;
    backward_result<Net> bw;
    if constexpr (requires { detail::input_size<Y>::value; }) {
        static_assert(detail::input_size<Y>::value == Net::outputs,
                      "fluxion::nn::backward: the target's size must equal the network's number of outputs nL");
        if constexpr (detail::input_size<Y>::value == Net::outputs) {
            vector<T, Net::outputs> target;
            for (std::size_t k = 0; k < Net::outputs; ++k) target[k] = T(y[k]);
            bw.loss = Loss::value(fw.output(), target);
            bw.template factors<L>().dL_da = Loss::derivative(fw.output(), target);
            if (!isfinite(bw.loss) || !detail::all_finite(bw.template factors<L>().dL_da)) {
                bw.finite = false;
                return bw;
            }
            detail::for_each_layer_backwards<L>([&](auto l) {
                using g = typename Net::template activation<l>;
                auto& f = bw.template factors<l>();
                const auto& z = fw.template z<l>();
                const auto& a = fw.template a<l>();
                for (std::size_t i = 0; i < z.size(); ++i) {
                    f.da_dz[i] = g::derivative(z[i], a[i]);
                    f.delta[i] = f.dL_da[i] * f.da_dz[i];
                }
                f.dz_dw = fw.template a<l - 1>();
                f.dz_da_prev = net.template w<l>();
                f.dw = outer(f.delta, f.dz_dw);
                f.db = f.delta;
                // Pass the shared factor back: dL/da[l-1] = w[l]^T delta[l].
                if constexpr (l > 1) {
                    auto& back = bw.template factors<l - 1>().dL_da;
                    for (std::size_t j = 0; j < back.size(); ++j) {
                        T s{};
                        for (std::size_t i = 0; i < z.size(); ++i) s += f.dz_da_prev(i, j) * f.delta[i];
                        back[j] = s;
                    }
                }
            });
        }
    }
    return bw;
}

/// The loss L(a[L], y) of net at one sample (x, y): a forward pass and the loss.
template <neural_network Net, class X, class Y, class Loss = log_loss>
constexpr typename Net::value_type loss(const Net& net, const X& x, const Y& y, Loss = {}) {
    static_assert(detail::input_size<Y>::value == Net::outputs,
                  "fluxion::nn::loss: the target's size must equal the network's number of outputs nL");
    using T = typename Net::value_type;
    const auto a = forward(net, x).output();
    vector<T, Net::outputs> target;
    for (std::size_t k = 0; k < Net::outputs; ++k) target[k] = T(y[k]);
    return Loss::value(a, target);
}

} // namespace fluxion::nn

#endif
