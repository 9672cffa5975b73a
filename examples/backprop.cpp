// Backpropagation in the lecture's network (course chapter 8, docs/backprop.md):
// inputs x1, x2, layers l = 1, 2, 3, sigmoid activations, log-loss.
// Prints, for one training sample, every factor of dL/dw[3] and dL/dw[2] with
// its value, then the loss curve of training on XOR. Everything printed is
// computed by the compiler and checked below with static_assert; the program
// recomputes it at run time and fails if any bit differs.
//   backprop              print the factors and the loss curve
//   backprop --csv FILE   also write the loss of every epoch as CSV (epoch,loss)
#include <fluxion/fluxion.hpp>

#include <array>
#include <cstdio>
#include <cstring>

namespace nn = fluxion::nn;
using net_t = nn::network<2, 2, 2, 1>;

// A fixed initialisation (no symmetry between the hidden units).
constexpr net_t start = [] {
    net_t net;
    net.w<1>() = {{{1.5, -1.5}, {-1.5, 1.5}}};
    net.b<1>() = {-0.5, -0.5};
    net.w<2>() = {{{0.8, 0.3}, {-0.4, 0.6}}};
    net.b<2>() = {0.1, -0.2};
    net.w<3>() = {{{1.4, -1.0}}};
    net.b<3>() = {0.0};
    return net;
}();

// One training sample: x = (1, 0), y = 1 (XOR).
constexpr fluxion::vector x{1.0, 0.0};
constexpr fluxion::vector y{1.0};
constexpr auto fw = nn::forward(start, x);
constexpr auto bw = nn::backward(start, fw, y);
constexpr auto f3 = bw.factors<3>();
constexpr auto f2 = bw.factors<2>();

// dL/dw[3]_0j = dz[3]/dw[3]_0j * da[3]/dz[3] * dL/da[3]
constexpr double product3(std::size_t j) { return f3.dz_dw[j] * f3.da_dz[0] * f3.dL_da[0]; }
// dL/dw[2]_ij = dL/da[3] * da[3]/dz[3] * dz[3]/da[2]_i * da[2]/dz[2]_i * dz[2]/dw[2]_ij
constexpr double product2(std::size_t i, std::size_t j) {
    return f3.dL_da[0] * f3.da_dz[0] * f3.dz_da_prev(0, i) * f2.da_dz[i] * f2.dz_dw[j];
}
constexpr bool close(double a, double b) { return fluxion::abs(a - b) <= 1e-15 * (1 + fluxion::abs(b)); }
static_assert(close(product3(0), bw.dw<3>()(0, 0)) && close(product3(1), bw.dw<3>()(0, 1)));
static_assert(close(product2(0, 0), bw.dw<2>()(0, 0)) && close(product2(0, 1), bw.dw<2>()(0, 1)));
static_assert(close(product2(1, 0), bw.dw<2>()(1, 0)) && close(product2(1, 1), bw.dw<2>()(1, 1)));
// The values against the same network computed in 50-digit decimal arithmetic
// (Python's decimal module), rounded to double: a[3], L, dL/dw[3], dL/dw[2].
constexpr bool near(double a, double reference) { return fluxion::abs(a - reference) <= 1e-15; }
static_assert(near(fw.a<3>()[0], 0.6330993266509106) && near(bw.loss, 0.4571279550072378));
static_assert(near(bw.dw<3>()(0, 0), -0.24682906403379443) && near(bw.dw<3>()(0, 1), -0.145403106169556));
static_assert(near(bw.dw<2>()(0, 0), -0.0826738823521478) && near(bw.dw<2>()(0, 1), -0.013480408601123166));
static_assert(near(bw.dw<2>()(1, 0), 0.06417210917138969) && near(bw.dw<2>()(1, 1), 0.010463597787043354));
// The factors are what the lecture says they are.
static_assert(f3.dL_da[0] == -1 / fw.a<3>()[0]);                   // log-loss, y = 1: dL/da = -1/a
static_assert(f3.da_dz[0] == fw.a<3>()[0] * (1 - fw.a<3>()[0]));   // sigmoid' = a (1 - a)
static_assert(f3.dz_dw == fw.a<2>() && f2.dz_dw == fw.a<1>());     // dz[l]/dw[l] = a[l-1]
static_assert(f3.dz_da_prev == start.w<3>());                      // dz[3]/da[2] = w[3]
// And the whole gradient is the one dual numbers give (forward mode, 15 directions).
constexpr auto by_duals = fluxion::gradient(
    [](const auto& p) { return nn::loss(nn::from_parameters<net_t>(p), x, y); }, nn::to_parameters(start));
constexpr bool same_as_duals() {
    const auto w3 = bw.dw<3>();
    const auto w2 = bw.dw<2>();
    // parameter order: w[1] (4), b[1] (2), w[2] (4) at 6..9, b[2] (2), w[3] (2) at 12..13, b[3]
    return close(w2(0, 0), by_duals[6]) && close(w2(0, 1), by_duals[7]) && close(w2(1, 0), by_duals[8]) &&
           close(w2(1, 1), by_duals[9]) && close(w3(0, 0), by_duals[12]) && close(w3(0, 1), by_duals[13]);
}
static_assert(same_as_duals());

