// Compile-time suite: the scaled rules (ad/rules.hpp, ad/scaled_chain.hpp).
// Where a rule's own f' or f'' leaves the double range while the chain rule's
// product f' x1 or f'' x1 x2 does not, the product is still right. Each case
// failed before the rules scaled (the plain rule's result is in the comment).
// The arguments are powers of two, so the analytic references are exact.
#include <fluxion/ad/functions.hpp>
#include <fluxion/hessian.hpp>
#include <fluxion/math/exp.hpp>
#include <fluxion/math/log.hpp>

#include <array>

namespace {
using fluxion::dual;
using fluxion::hyper_dual;

constexpr double rel(double got, double want) { return (got - want) / want < 0 ? (want - got) / want : (got - want) / want; }
constexpr double eps = 0x1p-52;

// The example of docs/derivatives.md: f = log(exp(exp(x))) = e^x, so f'' = e^x.
// At x = 6.3 the inner u = exp(exp(x)) is 2^786 and log'' = -1/u^2 underflows
// to -0; the plain rule gave f'' = df u12 alone, 2 e^x (1089.1 instead of
// 544.6). The chain rule cancels e^2x + e^x against e^2x, so the rounding
// of each term, about eps e^2x, is amplified by e^x relative: bound 8 eps e^x.
constexpr double log_exp_exp_second(double x) {
    const hyper_dual<double> t{x, 1.0, 1.0, 0.0};
    return fluxion::log(fluxion::exp(fluxion::exp(t))).d12;
}
static_assert(rel(log_exp_exp_second(6.3), fluxion::exp(6.3)) <= 8 * eps * fluxion::exp(6.3));
static_assert(rel(log_exp_exp_second(6.0), fluxion::exp(6.0)) <= 8 * eps * fluxion::exp(6.0));
// hessian() makes one pass on multi_hyper_dual<T, N>, whose scaled chain rule
// gives each entry the bits a hyper-dual pass along (i, j) gives: the scaled
// one-argument rule (log) and the scaled two-argument rule (atan2, hypot).
constexpr auto scaled_both = [](auto x, auto y) {
    return fluxion::log(fluxion::exp(fluxion::exp(x))) + fluxion::atan2(y * 0x1p600, x) + fluxion::hypot(y * 0x1p600, x);
};
constexpr auto H_scaled = fluxion::hessian(scaled_both, std::array{6.3, 1.0});
// d^2 f / dx_i dx_j by one hyper-dual pass seeded along e_i (eps1) and e_j (eps2).
constexpr double along(double x1, double x2, double y1, double y2) {
    return scaled_both(hyper_dual<double>{6.3, x1, x2, 0}, hyper_dual<double>{1.0, y1, y2, 0}).d12;
}
static_assert(H_scaled(0, 0) == along(1, 1, 0, 0) && H_scaled(1, 1) == along(0, 0, 1, 1));
static_assert(H_scaled(0, 1) == along(1, 0, 0, 1) && H_scaled(1, 0) == H_scaled(0, 1));
static_assert(rel(H_scaled(0, 0), fluxion::exp(6.3)) <= 8 * eps * fluxion::exp(6.3) + 0x1p-500);

// log at u = 2^800 with u1 = u2 = u, u12 = 2u: f'' = u12 / u - u1 u2 / u^2 = 2 - 1.
// Plain rule: 2 (log'' = -2^-1600 is 0).
constexpr hyper_dual<double> big{0x1p800, 0x1p800, 0x1p800, 0x1p801};
static_assert(fluxion::log(big).d1 == 1.0 && fluxion::log(big).d12 == 1.0);
// The same below: u = 2^-800 (log' = 2^800 fine, log'' = -2^1600 = -inf; plain: NaN).
constexpr hyper_dual<double> tiny{0x1p-800, 0x1p-800, 0x1p-800, 0x1p-799};
static_assert(fluxion::log(tiny).d1 == 1.0 && fluxion::log(tiny).d12 == 1.0);
// log1p(u) at u = 2^800: 1 + u = u, the same numbers.
static_assert(fluxion::log1p(big).d1 == 1.0 && fluxion::log1p(big).d12 == 1.0);
// log2, log10: f' u1 = 1 / ln b, f'' u1 u2 = -1 / ln b (u12 = 0 here). Plain f'': 0.
constexpr hyper_dual<double> big0{0x1p800, 0x1p800, 0x1p800, 0.0};
constexpr double inv_ln2 = 1 / 0.69314718055994530942, inv_ln10 = 1 / 2.30258509299404568402;
static_assert(rel(fluxion::log2(big0).d1, inv_ln2) <= eps && rel(fluxion::log2(big0).d12, -inv_ln2) <= 2 * eps);
static_assert(rel(fluxion::log10(big0).d1, inv_ln10) <= eps && rel(fluxion::log10(big0).d12, -inv_ln10) <= 2 * eps);

// pow(v, -1) at v = 2^600, v' = 2^700: f' = -v' / v^2 = -2^-500. Plain: -0 (v^-2 underflows),
// the open finding of docs/reliability.md (f' = -0 where the truth was -8.7e247).
static_assert(fluxion::pow(dual<double>{0x1p600, 0x1p700}, -1).d[0] == -0x1p-500);
// Its f'' = 2 v^-3 = 2^-1799 x1 x2, with x1 = x2 = 2^600, x12 = 0: 2^-599. Plain: 0.
constexpr hyper_dual<double> v600{0x1p600, 0x1p600, 0x1p600, 0.0};
static_assert(fluxion::pow(v600, -1).d1 == -0x1p-600 && fluxion::pow(v600, -1).d12 == 0x1p-599);
// pow(v, 4) at v = 2^-400: f' = 4 v^3 = 2^-1198 is 0 plainly; with v' = 2^1000, f' v' = 2^-198.
static_assert(fluxion::pow(dual<double>{0x1p-400, 0x1p1000}, 4).d[0] == 0x1p-198);
// A constant exponent: v^-0.5 at v = 2^1000 is 2^-500 (normal), f' = -0.5 v^-1.5 = -2^-1501
// (plain: 0). With v1 = v2 = 2^1000, v12 = 0: f' v1 = -2^-501, f'' v1 v2 = 0.75 2^-500.
constexpr hyper_dual<double> v1000{0x1p1000, 0x1p1000, 0x1p1000, 0.0};
static_assert(fluxion::pow(v1000, -0.5).d1 == -0x1p-501 && fluxion::pow(v1000, -0.5).d12 == 0x1.8p-501);

// atan at v = 2^600: 1 + v^2 overflows, plain f' = 0. Truth: f' = v^-2 (to 2^-1200 relative),
// f'' = -2 v^-3; with v1 = v2 = 2^600: f' v1 = 2^-600, f'' v1 v2 = -2^-599.
static_assert(fluxion::atan(v600).d1 == 0x1p-600 && fluxion::atan(v600).d12 == -0x1p-599);
static_assert(fluxion::atan(-v600).d1 == -0x1p-600 && fluxion::atan(-v600).d12 == 0x1p-599); // f'' odd, x1 x2 even
// |v| ~ 1e200 (the docs' "beyond 1e154"): f' = v' / v^2.
static_assert(rel(fluxion::atan(dual<double>{1e200, 1e200}).d[0], 1e-200) <= 2 * eps);

// cbrt at v = 2^-900 = (2^-300)^3, v1 = v2 = 2^-900, v12 = 0: f' v1 = 2^-900 / (3 2^-600) =
// 2^-300 / 3, f'' v1 v2 = -(2/9) 2^1500 2^-1800. Plain: f'' = -inf, so NaN or -inf.
constexpr hyper_dual<double> vm900{0x1p-900, 0x1p-900, 0x1p-900, 0.0};
static_assert(rel(fluxion::cbrt(vm900).d1, 0x1p-300 / 3) <= eps);
static_assert(rel(fluxion::cbrt(vm900).d12, -2.0 / 9 * 0x1p-300) <= 3 * eps);

// atan2(v, 3) at v = 2^600 (v1 = v2 = v, v12 = 0; the constant 3 has no derivative parts):
// f' v1 = 3 v / (v^2 + 9) = 3 2^-600, f'' v1 v2 = -2 * 3 v / (v^2 + 9)^2 v^2 = -6 2^-600.
// Plain: r2 = v^2 + 9 overflows, f' = 0 and f'' = NaN (0 * inf).
constexpr hyper_dual<double> three{3.0};
static_assert(fluxion::atan2(v600, three).d1 == 3 * 0x1p-600 && fluxion::atan2(v600, three).d12 == -6 * 0x1p-600);
// hypot(v, 3): f' v1 = v / h v = 2^600, f'' v1 v2 = 9 / h^3 v^2 = 9 2^-600 (plain: h^3 = inf, 0).
static_assert(fluxion::hypot(v600, three).d1 == 0x1p600 && fluxion::hypot(v600, three).d12 == 9 * 0x1p-600);
// Tiny arguments: atan2(v, w) at v = 2^-600 = w, seeds v1 = v, w1 = w: atan2(t, t) for t = 2^-600 (1 + eps)
// is constant, so f' = 0 and f'' = 0 (plain: 1 / r2^2 = inf, NaN).
constexpr hyper_dual<double> vm600{0x1p-600, 0x1p-600, 0x1p-600, 0.0};
static_assert(fluxion::atan2(vm600, vm600).d1 == 0 && fluxion::atan2(vm600, vm600).d12 == 0);
// Inside the bands atan2 and hypot are the plain formulas (2^-250..2^250 and 2^-336..2^336).
constexpr bool plain_atan2(double y, double x) {
    const auto j = fluxion::atan2_op::jet(y, x);
    const double r2 = x * x + y * y, q = 1 / (r2 * r2);
    return j.e == 0 && j.fx == x / r2 && j.fy == -y / r2 && j.fxx == -2 * x * y * q && j.fxy == (y * y - x * x) * q &&
           j.fyy == 2 * x * y * q;
}
static_assert(plain_atan2(0x1.fp250, 3.0) && plain_atan2(0x1p-250, -0x1p-251) && plain_atan2(0.5, -2.0));
static_assert(fluxion::atan2_op::jet(0x1p251, 1.0).e != 0 && fluxion::atan2_op::jet(0x1p-251, 0x1p-260).e != 0);
constexpr bool plain_hypot(double a, double b) {
    const auto j = fluxion::hypot_op::jet(a, b);
    const double h = fluxion::hypot(a, b), h3 = h * h * h;
    return j.e == 0 && j.fx == a / h && j.fy == b / h && j.fxx == b * b / h3 && j.fxy == -a * b / h3 && j.fyy == a * a / h3;
}
static_assert(plain_hypot(0x1.fp336, 3.0) && plain_hypot(0x1p-336, 0x1p-340) && plain_hypot(3.0, 4.0));
static_assert(fluxion::hypot_op::jet(0x1p337, 1.0).e != 0);

// float scales too: log at u = 2^100f (log'' = -2^-200 underflows in float).
constexpr hyper_dual<float> bigf{0x1p100f, 0x1p100f, 0x1p100f, 0x1p101f};
static_assert(fluxion::log(bigf).d1 == 1.0f && fluxion::log(bigf).d12 == 1.0f);

// Where the plain f' and f'' are normal, the rule is the plain formula, bit for bit:
// at the edges of that band (log: 2^-511 <= |v| < 2^510, atan: |v| < 2^338) and at ordinary points.
constexpr bool plain_log(double v) {
    const auto j = fluxion::log_op::jet(v);
    const double r = 1 / v;
    return j.e == 0 && j.df == r && j.d2f == -r * r;
}
static_assert(plain_log(0x1.fffffffffffffp509) && plain_log(0x1p-511) && plain_log(3.0) && plain_log(7.5e-3));
static_assert(fluxion::log_op::jet(0x1p510).e != 0 && fluxion::log_op::jet(0x1.fffffffffffffp-512).e != 0);
constexpr bool plain_atan(double v) {
    const auto j = fluxion::atan_op::jet(v);
    const double q = 1 / (1 + v * v);
    return j.e == 0 && j.df == q && j.d2f == -2 * v * q * q;
}
static_assert(plain_atan(0x1.fffffffffffffp337) && plain_atan(-0x1p300) && plain_atan(0.5) && plain_atan(1e-300) &&
              plain_atan(0x1p-1074));
static_assert(fluxion::atan_op::jet(0x1p338).e != 0);
constexpr bool plain_pow(double v, long long n) {
    const auto j = fluxion::pow_int_op::jet(v, n);
    return j.e == 0 && j.df == n * fluxion::pow(v, n - 1) && j.d2f == n * (n - 1) * fluxion::pow(v, n - 2);
}
static_assert(plain_pow(3.0, -1) && plain_pow(0x1p300, -1) && plain_pow(0.1, 5) && plain_pow(-2.0, 3));
// Nested duals keep the plain rules: log''(2) = -1/4 through dual<dual<double>>.
static_assert(fluxion::log(dual<dual<double>>{dual<double>{2.0, 1.0}, dual<double>{1.0, 0.0}}).d[0].d[0] == -0.25);
} // namespace

int main() {}
