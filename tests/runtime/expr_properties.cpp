// Property tests on random expression trees (issue 4 "Agreement", issue 8 "Property tests").
//
// 240 trees of x drawn at compile time from fixed seeds (tests/support/random_expression.hpp),
// each evaluated at 30 random points (fixed seed): 7,200 cases per property.
//   1. symbolic d(f, x) against the dual-number derivative, and against the hyper-dual one;
//   2. symbolic d(d(f, x), x) against the hyper-dual second derivative;
//   3. d(f, x) against a central finite difference;
//   4. compile-time against run-time evaluation, bit for bit, on a sample;
//   5. to_string and to_latex: not truncated, not empty, parentheses and braces balanced.
// The tolerances are derived, not tuned (docs/printing.md, "Property tests"): each side of a
// comparison is evaluated a second time on tracked numbers (tests/support/running_error.hpp),
// which carry a first-order bound E on their own rounding error; two computations of the same
// exact quantity agree within E1 + E2, and the tests allow 2 (E1 + E2) for the dropped
// second-order terms. A finite difference with step h (a power of two, so x +- h is exact)
// also has the truncation error h^2 / 6 |f'''| and the rounding error (E(x+h) + E(x-h)) / 2h.
#define BOOST_TEST_MODULE expr_properties
#include <boost/test/unit_test.hpp>

#include <fluxion/ad/dual.hpp>
#include <fluxion/ad/hyper_dual.hpp>
#include <fluxion/expr.hpp>

#include "random_expression.hpp"
#include "running_error.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string_view>
#include <utility>

namespace ft = fluxion_test;
using ft::tracked;
using fluxion::dual;
using fluxion::hyper_dual;

namespace {

constexpr int tree_depth = 3;
constexpr std::uint64_t first_seed = 20261124;
constexpr std::size_t tree_count = 240;

// One tree, type-erased into plain function pointers. The values compared are the .v of tracked
// evaluations (the same operations as on double: checked bit for bit on a sample below).
struct tree_case {
    std::uint64_t seed;
    tracked (*f)(double);
    tracked (*d1)(double);                  // symbolic first derivative
    tracked (*d2)(double);                  // symbolic second derivative
    tracked (*dual1)(double);               // f' by a dual number
    hyper_dual<tracked> (*hyper)(double);   // f, f', f', f'' by a hyper-dual number
    bool (*text_ok)();
};

// Parentheses (and, in LaTeX, braces) balance and never close before they open.
bool balanced(std::string_view s) {
    int paren = 0, brace = 0;
    for (const char c : s) {
        paren += c == '(' ? 1 : c == ')' ? -1 : 0;
        brace += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (paren < 0 || brace < 0) return false;
    }
    return paren == 0 && brace == 0;
}

// e at x = t; an expression without x (a constant derivative) takes no coordinates.
template <class E, class S>
constexpr S at(const E& e, const S& t) {
    if constexpr (fluxion::detail::arity<E> == 1) return e(t);
    else return static_cast<S>(e.at(std::array<S, 1>{t}));
}

template <std::uint64_t Seed>
struct tree {
    static constexpr auto f = ft::random_function<Seed, tree_depth>();
    static constexpr auto d1 = fluxion::d(f, fluxion::x);
    static constexpr auto d2 = fluxion::d(d1, fluxion::x);
};

template <std::uint64_t Seed>
tree_case make_case() {
    using T = tree<Seed>;
    return {
        Seed,
        [](double t) { return at(T::f, tracked(t)); },
        [](double t) { return at(T::d1, tracked(t)); },
        [](double t) { return at(T::d2, tracked(t)); },
        [](double t) { return at(T::f, dual<tracked>{tracked(t), tracked(1.0)}).d[0]; },
        [](double t) { return at(T::f, hyper_dual<tracked>{tracked(t), tracked(1.0), tracked(1.0), tracked(0.0)}); },
        [] {
            const auto s = fluxion::to_string(T::f);
            const auto l = fluxion::to_latex(T::f);
            const auto s1 = fluxion::to_string(T::d1);
            return !s.empty() && !s.truncated() && balanced(s) && !l.empty() && !l.truncated() && balanced(l) &&
                   !s1.empty() && !s1.truncated() && balanced(s1);
        },
    };
}

template <std::size_t... I>
std::array<tree_case, sizeof...(I)> make_cases(std::index_sequence<I...>) {
    return {make_case<ft::splitmix64(first_seed + I)>()...};
}
const std::array<tree_case, tree_count>& cases() {
    static const auto all = make_cases(std::make_index_sequence<tree_count>{});
    return all;
}

std::array<double, 30> points() {
    std::mt19937_64 gen(42);
    std::uniform_real_distribution<double> u(-2.0, 2.0);
    std::array<double, 30> p{};
    for (double& t : p) t = u(gen);
    return p;
}

bool usable(double v) { return std::isfinite(v) && std::fabs(v) < 1e150; }
bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b)); }

