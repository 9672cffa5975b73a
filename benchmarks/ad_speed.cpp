// benchmarks/ad_speed.cpp — run-time speed of fluxion's derivatives against
// hand-written analytic derivative code, Boost.Math's autodiff and Eigen's
// AutoDiffScalar, on the same arrays of inputs.
//
// Benchmarks are named  case/implementation:
//     d2f/hand            hand-written f'' with glibc's exp, sin, cos, sqrt
//     d2f/hand_fxmath     the same code with fluxion's exp, sin, cos, sqrt
//     d2f/fluxion_hyper   fluxion::second_derivative (hyper-dual numbers)
//     d2f/fluxion_nested  fluxion::derivative<2> (dual<dual<double>>)
//     d2f/boost           Boost.Math autodiff, make_fvar<double, 2>
//     d2f/eigen           Eigen's AutoDiffScalar, nested for the 2nd derivative
// Cases: f, df, d2f of the scalar test function
//     f(x) = exp(sin x) / sqrt(x) + cos(x) / x          on x in [0.5, 3]
// and grad_sN, hess_sN of the 2-D functions of sections 4, 5 and 7 of the
// worked examples, on points in [-5, 5]^2 (section 7: [0, 6]^2):
//     hess_s5/fluxion          fluxion::hessian (one multi_hyper_dual<double, 2> evaluation)
//     hess_s5/fluxion_hyper    3 hyper-dual evaluations (hessian()'s scheme until it had one pass)
//     hess_s5/fluxion_nested   one evaluation on dual<dual<double, 2>, 2>
// Each benchmark iteration evaluates one case on every element of a fixed
// array of 4096 inputs (the calls are independent: throughput), and keeps each
// result alive with benchmark::DoNotOptimize.
// benchmarks/ad_ratios.py runs this program and prints the ratios to the
// hand-written code (docs/benchmarks_derivatives.md).
//
// Before timing, main() checks that every implementation agrees with the
// hand-written derivatives (relative error below 1e-12; exits 1 otherwise).
//
// Instruction counts: `ad_speed --count [filter]` runs each case once over its
// inputs between callgrind client requests; run it as
// `valgrind --tool=callgrind --collect-atstart=no ... ad_speed --count`
// (ad_ratios.py --callgrind does).
#include <fluxion/derivative.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/hessian.hpp>

#include <boost/math/differentiation/autodiff.hpp>

#if defined(FLUXION_BENCH_EIGEN) && __has_include(<unsupported/Eigen/AutoDiff>)
#include <Eigen/Core>
#include <unsupported/Eigen/AutoDiff>
#define FLUXION_BENCH_HAVE_EIGEN 1
#endif

#include <benchmark/benchmark.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "callgrind_count.hpp"

