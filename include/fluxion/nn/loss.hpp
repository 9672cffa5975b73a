// fluxion/nn/loss.hpp — the loss L(a, y) of an output a against a target y,
// as tag types: log_loss (binary cross-entropy, the lecture's) and
// squared_error. Each gives value(a, y) and derivative(a, y) = dL/da, summed
// (value) or taken entry by entry (derivative) over the network's outputs.
//
//   log_loss:       L = -sum_k [ y_k log a_k + (1 - y_k) log(1 - a_k) ],
//                   dL/da_k = -y_k / a_k + (1 - y_k) / (1 - a_k), for 0 < a_k < 1;
//   squared_error:  L = 1/2 sum_k (a_k - y_k)^2,   dL/da_k = a_k - y_k.
//
// log_loss at a_k = 0 or 1 (a saturated sigmoid) is infinite where the target
// disagrees: value and derivative are then infinite, returned as values
// (the derivative filled with them), computed without 0 * inf or a division
// by zero, so in a constant expression the caller sees the infinity and stops
// (backward and train report status::non_finite).
//
//     static_assert(fluxion::nn::squared_error::derivative(0.75, 1.0) == -0.25);
#ifndef FLUXION_NN_LOSS_HPP
#define FLUXION_NN_LOSS_HPP

#include <fluxion/ad/functions.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/math/log.hpp>
#include <fluxion/math/log1p.hpp>

#include <cstddef>
#include <limits>

namespace fluxion::nn {

struct log_loss {
    static constexpr const char* name = "log-loss";
    template <class T, std::size_t N>
    static constexpr T value(const vector<T, N>& a, const vector<T, N>& y) {
        T sum{};
        for (std::size_t k = 0; k < N; ++k) {
            // Each term only where its weight is nonzero: 0 * log(0) is 0 here.
            if (y[k] != 0) {
                if (a[k] <= 0) return std::numeric_limits<double>::infinity();
                sum -= y[k] * fluxion::log(a[k]);
            }
            if (y[k] != 1) {
                if (a[k] >= 1) return std::numeric_limits<double>::infinity();
                sum -= (1 - y[k]) * fluxion::log1p(-a[k]); // log(1 - a), exact for small a
            }
        }
        return sum;
    }
    template <class T, std::size_t N>
    static constexpr vector<T, N> derivative(const vector<T, N>& a, const vector<T, N>& y) {
        // dL/da = -y / a + (1 - y) / (1 - a), term by term as in value: with
        // y = 1 it is -1 / a, finite even at a = 1 (a saturated but right output).
        constexpr double inf = std::numeric_limits<double>::infinity();
        vector<T, N> d;
        for (std::size_t k = 0; k < N; ++k) {
            T dk{};
            if (y[k] != 0) {
                if (a[k] <= 0) return vector<T, N>::filled(T(-inf));
                dk -= y[k] / a[k];
            }
            if (y[k] != 1) {
                if (a[k] >= 1) return vector<T, N>::filled(T(inf));
                dk += (1 - y[k]) / (1 - a[k]);
            }
            d[k] = dk;
        }
        return d;
    }
};

struct squared_error {
    static constexpr const char* name = "squared error";
    template <class T, std::size_t N>
    static constexpr T value(const vector<T, N>& a, const vector<T, N>& y) {
        T sum{};
        for (std::size_t k = 0; k < N; ++k) sum += (a[k] - y[k]) * (a[k] - y[k]);
        return sum / 2;
    }
    template <class T, std::size_t N>
    static constexpr vector<T, N> derivative(const vector<T, N>& a, const vector<T, N>& y) {
        return a - y;
    }
};

} // namespace fluxion::nn

#endif
