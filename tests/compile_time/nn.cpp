// Compile-time suite: the neural network (fluxion/nn.hpp) in constant
// expressions: shapes, the forward pass against hand-written formulas,
// backpropagation against dual numbers (fluxion::gradient over all
// parameters), every factor of the lecture's products, XOR trained inside the
// compiler, and bad data reported as a status. Compiling this file is the test.
#include <fluxion/derivative.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/math/sigmoid.hpp>
#include <fluxion/nn.hpp>

#include "../support/nn_fixtures.hpp"

#include <array>
#include <limits>

namespace {
namespace nn = fluxion::nn;
using namespace fluxion_test::nn_fixtures;
constexpr double eps = std::numeric_limits<double>::epsilon(); // 2^-52

// ---- shapes ----
static_assert(xor_net::depth == 2 && xor_net::inputs == 2 && xor_net::outputs == 1);
static_assert(xor_net::parameter_count == 9 && lecture_net::parameter_count == 15);
static_assert(lecture_net::width<0> == 2 && lecture_net::width<3> == 1);
static_assert(nn::network<3, 5, 4, 2>::parameter_count == 5 * 4 + 4 * 6 + 2 * 5);

// ---- parameters: to_parameters and from_parameters are inverse ----
constexpr xor_net start = xor_start();
static_assert(nn::to_parameters(start) == fluxion::vector{0.5, -0.5, -0.5, 0.5, -0.1, -0.1, 0.5, 0.5, 0.0});
static_assert(nn::to_parameters(nn::from_parameters<lecture_net>(nn::to_parameters(scrambled<lecture_net>()))) ==
              nn::to_parameters(scrambled<lecture_net>()));

// ---- forward: z[l] = w[l] a[l-1] + b[l], a[l] = sigmoid(z[l]), written out ----
constexpr fluxion::vector x01{0.0, 1.0};
constexpr auto fw = nn::forward(start, x01);
static_assert(fw.a<0>() == x01);
static_assert(fw.z<1>()[0] == -0.5 - 0.1 && fw.z<1>()[1] == 0.5 - 0.1);
static_assert(fw.a<1>()[0] == fluxion::sigmoid(-0.6) && fw.a<1>()[1] == fluxion::sigmoid(0.4));
static_assert(fw.z<2>()[0] == 0.5 * fluxion::sigmoid(-0.6) + 0.5 * fluxion::sigmoid(0.4));
static_assert(fw.output()[0] == fluxion::sigmoid(fw.z<2>()[0]));
static_assert(nn::forward(start, std::array{0.0, 1.0}).output() == fw.output()); // std::array input too

// ---- backpropagation == dual numbers (forward mode over all parameters) ----
// log-loss, 2-2-1, at every XOR sample of the fixed start
static_assert(relative_difference(backprop_gradient(start, xor_data[0].x, xor_data[0].y),
                                  dual_gradient(start, xor_data[0].x, xor_data[0].y)) <= 4 * eps);
static_assert(relative_difference(backprop_gradient(start, xor_data[1].x, xor_data[1].y),
                                  dual_gradient(start, xor_data[1].x, xor_data[1].y)) <= 4 * eps);
static_assert(relative_difference(backprop_gradient(start, xor_data[3].x, xor_data[3].y),
                                  dual_gradient(start, xor_data[3].x, xor_data[3].y)) <= 4 * eps);
// the lecture's 2-2-2-1, log-loss and squared error
constexpr auto net3 = scrambled<lecture_net>();
constexpr fluxion::vector x3{0.3, -1.2};
constexpr fluxion::vector y3{1.0};
static_assert(relative_difference(backprop_gradient(net3, x3, y3), dual_gradient(net3, x3, y3)) <= 4 * eps);
static_assert(relative_difference(backprop_gradient(net3, x3, y3, nn::squared_error{}),
                                  dual_gradient(net3, x3, y3, nn::squared_error{})) <= 4 * eps);
// tanh and relu hidden layers, two outputs, a soft target
using tanh_net = nn::basic_network<double, nn::tanh_activation, nn::sigmoid_activation, 3, 4, 2>;
using relu_net = nn::basic_network<double, nn::relu_activation, nn::sigmoid_activation, 3, 4, 3, 2>;
constexpr fluxion::vector x4{0.7, -0.2, 1.5};
constexpr fluxion::vector y4{0.25, 1.0};
static_assert(relative_difference(backprop_gradient(scrambled<tanh_net>(), x4, y4),
                                  dual_gradient(scrambled<tanh_net>(), x4, y4)) <= 8 * eps);
static_assert(relative_difference(backprop_gradient(scrambled<relu_net>(0.1), x4, y4, nn::squared_error{}),
                                  dual_gradient(scrambled<relu_net>(0.1), x4, y4, nn::squared_error{})) <= 8 * eps);

// ---- the factors: each gradient entry is the lecture's product ----
constexpr auto fw3 = nn::forward(net3, x3);
constexpr auto bw3 = nn::backward(net3, fw3, y3);
constexpr auto f3 = bw3.factors<3>();
constexpr auto f2 = bw3.factors<2>();
// dL/da[3] for log-loss with y = 1 is -1/a[3]; da[3]/dz[3] = a[3] (1 - a[3])
static_assert(f3.dL_da[0] == -1 / fw3.a<3>()[0]);
static_assert(f3.da_dz[0] == fw3.a<3>()[0] * (1 - fw3.a<3>()[0]));
static_assert(f3.dz_dw == fw3.a<2>() && f3.dz_da_prev == net3.w<3>() && f2.dz_dw == fw3.a<1>());
// dL/dw[3]_0j = dz[3]/dw[3]_0j * da[3]/dz[3] * dL/da[3]
static_assert(fluxion::abs(bw3.dw<3>()(0, 1) - f3.dz_dw[1] * f3.da_dz[0] * f3.dL_da[0]) <= 2 * eps);
// dL/dw[2]_ij = dL/da[3] da[3]/dz[3] dz[3]/da[2]_i da[2]/dz[2]_i dz[2]/dw[2]_ij
constexpr double product_2_10 = f3.dL_da[0] * f3.da_dz[0] * f3.dz_da_prev(0, 1) * f2.da_dz[1] * f2.dz_dw[0];
static_assert(fluxion::abs(bw3.dw<2>()(1, 0) - product_2_10) <= 4 * eps * fluxion::abs(product_2_10));
// ... the shared factor: delta[2] = (w[3]^T delta[3]) * da[2]/dz[2]
static_assert(f2.dL_da[1] == f3.dz_da_prev(0, 1) * f3.delta[0] && f2.delta[1] == f2.dL_da[1] * f2.da_dz[1]);
// with the sigmoid, log-loss and y = 1 the product dL/da[3] da[3]/dz[3] is a[3] - 1
static_assert(fluxion::abs(f3.delta[0] - (fw3.a<3>()[0] - 1)) <= 2 * eps);

// ---- ReLU's convention at 0: derivative 0, as dual numbers give ----
static_assert(nn::relu_activation::derivative(0.0, 0.0) == 0.0 && nn::relu_activation::derivative(1e-300, 1e-300) == 1.0);
static_assert(fluxion::derivative([](auto z) { return nn::relu_activation::value(z); }, 0.0) == 0.0);

// ---- XOR trained inside the compiler: 2-2-1, sigmoid, log-loss, eta = 4,
// from the fixed start. Each constexpr variable is its own evaluation with
// its own budget (Clang: 1,048,576 steps; about 5,300 per epoch here), so the
// 450 epochs are chained in three parts of 150. ----
constexpr nn::training_options part{.epochs = 150, .learning_rate = 4};
constexpr auto t1 = nn::train(start, xor_data, part);
constexpr auto t2 = nn::train(t1.net, xor_data, part);
constexpr auto t3 = nn::train(t2.net, xor_data, part);
static_assert(t1.status == fluxion::status::max_iterations && t1.epochs == 150 && t3.epochs == 150);
static_assert(t1.losses[0] > 0.69 && t1.losses[0] < 0.73); // near ln 2: the start knows nothing
static_assert(t3.loss < 0.01);                              // the loss fell below 0.01
static_assert(t3.loss == nn::mean_loss(t3.net, xor_data));  // .loss is the trained net's loss
static_assert(t2.losses[0] == t1.loss && t3.losses[0] == t2.loss); // the chain continues
constexpr bool classifies_xor(const xor_net& n) {
    for (const auto& [x, y] : xor_data)
        if ((nn::forward(n, x).output()[0] > 0.5) != (y[0] == 1)) return false;
    return true;
}
static_assert(!classifies_xor(start) && classifies_xor(t3.net));
// the loss curve goes down at every recorded epoch
constexpr bool decreasing(const auto& curve) {
    for (std::size_t k = 1; k < curve.size(); ++k)
        if (!(curve[k] < curve[k - 1])) return false;
    return true;
}
static_assert(decreasing(t1.losses) && decreasing(t3.losses));

// ---- stopping at a loss ----
constexpr auto until = nn::train(t2.net, xor_data, {.epochs = 150, .learning_rate = 4, .loss_tol = 0.015});
static_assert(until.status == fluxion::status::converged && until.loss <= 0.015 && until.epochs < 150);

// ---- bad data: a NaN is reported, never trained on ----
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::array<nn::sample_for<xor_net>, 2> with_nan{{{{0, 0}, {0}}, {{nan, 1}, {1}}}};
constexpr auto refused = nn::train(start, with_nan, part);
static_assert(refused.status == fluxion::status::non_finite && refused.epochs == 0);
static_assert(nn::to_parameters(refused.net) == nn::to_parameters(start) && fluxion::isnan(refused.loss));
constexpr std::array<nn::sample_for<xor_net>, 1> nan_target{{{{0, 0}, {nan}}}};
static_assert(nn::train(start, nan_target, part).status == fluxion::status::non_finite);
// a saturated wrong output: a[L] == 1 exactly, target 0, infinite log-loss
constexpr xor_net saturated = [] {
    xor_net n = xor_start();
    n.b<2>() = {50.0};
    return n;
}();
static_assert(nn::forward(saturated, x01).output()[0] == 1.0);
static_assert(!nn::backward(saturated, nn::forward(saturated, x01), fluxion::vector{0.0}).finite);
static_assert(nn::train(saturated, xor_data, part).status == fluxion::status::non_finite);
// ... but a saturated right output is finite: dL/da = -1/a
static_assert(nn::backward(saturated, nn::forward(saturated, x01), fluxion::vector{1.0}).finite);
} // namespace

int main() {}
