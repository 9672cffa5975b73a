// benchmarks/math_speed.cpp — run-time speed of fluxion's math functions
// against glibc's std:: functions, on the same arrays of inputs.
//
// Every case registers four benchmarks, named  fn/type/range/impl:
//     exp/double/-10..10/fluxion   exp/double/-10..10/glibc
//     exp/float/-10..10/fluxion    exp/float/-10..10/glibc
// Each benchmark iteration calls the function once on every element of a
// fixed array of 4096 inputs (throughput: the calls are independent).
// benchmarks/ratios.py runs this program and prints the fluxion/glibc table.
//
// Adding a function is one statement in register_all(): its name, a generic
// lambda calling fluxion, one calling std::, and the input ranges.
//
// Instruction counts: `math_speed --count [filter]` runs each case once over
// its inputs under callgrind's client requests (see ratios.py --callgrind):
// run it as `valgrind --tool=callgrind --collect-atstart=no ... math_speed --count`.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <limits>
#include <numbers>
#include <random>
#include <string>
#include <vector>

#include "callgrind_count.hpp"

#include <fluxion/math/exp.hpp>
#include <fluxion/math/expm1.hpp>
#include <fluxion/math/sinh.hpp>
#include <fluxion/math/cosh.hpp>
#include <fluxion/math/tanh.hpp>
#include <fluxion/math/log.hpp>
#include <fluxion/math/log1p.hpp>
#include <fluxion/math/log2.hpp>
#include <fluxion/math/log10.hpp>
#include <fluxion/math/pow.hpp>
#include <fluxion/math/sin.hpp>
#include <fluxion/math/cos.hpp>
#include <fluxion/math/tan.hpp>
#include <fluxion/math/asin.hpp>
#include <fluxion/math/acos.hpp>
#include <fluxion/math/atan.hpp>
#include <fluxion/math/atan2.hpp>
#include <fluxion/math/sqrt.hpp>
#include <fluxion/math/cbrt.hpp>
#include <fluxion/math/hypot.hpp>
#include <fluxion/math/fmod.hpp>

namespace {

constexpr std::size_t n_inputs = 4096;

// An input range. uniform: x in [lo, hi]. log_uniform: |x| = 2^u, u uniform in
// [log2 lo, log2 hi] (every binade equally likely), negated half of the time
// when both_signs. Bounds are clamped to the type's range, so "full" (lo = 0,
// hi = inf) means every positive finite value, subnormals included.
struct range {
    enum kind_t { uniform, log_uniform } kind;
    double lo, hi;
    bool both_signs = false;
};
constexpr range uniform(double lo, double hi) { return {range::uniform, lo, hi}; }
constexpr range log_uniform(double lo, double hi, bool both_signs = false) {
    return {range::log_uniform, lo, hi, both_signs};
}
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr range full_positive = log_uniform(0, inf);
[[maybe_unused]] constexpr double pi = std::numbers::pi;

template <class T>
std::vector<T> sample(const range& r, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<T> xs(n_inputs);
    const double max = std::numeric_limits<T>::max();
    if (r.kind == range::uniform) {
        std::uniform_real_distribution<double> u(std::fmax(r.lo, -max), std::fmin(r.hi, max));
        for (T& x : xs) x = static_cast<T>(u(rng));
        return xs;
    }
    const double lo = std::fmax(r.lo, std::numeric_limits<T>::denorm_min());
    const double hi = std::fmin(r.hi, max);
    std::uniform_real_distribution<double> u(std::log2(lo), std::log2(hi));
    std::bernoulli_distribution negative(0.5);
    for (T& x : xs) {
        x = static_cast<T>(std::fmin(std::exp2(u(rng)), max));
        if (r.both_signs && negative(rng)) x = -x;
    }
    return xs;
}

// One benchmark: apply f to every input, keep every result alive.
template <class T, class F>
void run_unary(benchmark::State& state, F f, const std::vector<T>& xs) {
    for (auto _ : state)
        for (T x : xs) benchmark::DoNotOptimize(f(x));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * xs.size()));
}
template <class T, class F>
void run_binary(benchmark::State& state, F f, const std::vector<T>& xs, const std::vector<T>& ys) {
    for (auto _ : state)
        for (std::size_t i = 0; i < xs.size(); ++i) benchmark::DoNotOptimize(f(xs[i], ys[i]));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * xs.size()));
}

// --count mode: each case once over its inputs, between callgrind requests.
std::vector<fluxion_bench::count_case> count_cases;

std::uint64_t seed_of(const std::string& name) { return std::hash<std::string>{}(name); }

