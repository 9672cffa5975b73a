// Compile-time suite: the logistic sigmoid (fluxion/math/sigmoid.hpp) and its
// derivative rule sigmoid_op, in constant expressions. Compiling this file is
// the test. Reference values: 1 / (1 + e^-x) in 50-digit decimal arithmetic
// (Python's decimal module), rounded to double.
#include <fluxion/ad/functions.hpp>
#include <fluxion/derivative.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/math/sigmoid.hpp>
#include <fluxion/math/tanh.hpp>

#include <bit>
#include <concepts>
#include <cstdint>
#include <limits>

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double dbl_max = std::numeric_limits<double>::max();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();
constexpr float finf = std::numeric_limits<float>::infinity();

// Distance in ulps of two positive finite doubles (adjacent doubles differ by 1).
constexpr std::uint64_t ulps(double a, double b) {
    const auto x = std::bit_cast<std::uint64_t>(a);
    const auto y = std::bit_cast<std::uint64_t>(b);
    return x > y ? x - y : y - x;
}

// ---- types ----
static_assert(std::same_as<decltype(fluxion::sigmoid(1)), double>);
static_assert(std::same_as<decltype(fluxion::sigmoid(1.0f)), float>);
static_assert(std::same_as<decltype(fluxion::sigmoid(1.0L)), long double>);
static_assert(fluxion::sigmoid(2) == fluxion::sigmoid(2.0));

// ---- special values ----
static_assert(fluxion::sigmoid(0.0) == 0.5 && fluxion::sigmoid(-0.0) == 0.5 && fluxion::sigmoid(0.0f) == 0.5f);
static_assert(fluxion::sigmoid(inf) == 1.0 && fluxion::sigmoid(finf) == 1.0f);
static_assert(fluxion::sigmoid(-inf) == 0.0 && !fluxion::signbit(fluxion::sigmoid(-inf)));
static_assert(fluxion::sigmoid(-finf) == 0.0f && !fluxion::signbit(fluxion::sigmoid(-finf)));
static_assert(fluxion::isnan(fluxion::sigmoid(nan)));
// Huge |x| in a constant expression: no overflowing e^-x is ever computed.
static_assert(fluxion::sigmoid(dbl_max) == 1.0 && fluxion::sigmoid(-dbl_max) == 0.0);
static_assert(fluxion::sigmoid(1e300) == 1.0 && fluxion::sigmoid(-1e300) == 0.0 && fluxion::sigmoid(-800.0) == 0.0);
// Tiny |x|: sigmoid(x) = 1/2 + x/4 rounds to 1/2.
static_assert(fluxion::sigmoid(denorm_min) == 0.5 && fluxion::sigmoid(-1e-300) == 0.5);
// The threshold of the x >= 38 branch: 1 - sigmoid(37.9) > 2^-54 still shows.
static_assert(fluxion::sigmoid(38.0) == 1.0 && fluxion::sigmoid(36.0) < 1.0);

// ---- values against 50-digit references (correctly rounded) ----
static_assert(ulps(fluxion::sigmoid(1.0), 0x1.764d4f5d5a2bdp-1) <= 1);
static_assert(ulps(fluxion::sigmoid(-1.0), 0x1.136561454ba86p-2) <= 1);
static_assert(ulps(fluxion::sigmoid(0.5), 0x1.3eb2fd4d34391p-1) <= 1);
static_assert(ulps(fluxion::sigmoid(2.0), 0x1.c2f7d5a8a79cap-1) <= 1);
static_assert(ulps(fluxion::sigmoid(-5.0), 0x1.b69f67d638f8ep-8) <= 1);
static_assert(ulps(fluxion::sigmoid(10.0), 0x1.fffa0cb346f89p-1) <= 1);
static_assert(ulps(fluxion::sigmoid(-20.0), 0x1.1b4865556b5d5p-29) <= 1);
static_assert(ulps(fluxion::sigmoid(30.0), 0x1.ffffffffffcb5p-1) <= 1);
static_assert(ulps(fluxion::sigmoid(-37.0), 0x1.898471fca6054p-54) <= 1);
static_assert(ulps(fluxion::sigmoid(-40.0), 0x1.39792499b1a24p-58) <= 1);
static_assert(ulps(fluxion::sigmoid(-100.0), 0x1.a8c1f14e2af5dp-145) <= 1);
static_assert(ulps(fluxion::sigmoid(-700.0), 0x1.14f2b0fb9307fp-1010) <= 1);
static_assert(ulps(fluxion::sigmoid(-740.0), 0x0.0000000000055p-1022) <= 1); // subnormal
// sigmoid(ln 3) = 3/4; ln 3 is rounded, which moves the value by 3/16 ulp(ln 3) / ulp(3/4) < 1 ulp.
static_assert(ulps(fluxion::sigmoid(0x1.193ea7aad030bp0), 0.75) <= 1);

// ---- laws: sigmoid(x) + sigmoid(-x) = 1, and sigmoid(x) = (1 + tanh(x/2)) / 2 ----
static_assert(fluxion::sigmoid(0.3) + fluxion::sigmoid(-0.3) == 1.0);
static_assert(ulps(fluxion::sigmoid(1.7), (1 + fluxion::tanh(0.85)) / 2) <= 1);
static_assert(ulps(fluxion::sigmoid(-0.2), (1 + fluxion::tanh(-0.1)) / 2) <= 1);

// ---- the rule: sigmoid' = s (1 - s), sigmoid'' = s (1 - s) (1 - 2 s) ----
constexpr double s07 = fluxion::sigmoid(0.7);
static_assert(fluxion::sigmoid_op::jet(0.0).f == 0.5 && fluxion::sigmoid_op::jet(0.0).df == 0.25);
static_assert(fluxion::sigmoid_op::jet(0.0).d2f == 0.0);
static_assert(ulps(fluxion::sigmoid_op::jet(0.7).df, s07 * (1 - s07)) <= 2);
static_assert(ulps(-fluxion::sigmoid_op::jet(0.7).d2f, -(s07 * (1 - s07) * (1 - 2 * s07))) <= 4);
// A second method: differentiate (1 + tanh(t/2)) / 2 with dual numbers.
constexpr auto via_tanh = [](auto t) { return (1 + fluxion::tanh(t / 2)) / 2; };
constexpr auto direct = [](auto t) { return fluxion::sigmoid(t); };
static_assert(ulps(fluxion::derivative(direct, 0.7), fluxion::derivative(via_tanh, 0.7)) <= 4); // each side rounds 3-4 times
static_assert(ulps(-fluxion::second_derivative(direct, 0.7), -fluxion::second_derivative(via_tanh, 0.7)) <= 8);
static_assert(ulps(fluxion::derivative(direct, -3.0), fluxion::derivative(via_tanh, -3.0)) <= 4);
// Far out, s (1 - s) with s rounded would lose everything; the rule keeps e^-x.
static_assert(ulps(fluxion::derivative(direct, 40.0), 0x1.39792499b1a24p-58) <= 2); // sigmoid'(40) ~ e^-40
} // namespace

int main() {}