struct counts {
    int checked = 0, skipped = 0;
};

} // namespace


BOOST_AUTO_TEST_CASE(symbolic_first_derivative_equals_dual_and_hyper_dual) {
    counts n;
    for (const tree_case& c : cases())
        for (const double t : points()) {
            const tracked sym = c.d1(t), du = c.dual1(t);
            const hyper_dual<tracked> hd = c.hyper(t);
            if (!usable(sym.v) || !usable(du.v) || !usable(hd.d1.v) || !usable(sym.e + du.e + hd.d1.e)) {
                ++n.skipped;
                continue;
            }
            ++n.checked;
            BOOST_TEST(std::fabs(sym.v - du.v) <= 2 * (sym.e + du.e),
                       "seed " << c.seed << " x = " << t << ": d(f, x) = " << sym.v << ", dual " << du.v
                               << ", bound " << 2 * (sym.e + du.e));
            BOOST_TEST(std::fabs(sym.v - hd.d1.v) <= 2 * (sym.e + hd.d1.e), "seed " << c.seed << " x = " << t);
            BOOST_TEST(same_bits(hd.d1.v, hd.d2.v));
        }
    BOOST_TEST_MESSAGE("first derivatives: " << n.checked << " cases checked, " << n.skipped << " skipped (overflow)");
    BOOST_TEST(n.checked >= 6000);
}

BOOST_AUTO_TEST_CASE(symbolic_second_derivative_equals_hyper_dual) {
    counts n;
    for (const tree_case& c : cases())
        for (const double t : points()) {
            const tracked sym = c.d2(t);
            const tracked hd = c.hyper(t).d12;
            if (!usable(sym.v) || !usable(hd.v) || !usable(sym.e + hd.e)) {
                ++n.skipped;
                continue;
            }
            ++n.checked;
            BOOST_TEST(std::fabs(sym.v - hd.v) <= 2 * (sym.e + hd.e),
                       "seed " << c.seed << " x = " << t << ": d(d(f, x), x) = " << sym.v << ", hyper-dual " << hd.v);
        }
    BOOST_TEST_MESSAGE("second derivatives: " << n.checked << " cases checked, " << n.skipped << " skipped (overflow)");
    BOOST_TEST(n.checked >= 6000);
}

