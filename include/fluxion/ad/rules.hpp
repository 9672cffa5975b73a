// fluxion/ad/rules.hpp — the table of derivatives, one tag type per function.
//
// Each rule `name_op::jet(v)` returns (f(v), f'(v), f''(v)); two-argument
// rules return a jet2 with the gradient and Hessian. This is the only place a
// derivative formula is written: dual, hyper_dual and nested duals all apply
// these jets by the chain rule. Names are used when expressions print.
// The formulas are the calculus textbook's; where f'' is written through f or
// f' (tan'' = 2 tan (1 + tan^2)), that saves work and is exact algebra.
//
// Law (tested): for each rule, jet(v).df and jet(v).d2f agree with the
// analytic derivative at rounding error, and with a finite difference of f.
//
//     static_assert(fluxion::sin_op::jet(0.0).df == 1.0);   // sin'(0) = cos(0)
#ifndef FLUXION_AD_RULES_HPP
#define FLUXION_AD_RULES_HPP

#include <fluxion/ad/jet.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/math/acos.hpp>
#include <fluxion/math/asin.hpp>
#include <fluxion/math/atan.hpp>
#include <fluxion/math/atan2.hpp>
#include <fluxion/math/cbrt.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/math/cos.hpp>
#include <fluxion/math/cosh.hpp>
#include <fluxion/math/exp.hpp>
#include <fluxion/math/expm1.hpp>
#include <fluxion/math/hypot.hpp>
#include <fluxion/math/log.hpp>
#include <fluxion/math/log10.hpp>
#include <fluxion/math/log1p.hpp>
#include <fluxion/math/log2.hpp>
#include <fluxion/math/pow.hpp>
#include <fluxion/math/sigmoid.hpp>
#include <fluxion/math/sin.hpp>
#include <fluxion/math/sincos.hpp>
#include <fluxion/math/sinh.hpp>
#include <fluxion/math/sqrt.hpp>
#include <fluxion/math/tan.hpp>
#include <fluxion/math/tanh.hpp>

#include <concepts>
#include <type_traits>

namespace fluxion {

// The return types say fluxion::jet because inside a rule `jet` names the
// member function.
// Unqualified calls (exp(v), not fluxion::exp(v)) on purpose: when v is itself
// a dual number (nested duals, for higher derivatives), argument-dependent
// lookup finds the dual overloads declared after this file.

struct exp_op {
    static constexpr const char* name = "exp";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T e = exp(v);
        return {e, e, e};
    }
};
struct expm1_op {
    static constexpr const char* name = "expm1";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        // expm1' = e^v, taken from exp itself: expm1(v) + 1 would cancel for v << 0.
        const T e = exp(v);
        return {expm1(v), e, e};
    }
};
struct log_op {
    static constexpr const char* name = "log";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T r = 1 / v;
        return {log(v), r, -r * r};
    }
};
struct log1p_op {
    static constexpr const char* name = "log1p";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T r = 1 / (1 + v);
        return {log1p(v), r, -r * r};
    }
};
struct log2_op {
    static constexpr const char* name = "log2";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T r = 1 / (v * 0.69314718055994530942); // (log2 v)' = 1 / (v ln 2)
        return {log2(v), r, -r / v};
    }
};
struct log10_op {
    static constexpr const char* name = "log10";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T r = 1 / (v * 2.30258509299404568402); // (log10 v)' = 1 / (v ln 10)
        return {log10(v), r, -r / v};
    }
};
struct sqrt_op {
    static constexpr const char* name = "sqrt";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T s = sqrt(v);
        const T d = 1 / (2 * s);         // (v^(1/2))' = 1 / (2 sqrt v)
        // (v^(1/2))'' = -1 / (4 v sqrt v). Kept as a second division: the
        // division-free -2 d^3 carries d's rounding three times (worst f''
        // error 5.6 eps against 2.1 eps in tests/runtime/ad_dual.cpp), and
        // saving the division made no measurable difference to the time of
        // f'' in benchmarks/ad_speed.cpp.
        return {s, d, -d / (2 * v)};
    }
};
struct cbrt_op {
    static constexpr const char* name = "cbrt";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T c = cbrt(v);
        const T d = 1 / (3 * c * c);     // (v^(1/3))' = v^(-2/3) / 3
        return {c, d, -2 * d / (3 * v)}; // (v^(1/3))'' = -2 v^(-5/3) / 9
    }
};
// sin and cos: each jet needs both sin v and cos v (sin' = cos, cos' = -sin).
// At run time, for double, they are two separate calls, not one sincos(v)
// (which shares the argument reduction): a function like sin(x) + cos(x)
// runs both jets on the same v, sin_double and cos_double are declared const
// (detail/attributes.hpp), and GCC and Clang then merge the repeated calls,
// so f, f' and f'' cost one sin and one cos in all, as hand-written code
// does. GCC 12 does not merge calls that return a struct such as sincos's;
// two sincos calls cost more than one sin and one cos
// (docs/benchmarks_derivatives.md). In constant evaluation nothing is
// merged, so sincos's single reduction is cheaper there; for nested duals
// sincos keeps one chain per level where sin and cos would double the work
// at every level. The bits are the same either way: sincos(v) == {sin(v),
// cos(v)} (tested in math_trig).
namespace detail {
template <class T>
constexpr sin_cos<T> sin_and_cos(const T& v) {
    if constexpr (std::floating_point<T> && !std::same_as<T, float>)
        if (!std::is_constant_evaluated()) return {sin(v), cos(v)};
    return sincos(v);
}
} // namespace detail
struct sin_op {
    static constexpr const char* name = "sin";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const auto [s, c] = detail::sin_and_cos(v);
        return {s, c, -s};
    }
};
struct cos_op {
    static constexpr const char* name = "cos";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const auto [s, c] = detail::sin_and_cos(v);
        return {c, -s, -c};
    }
};
struct tan_op {
    static constexpr const char* name = "tan";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T t = tan(v);
        const T d = 1 + t * t;           // tan' = 1 + tan^2 = sec^2
        return {t, d, 2 * t * d};
    }
};
struct asin_op {
    static constexpr const char* name = "asin";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        // asin' = (1 - v^2)^(-1/2); (1 - v)(1 + v) does not cancel near |v| = 1
        // (1 - v is exact there, by Sterbenz's lemma), 1 - v * v would.
        const T r = 1 / sqrt((1 - v) * (1 + v));
        return {asin(v), r, v * r * r * r};
    }
};
struct acos_op {
    static constexpr const char* name = "acos";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T r = 1 / sqrt((1 - v) * (1 + v)); // acos' = -asin'
        return {acos(v), -r, -(v * r * r * r)};
    }
};
struct atan_op {
    static constexpr const char* name = "atan";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T q = 1 / (1 + v * v);     // atan' = 1 / (1 + v^2)
        return {atan(v), q, -2 * v * q * q};
    }
};
struct sinh_op {
    static constexpr const char* name = "sinh";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T s = sinh(v);
        return {s, cosh(v), s};
    }
};
struct cosh_op {
    static constexpr const char* name = "cosh";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T c = cosh(v);
        return {c, sinh(v), c};
    }
};
struct tanh_op {
    static constexpr const char* name = "tanh";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        // tanh' = 1 - tanh^2 = 1 / cosh^2. The second form keeps full accuracy
        // as |v| grows: 1 - t^2 magnifies the rounding of t by 2t / (1 - t^2).
        const T t = tanh(v);
        const T c = cosh(v);
        const T d = 1 / (c * c);
        return {t, d, -2 * t * d};
    }
};
struct sigmoid_op {
    static constexpr const char* name = "sigmoid";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        // sigmoid' = s (1 - s), sigmoid'' = s (1 - s) (1 - 2s), s = sigmoid(v):
        // differentiate 1 / (1 + e^-v) and write e^-v = (1 - s) / s. Computed
        // through 1 - s = sigmoid(-v) and 1 - 2s = -tanh(v / 2), which keep full
        // relative accuracy where 1 - s and 1 - 2s would cancel (v >> 0, v ~ 0).
        const T s = sigmoid(v);
        const T d = s * sigmoid(-v);
        return {s, d, -d * tanh(v / 2)};
    }
};
struct abs_op {
    static constexpr const char* name = "abs";
    // |v|' = sign(v); at v = 0 the sign of the zero picks the one-sided derivative.
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const bool negative = signbit(v);
        return {negative ? -v : v, T(negative ? -1 : 1), T(0)};
    }
};

