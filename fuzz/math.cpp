// fuzz/math.cpp — libFuzzer target: fluxion's math functions against MPFR.
//
// Each input is decoded as a function choice and one or two arguments of any
// bit pattern (NaNs, infinities, subnormals, signed zeros included). The
// result must be within the error docs/math.md states (1 ulp, or 0 where the
// table says so) of MPFR's correctly rounded value, in double and in float;
// a NaN exactly where MPFR gives a NaN (ulp_distance makes NaN vs number
// infinitely far). Under ASan/UBSan a crash or undefined behaviour fails too.
#include "input.hpp"

#include <fluxion/math.hpp>
#include <mpfr_oracle.hpp>

#include <cstdint>

namespace {
namespace ft = fluxion_test;

struct unary {
    const char* name;
    double (*ours_d)(double);
    float (*ours_f)(float);
    ft::mpfr_fn1 oracle;
    std::uint64_t max_ulp_double; // docs/math.md's table
};
struct binary {
    const char* name;
    double (*ours_d)(double, double);
    float (*ours_f)(float, float);
    ft::mpfr_fn2 oracle;
    std::uint64_t max_ulp_double;
};

#define FLUXION_UNARY(f, bound) \
    unary{#f, [](double x) { return fluxion::f(x); }, [](float x) { return fluxion::f(x); }, mpfr_##f, bound}
const unary unaries[] = {
    FLUXION_UNARY(exp, 1),  FLUXION_UNARY(expm1, 1), FLUXION_UNARY(log, 0),   FLUXION_UNARY(log1p, 0),
    FLUXION_UNARY(log2, 0), FLUXION_UNARY(log10, 0), FLUXION_UNARY(sqrt, 0),  FLUXION_UNARY(cbrt, 0),
    FLUXION_UNARY(sin, 1),  FLUXION_UNARY(cos, 1),   FLUXION_UNARY(tan, 1),   FLUXION_UNARY(asin, 1),
    FLUXION_UNARY(acos, 1), FLUXION_UNARY(atan, 1),  FLUXION_UNARY(sinh, 1),  FLUXION_UNARY(cosh, 1),
    FLUXION_UNARY(tanh, 1), FLUXION_UNARY(abs, 0),
};
#define FLUXION_BINARY(f, bound)                                                                          \
    binary{#f, [](double x, double y) { return fluxion::f(x, y); }, [](float x, float y) { return fluxion::f(x, y); }, \
           mpfr_##f, bound}
const binary binaries[] = {FLUXION_BINARY(pow, 1), FLUXION_BINARY(atan2, 1), FLUXION_BINARY(hypot, 0),
                           FLUXION_BINARY(fmod, 0)};

// pow(x, n) with an integer n goes through fluxion's integer-power path.
int mpfr_pow_int(mpfr_ptr r, mpfr_srcptr x, mpfr_srcptr n, mpfr_rnd_t rnd) { return mpfr_pow(r, x, n, rnd); }
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fluxion_fuzz::bytes in(data, size);
    constexpr unsigned n_unary = sizeof unaries / sizeof unaries[0];
    constexpr unsigned n_binary = sizeof binaries / sizeof binaries[0];
    const unsigned pick = in.choice(n_unary + n_binary + 1);
    const bool as_float = in.u8() & 1;
    if (pick < n_unary) {
        const unary& u = unaries[pick];
        if (as_float) {
            const float x = in.any_float();
            const float got = u.ours_f(x), want = ft::correctly_rounded<float>(u.oracle, x);
            FLUXION_FUZZ_REQUIRE(ft::ulp_distance(got, want) == 0, "%s(float %a) = %a, MPFR %a", u.name, x, got, want);
        } else {
            const double x = in.any_double();
            const double got = u.ours_d(x), want = ft::correctly_rounded<double>(u.oracle, x);
            FLUXION_FUZZ_REQUIRE(ft::ulp_distance(got, want) <= u.max_ulp_double, "%s(%a) = %a, MPFR %a", u.name, x,
                                 got, want);
        }
    } else if (pick < n_unary + n_binary) {
        const binary& b = binaries[pick - n_unary];
        if (as_float) {
            const float x = in.any_float(), y = in.any_float();
            const float got = b.ours_f(x, y), want = ft::correctly_rounded<float>(b.oracle, x, y);
            FLUXION_FUZZ_REQUIRE(ft::ulp_distance(got, want) == 0, "%s(float %a, %a) = %a, MPFR %a", b.name, x, y,
                                 got, want);
        } else {
            const double x = in.any_double(), y = in.any_double();
            const double got = b.ours_d(x, y), want = ft::correctly_rounded<double>(b.oracle, x, y);
            FLUXION_FUZZ_REQUIRE(ft::ulp_distance(got, want) <= b.max_ulp_double, "%s(%a, %a) = %a, MPFR %a", b.name,
                                 x, y, got, want);
        }
    } else {
        const double x = in.any_double();
        const int n = static_cast<int>(static_cast<std::uint32_t>(in.u64()));
        const double got = fluxion::pow(x, n);
        const double want = ft::correctly_rounded<double>(mpfr_pow_int, x, static_cast<double>(n));
        FLUXION_FUZZ_REQUIRE(ft::ulp_distance(got, want) <= 1, "pow(%a, int %d) = %a, MPFR %a", x, n, got, want);
    }
    return 0;
}