namespace {

constexpr std::size_t n_inputs = 4096;

// ---------------------------------------------------------------------------
// The scalar test function, written once per family of math functions:
// fluxion's (for fluxion's numbers) and std's (glibc for double; Boost's and
// Eigen's overloads are found by argument-dependent lookup).
// Explicit return type T: Eigen's operators return expression templates that
// must be converted before their operands die.
struct test_fluxion {
    template <class T> T operator()(const T& x) const {
        using fluxion::cos, fluxion::exp, fluxion::sin, fluxion::sqrt;
        return exp(sin(x)) / sqrt(x) + cos(x) / x;
    }
};
struct test_std {
    template <class T> T operator()(const T& x) const {
        using std::cos, std::exp, std::sin, std::sqrt;
        return exp(sin(x)) / sqrt(x) + cos(x) / x;
    }
};

// Hand-written analytic derivatives, on a family M of math functions.
// u = e^(sin x) / sqrt(x):  u' = u (c - 1/(2x)),  u'' = u ((c - 1/(2x))^2 - s + 1/(2x^2))
// v = cos(x) / x:           from x v = c:  v' = -(s + v) / x,  v'' = -(c + 2 v') / x
struct std_math {
    static double exp(double x) { return std::exp(x); }
    static double sin(double x) { return std::sin(x); }
    static double cos(double x) { return std::cos(x); }
    static double sqrt(double x) { return std::sqrt(x); }
};
struct fluxion_math {
    static double exp(double x) { return fluxion::exp(x); }
    static double sin(double x) { return fluxion::sin(x); }
    static double cos(double x) { return fluxion::cos(x); }
    static double sqrt(double x) { return fluxion::sqrt(x); }
};
template <class M> double hand_f(double x) { return M::exp(M::sin(x)) / M::sqrt(x) + M::cos(x) / x; }
template <class M> double hand_df(double x) {
    const double s = M::sin(x), c = M::cos(x), i = 1 / x;
    const double u = M::exp(s) / M::sqrt(x), v = c * i;
    return u * (c - 0.5 * i) - (s + v) * i;
}
template <class M> double hand_d2f(double x) {
    const double s = M::sin(x), c = M::cos(x), i = 1 / x;
    const double u = M::exp(s) / M::sqrt(x), v = c * i;
    const double a = c - 0.5 * i;
    const double dv = -(s + v) * i;
    return u * (a * a - s + 0.5 * i * i) - (c + 2 * dv) * i;
}

// ---------------------------------------------------------------------------
// The 2-D functions of the worked examples (sections 4, 5, 7), generic, with
// their hand-written gradients and Hessians. The two coordinates have the same
// type except with Boost's make_ftuple, whose variables differ in nesting; the
// result is then their promote<>.
template <class X, class Y> struct common_number { using type = boost::math::differentiation::promote<X, Y>; };
template <class X> struct common_number<X, X> { using type = X; };
template <class X, class Y> using common_number_t = typename common_number<X, Y>::type;

struct s4 {
    template <class X, class Y> common_number_t<X, Y> operator()(const X& x, const Y& y) const { return 2.0 * x * x + 3.0 * y * y - x * y; }
    static std::array<double, 2> grad(double x, double y) { return {4 * x - y, 6 * y - x}; }
    static std::array<double, 4> hess(double, double) { return {4, -1, -1, 6}; }
};
struct s5 {
    template <class X, class Y> common_number_t<X, Y> operator()(const X& x, const Y& y) const {
        return x * x * x * x + 0.8 * y * y * y * y + 4.0 * x * x + 2.0 * y * y - x * y - 0.2 * x * x * y;
    }
    static std::array<double, 2> grad(double x, double y) {
        return {4 * x * x * x + 8 * x - y - 0.4 * x * y, 3.2 * y * y * y + 4 * y - x - 0.2 * x * x};
    }
    static std::array<double, 4> hess(double x, double y) {
        const double off = -1 - 0.4 * x;
        return {12 * x * x + 8 - 0.4 * y, off, off, 9.6 * y * y + 4};
    }
};
struct s7 {
    template <class X, class Y> common_number_t<X, Y> operator()(const X& x, const Y& y) const {
        return 85.0 - (1.0 / 90) * x * x * (x - 6.0) * y * y * (y - 6.0);
    }
    // f = 85 - a(x) b(y) / 90 with a = x^3 - 6x^2, a' = 3x^2 - 12x, a'' = 6x - 12 (b likewise).
    static std::array<double, 2> grad(double x, double y) {
        const double a = x * x * (x - 6), b = y * y * (y - 6);
        const double da = x * (3 * x - 12), db = y * (3 * y - 12);
        return {-da * b / 90, -a * db / 90};
    }
    static std::array<double, 4> hess(double x, double y) {
        const double a = x * x * (x - 6), b = y * y * (y - 6);
        const double da = x * (3 * x - 12), db = y * (3 * y - 12);
        const double off = -da * db / 90;
        return {-(6 * x - 12) * b / 90, off, off, -a * (6 * y - 12) / 90};
    }
};

// ---------------------------------------------------------------------------
// Each library's way of getting f'(x), f''(x), a gradient and a Hessian.
template <class F> double boost_df(F f, double x) {
    using namespace boost::math::differentiation;
    return f(make_fvar<double, 1>(x)).derivative(1);
}
template <class F> double boost_d2f(F f, double x) {
    using namespace boost::math::differentiation;
    return f(make_fvar<double, 2>(x)).derivative(2);
}
template <class F> std::array<double, 2> boost_grad(F f, double x, double y) {
    using namespace boost::math::differentiation;
    // The variables' types differ (fvar<double, 1>, fvar<fvar<double, 1>, 0>):
    // the function mixes them and returns their promote<> (Boost's documented use).
    const auto v = make_ftuple<double, 1, 1>(x, y);
    const auto r = f(std::get<0>(v), std::get<1>(v));
    return {r.derivative(1, 0), r.derivative(0, 1)};
}
template <class F> std::array<double, 4> boost_hess(F f, double x, double y) {
    using namespace boost::math::differentiation;
    const auto v = make_ftuple<double, 2, 2>(x, y);
    const auto r = f(std::get<0>(v), std::get<1>(v));
    const double off = r.derivative(1, 1);
    return {r.derivative(2, 0), off, off, r.derivative(0, 2)};
}

#ifdef FLUXION_BENCH_HAVE_EIGEN
using eigen_d1 = Eigen::AutoDiffScalar<Eigen::Matrix<double, 1, 1>>;
using eigen_d2 = Eigen::AutoDiffScalar<Eigen::Matrix<eigen_d1, 1, 1>>;
using eigen_g = Eigen::AutoDiffScalar<Eigen::Matrix<double, 2, 1>>;
using eigen_h = Eigen::AutoDiffScalar<Eigen::Matrix<eigen_g, 2, 1>>;
template <class F> double eigen_df(F f, double x) {
    return f(eigen_d1(x, 1, 0)).derivatives()(0);
}
// Nested: the outer derivative of the inner derivative.
template <class F> double eigen_d2f(F f, double x) {
    return f(eigen_d2(eigen_d1(x, 1, 0), 1, 0)).derivatives()(0).derivatives()(0);
}
template <class F> std::array<double, 2> eigen_grad(F f, double x, double y) {
    const eigen_g r = f(eigen_g(x, 2, 0), eigen_g(y, 2, 1));
    return {r.derivatives()(0), r.derivatives()(1)};
}
template <class F> std::array<double, 4> eigen_hess(F f, double x, double y) {
    const eigen_h r = f(eigen_h(eigen_g(x, 2, 0), 2, 0), eigen_h(eigen_g(y, 2, 1), 2, 1));
    const double off = r.derivatives()(0).derivatives()(1);
    return {r.derivatives()(0).derivatives()(0), off, off, r.derivatives()(1).derivatives()(1)};
}
#endif

template <class F> std::array<double, 2> fluxion_grad(F f, double x, double y) {
    const auto g = fluxion::gradient(f, fluxion::vector<double, 2>{x, y});
    return {g[0], g[1]};
}
template <class F> std::array<double, 4> fluxion_hess(F f, double x, double y) {
    const auto H = fluxion::hessian(f, fluxion::vector<double, 2>{x, y});
    return {H(0, 0), H(0, 1), H(1, 0), H(1, 1)};
}
// Another scheme with fluxion's own numbers, for comparison with hessian()'s
// n(n+1)/2 hyper-dual evaluations: ONE evaluation on dual<dual<double, 2>, 2>,
// x_i seeded with e_i at both levels; H_ij is then r.d[i].d[j].
template <class F> std::array<double, 4> fluxion_hess_nested(F f, double x, double y) {
    using inner = fluxion::dual<double, 2>;
    using outer = fluxion::dual<inner, 2>;
    const outer X{inner{x, {1.0, 0.0}}, {inner{1.0}, inner{0.0}}};
    const outer Y{inner{y, {0.0, 1.0}}, {inner{0.0}, inner{1.0}}};
    const outer r = f(X, Y);
    return {r.d[0].d[0], r.d[0].d[1], r.d[1].d[0], r.d[1].d[1]};
}

// The scheme hessian() used before its one pass on multi_hyper_dual: one
// hyper-dual evaluation per entry of the upper triangle (n(n+1)/2 = 3), eps1
// along x_i and eps2 along x_j; H_ij is the eps1 eps2 part. Same bits.
template <class F> std::array<double, 4> fluxion_hess_hyper(F f, double x, double y) {
    using S = fluxion::hyper_dual<double>;
    const double h00 = f(S{x, 1, 1, 0}, S{y}).d12;
    const double h01 = f(S{x, 1, 0, 0}, S{y, 0, 1, 0}).d12;
    const double h11 = f(S{x}, S{y, 1, 1, 0}).d12;
    return {h00, h01, h01, h11};
}

// ---------------------------------------------------------------------------
// Registration: a case is a name and an input array; each implementation is
// a callable on one input. The same callable feeds the timing, the callgrind
// count and the correctness check.
std::vector<fluxion_bench::count_case> count_cases;
int failures = 0;

std::vector<double> uniform_inputs(double lo, double hi, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(lo, hi);
    std::vector<double> xs(n_inputs);
    for (double& x : xs) x = u(rng);
    return xs;
}

bool close(double a, double b) { return std::fabs(a - b) <= 1e-12 * std::fmax(1.0, std::fabs(b)); }
template <std::size_t N> bool close(const std::array<double, N>& a, const std::array<double, N>& b) {
    double scale = 1;
    for (double v : b) scale = std::fmax(scale, std::fabs(v));
    for (std::size_t i = 0; i < N; ++i)
        if (std::fabs(a[i] - b[i]) > 1e-12 * scale) return false;
    return true;
}

template <class Impl, class Ref>
void add_scalar(const std::string& name, const std::vector<double>& xs, Impl impl, Ref ref) {
    for (double x : xs)
        if (!close(impl(x), ref(x))) {
            std::fprintf(stderr, "MISMATCH %s at x = %.17g: %.17g vs %.17g\n", name.c_str(), x, impl(x), ref(x));
            ++failures;
            break;
        }
    benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
        for (auto _ : state)
            for (double x : xs) benchmark::DoNotOptimize(impl(x));
        state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * xs.size()));
    });
    count_cases.emplace_back(name, [=] { for (double x : xs) benchmark::DoNotOptimize(impl(x)); });
}

