// fuzz/solvers.cpp — libFuzzer target: fluxion's solvers on random smooth
// functions, random starts and random options.
//
// f is a sum of up to 4 terms a * phi(b x) with phi one of x, x^2, x^3,
// sin, cos, exp, atan, tanh, log(1 + x^2), and coefficients in [-4, 4]; in 2-D
// the terms act on b x + c y, plus a x^2 + d y^2. The start is in [-10, 10]
// (or, one input in 8, any bit pattern: NaN, infinities, 1e300); the options
// are random (max_iterations 0..150, stop rule, tolerances, learning rate,
// possibly NaN). Properties, for newton_root, newton_minimize (1-D and 2-D)
// and gradient_descent:
//  - every call returns (libFuzzer's -timeout catches a hang) without UB;
//  - iterations <= max_iterations, and == when the status is max_iterations;
//  - the trace holds x0 first, min(iterations + 1, capacity) points, truncated
//    exactly when more were made, and ends at .x when not truncated;
//  - converged => x finite; with stop_rule::gradient_norm, the recomputed
//    |f(x)| (root) or ||grad f(x)|| is <= grad_tol, always. (It once held only
//    "unless the last update left x unchanged": a step below half an ulp of x
//    counted as converged, and the fuzzer found gradient descent converged
//    with ||grad f|| > grad_tol. Such a run now ends with status::stalled.)
//  - stalled only under stop_rule::gradient_norm, after an update that left
//    x unchanged (==), with the gradient norm still above grad_tol;
//  - newton_root converged by the step rule => x is a root to within what the
//    last step s allows: |f(x)| <= 8 |f'(x)| (|s| + ulp(x)) + |f''(x)| s^2 + 64 eps F(x),
//    (|s| + ulp(x) when the last step rounded away), F(x) the rounding floor
//    of f(x) (the terms' magnitudes and their arguments' rounding): Newton's
//    f(x_{k+1}) = f''(xi) s^2 / 2 when s = f(x_k) / f'(x_k) exactly; the slack
//    covers f' changing over the step.
#include "input.hpp"

#include <fluxion/fluxion.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace {
constexpr double eps = std::numeric_limits<double>::epsilon();
constexpr int n_kinds = 9;

struct term {
    int kind = 0;
    double a = 0, b = 0, c = 0;
};
struct function {
    int count = 0;
    term t[4];
    double qx = 0, qy = 0; // 2-D only: qx x^2 + qy y^2
};

template <class S>
S phi(int kind, const S& u) {
    using fluxion::sin, fluxion::cos, fluxion::exp, fluxion::atan, fluxion::tanh, fluxion::log;
    switch (kind) {
    case 0: return u;
    case 1: return u * u;
    case 2: return u * u * u;
    case 3: return sin(u);
    case 4: return cos(u);
    case 5: return exp(u);
    case 6: return atan(u);
    case 7: return tanh(u);
    default: return log(1 + u * u);
    }
}

// One term of the 1-D function, and the function.
template <class S>
S term1(const term& t, const S& x) { return t.a * phi(t.kind, t.b * x); }
template <class S>
S f1(const function& f, const S& x) {
    S sum = 0;
    for (int k = 0; k < f.count; ++k) sum = sum + term1(f.t[k], x);
    return sum;
}
template <class S>
S f2(const function& f, const S& x, const S& y) {
    S sum = f.qx * x * x + f.qy * y * y;
    for (int k = 0; k < f.count; ++k) sum = sum + f.t[k].a * phi(f.t[k].kind, f.t[k].b * x + f.t[k].c * y);
    return sum;
}

bool finite(double x) { return std::isfinite(x); }
bool finite(const std::array<double, 2>& x) { return std::isfinite(x[0]) && std::isfinite(x[1]); }
// Every coordinate within [-bound, bound] (NaN is not beyond it: the solvers compare).
bool within(double x, double bound) { return !(std::fabs(x) > bound); }
bool within(const std::array<double, 2>& x, double bound) { return within(x[0], bound) && within(x[1], bound); }
bool same(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }
bool same(const std::array<double, 2>& a, const std::array<double, 2>& b) { return same(a[0], b[0]) && same(a[1], b[1]); }