struct unary_case {
    const char* label;
    range r;
};
struct binary_case {
    const char* label;
    range x, y;
};

template <class T, class Flux, class Glibc>
void add_unary(const char* fn, const char* type, const unary_case& c, Flux flux, Glibc glibc) {
    const std::string base = std::string(fn) + "/" + type + "/" + c.label;
    auto xs = sample<T>(c.r, seed_of(base));  // same inputs for both implementations
    benchmark::RegisterBenchmark((base + "/fluxion").c_str(), [=](benchmark::State& s) { run_unary(s, flux, xs); });
    benchmark::RegisterBenchmark((base + "/glibc").c_str(), [=](benchmark::State& s) { run_unary(s, glibc, xs); });
    count_cases.emplace_back(base + "/fluxion", [=] { for (T x : xs) benchmark::DoNotOptimize(flux(x)); });
    count_cases.emplace_back(base + "/glibc", [=] { for (T x : xs) benchmark::DoNotOptimize(glibc(x)); });
}
template <class T, class Flux, class Glibc>
void add_binary(const char* fn, const char* type, const binary_case& c, Flux flux, Glibc glibc) {
    const std::string base = std::string(fn) + "/" + type + "/" + c.label;
    auto xs = sample<T>(c.x, seed_of(base + "x"));
    auto ys = sample<T>(c.y, seed_of(base + "y"));
    benchmark::RegisterBenchmark((base + "/fluxion").c_str(), [=](benchmark::State& s) { run_binary(s, flux, xs, ys); });
    benchmark::RegisterBenchmark((base + "/glibc").c_str(), [=](benchmark::State& s) { run_binary(s, glibc, xs, ys); });
    count_cases.emplace_back(base + "/fluxion", [=] { for (std::size_t i = 0; i < xs.size(); ++i) benchmark::DoNotOptimize(flux(xs[i], ys[i])); });
    count_cases.emplace_back(base + "/glibc", [=] { for (std::size_t i = 0; i < xs.size(); ++i) benchmark::DoNotOptimize(glibc(xs[i], ys[i])); });
}

// One function: fluxion's and glibc's, as generic lambdas (so float calls
// std::expf's overload and fluxion's float path), over the given ranges.
template <class Flux, class Glibc>
void unary(const char* fn, Flux flux, Glibc glibc, std::initializer_list<unary_case> cases) {
    for (const auto& c : cases) add_unary<double>(fn, "double", c, flux, glibc);
    for (const auto& c : cases) add_unary<float>(fn, "float", c, flux, glibc);
}
template <class Flux, class Glibc>
void binary(const char* fn, Flux flux, Glibc glibc, std::initializer_list<binary_case> cases) {
    for (const auto& c : cases) add_binary<double>(fn, "double", c, flux, glibc);
    for (const auto& c : cases) add_binary<float>(fn, "float", c, flux, glibc);
}

