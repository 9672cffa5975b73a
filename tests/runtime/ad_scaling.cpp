// Run-time suite: the scaled rules (ad/rules.hpp, ad/scaled_chain.hpp)
// against 256-bit MPFR, over the whole double range.
//
// For each scaled rule f and arguments v from 2^-1070 to 2^1020, the seeds
// x1, x2, x12 of a hyper-dual are chosen so that the chain rule's terms
// f'(v) x1 and f'(v) x12 are about 2^t (t in [-40, 40]): representable,
// although f'(v) or f''(v) alone often is not. The hyper-dual's parts are
// compared with the chain rule evaluated in MPFR (its exponent range is
// unlimited, so f' and f'' never leave it):
//   d1  = f' x1                    relative error <= 4 eps
//   d12 = f' x12 + f'' x1 x2       error <= 8 eps (|f' x12| + |f'' x1 x2|)
// (a few roundings per term: the rule's significands, one product, the
// scaling; the terms may cancel, so the bound is on their sum of magnitudes).
// Cases whose reference leaves the double range are skipped and counted. Each
// rule must have 1/8 of its cases checked and, where a scaled regime with
// representable chain terms exists, 1/40 of them scaled, or the test fails.
// (Positive powers v^n, v^c with c >= 1 have none: where their f' or f''
// leaves the range, so do f = v^n or the chain terms, and they are checked
// for accuracy only.)
#define BOOST_TEST_MODULE ad_scaling
#include <boost/test/unit_test.hpp>

#include <fluxion/ad/functions.hpp>

#include "bigfloat.hpp"
#include "mpfr_oracle.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace ft = fluxion_test;
using ft::bigfloat;
using fluxion::hyper_dual;

namespace {

constexpr double eps = 0x1p-52;

bigfloat abs(const bigfloat& a) { return bigfloat::unary(mpfr_abs, a); }
bool in_double_range(const bigfloat& a) {
    const double d = a.to_double();
    return d == 0 || (std::isfinite(d) && std::fabs(d) >= 0x1p-1000);
}

struct scaled_rule {
    std::string name;
    std::function<hyper_dual<double>(const hyper_dual<double>&)> f;
    std::function<bool(double)> scaled; // whether the rule takes its scaled form at v
    std::function<bigfloat(const bigfloat&)> d1, d2;
    double lowest;      // smallest argument (the domain)
    bool expect_scaled; // a scaled regime with representable chain terms exists
};

std::vector<scaled_rule> rules() {
    const bigfloat one(1.0), two(2.0), three(3.0), nine(9.0);
    const bigfloat ln2 = ft::ln2(), ln10 = log(bigfloat(10.0));
    const auto e = [](auto op) { return [op](double v) { return op(v).e != 0; }; };
    std::vector<scaled_rule> r = {
        {"log", [](const auto& h) { return fluxion::log(h); }, e([](double v) { return fluxion::log_op::jet(v); }),
         [=](const bigfloat& v) { return one / v; }, [=](const bigfloat& v) { return -(one / (v * v)); }, 0, true},
        {"log1p", [](const auto& h) { return fluxion::log1p(h); }, e([](double v) { return fluxion::log1p_op::jet(v); }),
         [=](const bigfloat& v) { return one / (one + v); },
         [=](const bigfloat& v) { return -(one / ((one + v) * (one + v))); }, 0, true},
        {"log2", [](const auto& h) { return fluxion::log2(h); }, e([](double v) { return fluxion::log2_op::jet(v); }),
         [=](const bigfloat& v) { return one / (v * ln2); }, [=](const bigfloat& v) { return -(one / (v * v * ln2)); }, 0, true},
        {"log10", [](const auto& h) { return fluxion::log10(h); }, e([](double v) { return fluxion::log10_op::jet(v); }),
         [=](const bigfloat& v) { return one / (v * ln10); }, [=](const bigfloat& v) { return -(one / (v * v * ln10)); }, 0, true},
        {"cbrt", [](const auto& h) { return fluxion::cbrt(h); }, e([](double v) { return fluxion::cbrt_op::jet(v); }),
         [=](const bigfloat& v) { const bigfloat c = cbrt(v); return one / (three * c * c); },
         [=](const bigfloat& v) { const bigfloat c = cbrt(v); return -(two / (nine * c * c * c * c * c)); }, -1, true},
        {"atan", [](const auto& h) { return fluxion::atan(h); }, e([](double v) { return fluxion::atan_op::jet(v); }),
         [=](const bigfloat& v) { return one / (one + v * v); },
         [=](const bigfloat& v) { return -(two * v / ((one + v * v) * (one + v * v))); }, -1, true},
    };
    for (int n : {-4, -3, -2, -1, 2, 3, 5}) {
        const bigfloat bn(n);
        r.push_back({"pow(v, " + std::to_string(n) + ")", [n](const auto& h) { return fluxion::pow(h, n); },
                     e([n](double v) { return fluxion::pow_int_op::jet(v, n); }),
                     [=](const bigfloat& v) { return bn * pow(v, bigfloat(n - 1.0)); },
                     [=](const bigfloat& v) { return bn * (bn - one) * pow(v, bigfloat(n - 2.0)); }, -1, n < 0});
    }
    for (double c : {-2.5, -0.5, 0.5, 1.5, 3.75}) {
        const bigfloat bc(c);
        r.push_back({"pow(v, " + std::to_string(c) + ")", [c](const auto& h) { return fluxion::pow(h, c); },
                     e([c](double v) { return fluxion::pow_op::jet_in_base(v, c); }),
                     [=](const bigfloat& v) { return bc * pow(v, bc - one); },
                     [=](const bigfloat& v) { return bc * (bc - one) * pow(v, bc - two); }, 0, c < 1});
    }
    return r;
}

// The seed that makes f' x about 2^t, rounded to double; 0 if out of range.
double seed_for(const bigfloat& d1, int t, double u) {
    const double s = (bigfloat(std::ldexp(u, t)) / d1).to_double();
    return std::isfinite(s) && std::fabs(s) >= 0x1p-1000 ? s : 0;
}

} // namespace

