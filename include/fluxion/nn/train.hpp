// fluxion/nn/train.hpp — train(net, data, options): gradient descent on all
// weights and biases, the gradient by backpropagation.
//
// One epoch is one full-batch step over the S samples (x_s, y_s):
//     L(theta) = (1/S) sum_s L(a[L](x_s), y_s),
//     theta <- theta - (eta / S) sum_s grad L_s(theta)    (eta = learning_rate)
// for every w[l] and b[l] at once. Why not fluxion::gradient_descent: it takes
// the gradient with dual numbers, one direction per parameter (P times the
// work of one backward pass), and runs in one evaluation with a trace of
// points; training wants backpropagation's gradient, the loss curve, and
// restarts (below). tests/runtime/nn.cpp checks that both follow the same path.
//
// training_options: epochs (the most updates), learning_rate, loss_tol (stop
// when the mean loss is <= loss_tol; 0 never stops early), record_every (the
// loss curve keeps L at epochs 0, r, 2r, ...).
// training_result<Net, Capacity>: .net (the last parameters with a finite
// loss), .epochs (updates applied), .loss (mean loss of .net), .losses (the
// curve, the first Capacity points: an iterate_trace), .status:
//   converged       the mean loss fell to loss_tol;
//   max_iterations  all epochs ran (the usual end when loss_tol = 0);
//   non_finite      a NaN or infinity in the data (nothing is trained: 0
//                   epochs, .loss is NaN) or in the loss or gradient (training
//                   stops at the last finite parameters).
// A long training is chained across constant expressions, each with its own
// evaluation budget: train(previous.net, data, options) continues from there.
//
//     constexpr auto r = fluxion::nn::train(net, xor_data, {.epochs = 200, .learning_rate = 4});
//     static_assert(r.status == fluxion::status::max_iterations && r.loss < 0.1);
#ifndef FLUXION_NN_TRAIN_HPP
#define FLUXION_NN_TRAIN_HPP

#include <fluxion/linalg/vector.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/nn/backward.hpp>
#include <fluxion/nn/forward.hpp>
#include <fluxion/nn/loss.hpp>
#include <fluxion/nn/network.hpp>
#include <fluxion/solvers/result.hpp>
#include <fluxion/status.hpp>

#include <array>
#include <cstddef>
#include <limits>
#include <type_traits>

namespace fluxion::nn {

/// One training example: input x (n0 numbers) and target y (nL numbers).
template <class T, std::size_t In, std::size_t Out>
struct sample {
    vector<T, In> x{};
    vector<T, Out> y{};
};
/// The sample type of a network: sample_for<Net>{{x...}, {y...}}.
template <neural_network Net>
using sample_for = sample<typename Net::value_type, Net::inputs, Net::outputs>;

struct training_options {
    std::size_t epochs = 1000;    ///< the most updates applied
    double learning_rate = 0.5;   ///< eta
    double loss_tol = 0;          ///< stop when the mean loss is <= loss_tol
    std::size_t record_every = 1; ///< the loss curve keeps epochs 0, r, 2r, ... (r >= 1)
};

template <neural_network Net, std::size_t Capacity = default_trace_capacity>
struct training_result {
    Net net{};
    std::size_t epochs = 0;
    fluxion::status status = fluxion::status::max_iterations;
    typename Net::value_type loss{};
    iterate_trace<typename Net::value_type, Capacity> losses{};
};

namespace detail {
template <class T, std::size_t In, std::size_t Out, std::size_t S>
constexpr bool all_samples_finite(const std::array<sample<T, In, Out>, S>& data) {
    for (const auto& [x, y] : data)
        if (!all_finite(x) || !all_finite(y)) return false;
    return true;
}
} // namespace detail

/// Full-batch gradient descent with backpropagation (see the top of this file).
template <std::size_t Capacity = default_trace_capacity, neural_network Net, class D, std::size_t S,
          class Loss = log_loss>
constexpr training_result<Net, Capacity> train(const Net& net, const std::array<D, S>& data,
                                               const training_options& options = {}, Loss = {}) {
    static_assert(std::is_same_v<D, sample_for<Net>>,
                  "fluxion::nn::train: the data must be a std::array of fluxion::nn::sample_for<Net> "
                  "(inputs of size n0, targets of size nL)");
    static_assert(S > 0, "fluxion::nn::train: the data must hold at least one sample");
    using T = typename Net::value_type;
    training_result<Net, Capacity> r{net};
    if constexpr (std::is_same_v<D, sample_for<Net>>) {
        if (!detail::all_samples_finite(data)) {
            r.status = status::non_finite;
            r.loss = std::numeric_limits<T>::quiet_NaN();
            return r;
        }
        const std::size_t every = options.record_every == 0 ? 1 : options.record_every;
        const T step = static_cast<T>(options.learning_rate) / static_cast<T>(S);
        for (std::size_t k = 0;; ++k) {
            // The loss and the summed gradient at the current parameters.
            Net gradient{};
            T total{};
            for (const auto& [x, y] : data) {
                const auto bw = backward(r.net, forward(r.net, x), y, Loss{});
                if (!bw.finite) {
                    r.status = status::non_finite;
                    return r;
                }
                total += bw.loss;
                detail::for_each_layer<Net::depth>([&](auto l) {
                    gradient.template w<l>() += bw.template dw<l>();
                    gradient.template b<l>() += bw.template db<l>();
                });
            }
            const T mean = total / static_cast<T>(S);
            if (!isfinite(mean) || !detail::all_finite(to_parameters(gradient))) {
                r.status = status::non_finite;
                return r;
            }
            r.loss = mean;
            if (k % every == 0) r.losses.push(mean);
            if (mean <= options.loss_tol) {
                r.status = status::converged;
                return r;
            }
            if (k == options.epochs) return r; // status::max_iterations
            detail::for_each_layer<Net::depth>([&](auto l) {
                r.net.template w<l>() -= step * gradient.template w<l>();
                r.net.template b<l>() -= step * gradient.template b<l>();
            });
            r.epochs = k + 1;
        }
    }
    return r;
}

/// The mean loss (1/S) sum_s L(a[L](x_s), y_s) of net over the data.
template <neural_network Net, class D, std::size_t S, class Loss = log_loss>
constexpr typename Net::value_type mean_loss(const Net& net, const std::array<D, S>& data, Loss = {}) {
    typename Net::value_type total{};
    for (const auto& [x, y] : data) total += loss(net, x, y, Loss{});
    return total / static_cast<typename Net::value_type>(S);
}

} // namespace fluxion::nn

#endif
