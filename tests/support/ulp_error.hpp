// tests/support/ulp_error.hpp — helpers shared by the exp-family suites:
// argument sets over a function's whole domain, and the error of a result in
// ulps *before* the final rounding (a real number, measured against 200-bit
// MPFR), which shows how close an algorithm comes to correct rounding.
#ifndef FLUXION_TEST_ULP_ERROR_HPP
#define FLUXION_TEST_ULP_ERROR_HPP

#include "mpfr_oracle.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <vector>

namespace ft = fluxion_test;

namespace fluxion_test::ulp_error {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();

template <class T>
std::uint64_t bits(T x) {
    if constexpr (sizeof(T) == 8) return std::bit_cast<std::uint64_t>(x);
    else return std::bit_cast<std::uint32_t>(x);
}

// Random arguments over the full exponent range plus a uniform sample of the
// interval where the result is neither 0, 1 nor overflowing.
template <class T>
std::vector<T> whole_domain(double lo, double hi, std::uint64_t seed) {
    const int emin = std::numeric_limits<T>::min_exponent - std::numeric_limits<T>::digits;
    const int emax = std::numeric_limits<T>::max_exponent - 1;
    return ft::concat(ft::log_uniform<T>(100000, emin, emax, true, seed), ft::uniform<T>(100000, lo, hi, seed + 1));
}

// Error of a result y of f(x) in ulps of y, as a real number (not rounded to an
// integer like ulp_distance): |y - f(x)| / ulp(y), with f(x) to 200 bits. This
// measures the error before the final rounding plus that rounding (0.5 at most
// for a correctly rounded result), for normal results.
double error_in_ulps(ft::mpfr_fn1 f, double x, double y) {
    ft::mpfr_value exact(200);
    mpfr_set_d(exact.get(), x, MPFR_RNDN);
    f(exact.get(), exact.get(), MPFR_RNDN);
    mpfr_sub_d(exact.get(), exact.get(), y, MPFR_RNDN);           // exact at 200 bits
    int e = 0;
    std::frexp(y, &e);                                            // ulp(y) = 2^(e - 53)
    mpfr_mul_2si(exact.get(), exact.get(), 53 - e, MPFR_RNDN);    // exact scaling
    return std::fabs(mpfr_get_d(exact.get(), MPFR_RNDN));
}

template <class F>
double max_error_in_ulps(const char* what, F ours, ft::mpfr_fn1 f, const std::vector<double>& xs) {
    double worst = 0, worst_x = 0;
    for (const double x : xs) {
        const double y = ours(x);
        if (!std::isnormal(y)) continue;
        const double err = error_in_ulps(f, x, y);
        if (err > worst) {
            worst = err;
            worst_x = x;
        }
    }
    std::printf("error %-30s cases %8zu  max error %.4f ulp  worst at %.17g\n", what, xs.size(), worst, worst_x);
    return worst;
}
} // namespace fluxion_test::ulp_error

#endif