BOOST_AUTO_TEST_CASE(scaled_rules_against_mpfr_over_the_whole_range) {
    std::mt19937_64 rng(20261124);
    std::uniform_int_distribution<int> exponent(-1070, 1020), small(-40, 40);
    std::uniform_real_distribution<double> significand(1, 2);
    const std::size_t n = ft::scaled(8000);
    for (const auto& rule : rules()) {
        std::size_t checked = 0, scaled = 0, skipped = 0;
        double worst1 = 0, worst12 = 0;
        for (std::size_t i = 0; i < n; ++i) {
            double v = std::ldexp(significand(rng), exponent(rng));
            if (rule.lowest < 0 && rng() % 2) v = -v;
            const bigfloat V(v), D1 = rule.d1(V), D2 = rule.d2(V);
            const double x1 = seed_for(D1, small(rng), significand(rng)), x2 = seed_for(D1, small(rng), significand(rng)),
                         x12 = seed_for(D1, small(rng), -significand(rng));
            if (x1 == 0 || x2 == 0 || x12 == 0) { ++skipped; continue; }
            const bigfloat want1 = D1 * bigfloat(x1);
            const bigfloat term_a = D1 * bigfloat(x12), term_b = D2 * bigfloat(x1) * bigfloat(x2);
            const bigfloat want12 = term_a + term_b;
            const double bound12 = 8 * eps * (abs(term_a) + abs(term_b)).to_double();
            if (!in_double_range(want1) || !in_double_range(want12) || !(bound12 >= 0x1p-1000) || !std::isfinite(bound12)) {
                ++skipped;
                continue;
            }
            const auto h = rule.f(hyper_dual<double>{v, x1, x2, x12});
            const double err1 = std::fabs(((bigfloat(h.d1) - want1) / want1).to_double()) / eps;
            const double err12 = std::fabs((bigfloat(h.d12) - want12).to_double()) / bound12 * 8;
            worst1 = std::fmax(worst1, err1);
            worst12 = std::fmax(worst12, err12);
            ++checked;
            scaled += rule.scaled(v);
            if (!(err1 <= 4) || !(err12 <= 8))
                BOOST_ERROR(rule.name << " at v = " << std::hexfloat << v << ", x1 = " << x1 << ", x2 = " << x2
                                      << ", x12 = " << x12 << std::defaultfloat << ": d1 " << h.d1 << " (" << err1
                                      << " eps), d12 " << h.d12 << " want " << want12.to_double() << " (" << err12
                                      << " of 8)");
        }
        BOOST_TEST_MESSAGE(rule.name << ": " << checked << " checked (" << scaled << " scaled), " << skipped
                                     << " skipped; worst d1 " << worst1 << " eps, d12 " << worst12 << " of 8");
        if (rule.expect_scaled) BOOST_TEST(scaled >= n / 40, rule.name << ": only " << scaled << " cases scaled");
        BOOST_TEST(checked >= n / 8, rule.name << ": only " << checked << " cases checked");
    }
}