// Training on XOR inside the compiler: 200 epochs of full-batch gradient
// descent (eta = 4), in two constant expressions of 100 epochs each (one
// evaluation's budget on Clang holds about 130 epochs of this network).
constexpr std::array<nn::sample_for<net_t>, 4> xor_data{{{{0, 0}, {0}}, {{0, 1}, {1}}, {{1, 0}, {1}}, {{1, 1}, {0}}}};
constexpr nn::training_options part{.epochs = 100, .learning_rate = 4, .record_every = 10};
constexpr auto t1 = nn::train<11>(start, xor_data, part);
constexpr auto t2 = nn::train<11>(t1.net, xor_data, part);
constexpr std::array parts{t1, t2};
static_assert(t2.loss < 0.01 && t1.losses[0] > 0.69);
static_assert(t1.losses[5] > t1.losses[4]); // eta = 4 overshoots once: epoch 50 is worse than epoch 40
constexpr bool classifies_xor(const net_t& net) {
    for (const auto& [input, target] : xor_data)
        if ((nn::forward(net, input).output()[0] > 0.5) != (target[0] == 1)) return false;
    return true;
}
static_assert(!classifies_xor(start) && classifies_xor(t2.net));

void print_vector(const char* name, const auto& v) {
    std::printf("  %-6s = (", name);
    for (std::size_t i = 0; i < v.size(); ++i) std::printf(i ? ", %.6f" : "%.6f", v[i]);
    std::printf(")\n");
}

int main(int argc, char** argv) {
    std::printf("Forward pass at x = (1, 0), target y = 1 (indices from 0):\n");
    print_vector("z[1]", fw.z<1>());
    print_vector("a[1]", fw.a<1>());
    print_vector("z[2]", fw.z<2>());
    print_vector("a[2]", fw.a<2>());
    print_vector("z[3]", fw.z<3>());
    print_vector("a[3]", fw.a<3>());
    std::printf("  L      = -log a[3] = %.6f\n\n", bw.loss);

    std::printf("dL/dw[3]_0j = dz[3]/dw[3]_0j * da[3]/dz[3] * dL/da[3]\n");
    for (std::size_t j = 0; j < 2; ++j)
        std::printf("  j = %zu: %.6f * %.6f * %.6f = %.6f   (backward: %.6f)\n", j, f3.dz_dw[j], f3.da_dz[0],
                    f3.dL_da[0], product3(j), bw.dw<3>()(0, j));
    std::printf("\ndL/dw[2]_ij = dL/da[3] * da[3]/dz[3] * dz[3]/da[2]_i * da[2]/dz[2]_i * dz[2]/dw[2]_ij\n");
    for (std::size_t i = 0; i < 2; ++i)
        for (std::size_t j = 0; j < 2; ++j)
            std::printf("  i = %zu, j = %zu: %.6f * %.6f * %.6f * %.6f * %.6f = %.6f   (backward: %.6f)\n", i, j,
                        f3.dL_da[0], f3.da_dz[0], f3.dz_da_prev(0, i), f2.da_dz[i], f2.dz_dw[j], product2(i, j),
                        bw.dw<2>()(i, j));
    std::printf("  shared with dL/dw[3]: delta[3] = dL/da[3] * da[3]/dz[3] = %.6f\n\n", f3.delta[0]);

    std::printf("Training on XOR (full batch, eta = 4, mean log-loss), computed by the compiler:\n");
    std::printf("  epoch  loss\n");
    for (std::size_t p = 0; p < parts.size(); ++p)
        for (std::size_t k = p == 0 ? 0 : 1; k < parts[p].losses.size(); ++k)
            std::printf("  %5zu  %.6f\n", p * 100 + k * 10, parts[p].losses[k]);
    std::printf("Outputs after 200 epochs:");
    for (const auto& [input, target] : xor_data)
        std::printf("  (%g, %g) -> %.4f", input[0], input[1], nn::forward(t2.net, input).output()[0]);
    std::printf("\n");

    // The same training at run time, every epoch recorded: the same bits.
    const auto run = nn::train<201>(start, xor_data, {.epochs = 200, .learning_rate = 4});
    if (!(nn::to_parameters(run.net) == nn::to_parameters(t2.net)) || run.loss != t2.loss) {
        std::printf("run-time training differs from compile-time training\n");
        return 1;
    }
    if (argc == 3 && std::strcmp(argv[1], "--csv") == 0) {
        std::FILE* out = std::fopen(argv[2], "w");
        if (!out) {
            std::printf("cannot write %s\n", argv[2]);
            return 1;
        }
        std::fprintf(out, "epoch,loss\n");
        for (std::size_t k = 0; k < run.losses.size(); ++k) std::fprintf(out, "%zu,%.17g\n", k, run.losses[k]);
        std::fclose(out);
        std::printf("wrote %zu epochs to %s\n", run.losses.size(), argv[2]);
    } else if (argc > 1) {
        std::printf("usage: %s [--csv FILE]\n", argv[0]);
        return 2;
    }
    return 0;
}
