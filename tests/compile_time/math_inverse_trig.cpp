// Compile-time suite: asin, acos, atan, atan2. Compiling this file is the test.
// Reference values are MPFR's correctly rounded results (mpfr_asin, mpfr_acos,
// mpfr_atan, mpfr_atan2 and mpfr_const_pi at 53 or 24 bits, round to nearest),
// written as hex floats; the same results are checked at run time in
// tests/runtime/math_inverse_trig.cpp.
#include <fluxion/math/acos.hpp>
#include <fluxion/math/asin.hpp>
#include <fluxion/math/atan.hpp>
#include <fluxion/math/atan2.hpp>
#include <fluxion/math/classify.hpp>

#include <concepts>
#include <limits>
#include <string>

// The examples of docs/math/inverse_trig.md and of the headers' doc blocks, verbatim.
static_assert(fluxion::asin(0.5) == 0x1.0c152382d7366p-1);          // pi/6, rounded
static_assert(fluxion::acos(0.5) == 0x1.0c152382d7366p+0);          // pi/3, rounded
static_assert(fluxion::atan(1.0) == 0x1.921fb54442d18p-1);          // pi/4, rounded
static_assert(fluxion::atan2(-1.0, -1.0) == -0x1.2d97c7f3321d2p+1); // -3pi/4, rounded