// atan2 and hypot: first argument u = m 2^k over the whole range, second
// w = u 2^s (s in [-60, 60]) or a constant in [-8, 8] (as in fuzz/ad.cpp);
// seeds proportional to the arguments, u_i = u 2^t r. Bounds as above, on
// the sum of the magnitudes of the chain rule's terms.
struct two_argument_rule {
    std::string name;
    std::function<hyper_dual<double>(const hyper_dual<double>&, const hyper_dual<double>&)> f;
    std::function<bool(double, double)> scaled;
    // gradient and Hessian (f_u, f_w, f_uu, f_uw, f_ww) in MPFR
    std::function<std::vector<bigfloat>(const bigfloat&, const bigfloat&)> derivatives;
};

BOOST_AUTO_TEST_CASE(two_argument_rules_against_mpfr_over_the_whole_range) {
    const bigfloat one(1.0), two(2.0);
    const std::vector<two_argument_rule> rules = {
        {"atan2", [](const auto& y, const auto& x) { return fluxion::atan2(y, x); },
         [](double y, double x) { return fluxion::atan2_op::jet(y, x).e != 0; },
         [=](const bigfloat& y, const bigfloat& x) {
             const bigfloat r2 = x * x + y * y, q = one / (r2 * r2);
             return std::vector<bigfloat>{x / r2, -y / r2, -(two * x * y * q), (y * y - x * x) * q, two * x * y * q};
         }},
        {"hypot", [](const auto& a, const auto& b) { return fluxion::hypot(a, b); },
         [](double a, double b) { return fluxion::hypot_op::jet(a, b).e != 0; },
         [](const bigfloat& a, const bigfloat& b) {
             const bigfloat h = sqrt(a * a + b * b), h3 = h * h * h;
             return std::vector<bigfloat>{a / h, b / h, b * b / h3, -(a * b / h3), a * a / h3};
         }},
    };
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> exponent(-1070, 1020), ratio(-60, 60), small(-20, 20);
    std::uniform_real_distribution<double> significand(1, 2), constant(-8, 8);
    const std::size_t n = ft::scaled(8000);
    for (const auto& rule : rules) {
        std::size_t checked = 0, scaled = 0, skipped = 0;
        double worst1 = 0, worst12 = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double u = std::ldexp(rng() % 2 ? significand(rng) : -significand(rng), exponent(rng));
            const bool constant_w = rng() % 2;
            const double w = constant_w ? constant(rng) : std::ldexp(significand(rng), ratio(rng)) * u;
            const auto seed = [&](double a) { return std::ldexp(significand(rng), small(rng)) * a; };
            const double u1 = seed(u), u2 = seed(u), u12 = seed(u);
            const double w1 = constant_w ? 0 : seed(w), w2 = constant_w ? 0 : seed(w), w12 = constant_w ? 0 : seed(w);
            if (!std::isfinite(w) || w == 0 || !std::isfinite(u1 * u2 * 0) || !std::isfinite(u12)) { ++skipped; continue; }
            const auto D = rule.derivatives(bigfloat(u), bigfloat(w));
            const bigfloat U1(u1), U2(u2), U12(u12), W1(w1), W2(w2), W12(w12);
            const bigfloat a1 = D[0] * U1, b1 = D[1] * W1;
            const std::vector<bigfloat> t12 = {D[0] * U12, D[1] * W12, D[2] * U1 * U2, D[3] * U1 * W2, D[3] * W1 * U2,
                                               D[4] * W1 * W2};
            bigfloat want12(0.0), size12(0.0);
            for (const auto& t : t12) { want12 = want12 + t; size12 = size12 + abs(t); }
            const bigfloat want1 = a1 + b1;
            const double bound1 = 4 * eps * (abs(a1) + abs(b1)).to_double(), bound12 = 8 * eps * size12.to_double();
            if (!in_double_range(want1) || !in_double_range(want12) || !(bound1 >= 0x1p-1000) || !(bound12 >= 0x1p-1000) ||
                !std::isfinite(bound1) || !std::isfinite(bound12)) {
                ++skipped;
                continue;
            }
            const auto h = rule.f(hyper_dual<double>{u, u1, u2, u12}, hyper_dual<double>{w, w1, w2, w12});
            const double err1 = std::fabs((bigfloat(h.d1) - want1).to_double()) / bound1 * 4;
            const double err12 = std::fabs((bigfloat(h.d12) - want12).to_double()) / bound12 * 8;
            worst1 = std::fmax(worst1, err1);
            worst12 = std::fmax(worst12, err12);
            ++checked;
            scaled += rule.scaled(u, w);
            if (!(err1 <= 4) || !(err12 <= 8))
                BOOST_ERROR(rule.name << " at " << std::hexfloat << u << ", " << w << std::defaultfloat << ": d1 " << h.d1
                                      << " want " << want1.to_double() << " (" << err1 << " of 4), d12 " << h.d12
                                      << " want " << want12.to_double() << " (" << err12 << " of 8)");
        }
        BOOST_TEST_MESSAGE(rule.name << ": " << checked << " checked (" << scaled << " scaled), " << skipped
                                     << " skipped; worst d1 " << worst1 << " of 4, d12 " << worst12 << " of 8");
        BOOST_TEST(scaled >= n / 40, rule.name << ": only " << scaled << " cases scaled");
        BOOST_TEST(checked >= n / 8, rule.name << ": only " << checked << " cases checked");
    }
}