BOOST_AUTO_TEST_CASE(symbolic_derivative_equals_central_difference) {
    // Points on the grid k / 2^20 and the step h = 2^-17: x - h and x + h are exact, and
    // 2h divides exactly. h balances truncation (h^2 |f'''| / 6) against rounding (E / h)
    // for |f'''| near |f|: h ~ (3 u)^(1/3) ~ 1e-5 (Nocedal and Wright, section 8.1).
    constexpr double h = 0x1p-17;
    std::mt19937_64 gen(7);
    std::uniform_int_distribution<int> k(-(1 << 21), 1 << 21);
    counts n;
    int loose = 0;
    for (const tree_case& c : cases())
        for (int i = 0; i < 30; ++i) {
            const double t = k(gen) * 0x1p-20;
            const tracked fp = c.f(t + h), fm = c.f(t - h), sym = c.d1(t);
            const tracked sp = c.d2(t + h), sm = c.d2(t - h), s0 = c.d2(t);
            // f''' from the symbolic f'' by the same central difference.
            const double third = std::fabs(sp.v - sm.v) / (2 * h);
            if (!usable(fp.v) || !usable(fm.v) || !usable(sym.v) || !usable(third) || !usable(s0.v)) {
                ++n.skipped;
                continue;
            }
            ++n.checked;
            const double fd = (fp.v - fm.v) / (2 * h);
            // Taylor: (f(x + h) - f(x - h)) / 2h = f'(x) + h^2 f'''(xi) / 6 for some xi within h
            // of x. Twice the estimate of |f'''| at x, plus |f''| (for where f''' changes sign
            // inside the interval), bounds |f'''(xi)|.
            const double truncation = h * h / 6 * 2 * (third + std::fabs(s0.v));
            // Rounding: each f(x +- h) is off by at most its bound E; the subtraction adds u |fd|.
            const double rounding = (fp.e + fm.e) / (2 * h) + tracked::u * std::fabs(fd);
            const double tol = 2 * (truncation + rounding + sym.e);
            BOOST_TEST(std::fabs(fd - sym.v) <= tol,
                       "seed " << c.seed << " x = " << t << ": d(f, x) = " << sym.v << ", difference " << fd << ", tol " << tol);
            // The tolerance is tight enough to be a real test: 1e-6 relative or better.
            if (tol > 1e-6 * std::fabs(sym.v) && tol > 1e-9) ++loose;
        }
    BOOST_TEST_MESSAGE("finite differences: " << n.checked << " cases checked, " << n.skipped << " skipped, "
                                              << loose << " with a tolerance above 1e-6 relative");
    BOOST_TEST(n.checked >= 6000);
    BOOST_TEST(loose * 100 <= n.checked); // at most 1% of the cases
}

// ---- double against tracked, compile time against run time, on a sample ----

constexpr std::array<double, 4> sample_points = {-1.375, -0.3, 0.7, 1.9};
constexpr std::size_t sample_count = 24;

template <std::uint64_t Seed>
constexpr std::array<double, 12> constexpr_values() {
    using T = tree<Seed>;
    std::array<double, 12> v{};
    for (std::size_t i = 0; i < 4; ++i) {
        v[3 * i] = at(T::f, sample_points[i]);
        v[3 * i + 1] = at(T::d1, sample_points[i]);
        v[3 * i + 2] = at(T::d2, sample_points[i]);
    }
    return v;
}

template <std::uint64_t Seed>
void check_sample() {
    using T = tree<Seed>;
    static constexpr std::array<double, 12> at_compile_time = constexpr_values<Seed>();
    const tree_case c = make_case<Seed>();
    for (std::size_t i = 0; i < 4; ++i) {
        volatile double laundered = sample_points[i]; // the optimiser cannot fold what it cannot see
        const double t = laundered;
        const double f = at(T::f, t), d1 = at(T::d1, t), d2 = at(T::d2, t);
        BOOST_TEST(same_bits(f, at_compile_time[3 * i]), "seed " << Seed << " f at " << t);
        BOOST_TEST(same_bits(d1, at_compile_time[3 * i + 1]), "seed " << Seed << " d(f, x) at " << t);
        BOOST_TEST(same_bits(d2, at_compile_time[3 * i + 2]), "seed " << Seed << " d(d(f, x), x) at " << t);
        // The tracked evaluations do the double evaluations' operations: same values, bit for bit.
        BOOST_TEST(same_bits(c.f(t).v, f));
        BOOST_TEST(same_bits(c.d1(t).v, d1));
        BOOST_TEST(same_bits(c.d2(t).v, d2));
        BOOST_TEST(same_bits(c.dual1(t).v, at(T::f, dual<double>{t, 1.0}).d[0]));
        BOOST_TEST(same_bits(c.hyper(t).d12.v, at(T::f, hyper_dual<double>{t, 1.0, 1.0, 0.0}).d12));
    }
}

template <std::size_t... I>
void check_samples(std::index_sequence<I...>) {
    (check_sample<ft::splitmix64(first_seed + I)>(), ...);
}

BOOST_AUTO_TEST_CASE(compile_time_equals_run_time_and_tracked_equals_double) {
    check_samples(std::make_index_sequence<sample_count>{});
}

BOOST_AUTO_TEST_CASE(printed_forms_are_well_formed) {
    for (const tree_case& c : cases()) BOOST_TEST(c.text_ok(), "seed " << c.seed);
}
