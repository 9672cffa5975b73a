// Run-time suite: the neural network (fluxion/nn.hpp). Backpropagation
// against dual numbers on many random networks, inputs and targets (fixed
// seeds); train against fluxion::gradient_descent on the same loss; the XOR
// training of tests/compile_time/nn.cpp repeated at run time, bit for bit;
// bad data and divergence reported as statuses.
#define BOOST_TEST_MODULE nn
#include <boost/test/unit_test.hpp>

#include <fluxion/nn.hpp>
#include <fluxion/solvers/gradient_descent.hpp>

#include "nn_fixtures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <type_traits>

namespace nn = fluxion::nn;
using namespace fluxion_test::nn_fixtures;

namespace {
constexpr double eps = std::numeric_limits<double>::epsilon();

template <class Net>
Net random_network(std::mt19937_64& gen, double range) {
    std::uniform_real_distribution<double> d(-range, range);
    fluxion::vector<double, Net::parameter_count> p;
    for (auto& v : p) v = d(gen);
    return nn::from_parameters<Net>(p);
}
template <std::size_t N>
fluxion::vector<double, N> random_vector(std::mt19937_64& gen, double lo, double hi) {
    std::uniform_real_distribution<double> d(lo, hi);
    fluxion::vector<double, N> v;
    for (auto& x : v) x = d(gen);
    return v;
}

// The largest relative_difference between backprop and dual gradients over
// `count` random (network, input, target) triples of shape Net, in units of
// eps * kappa. kappa is the condition of the log-loss at the output: the
// rounding error of a[L] enters log(a) and log(1 - a) magnified by 1/a and
// 1/(1 - a), and the dual numbers' chain (sigmoid' = s(z) s(-z), accurate)
// does not cancel it the way backprop's a(1 - a) / (1 - a) does. For squared
// error kappa = 1.
template <class Net, class Loss>
double worst_over_random_networks(const char* what, int count, std::uint64_t seed, Loss loss, bool binary_targets) {
    std::mt19937_64 gen(seed);
    double worst = 0, worst_kappa = 1;
    for (int i = 0; i < count; ++i) {
        const Net net = random_network<Net>(gen, 2.0);
        const auto x = random_vector<Net::inputs>(gen, -3, 3);
        auto y = random_vector<Net::outputs>(gen, 0, 1);
        if (binary_targets)
            for (auto& v : y) v = v < 0.5 ? 0.0 : 1.0;
        double kappa = 1;
        if constexpr (std::is_same_v<Loss, nn::log_loss>) {
            const auto fw = nn::forward(net, x);
            for (const double a : fw.output()) kappa = std::max({kappa, 1 / a, 1 / (1 - a)});
        }
        const double d = relative_difference(backprop_gradient(net, x, y, loss), dual_gradient(net, x, y, loss));
        if (!(d / kappa <= worst)) { // a NaN becomes the worst
            worst = d / kappa;
            worst_kappa = kappa;
        }
    }
    std::printf("backprop vs dual %-37s %5d networks  max difference %6.2f eps * kappa (kappa there %.3g)\n", what,
                count, worst / eps, worst_kappa);
    return worst / eps;
}
} // namespace

// ---- backpropagation == dual numbers, on random networks ----
BOOST_AUTO_TEST_CASE(backprop_equals_dual_gradient) {
    using sig_221 = nn::network<2, 2, 1>;
    using sig_2221 = nn::network<2, 2, 2, 1>;
    using tanh_342 = nn::basic_network<double, nn::tanh_activation, nn::sigmoid_activation, 3, 4, 2>;
    using relu_3432 = nn::basic_network<double, nn::relu_activation, nn::sigmoid_activation, 3, 4, 3, 2>;
    using tanh_out = nn::basic_network<double, nn::sigmoid_activation, nn::tanh_activation, 2, 3, 2>;
    // Over 12,000 networks the gradients agree to a few rounding errors.
    BOOST_TEST(worst_over_random_networks<sig_221>("2-2-1 sigmoid, log-loss", 2000, 1, nn::log_loss{}, true) <= 16);
    BOOST_TEST(worst_over_random_networks<sig_2221>("2-2-2-1 sigmoid, log-loss", 2000, 2, nn::log_loss{}, true) <= 16);
    BOOST_TEST(worst_over_random_networks<sig_2221>("2-2-2-1 sigmoid, squared error", 2000, 3, nn::squared_error{}, false) <= 16);
    BOOST_TEST(worst_over_random_networks<tanh_342>("3-4-2 tanh/sigmoid, log-loss", 2000, 4, nn::log_loss{}, false) <= 16);
    BOOST_TEST(worst_over_random_networks<relu_3432>("3-4-3-2 relu/sigmoid, squared error", 2000, 5, nn::squared_error{}, false) <= 16);
    BOOST_TEST(worst_over_random_networks<tanh_out>("2-3-2 sigmoid/tanh, squared error", 2000, 6, nn::squared_error{}, false) <= 16);
}