// The table: one statement per function. The ranges stay inside float's
// range where it matters (exp: |x| < 88), so float measures the common path.
void register_all() {
    // The loop itself, for reference: what a call of nothing costs.
    unary("identity", [](auto x) { return x; }, [](auto x) { return x; }, {{"-1..1", uniform(-1, 1)}});
    unary("exp", [](auto x) { return fluxion::exp(x); }, [](auto x) { return std::exp(x); },
          {{"-10..10", uniform(-10, 10)}, {"-80..80", uniform(-80, 80)}});
    unary("expm1", [](auto x) { return fluxion::expm1(x); }, [](auto x) { return std::expm1(x); },
          {{"-1..1", uniform(-1, 1)}, {"tiny..1", log_uniform(1e-30, 1, true)}, {"-40..40", uniform(-40, 40)}});
    unary("sinh", [](auto x) { return fluxion::sinh(x); }, [](auto x) { return std::sinh(x); },
          {{"-1..1", uniform(-1, 1)}, {"-40..40", uniform(-40, 40)}});
    unary("cosh", [](auto x) { return fluxion::cosh(x); }, [](auto x) { return std::cosh(x); },
          {{"-1..1", uniform(-1, 1)}, {"-40..40", uniform(-40, 40)}});
    unary("tanh", [](auto x) { return fluxion::tanh(x); }, [](auto x) { return std::tanh(x); },
          {{"-1..1", uniform(-1, 1)}, {"-40..40", uniform(-40, 40)}});
    unary("log", [](auto x) { return fluxion::log(x); }, [](auto x) { return std::log(x); },
          {{"1e-3..1e3", log_uniform(1e-3, 1e3)}, {"0.9..1.1", uniform(0.9, 1.1)}, {"full", full_positive}});
    unary("log1p", [](auto x) { return fluxion::log1p(x); }, [](auto x) { return std::log1p(x); },
          {{"-0.5..1", uniform(-0.5, 1)}, {"tiny..1", log_uniform(1e-30, 1, true)}, {"full", full_positive}});
    unary("log2", [](auto x) { return fluxion::log2(x); }, [](auto x) { return std::log2(x); },
          {{"1e-3..1e3", log_uniform(1e-3, 1e3)}, {"full", full_positive}});
    unary("log10", [](auto x) { return fluxion::log10(x); }, [](auto x) { return std::log10(x); },
          {{"1e-3..1e3", log_uniform(1e-3, 1e3)}, {"full", full_positive}});
    binary("pow", [](auto x, auto y) { return fluxion::pow(x, y); }, [](auto x, auto y) { return std::pow(x, y); },
           {{"x0.1..10,y-10..10", log_uniform(0.1, 10), uniform(-10, 10)},
            {"x1e-3..1e3,y-10..10", log_uniform(1e-3, 1e3), uniform(-10, 10)},
            {"x0.99..1.01,y-1e4..1e4", uniform(0.99, 1.01), uniform(-1e4, 1e4)}});
    unary("sin", [](auto x) { return fluxion::sin(x); }, [](auto x) { return std::sin(x); },
          {{"-pi..pi", uniform(-pi, pi)}, {"-1e5..1e5", uniform(-1e5, 1e5)}, {"huge", log_uniform(1e6, inf, true)}});
    unary("cos", [](auto x) { return fluxion::cos(x); }, [](auto x) { return std::cos(x); },
          {{"-pi..pi", uniform(-pi, pi)}, {"-1e5..1e5", uniform(-1e5, 1e5)}, {"huge", log_uniform(1e6, inf, true)}});
    unary("tan", [](auto x) { return fluxion::tan(x); }, [](auto x) { return std::tan(x); },
          {{"-pi..pi", uniform(-pi, pi)}, {"-1e5..1e5", uniform(-1e5, 1e5)}, {"huge", log_uniform(1e6, inf, true)}});
    unary("asin", [](auto x) { return fluxion::asin(x); }, [](auto x) { return std::asin(x); },
          {{"-1..1", uniform(-1, 1)}});
    unary("acos", [](auto x) { return fluxion::acos(x); }, [](auto x) { return std::acos(x); },
          {{"-1..1", uniform(-1, 1)}});
    unary("atan", [](auto x) { return fluxion::atan(x); }, [](auto x) { return std::atan(x); },
          {{"-1..1", uniform(-1, 1)}, {"wide", log_uniform(1e-10, 1e10, true)}});
    binary("atan2", [](auto y, auto x) { return fluxion::atan2(y, x); }, [](auto y, auto x) { return std::atan2(y, x); },
           {{"-10..10", uniform(-10, 10), uniform(-10, 10)},
            {"wide", log_uniform(1e-10, 1e10, true), log_uniform(1e-10, 1e10, true)}});
    unary("sqrt", [](auto x) { return fluxion::sqrt(x); }, [](auto x) { return std::sqrt(x); },
          {{"0..1e3", uniform(0, 1e3)}, {"full", full_positive}});
    unary("cbrt", [](auto x) { return fluxion::cbrt(x); }, [](auto x) { return std::cbrt(x); },
          {{"-1e3..1e3", uniform(-1e3, 1e3)}, {"full", full_positive}});
    binary("hypot", [](auto x, auto y) { return fluxion::hypot(x, y); }, [](auto x, auto y) { return std::hypot(x, y); },
           {{"-1e3..1e3", uniform(-1e3, 1e3), uniform(-1e3, 1e3)},
            {"wide", log_uniform(1e-30, 1e30, true), log_uniform(1e-30, 1e30, true)}});
    binary("fmod", [](auto x, auto y) { return fluxion::fmod(x, y); }, [](auto x, auto y) { return std::fmod(x, y); },
           {{"x0..1e3,y1..10", uniform(0, 1e3), uniform(1, 10)},
            {"x1e15..1e30,y1..10", log_uniform(1e15, 1e30), uniform(1, 10)}});
}

} // namespace

int main(int argc, char** argv) {
    register_all();
    if (argc >= 2 && std::strcmp(argv[1], "--count") == 0)
        return fluxion_bench::count_instructions(count_cases, argc >= 3 ? argv[2] : nullptr, n_inputs);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
