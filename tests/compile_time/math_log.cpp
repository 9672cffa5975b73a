// Compile-time suite: log, log1p, log2, log10. Compiling this file is the test.
// Reference values are MPFR's correctly rounded results (mpfr_log, mpfr_log1p,
// mpfr_log2, mpfr_log10 at 53 or 24 bits, round to nearest), written as hex
// floats; tests/runtime/math_log.cpp checks the same functions against MPFR
// on 10^5+ arguments.
#include <fluxion/math/classify.hpp>
#include <fluxion/math/log.hpp>
#include <fluxion/math/log10.hpp>
#include <fluxion/math/log1p.hpp>
#include <fluxion/math/log2.hpp>

#include <concepts>
#include <limits>

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double dmax = std::numeric_limits<double>::max();
constexpr double dmin = std::numeric_limits<double>::min();
constexpr double denorm_min = std::numeric_limits<double>::denorm_min();
constexpr float finf = std::numeric_limits<float>::infinity();

constexpr bool is_nan(double x) { return x != x; }
constexpr bool is_pos_zero(double x) { return x == 0 && !fluxion::signbit(x); }
constexpr bool is_neg_zero(double x) { return x == 0 && fluxion::signbit(x); }

// ---- log: special values (C99 Annex F.10.3.7) ----
static_assert(is_pos_zero(fluxion::log(1.0)));       // exact, and +0
static_assert(fluxion::log(0.0) == -inf && fluxion::log(-0.0) == -inf); // pole: a value
static_assert(fluxion::log(inf) == inf);
static_assert(is_nan(fluxion::log(nan)));
static_assert(is_pos_zero(fluxion::log(1.0f)) && is_pos_zero(static_cast<double>(fluxion::log(1.0L))));
static_assert(fluxion::log(0.0f) == -finf && fluxion::log(finf) == finf);
static_assert(is_pos_zero(fluxion::log(1)));           // integers: double result

// ---- log: values against MPFR ----
static_assert(fluxion::log(2.0) == 0x1.62e42fefa39efp-1);
static_assert(fluxion::log(0.5) == -0x1.62e42fefa39efp-1);
static_assert(fluxion::log(10.0) == 0x1.26bb1bbb55516p+1);
static_assert(fluxion::log(3.0) == 0x1.193ea7aad030bp+0);
static_assert(fluxion::log(0.75) == -0x1.269621134db92p-2);
static_assert(fluxion::log(0x1.7ffffffffffffp+0) == 0x1.9f323ecbf9849p-2); // top of the reduced range
static_assert(fluxion::log(123456.789) == 0x1.77281cad8a844p+3);
static_assert(fluxion::log(dmax) == 0x1.62e42fefa39efp+9);
static_assert(fluxion::log(dmin) == -0x1.6232bdd7abcd2p+9);
static_assert(fluxion::log(denorm_min) == -0x1.74385446d71c3p+9); // subnormal argument
static_assert(fluxion::log(1e-300) == -0x1.5963447f87fb5p+9);
// near 1: full relative accuracy
static_assert(fluxion::log(1 + 0x1p-40) == 0x1.ffffffffffp-41);
static_assert(fluxion::log(1 - 0x1p-40) == -0x1.00000000008p-40);
static_assert(fluxion::log(1 + 0x1p-52) == 0x1.fffffffffffffp-53);
static_assert(fluxion::log(1 - 0x1p-53) == -0x1p-53);
// float and long double
static_assert(fluxion::log(2.0f) == 0x1.62e43p-1f);
static_assert(fluxion::log(10.0f) == 0x1.26bb1cp+1f);
static_assert(fluxion::log(std::numeric_limits<float>::max()) == 0x1.62e43p+6f);
static_assert(fluxion::log(std::numeric_limits<float>::denorm_min()) == -0x1.9d1dap+6f);
static_assert(fluxion::log(2.0L) == static_cast<long double>(0x1.62e42fefa39efp-1)); // double accuracy
static_assert(std::same_as<decltype(fluxion::log(1.0f)), float>);
static_assert(std::same_as<decltype(fluxion::log(1)), double>);
static_assert(std::same_as<decltype(fluxion::log(1.0L)), long double>);
// identity: log(x * 2^k) = log(x) + k log 2, checked where both sides are exact enough
static_assert(fluxion::log(8.0) == 3 * fluxion::log(2.0)); // 3 * 0x1.62e42fefa39efp-1 rounds to the CR value