template <class Impl, class Ref>
void add_point(const std::string& name, const std::vector<double>& xs, const std::vector<double>& ys, Impl impl, Ref ref) {
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (!close(impl(xs[i], ys[i]), ref(xs[i], ys[i]))) {
            std::fprintf(stderr, "MISMATCH %s at (%.17g, %.17g)\n", name.c_str(), xs[i], ys[i]);
            ++failures;
            break;
        }
    benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
        for (auto _ : state)
            for (std::size_t i = 0; i < xs.size(); ++i) benchmark::DoNotOptimize(impl(xs[i], ys[i]));
        state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * xs.size()));
    });
    count_cases.emplace_back(name, [=] {
        for (std::size_t i = 0; i < xs.size(); ++i) benchmark::DoNotOptimize(impl(xs[i], ys[i]));
    });
}

template <class Fn>
void add_2d(const char* label, Fn fn, double lo, double hi) {
    const auto xs = uniform_inputs(lo, hi, 2 * std::hash<std::string>{}(label));
    const auto ys = uniform_inputs(lo, hi, 2 * std::hash<std::string>{}(label) + 1);
    const std::string g = std::string("grad_") + label + "/";
    const auto gref = [](double x, double y) { return Fn::grad(x, y); };
    add_point(g + "hand", xs, ys, gref, gref);
    add_point(g + "fluxion", xs, ys, [fn](double x, double y) { return fluxion_grad(fn, x, y); }, gref);
    add_point(g + "boost", xs, ys, [fn](double x, double y) { return boost_grad(fn, x, y); }, gref);
#ifdef FLUXION_BENCH_HAVE_EIGEN
    add_point(g + "eigen", xs, ys, [fn](double x, double y) { return eigen_grad(fn, x, y); }, gref);
#endif
    const std::string h = std::string("hess_") + label + "/";
    const auto href = [](double x, double y) { return Fn::hess(x, y); };
    add_point(h + "hand", xs, ys, href, href);
    add_point(h + "fluxion", xs, ys, [fn](double x, double y) { return fluxion_hess(fn, x, y); }, href);
    add_point(h + "fluxion_nested", xs, ys, [fn](double x, double y) { return fluxion_hess_nested(fn, x, y); }, href);
    add_point(h + "fluxion_hyper", xs, ys, [fn](double x, double y) { return fluxion_hess_hyper(fn, x, y); }, href);
    add_point(h + "boost", xs, ys, [fn](double x, double y) { return boost_hess(fn, x, y); }, href);
#ifdef FLUXION_BENCH_HAVE_EIGEN
    add_point(h + "eigen", xs, ys, [fn](double x, double y) { return eigen_hess(fn, x, y); }, href);
#endif
}