// The last update left x unchanged (compared with ==, as the solvers do:
// -0 == +0), or the trace no longer holds the iterate before .x.
bool equal(double a, double b) { return a == b; }
bool equal(const std::array<double, 2>& a, const std::array<double, 2>& b) { return a[0] == b[0] && a[1] == b[1]; }
template <class R>
bool unchanged_by_last_update(const R& r) {
    if (r.trace.truncated) return true;
    return r.iterations > 0 && equal(r.trace[r.trace.size() - 1], r.trace[r.trace.size() - 2]);
}

// The properties every solver result has.
template <class R, class X>
void check_common(const char* who, const R& r, const X& x0, const fluxion::solver_options& o) {
    using fluxion::status;
    FLUXION_FUZZ_REQUIRE(r.iterations <= o.max_iterations, "%s: %zu iterations > max %zu", who, r.iterations,
                         o.max_iterations);
    FLUXION_FUZZ_REQUIRE(r.status != status::max_iterations || r.iterations == o.max_iterations,
                         "%s: max_iterations after %zu of %zu", who, r.iterations, o.max_iterations);
    const std::size_t made = r.iterations + 1, capacity = r.trace.capacity();
    FLUXION_FUZZ_REQUIRE(r.trace.size() == (made < capacity ? made : capacity), "%s: trace of %zu for %zu points",
                         who, r.trace.size(), made);
    FLUXION_FUZZ_REQUIRE(r.trace.truncated == (made > capacity), "%s: truncated flag wrong", who);
    FLUXION_FUZZ_REQUIRE(same(r.trace[0], x0), "%s: trace does not start at x0", who);
    FLUXION_FUZZ_REQUIRE(r.trace.truncated || same(r.trace.back(), r.x), "%s: trace does not end at x", who);
    FLUXION_FUZZ_REQUIRE(r.status != status::converged || finite(r.x), "%s: converged to a non-finite x", who);
    FLUXION_FUZZ_REQUIRE(r.status == status::converged || r.status == status::max_iterations ||
                             r.status == status::singular || r.status == status::non_finite ||
                             r.status == status::diverged || r.status == status::stalled,
                         "%s: unexpected status %d", who, static_cast<int>(r.status));
    FLUXION_FUZZ_REQUIRE(r.status != status::stalled ||
                             (o.stop == fluxion::stop_rule::gradient_norm && unchanged_by_last_update(r)),
                         "%s: stalled without an update that left x unchanged under the gradient rule", who);
    // diverged means an update left the box |x_i| <= divergence_bound (solvers/options.hpp).
    FLUXION_FUZZ_REQUIRE(r.status != status::diverged || !within(r.x, o.divergence_bound),
                         "%s: diverged inside the divergence bound", who);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using fluxion::status;
    fluxion_fuzz::bytes in(data, size);
    function f;
    f.count = 1 + static_cast<int>(in.choice(4));
    for (int k = 0; k < f.count; ++k) {
        f.t[k].kind = static_cast<int>(in.choice(n_kinds));
        f.t[k].a = in.in(-4, 4);
        f.t[k].b = in.in(-4, 4);
        f.t[k].c = in.in(-4, 4);
    }
    f.qx = in.in(-1, 4);
    f.qy = in.in(-1, 4);
    const bool wild = in.choice(8) == 0;
    const double x0 = wild ? in.any_double() : in.in(-10, 10);
    const double y0 = wild ? in.any_double() : in.in(-10, 10);
    fluxion::solver_options o;
    o.max_iterations = in.choice(151);
    o.stop = static_cast<fluxion::stop_rule>(in.choice(3));
    const double tolerances[] = {0, 1e-15, 1e-12, 1e-8, 1e-4, 0.5};
    o.rel_tol = tolerances[in.choice(6)];
    o.abs_tol = tolerances[in.choice(6)];
    o.grad_tol = tolerances[in.choice(6)];
    o.learning_rate = in.choice(16) == 0 ? std::numeric_limits<double>::quiet_NaN() : in.in(0, 1);

    const auto g = [&](auto x) { return f1(f, x); };
    const auto h = [&](auto x, auto y) { return f2(f, x, y); };

    // newton_root, with a small trace capacity so that truncation happens.
    const auto root = fluxion::newton_root<16>(g, x0, o);
    check_common("newton_root", root, x0, o);
    if (root.status == status::converged) {
        const auto d = g(fluxion::hyper_dual<double>{root.x, 1, 1, 0});
        if (o.stop == fluxion::stop_rule::gradient_norm) {
            FLUXION_FUZZ_REQUIRE(std::fabs(d.value) <= o.grad_tol, "newton_root: |f(x)| = %g > grad_tol %g",
                                 std::fabs(d.value), o.grad_tol);
        } else if (root.iterations > 0 && !root.trace.truncated &&
                   std::fabs(root.x - root.trace[root.trace.size() - 2]) <= 0x1p-10 * (1 + std::fabs(root.x))) {
            // Only for a small last step: the Taylor bound below says nothing about a run
            // that a loose tolerance (random options) let stop after a large step.
            const double s = root.x - root.trace[root.trace.size() - 2];
            // Rounding floor of f(x): each term a phi(u), u = b x, is computed with
            // an error of about eps (|a phi(u)| + |a phi'(u) u|) (the rounding of
            // u propagates through phi'); x itself is only good to half an ulp.
            // log(1 + u^2) (kind 8) rounds the sum 1 + u^2, of size 1, before the
            // log: an error of eps/2 absolute, which is all of u^2 once u^2 < eps
            // (the finding x0 = 1.5e-139: f's log term computed as 0, so the
            // Newton step used a wrong f; kept in the corpus as tiny-x-log-one-plus).
            double floor = 0;
            for (int k = 0; k < f.count; ++k) {
                const auto u = fluxion::dual<double>{f.t[k].b * root.x, f.t[k].b * root.x};
                const auto v = phi(f.t[k].kind, u);
                const double inner = f.t[k].kind == 8 ? 1 + u.value * u.value : 0; // the rounded sum's size
                floor += std::fabs(f.t[k].a) * (std::fabs(v.value) + std::fabs(v.d[0]) + inner);
            }
            // ulp(x) as 2^(exponent - 52): never infinite, even next to DBL_MAX; and
            // never below denorm_min, the spacing of the subnormals (2^(-1074 - 52) is
            // 0: the finding x = -denorm_min, f(x) = denorm_min, f' = -2.5, where
            // Newton's step rounds to zero and no double has a smaller |f|).
            const double ulp = root.x == 0 ? std::numeric_limits<double>::denorm_min()
                                           : std::max(std::ldexp(1.0, std::ilogb(root.x) - 52),
                                                      std::numeric_limits<double>::denorm_min());
            const double bound = 8 * std::fabs(d.d1) * (std::fabs(s) + ulp) + std::fabs(d.d12) * s * s + 64 * eps * floor;
            FLUXION_FUZZ_REQUIRE(d.value == 0 || std::fabs(d.value) <= bound, "newton_root: x = %a, f(x) = %g, f' = %g, step %g, bound %g",
                                 root.x, d.value, d.d1, s, bound);
        }
    }

    const auto min1 = fluxion::newton_minimize(g, x0, o);
    check_common("newton_minimize 1-D", min1, x0, o);
    if (min1.status == status::converged && o.stop == fluxion::stop_rule::gradient_norm)
        FLUXION_FUZZ_REQUIRE(std::fabs(fluxion::derivative(g, min1.x)) <= o.grad_tol, "newton_minimize: |g'(x)| > grad_tol");

    const std::array<double, 2> p0{x0, y0};
    const auto min2 = fluxion::newton_minimize<8>(h, p0, o);
    check_common("newton_minimize 2-D", min2, p0, o);
    if (min2.status == status::converged && o.stop == fluxion::stop_rule::gradient_norm)
        FLUXION_FUZZ_REQUIRE(fluxion::norm(fluxion::gradient(h, min2.x)) <= o.grad_tol,
                             "newton_minimize 2-D: ||grad f(x)|| > grad_tol");

    const auto gd = fluxion::gradient_descent(h, p0, o);
    check_common("gradient_descent", gd, p0, o);
    if (gd.status == status::converged && o.stop == fluxion::stop_rule::gradient_norm)
        FLUXION_FUZZ_REQUIRE(fluxion::norm(fluxion::gradient(h, gd.x)) <= o.grad_tol,
                             "gradient_descent: ||grad f(x)|| > grad_tol");
    if (!std::isfinite(o.learning_rate) && finite(p0))
        FLUXION_FUZZ_REQUIRE(gd.status != status::converged || gd.iterations == 0,
                             "gradient_descent: moved with a NaN learning rate");
    return 0;
}
