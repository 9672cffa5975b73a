// Compile-time suite: the compile-time cost requirement, and a check
// that exp, log and sin agree with identities over 10,000 arguments each.
//
// ONE constant expression (the initialiser of `run`) makes 10,000 calls each
// of fluxion::exp, fluxion::log and fluxion::sin. It must compile with the
// compilers' default constexpr limits: no -fconstexpr-steps or
// -fconstexpr-ops-limit flag is given anywhere. benchmarks/compile_time.py
// measures its compile time and peak memory (docs/benchmarks.md).
//
// The arguments are exact binary fractions, so every identity below is about
// the functions and not about rounding the arguments:
//   x_k = -20 + k/256        for k = 0 .. 9999   (x in [-20, 19.06])
//   e_k = exp(x_k),  l_k = log(e_k),  s_k = sin(64 x_k) = sin(-1280 + k/4)
// and the checks compare them with results computed another way:
//   1. log(exp(x)) == x to within 2^-50 relative to max(1, |x|) (each function
//      is within 1 ulp, so the round trip is within a few ulps of x);
//   2. sum e_k == (exp(x_n) - exp(x_0)) / (e^(1/256) - 1), a geometric series,
//      with e^(1/256) - 1 from its Taylor series, independent of the library;
//   3. sum s_k == sin(n h / 2) sin(b + (n - 1) h / 2) / sin(h / 2), the closed
//      form of a sum of sines in arithmetic progression (b = -1280, h = 1/4),
//      which only holds if sin reduces every argument up to 1280 correctly.
#include <fluxion/math/exp.hpp>
#include <fluxion/math/log.hpp>
#include <fluxion/math/sin.hpp>

namespace {

constexpr int n = 10'000;
constexpr double x0 = -20.0;
constexpr double step = 0x1p-8;  // 1/256: x0 + k * step is exact

struct totals {
    double sum_exp = 0;
    double sum_sin = 0;
    double worst_log_round_trip = 0;  // max |log(exp(x)) - x| / max(1, |x|)
};

// The loop body is two statements: Clang counts one step per statement
// executed (expressions inside a statement are free), and the 30,000 calls
// must fit in its default budget of 1,048,576 steps with the loop's own
// 3 steps per iteration. Hence one declaration and one comma expression.
constexpr totals evaluate() {
    totals t;
    for (int k = 0; k < n; ++k) {
        const double x = x0 + k * step, e = fluxion::exp(x), miss = fluxion::log(e) - x,
                     relative = (miss < 0 ? -miss : miss) / (x < -1 ? -x : (x > 1 ? x : 1.0));
        t.worst_log_round_trip = relative > t.worst_log_round_trip ? relative : t.worst_log_round_trip,
        t.sum_exp += e, t.sum_sin += fluxion::sin(64 * x);
    }
    return t;
}

constexpr totals run = evaluate();  // the one constant expression: 30,000 calls

constexpr double abs_of(double v) { return v < 0 ? -v : v; }

// 1. The round trip.
static_assert(run.worst_log_round_trip <= 0x1p-50);
static_assert(run.worst_log_round_trip >= 0);  // and the loop did compute it (not NaN)

// 2. The geometric series. e^(1/256) - 1 by Taylor: sum of d^j / j!, j = 1..9
// (the next term is below 1e-24 relative). The sum of 10,000 rounded terms
// is within n * 2^-53 ~ 1.1e-12 relative of the exact sum at worst.
constexpr double expm1_of_step = [] {
    double term = 1, sum = 0;
    for (int j = 1; j <= 9; ++j) {
        term = term * step / j;
        sum += term;
    }
    return sum;
}();
constexpr double geometric = (fluxion::exp(x0 + n * step) - fluxion::exp(x0)) / expm1_of_step;
static_assert(abs_of(run.sum_exp - geometric) <= 2e-12 * geometric);
static_assert(geometric > 4.8e10 && geometric < 5.0e10);  // e^19.0625 * 256 ~ 4.9e10: the scale is right

// 3. The sines in arithmetic progression: b = 64 x0 = -1280, h = 64 step = 1/4.
constexpr double b = 64 * x0;
constexpr double h = 64 * step;
constexpr double sines = fluxion::sin(n * h / 2) * fluxion::sin(b + (n - 1) * h / 2) / fluxion::sin(h / 2);
// Each of the 10,000 terms is within ~1.1e-16 of the true sine, so the sums
// agree to ~1e-12; a sine off by more than that at any argument would show.
static_assert(abs_of(run.sum_sin - sines) <= 1e-11);
static_assert(abs_of(sines) > 0.1);  // not a trivial 0 == 0

} // namespace

int main() {}