// ---- powers: the exponent is an integer, a constant, or differentiated too ----

struct pow_int_op {
    static constexpr const char* name = "pow";
    // (v^n)' = n v^(n-1), (v^n)'' = n (n-1) v^(n-2), with integer powers so a
    // negative base is fine.
    template <class T> static constexpr fluxion::jet<T> jet(const T& v, long long n) {
        return {pow(v, n), n * pow(v, n - 1), n * (n - 1) * pow(v, n - 2)};
    }
};
struct pow_op {
    static constexpr const char* name = "pow";
    // f = x^y: f_x = y x^(y-1), f_y = x^y ln x, f_xx = y (y-1) x^(y-2),
    // f_xy = x^(y-1) (1 + y ln x), f_yy = x^y ln^2 x.
    template <class T> static constexpr fluxion::jet2<T> jet(const T& x, const T& y) {
        const T f = pow(x, y);
        const T l = log(x);
        const T p1 = pow(x, y - 1);
        return {f, y * p1, f * l, y * (y - 1) * pow(x, y - 2), p1 * (1 + y * l), f * l * l};
    }
    // Only the base varies: the exponent c is a constant (no log of the base).
    template <class T, class C> static constexpr fluxion::jet<T> jet_in_base(const T& x, const C& c) {
        return {pow(x, c), c * pow(x, c - 1), c * (c - 1) * pow(x, c - 2)};
    }
    // Only the exponent varies: (b^y)' = b^y ln b.
    template <class T, class B> static constexpr fluxion::jet<T> jet_in_exponent(const B& b, const T& y) {
        const T f = pow(b, y);
        const auto l = log(b);
        return {f, f * l, f * l * l};
    }
};
struct atan2_op {
    static constexpr const char* name = "atan2";
    // f = atan2(y, x) with r2 = x^2 + y^2: f_y = x / r2, f_x = -y / r2,
    // f_yy = -2xy / r2^2, f_yx = (y^2 - x^2) / r2^2, f_xx = 2xy / r2^2.
    template <class T> static constexpr fluxion::jet2<T> jet(const T& y, const T& x) {
        const T r2 = x * x + y * y;
        const T q = 1 / (r2 * r2);
        return {atan2(y, x), x / r2, -y / r2, -2 * x * y * q, (y * y - x * x) * q, 2 * x * y * q};
    }
};
struct hypot_op {
    static constexpr const char* name = "hypot";
    // h = hypot(a, b): h_a = a / h, h_b = b / h, h_aa = b^2 / h^3,
    // h_ab = -ab / h^3, h_bb = a^2 / h^3.
    template <class T> static constexpr fluxion::jet2<T> jet(const T& a, const T& b) {
        const T h = hypot(a, b);
        const T h3 = h * h * h;
        return {h, a / h, b / h, b * b / h3, -a * b / h3, a * a / h3};
    }
};

} // namespace fluxion

#endif