// The docs' example: log(exp(exp(x))) = e^x, so f' = f'' = e^x. The inner
// u = exp(exp(x)) passes 2^512 at x = 5.9, where log'' = -1/u^2 underflowed
// (f'' was 2 e^x to 300 e^x too large). The chain rule cancels e^2x + e^x
// against e^2x in f'', amplifying the terms' rounding by about e^x:
// bound 8 eps e^x relative; f' has no cancellation: 4 eps.
BOOST_AUTO_TEST_CASE(log_of_exp_of_exp) {
    double worst = 0;
    for (double x = 0; x <= 6.5; x += 1.0 / 64) {
        const auto h = fluxion::log(fluxion::exp(fluxion::exp(hyper_dual<double>{x, 1.0, 1.0, 0.0})));
        const bigfloat want = exp(bigfloat(x));
        const double e1 = std::fabs(((bigfloat(h.d1) - want) / want).to_double()) / eps;
        const double e2 = std::fabs(((bigfloat(h.d12) - want) / want).to_double()) / eps;
        worst = std::fmax(worst, e2 / std::exp(x));
        BOOST_TEST(e1 <= 4, "f' at x = " << x << ": " << e1 << " eps");
        BOOST_TEST(e2 <= 8 * std::exp(x), "f'' at x = " << x << ": " << h.d12 << ", " << e2 << " eps");
    }
    BOOST_TEST_MESSAGE("log(exp(exp(x))): worst f'' error " << worst << " eps e^x");
}

// Inside each rule's band the rule is the plain formula, bit for bit (the
// formulas of the textbook, as rules.hpp wrote them before it scaled).
BOOST_AUTO_TEST_CASE(plain_formulas_inside_the_bands) {
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> significand(1, 2);
    const auto same = [](double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; };
    for (std::size_t i = 0; i < ft::scaled(20000); ++i) {
        const double m = significand(rng);
        const double v_log = std::ldexp(m, static_cast<int>(rng() % 1020) - 511);    // [2^-511, 2^509]
        const double v_atan = std::ldexp(m, static_cast<int>(rng() % 1400) - 1062);  // up to 2^337
        const double v_cbrt = std::ldexp(m, static_cast<int>(rng() % 1189) - 594);   // [2^-594, 2^594]
        const double v_pow = std::ldexp(m, static_cast<int>(rng() % 300) - 150); // |k (n - 2)| + |n - 2| + 24 < 1022
        const auto l = fluxion::log_op::jet(v_log);
        const double r = 1 / v_log;
        BOOST_TEST((l.e == 0 && same(l.df, r) && same(l.d2f, -r * r)), "log at " << v_log);
        const auto a = fluxion::atan_op::jet(v_atan);
        const double q = 1 / (1 + v_atan * v_atan);
        BOOST_TEST((a.e == 0 && same(a.df, q) && same(a.d2f, -2 * v_atan * q * q)), "atan at " << v_atan);
        const auto c = fluxion::cbrt_op::jet(v_cbrt);
        const double cb = fluxion::cbrt(v_cbrt), d = 1 / (3 * cb * cb);
        BOOST_TEST((c.e == 0 && same(c.df, d) && same(c.d2f, -2 * d / (3 * v_cbrt))), "cbrt at " << v_cbrt);
        for (long long n : {-3LL, -1LL, 2LL, 4LL}) {
            const auto p = fluxion::pow_int_op::jet(v_pow, n);
            BOOST_TEST((p.e == 0 && same(p.df, n * fluxion::pow(v_pow, n - 1)) &&
                        same(p.d2f, n * (n - 1) * fluxion::pow(v_pow, n - 2))),
                       "pow(v, " << n << ") at " << v_pow);
        }
    }
}