// ---- log1p ----
static_assert(is_pos_zero(fluxion::log1p(0.0)) && is_neg_zero(fluxion::log1p(-0.0)));
static_assert(fluxion::log1p(-1.0) == -inf && fluxion::log1p(inf) == inf);
static_assert(is_nan(fluxion::log1p(nan)));
static_assert(fluxion::log1p(denorm_min) == denorm_min && fluxion::log1p(-denorm_min) == -denorm_min);
static_assert(fluxion::log1p(0x1.8p-54) == 0x1.8p-54);
static_assert(fluxion::log1p(0x1p-30) == 0x1.fffffffcp-31);
static_assert(fluxion::log1p(-0x1p-30) == -0x1.00000002p-30);
static_assert(fluxion::log1p(0x1.b7cdfd9d7bdbbp-34) == 0x1.b7cdfd9d1d693p-34); // 1e-10
static_assert(fluxion::log1p(0x1p-8) == 0x1.ff00aa2b10bcp-9);
static_assert(fluxion::log1p(-0x1p-8) == -0x1.0080559588b35p-8);
static_assert(fluxion::log1p(-0.5) == -0x1.62e42fefa39efp-1);
static_assert(fluxion::log1p(1.0) == 0x1.62e42fefa39efp-1);
static_assert(fluxion::log1p(-0x1.fffffffffffffp-1) == -0x1.25e4f7b2737fap+5); // x near -1
static_assert(fluxion::log1p(dmax) == 0x1.62e42fefa39efp+9);
static_assert(fluxion::log1p(0x1.7e43c8800759cp+996) == 0x1.5963447f87fb5p+9); // 1e300
static_assert(fluxion::log1p(0x1.0624dep-10f) == 0x1.060356p-10f);
static_assert(std::same_as<decltype(fluxion::log1p(1)), double>);

// ---- log2: exact on every power of two, subnormals included ----
constexpr bool log2_exact_on_all_powers_of_two() {
    double p = denorm_min; // 2^k, doubled exactly (the last doubling would overflow: stop before)
    for (int k = -1074; k <= 1023; ++k) {
        if (fluxion::log2(p) != k) return false;
        if (k < 1023) p *= 2;
    }
    return true;
}
static_assert(log2_exact_on_all_powers_of_two());
static_assert(is_pos_zero(fluxion::log2(1.0)));
static_assert(fluxion::log2(0.0) == -inf && fluxion::log2(-0.0) == -inf && fluxion::log2(inf) == inf);
static_assert(is_nan(fluxion::log2(nan)));
static_assert(fluxion::log2(3.0) == 0x1.95c01a39fbd68p+0);
static_assert(fluxion::log2(10.0) == 0x1.a934f0979a371p+1);
static_assert(fluxion::log2(0.1) == -0x1.a934f0979a371p+1);
static_assert(fluxion::log2(dmax) == 0x1p+10);                        // rounds up to 1024
static_assert(fluxion::log2(1 + 0x1p-52) == 0x1.71547652b82fdp-52);
static_assert(fluxion::log2(1e-310) == -0x1.01730dabca5f6p+10);
static_assert(fluxion::log2(8.0f) == 3.0f && fluxion::log2(0x1p-149f) == -149.0f);
static_assert(fluxion::log2(3.0f) == 0x1.95c01ap+0f);
static_assert(fluxion::log2(1024) == 10.0 && fluxion::log2(0.125L) == -3.0L);

// ---- log10: exact on the powers of ten that are doubles, and on their nearest doubles ----
constexpr bool log10_exact_on_powers_of_ten() {
    double p = 1;
    for (int k = 0; k <= 22; ++k, p *= 10) // 10^k is exact for k <= 22, and so is p
        if (fluxion::log10(p) != k) return false;
    return true;
}
static_assert(log10_exact_on_powers_of_ten());
// the double nearest 10^k (the literal), k < 0 or k > 22: the correctly rounded log10 is k
static_assert(fluxion::log10(0.1) == -1 && fluxion::log10(0.01) == -2 && fluxion::log10(0.001) == -3);
static_assert(fluxion::log10(1e-5) == -5 && fluxion::log10(1e-22) == -22 && fluxion::log10(1e-100) == -100);
static_assert(fluxion::log10(1e-300) == -300 && fluxion::log10(1e-307) == -307 && fluxion::log10(1e-308) == -308);
static_assert(fluxion::log10(1e23) == 23 && fluxion::log10(1e100) == 100 && fluxion::log10(1e308) == 308);
static_assert(fluxion::log10(1e-310) == -0x1.36p+8);               // -310: subnormal, still k
static_assert(fluxion::log10(1e-320) == -0x1.400000511df19p+8);    // 1e-320 is far from 10^-320
static_assert(is_pos_zero(fluxion::log10(1.0)));
static_assert(fluxion::log10(0.0) == -inf && fluxion::log10(inf) == inf && is_nan(fluxion::log10(nan)));
static_assert(fluxion::log10(2.0) == 0x1.34413509f79ffp-2);
static_assert(fluxion::log10(3.0) == 0x1.e8927964fd5fdp-2);
static_assert(fluxion::log10(0.5) == -0x1.34413509f79ffp-2);
static_assert(fluxion::log10(dmax) == 0x1.34413509f79ffp+8);
static_assert(fluxion::log10(1 + 0x1p-52) == 0x1.bcb7b1526e50dp-54);
static_assert(fluxion::log10(2.0f) == 0x1.344136p-2f);
static_assert(fluxion::log10(1000.0f) == 3.0f && fluxion::log10(0.01f) == -2.0f);
static_assert(fluxion::log10(100) == 2.0 && fluxion::log10(1e-4L) == -4.0L);

// ---- the arithmetic concept rejects other types ----
struct not_a_number {};
template <class T>
concept has_log = requires(T t) { fluxion::log(t); };
static_assert(has_log<int> && has_log<float> && has_log<long double>);
static_assert(!has_log<not_a_number> && !has_log<const char*>);
} // namespace

int main() {}