void register_all() {
    const auto xs = uniform_inputs(0.5, 3.0, 12345);
    const auto f_ref = [](double x) { return hand_f<std_math>(x); };
    const auto df_ref = [](double x) { return hand_df<std_math>(x); };
    const auto d2f_ref = [](double x) { return hand_d2f<std_math>(x); };

    // The loop itself, for reference: what a call of nothing costs.
    add_scalar("identity/hand", xs, [](double x) { return x; }, [](double x) { return x; });

    add_scalar("f/hand", xs, f_ref, f_ref);
    add_scalar("f/hand_fxmath", xs, [](double x) { return hand_f<fluxion_math>(x); }, f_ref);
    add_scalar("f/fluxion", xs, [](double x) { return test_fluxion{}(x); }, f_ref);

    add_scalar("df/hand", xs, df_ref, df_ref);
    add_scalar("df/hand_fxmath", xs, [](double x) { return hand_df<fluxion_math>(x); }, df_ref);
    add_scalar("df/fluxion_dual", xs, [](double x) { return fluxion::derivative(test_fluxion{}, x); }, df_ref);
    add_scalar("df/boost", xs, [](double x) { return boost_df(test_std{}, x); }, df_ref);
#ifdef FLUXION_BENCH_HAVE_EIGEN
    add_scalar("df/eigen", xs, [](double x) { return eigen_df(test_std{}, x); }, df_ref);
#endif

    add_scalar("d2f/hand", xs, d2f_ref, d2f_ref);
    add_scalar("d2f/hand_fxmath", xs, [](double x) { return hand_d2f<fluxion_math>(x); }, d2f_ref);
    add_scalar("d2f/fluxion_hyper", xs, [](double x) { return fluxion::second_derivative(test_fluxion{}, x); }, d2f_ref);
    add_scalar("d2f/fluxion_nested", xs, [](double x) { return fluxion::derivative<2>(test_fluxion{}, x); }, d2f_ref);
    add_scalar("d2f/boost", xs, [](double x) { return boost_d2f(test_std{}, x); }, d2f_ref);
#ifdef FLUXION_BENCH_HAVE_EIGEN
    add_scalar("d2f/eigen", xs, [](double x) { return eigen_d2f(test_std{}, x); }, d2f_ref);
#endif

    add_2d("s4", s4{}, -5, 5);
    add_2d("s5", s5{}, -5, 5);
    add_2d("s7", s7{}, 0, 6);
}

} // namespace

int main(int argc, char** argv) {
    register_all();
    if (failures != 0) {
        std::fprintf(stderr, "%d implementation(s) disagree with the hand-written derivatives\n", failures);
        return 1;
    }
    if (argc >= 2 && std::strcmp(argv[1], "--count") == 0)
        return fluxion_bench::count_instructions(count_cases, argc >= 3 ? argv[2] : nullptr, n_inputs);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