// ---- train follows fluxion::gradient_descent on the mean loss ----
BOOST_AUTO_TEST_CASE(train_matches_gradient_descent) {
    const auto start = scrambled<lecture_net>();
    const auto mean = [](const auto& p) { return nn::mean_loss(nn::from_parameters<lecture_net>(p), xor_data_3); };
    constexpr std::size_t epochs = 30;
    const auto gd = fluxion::gradient_descent(mean, nn::to_parameters(start),
                                              {.max_iterations = epochs, .learning_rate = 2.0, .rel_tol = 0});
    const auto tr = nn::train(start, xor_data_3, {.epochs = epochs, .learning_rate = 2.0});
    BOOST_TEST(gd.iterations == epochs);
    BOOST_TEST(tr.epochs == epochs);
    const double d = relative_difference(nn::to_parameters(tr.net), gd.x);
    std::printf("train vs gradient_descent after %zu epochs: max relative difference %.3g\n", epochs, d);
    BOOST_TEST(d <= 1e-13);
    BOOST_TEST(std::abs(tr.loss - mean(gd.x)) <= 1e-13);
}

// ---- the compile-time XOR training, repeated at run time: the same bits ----
namespace {
constexpr nn::training_options part{.epochs = 150, .learning_rate = 4};
constexpr auto ct1 = nn::train(xor_start(), xor_data, part);
constexpr auto ct2 = nn::train(ct1.net, xor_data, part);
constexpr auto ct3 = nn::train(ct2.net, xor_data, part);
} // namespace

BOOST_AUTO_TEST_CASE(compile_time_training_equals_run_time) {
    volatile double rate = 4; // laundered: the training below runs at run time
    const nn::training_options options{.epochs = 150, .learning_rate = rate};
    auto r = nn::train(xor_start(), xor_data, options);
    r = nn::train(r.net, xor_data, options);
    r = nn::train(r.net, xor_data, options);
    BOOST_TEST(nn::to_parameters(r.net) == nn::to_parameters(ct3.net));
    BOOST_TEST(r.loss == ct3.loss);
    // One run of 450 epochs is the same as the three chained parts.
    const auto once = nn::train(xor_start(), xor_data, {.epochs = 450, .learning_rate = rate});
    BOOST_TEST(nn::to_parameters(once.net) == nn::to_parameters(ct3.net));
    std::printf("XOR 2-2-1 after 450 epochs: loss %.6g, outputs", once.loss);
    for (const auto& [x, y] : xor_data) std::printf(" %.4f", nn::forward(once.net, x).output()[0]);
    std::printf("\n");
}

// ---- bad data and divergence are statuses, never silent numbers ----
BOOST_AUTO_TEST_CASE(bad_data_is_reported) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const double bad : {nan, inf, -inf}) {
        auto data = xor_data;
        data[2].x[1] = bad;
        const auto r = nn::train(xor_start(), data, part);
        BOOST_TEST((r.status == fluxion::status::non_finite));
        BOOST_TEST(r.epochs == 0u);
        BOOST_TEST(std::isnan(r.loss));
        BOOST_TEST(nn::to_parameters(r.net) == nn::to_parameters(xor_start()));
        data = xor_data;
        data[0].y[0] = bad;
        BOOST_TEST((nn::train(xor_start(), data, part).status == fluxion::status::non_finite));
    }
    // A huge learning rate saturates the output: the log-loss becomes infinite
    // and training stops at the last finite parameters.
    const auto r = nn::train(xor_start(), xor_data, {.epochs = 100, .learning_rate = 1e6});
    BOOST_TEST((r.status == fluxion::status::non_finite));
    BOOST_TEST(r.epochs < 100u);
    for (const double p : nn::to_parameters(r.net)) BOOST_TEST(std::isfinite(p));
    BOOST_TEST(std::isfinite(r.loss));
}