namespace {
using fluxion::acos;
using fluxion::asin;
using fluxion::atan;
using fluxion::atan2;
using fluxion::isnan;
using fluxion::signbit;

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double dmin = std::numeric_limits<double>::denorm_min();
constexpr double dmax = std::numeric_limits<double>::max();
constexpr float finf = std::numeric_limits<float>::infinity();

// Multiples of pi, correctly rounded (MPFR, mpfr_const_pi at 300 bits).
constexpr double pi = 0x1.921fb54442d18p+1;
constexpr double pi_2 = 0x1.921fb54442d18p+0;
constexpr double pi_3 = 0x1.0c152382d7366p+0;
constexpr double pi_4 = 0x1.921fb54442d18p-1;
constexpr double pi_6 = 0x1.0c152382d7366p-1;
constexpr double two_pi_3 = 0x1.0c152382d7366p+1;
constexpr double three_pi_4 = 0x1.2d97c7f3321d2p+1;
constexpr float pi_2f = 0x1.921fb6p+0f;
constexpr float pi_6f = 0x1.0c1524p-1f;
constexpr float pi_4f = 0x1.921fb6p-1f;

constexpr bool same_bits(double a, double b) { return a == b && signbit(a) == signbit(b); }

// ---- asin (Annex F.9.1.2) ----
static_assert(same_bits(asin(0.0), 0.0) && same_bits(asin(-0.0), -0.0));
static_assert(asin(1.0) == pi_2 && asin(-1.0) == -pi_2);
static_assert(asin(dmin) == dmin && asin(-0x1p-30) == -0x1p-30); // asin(x) = x for tiny x
static_assert(isnan(asin(nan)));
// identities: asin(1/2) = pi/6, asin(-1/2) = -pi/6
static_assert(asin(0.5) == pi_6 && asin(-0.5) == -pi_6);
// MPFR references, on both sides of the 1/2 switch and near 1
static_assert(asin(0x1.3333333333333p-2) == 0x1.380159e14f6ffp-2);  // 0.3
static_assert(asin(-0x1.ccccccccccccdp-1) == -0x1.1ea93705fa172p+0); // -0.9
static_assert(asin(0x1p-20) == 0x1.00000000002abp-20);
static_assert(asin(0x1.8p-1) == 0x1.b235315c680dcp-1);                // 0.75
static_assert(asin(0x1.ff7ced916872bp-1) == 0x1.86ac9ad18f803p+0);   // 0.999
static_assert(asin(-0x1.0000000000001p-1) == -0x1.0c152382d7367p-1); // just beyond -1/2
static_assert(asin(0x1.fffffffffffffp-2) == 0x1.0c152382d7365p-1);   // just below 1/2

// ---- acos (Annex F.9.1.1) ----
static_assert(same_bits(acos(1.0), 0.0) && acos(-1.0) == pi);
static_assert(acos(0.0) == pi_2 && acos(-0.0) == pi_2 && acos(dmin) == pi_2);
static_assert(isnan(acos(nan)));
static_assert(acos(0.5) == pi_3 && acos(-0.5) == two_pi_3);
static_assert(acos(0x1.3333333333333p-2) == 0x1.441f5ecbeef59p+0);   // 0.3
static_assert(acos(-0x1.ccccccccccccdp-1) == 0x1.586476251e745p+1);  // -0.9
static_assert(acos(0x1p-20) == 0x1.921fa54442d18p+0);
static_assert(acos(0x1.8p-1) == 0x1.720a392c1d955p-1);               // 0.75
static_assert(acos(0x1.ff7ced916872bp-1) == 0x1.6e634e566a29ep-5);  // 0.999
static_assert(acos(-0x1.0000000000001p-1) == 0x1.0c152382d7366p+1);
static_assert(acos(0x1.fffffffffffffp-2) == 0x1.0c152382d7366p+0);

// ---- atan (Annex F.9.1.3) ----
static_assert(same_bits(atan(0.0), 0.0) && same_bits(atan(-0.0), -0.0));
static_assert(atan(inf) == pi_2 && atan(-inf) == -pi_2 && atan(dmax) == pi_2);
static_assert(atan(dmin) == dmin && atan(-dmin) == -dmin);
static_assert(isnan(atan(nan)));
static_assert(atan(1.0) == pi_4 && atan(-1.0) == -pi_4);
static_assert(atan(0x1.999999999999ap-4) == 0x1.983e282e2cc4dp-4);   // 0.1
static_assert(atan(0x1.3333333333333p-1) == 0x1.14b1dd5f90ce1p-1);   // 0.6
static_assert(atan(2.0) == 0x1.1b6e192ebbe44p+0);
static_assert(atan(10.0) == 0x1.789bd2c160054p+0);
static_assert(atan(-3.0) == -0x1.3fc176b7a856p+0);
static_assert(atan(1e10) == 0x1.921fb543d4dep+0);
static_assert(atan(0x1p-26) == 0x1.fffffffffffffp-27);                // first x where atan(x) != x
static_assert(atan(1e300) == pi_2);

// ---- atan2 (Annex F.9.1.4): every special case, both signs of y ----
static_assert(same_bits(atan2(0.0, 0.0), 0.0) && same_bits(atan2(-0.0, 0.0), -0.0));
static_assert(atan2(0.0, -0.0) == pi && atan2(-0.0, -0.0) == -pi);
static_assert(same_bits(atan2(0.0, 3.0), 0.0) && same_bits(atan2(-0.0, 3.0), -0.0));
static_assert(atan2(0.0, -3.0) == pi && atan2(-0.0, -3.0) == -pi);
static_assert(same_bits(atan2(-0.0, inf), -0.0) && atan2(-0.0, -inf) == -pi);
static_assert(atan2(2.0, 0.0) == pi_2 && atan2(2.0, -0.0) == pi_2 && atan2(-2.0, -0.0) == -pi_2);
static_assert(atan2(inf, 5.0) == pi_2 && atan2(-inf, -5.0) == -pi_2);
static_assert(same_bits(atan2(5.0, inf), 0.0) && same_bits(atan2(-5.0, inf), -0.0));
static_assert(atan2(5.0, -inf) == pi && atan2(-5.0, -inf) == -pi);
static_assert(atan2(inf, inf) == pi_4 && atan2(-inf, inf) == -pi_4);
static_assert(atan2(inf, -inf) == three_pi_4 && atan2(-inf, -inf) == -three_pi_4);
static_assert(isnan(atan2(nan, 1.0)) && isnan(atan2(1.0, nan)) && isnan(atan2(nan, nan)));
static_assert(isnan(atan2(inf, nan)) && isnan(atan2(nan, 0.0)));
// quadrants
static_assert(atan2(1.0, 1.0) == pi_4 && atan2(1.0, -1.0) == three_pi_4);
static_assert(atan2(-1.0, -1.0) == -three_pi_4 && atan2(-1.0, 1.0) == -pi_4);
static_assert(atan2(3.0, 4.0) == 0x1.4978fa3269ee1p-1);
static_assert(atan2(-4.0, -3.0) == -0x1.1b6e192ebbe44p+1);
static_assert(atan2(1.0, 3.0) == 0x1.4978fa3269ee1p-2);
static_assert(atan2(-2.0, 0x1.4f8b588e368f1p-17) == -0x1.921f61616caep+0); // -2 / 1e-5
// y / x overflowing or underflowing
static_assert(atan2(1.0, -1e300) == pi && atan2(1e-300, -1.0) == pi);
static_assert(same_bits(atan2(dmin, 1e300), 0.0) && atan2(1e300, dmin) == pi_2);
static_assert(atan2(dmax, dmin) == pi_2 && atan2(-dmin, -dmax) == -pi);
// |y / x| just above 2^54 with x < 0: pi/2 + |x / y| is 0.28 + 0.24 ulp above pi/2's double and
// rounds up (MPFR); just above 2^56 it rounds to pi/2's double
static_assert(atan2(0x1p55, -1.9) == 0x1.921fb54442d19p+0 && atan2(-0x1p55, -0x1.fffffffffffffp0) == -0x1.921fb54442d19p+0);
static_assert(atan2(0x1p55, -1.5) == pi_2 && atan2(0x1p56, -1.99) == pi_2 && atan2(0x1p55, 1.9) == pi_2);
static_assert(atan2(0x1p1000, -0x1.ep945) == 0x1.921fb54442d19p+0); // the same, through the scaled path
static_assert(atan2(0x1p-1000, 0x1p50) == 0x1p-1050);            // exact subnormal quotient
// 3 dmin / 2 is exactly halfway between dmin and 2 dmin; atan is slightly
// smaller than its argument, so the correct result is dmin (not the even 2 dmin)
static_assert(atan2(3 * dmin, 2.0) == dmin && atan2(-3 * dmin, 2.0) == -dmin);
static_assert(atan2(5 * dmin, 2.0) == 2 * dmin);                  // 2.5 dmin -> 2 dmin
static_assert(atan2(7 * dmin, 2.0) == 3 * dmin);                  // 3.5 dmin -> 3 dmin (not 4)
// atan2(y, 1) is atan(y); atan2 is odd in y
static_assert(atan2(0.6, 1.0) == atan(0.6) && atan2(-10.0, 1.0) == atan(-10.0));
static_assert(atan2(-3.0, 4.0) == -atan2(3.0, 4.0) && atan2(-3.0, -4.0) == -atan2(3.0, -4.0));

// ---- float: computed in double, rounded once more (MPFR at 24 bits) ----
static_assert(asin(0.5f) == pi_6f && asin(1.0f) == pi_2f && acos(-1.0f) == 0x1.921fb6p+1f);
static_assert(atan(1.0f) == pi_4f && atan(finf) == pi_2f && atan2(1.0f, 1.0f) == pi_4f);
static_assert(asin(0x1.333334p-2f) == 0x1.38015ap-2f && acos(0x1.333334p-2f) == 0x1.441f5ep+0f);
static_assert(asin(-0x1.ccccccp-1f) == -0x1.1ea936p+0f && acos(-0x1.ccccccp-1f) == 0x1.586476p+1f);
static_assert(atan(10.0f) == 0x1.789bd2p+0f && atan(0x1.99999ap-4f) == 0x1.983e28p-4f);
static_assert(atan2(3.0f, 4.0f) == 0x1.4978fap-1f && atan2(-4.0f, -3.0f) == -0x1.1b6e1ap+1f);
static_assert(signbit(atan2(-0.0f, 1.0f)) && signbit(asin(-0.0f)));
// The float path of asin and acos (detail/asin_float.hpp) returns exactly the
// double algorithm rounded to float: on both reductions, on arguments where
// its rounding test defers to the double algorithm (0x1.00029p-1f for asin,
// 0x1.000ddcp-1f for acos), and on the special values.
constexpr float asin_via_double(float x) { return static_cast<float>(fluxion::detail::asin_double(x)); }
constexpr float acos_via_double(float x) { return static_cast<float>(fluxion::detail::acos_double(x)); }
static_assert(asin(0.3f) == asin_via_double(0.3f) && asin(-0.7f) == asin_via_double(-0.7f));
static_assert(acos(0.3f) == acos_via_double(0.3f) && acos(-0.7f) == acos_via_double(-0.7f) && acos(0.7f) == acos_via_double(0.7f));
static_assert(asin(0x1.00029p-1f) == asin_via_double(0x1.00029p-1f) && acos(0x1.000ddcp-1f) == acos_via_double(0x1.000ddcp-1f));
static_assert(asin(0x1.fffffep-1f) == asin_via_double(0x1.fffffep-1f) && acos(-0x1.fffffep-1f) == acos_via_double(-0x1.fffffep-1f));
static_assert(acos(1.0f) == 0.0f && !signbit(acos(1.0f)) && acos(0.0f) == pi_2f && acos(-0.0f) == pi_2f);
static_assert(asin(-1.0f) == -pi_2f && asin(0x1p-149f) == 0x1p-149f && asin(-0x1p-100f) == -0x1p-100f);
// float subnormal ties go towards zero, as for double (atan is below its argument)
constexpr float fdmin = std::numeric_limits<float>::denorm_min();
static_assert(atan2(3 * fdmin, 2.0f) == fdmin && atan2(-7 * fdmin, 2.0f) == -3 * fdmin);
static_assert(atan2(5 * fdmin, 2.0f) == 2 * fdmin && atan2(3 * fdmin, -2.0f) == 0x1.921fb6p+1f);

// ---- long double: double accuracy ----
static_assert(asin(0.5L) == static_cast<long double>(pi_6));
static_assert(acos(-1.0L) == static_cast<long double>(pi) && atan(1.0L) == static_cast<long double>(pi_4));
static_assert(atan2(1.0L, -1.0L) == static_cast<long double>(three_pi_4));
static_assert(atan(1e4000L) == static_cast<long double>(pi_2)); // beyond double's range: saturates first
// atan2 scales a long double pair beyond double's range by a common power of two first
constexpr long double linf = std::numeric_limits<long double>::infinity();
static_assert(atan2(0x1p5000L * 3, 0x1p5000L * 4) == static_cast<long double>(atan2(3.0, 4.0)));
static_assert(atan2(-0x1p-5000L * 3, -0x1p-5000L * 4) == static_cast<long double>(atan2(-3.0, -4.0)));
static_assert(atan2(0x1p16000L, 0x1p-16000L) == static_cast<long double>(pi_2));
static_assert(atan2(0x1p-16000L, -0x1p16000L) == static_cast<long double>(pi));
static_assert(atan2(1e4000L, 1e3999L) == static_cast<long double>(atan(10.0)));
static_assert(atan2(1e4000L, -linf) == static_cast<long double>(pi) && atan2(-linf, linf) == static_cast<long double>(-pi_4));
static_assert(isnan(atan2(std::numeric_limits<long double>::quiet_NaN(), 1e4000L)));

// ---- integers and mixed types: results are double, or the wider floating type ----
static_assert(asin(1) == pi_2 && acos(0) == pi_2 && atan(1) == pi_4 && atan2(1, 1) == pi_4);
static_assert(atan2(-1, -1L) == -three_pi_4);
static_assert(std::same_as<decltype(asin(1)), double> && std::same_as<decltype(atan(1.0f)), float>);
static_assert(std::same_as<decltype(atan2(1.0f, 1.0f)), float>);
static_assert(std::same_as<decltype(atan2(1.0f, 1)), double>);
static_assert(std::same_as<decltype(atan2(1.0, 1.0L)), long double>);

// ---- the arithmetic concept rejects non-numbers ----
template <class T>
concept has_asin = requires(T t) { fluxion::asin(t); };
template <class A, class B>
concept has_atan2 = requires(A a, B b) { fluxion::atan2(a, b); };
static_assert(has_asin<double> && has_asin<int> && !has_asin<std::string> && !has_asin<const char*>);
static_assert(has_atan2<double, int> && !has_atan2<double, std::string>);
} // namespace

int main() {}
