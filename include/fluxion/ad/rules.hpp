// fluxion/ad/rules.hpp — the table of derivatives, one tag type per function.
//
// Each rule `name_op::jet(v)` returns (f(v), f'(v), f''(v)); two-argument
// rules return a jet2 with the gradient and Hessian. This is the only place a
// derivative formula is written: dual, hyper_dual and nested duals all apply
// these jets by the chain rule. Names are used when expressions print.
// The formulas are the calculus textbook's; where f'' is written through f or
// f' (tan'' = 2 tan (1 + tan^2)), that saves work and is exact algebra.
//
// Scaled rules. Where a rule's own f' or f'' leaves the floating-point range
// although the chain rule's products f' x1 and f'' x1 x2 fit (log''(u) =
// -1/u^2 is 0 for |u| > 2^512, yet -(u1/u)(u2/u) may be 1e5), the rule
// returns f' = A 2^a and f'' = B 2^b as significands and integer exponents,
// and the chain rule (ad/scaled_chain.hpp) forms the products without leaving
// the range on the way. Scaled: log, log1p, log2, log10, cbrt, atan, atan2,
// hypot, and pow with an integer or a constant exponent. Which form a rule
// takes is decided from the binary exponent k of its argument (v = m 2^k),
// before any arithmetic that could overflow (an overflow is not a constant
// expression): inside a band of exponents where the plain f' and f'' are
// normal numbers the rule is the plain formula, bit for bit; the bands are
// written at each rule, in units of R = 1024 for double (128 for float: the
// same formulas). long double and nested duals always take the plain formulas.
//
// Law (tested): for each rule, jet(v).df 2^e and jet(v).d2f 2^(2e) (e = 0
// for a plain jet) agree with the analytic derivative at rounding error, and
// with a finite difference of f.
//
//     static_assert(fluxion::sin_op::jet(0.0).df == 1.0);   // sin'(0) = cos(0)
#ifndef FLUXION_AD_RULES_HPP
#define FLUXION_AD_RULES_HPP

#include <fluxion/ad/jet.hpp>
#include <fluxion/ad/scaled_chain.hpp>
#include <fluxion/detail/ieee.hpp>
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
#include <limits>
#include <type_traits>

namespace fluxion {

namespace detail {

// The types whose rules scale: exponent arithmetic on the bits of a double
// (float's rules compute their scaled form in double).
template <class T>
concept scaling_rule_type = std::same_as<T, double> || std::same_as<T, float>;

// R: 2^R is the first power of two beyond T's range (1024 for double).
template <class T>
inline constexpr int range_exponent = std::numeric_limits<T>::max_exponent;
// Whether v is finite, nonzero and its binary exponent k (v = m 2^k,
// 1 <= |m| < 2) is outside [lo, hi]: the points where a rule scales.
template <class T>
constexpr bool exponent_outside(const T& v, int lo, int hi) {
    const double d = static_cast<double>(v);
    if (d == 0 || !is_finite(d)) return false;
    const int k = decompose(d).e;
    return k < lo || k > hi;
}
// Whether v^j (v = m 2^k, |m|^j within 2^+-|j|) and 2^24 times it stay
// inside T's normal range, with room for the rules' integer factors
// (n (n - 1) <= 2^20 for |n| <= 1000).
template <class T>
constexpr bool power_in_range(int k, double j) {
    const double a = k * j;
    const double spread = (j < 0 ? -j : j) + 24;
    return a + spread < range_exponent<T> - 2 && a - spread > 2 - range_exponent<T>;
}
// f' = A 2^a, f'' = B 2^b (A, B moderate significands) as a scaled jet
// (f' = df 2^e, f'' = d2f 2^(2e)). e = (a + b) / 3 leaves df and d2f near
// 2^((2a - b) / 3) and 2^((b - 2a) / 3): both normal unless f' and f'' are
// 2^3000 apart, far beyond any product the chain rule could bring back.
template <class T>
constexpr scaled_jet<T> scaled_form(const T& f, double A, int a, double B, int b) {
    const int e = (a + b) / 3;
    return {f, static_cast<T>(scale_by_power_of_2(A, a - e)), static_cast<T>(scale_by_power_of_2(B, b - 2 * e)), e};
}
// For 1 - R/2 <= k <= R/2 - 3 (2^-511 <= |w| < 2^510 for double), c / w and
// c / w^2 are normal for c in [1/ln 10, 1/ln 2], and the log rules are plain.
template <class T>
constexpr bool reciprocal_scales(const T& w) {
    return exponent_outside(w, 1 - range_exponent<T> / 2, range_exponent<T> / 2 - 3);
}
// The larger binary exponent k of a and b, when both are finite and not both 0.
template <class T>
constexpr bool larger_exponent(const T& a, const T& b, int& k) {
    const double x = static_cast<double>(a), y = static_cast<double>(b);
    if (!is_finite(x) || !is_finite(y) || (x == 0 && y == 0)) return false;
    const int kx = x == 0 ? std::numeric_limits<int>::min() : decompose(x).e;
    const int ky = y == 0 ? std::numeric_limits<int>::min() : decompose(y).e;
    k = kx > ky ? kx : ky;
    return true;
}
// c / w and its derivative -c / w^2 (the log family's f' and f'') for
// w = m 2^k: (c / m) 2^-k and (-c / m^2) 2^-2k.
template <class T>
constexpr scaled_jet<T> reciprocal_form(const T& f, const T& w, double c) {
    const auto [m, k] = decompose(static_cast<double>(w));
    const double A = c / m;
    return scaled_form(f, A, -k, -A / m, -2 * k);
}

} // namespace detail

// The return types say fluxion::jet because inside a rule `jet` names the
// member function.
// Unqualified calls (exp(v), not fluxion::exp(v)) on purpose: when v is itself
// a dual number (nested duals, for higher derivatives), argument-dependent
// lookup finds the dual overloads declared after this file.

struct exp_op {
    static constexpr const char* name = "exp";
    // For double, exp's kernel inlined (detail/attributes.hpp says why).
    template <class T> FLUXION_ALWAYS_INLINE static constexpr fluxion::jet<T> jet(const T& v) {
        if constexpr (std::same_as<T, double>) {
            const double e = detail::exp_kernel<false>(v, 0.0);
            return {e, e, e};
        } else {
            const T e = exp(v);
            return {e, e, e};
        }
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
    template <class T> static constexpr fluxion::scaled_jet<T> jet(const T& v) {
        if constexpr (detail::scaling_rule_type<T>)
            if (detail::reciprocal_scales(v)) return detail::reciprocal_form(log(v), v, 1.0);
        const T r = 1 / v;
        return {log(v), r, -r * r, 0};
    }
};
struct log1p_op {
    static constexpr const char* name = "log1p";
    template <class T> static constexpr fluxion::scaled_jet<T> jet(const T& v) {
        if constexpr (detail::scaling_rule_type<T>)
            if (detail::reciprocal_scales(T(1 + v))) return detail::reciprocal_form(log1p(v), T(1 + v), 1.0);
        const T r = 1 / (1 + v);
        return {log1p(v), r, -r * r, 0};
    }
};
struct log2_op {
    static constexpr const char* name = "log2";
    template <class T> static constexpr fluxion::scaled_jet<T> jet(const T& v) {
        if constexpr (detail::scaling_rule_type<T>)
            if (detail::reciprocal_scales(v)) return detail::reciprocal_form(log2(v), v, 1 / 0.69314718055994530942);
        const T r = 1 / (v * 0.69314718055994530942); // (log2 v)' = 1 / (v ln 2)
        return {log2(v), r, -r / v, 0};
    }
};
struct log10_op {
    static constexpr const char* name = "log10";
    template <class T> static constexpr fluxion::scaled_jet<T> jet(const T& v) {
        if constexpr (detail::scaling_rule_type<T>)
            if (detail::reciprocal_scales(v)) return detail::reciprocal_form(log10(v), v, 1 / 2.30258509299404568402);
        const T r = 1 / (v * 2.30258509299404568402); // (log10 v)' = 1 / (v ln 10)
        return {log10(v), r, -r / v, 0};
    }
};
struct sqrt_op {
    static constexpr const char* name = "sqrt";
    template <class T> static constexpr fluxion::jet<T> jet(const T& v) {
        const T s = sqrt(v);
        // (v^(1/2))' = 1 / (2 sqrt v), written as (1 / s) / 2: the same bits
        // (halving is exact, 1 / s of a square root is never subnormal), and
        // the same division as the quotient rule's 1 / b in f / sqrt(v), so
        // compilers compute it once there.
        const T d = (1 / s) / 2;
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
    template <class T> static constexpr fluxion::scaled_jet<T> jet(const T& v) {
        const T c = cbrt(v);
        if constexpr (detail::scaling_rule_type<T>) {
            // f'' ~ v^(-5/3) leaves the range for |v| beyond 2^(+-3R/5);
            // plain within 2^(+-(3R/5 - 20)) (2^+-594 for double). Scaled,
            // with c = m 2^k: f' = (1 / (3 m^2)) 2^-2k, f'' = (-2 / (9 m^5)) 2^-5k.
            constexpr int band = 3 * detail::range_exponent<T> / 5 - 20;
            if (detail::exponent_outside(v, -band, band)) {
                const auto [m, k] = detail::decompose(static_cast<double>(c));
                const double A = 1 / (3 * m * m);
                return detail::scaled_form(c, A, -2 * k, -2 * A / (3 * m * m * m), -5 * k);
            }
        }
        const T d = 1 / (3 * c * c);          // (v^(1/3))' = v^(-2/3) / 3
        return {c, d, -2 * d / (3 * v), 0};   // (v^(1/3))'' = -2 v^(-5/3) / 9
    }
};
// sin and cos: each jet needs both sin v and cos v (sin' = cos, cos' = -sin),
// and sincos(v) gives both from one argument reduction (the same bits as
// sin(v) and cos(v), tested in math_trig). At run time, for double, it is
// detail::sincos_double_at_run_time (math/sincos.hpp): a const call that
// returns both in one register, so that a function like e^(sin x) + cos x,
// which runs both jets on the same v, costs one call in all: GCC and Clang
// merge the repeated calls, as GCC merges hand-written sin(x) and cos(x)
// into one glibc sincos. For nested duals sincos keeps one chain per level
// where separate sin and cos would double the work at every level.
namespace detail {
// (auto: a user's number type may bring its own sincos, found by ADL, with
// its own result type; structured bindings take either.)
template <class T>
constexpr auto sin_and_cos(const T& v) {
    if constexpr (std::same_as<T, double>) {
        if (!std::is_constant_evaluated()) return sincos_double_at_run_time(v);
    }
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
    template <class T> static constexpr fluxion::scaled_jet<T> jet(const T& v) {
        if constexpr (detail::scaling_rule_type<T>) {
            // atan'' ~ -2 v^-3 underflows beyond 2^(R/3) (2^341 for double);
            // plain below 2^(R/3 - 3) (2^338). Beyond, 1 + v^2 = v^2 (1 + 2^-676):
            // atan' = v^-2, atan'' = -2 v^-3, with v = m 2^k
            // (1 / m^2) 2^-2k and (-2 / m^3) 2^-3k. (Small |v| never scales:
            // there f' = 1 and f'' = -2v, which is as small as v.)
            if (detail::exponent_outside(v, std::numeric_limits<int>::min(), detail::range_exponent<T> / 3 - 4)) {
                const auto [m, k] = detail::decompose(static_cast<double>(v));
                return detail::scaled_form(atan(v), 1 / (m * m), -2 * k, -2 / (m * m * m), -3 * k);
            }
        }
        const T q = 1 / (1 + v * v);     // atan' = 1 / (1 + v^2)
        return {atan(v), q, -2 * v * q * q, 0};
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
    template <class T> static constexpr fluxion::scaled_jet<T> jet(const T& v, long long n) {
        if constexpr (detail::scaling_rule_type<T>) {
            // pow(v, -1)'' = 2 v^-3 is subnormal at v = 2^356 (a fuzzer
            // finding). Plain where v^(n-1) and v^(n-2) are safely normal
            // (power_in_range); else, with v = m 2^k, n m^(n-1) 2^(k(n-1)) and
            // n (n-1) m^(n-2) 2^(k(n-2)), m^(n-2) normal for |n| <= 1000
            // (1 <= |m| < 2). n = 0 and 1 have the exact derivatives 0 and 1.
            if (n != 0 && n != 1 && n >= -1000 && n <= 1000 && v != 0 && detail::is_finite(static_cast<double>(v))) {
                const auto [m, k] = detail::decompose(static_cast<double>(v));
                const int i = static_cast<int>(n);
                if (!detail::power_in_range<T>(k, i - 1) || !detail::power_in_range<T>(k, i - 2))
                    return detail::scaled_form(pow(v, n), i * pow(m, n - 1), k * (i - 1), i * (i - 1) * pow(m, n - 2),
                                               k * (i - 2));
            }
        }
        return {pow(v, n), n * pow(v, n - 1), n * (n - 1) * pow(v, n - 2), 0};
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
    template <class T, class C> static constexpr fluxion::scaled_jet<T> jet_in_base(const T& x, const C& c) {
        const T f = pow(x, c);
        if constexpr (detail::scaling_rule_type<T> && std::floating_point<C>) {
            // Plain where x^(c-1) and x^(c-2) are safely normal (as for an
            // integer exponent, |c| <= 1000). Else, when f = x^c is a normal
            // number: x^(c-1) has no exact power-of-two split for c not an
            // integer, so the scaled form goes through f: f' = c f / x and
            // f'' = c (c - 1) f / x^2, with f = mf 2^kf and x = m 2^k.
            if (c != 0 && c != 1 && c >= -1000 && c <= 1000 && x != 0 && detail::is_finite(static_cast<double>(x)) &&
                f != 0 && detail::is_finite(static_cast<double>(f))) {
                const auto [m, k] = detail::decompose(static_cast<double>(x));
                const auto [mf, kf] = detail::decompose(static_cast<double>(f));
                const bool f_normal = kf >= 3 - detail::range_exponent<T>;
                if (f_normal && (!detail::power_in_range<T>(k, c - 1) || !detail::power_in_range<T>(k, c - 2))) {
                    const double A = c * mf / m;
                    return detail::scaled_form(f, A, kf - k, (c - 1) * A / m, kf - 2 * k);
                }
            }
        }
        return {f, c * pow(x, c - 1), c * (c - 1) * pow(x, c - 2), 0};
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
    template <class T> static constexpr fluxion::scaled_jet2<T> jet(const T& y, const T& x) {
        if constexpr (detail::scaling_rule_type<T>) {
            // r2^2 leaves the range beyond 2^(+-R/4); plain while the larger
            // of |x|, |y| is within 2^(+-(R/4 - 6)) (2^+-250 for double).
            // Beyond, x' = x 2^-k and y' = y 2^-k (exact) give r2' in [1, 8),
            // gradient (x', -y') / r2' 2^-k, Hessian (...) / r2'^2 2^-2k.
            constexpr int band = detail::range_exponent<T> / 4 - 6;
            int k = 0;
            if (detail::larger_exponent(y, x, k) && (k < -band || k > band)) {
                const double xs = detail::scale_by_power_of_2(static_cast<double>(x), -k);
                const double ys = detail::scale_by_power_of_2(static_cast<double>(y), -k);
                const double r2 = xs * xs + ys * ys, q = 1 / (r2 * r2);
                return {atan2(y, x), T(xs / r2), T(-ys / r2), T(-2 * xs * ys * q), T((ys * ys - xs * xs) * q),
                        T(2 * xs * ys * q), -k};
            }
        }
        const T r2 = x * x + y * y;
        const T q = 1 / (r2 * r2);
        return {atan2(y, x), x / r2, -y / r2, -2 * x * y * q, (y * y - x * x) * q, 2 * x * y * q, 0};
    }
};
struct hypot_op {
    static constexpr const char* name = "hypot";
    // h = hypot(a, b): h_a = a / h, h_b = b / h, h_aa = b^2 / h^3,
    // h_ab = -ab / h^3, h_bb = a^2 / h^3.
    template <class T> static constexpr fluxion::scaled_jet2<T> jet(const T& a, const T& b) {
        const T h = hypot(a, b);
        if constexpr (detail::scaling_rule_type<T>) {
            // h^3 leaves the range beyond 2^(+-R/3); plain while the larger of
            // |a|, |b| is within 2^(+-(R/3 - 5)) (2^+-336 for double). Beyond,
            // with h = h' 2^k (h' in [1, 3)): the gradient p / h = p 2^-k / h'
            // is of order 1, the Hessian entries p q / h^3 = p q 2^-3k / h'^3
            // of order 2^-k, and they are stored times 2^-e and 2^-2e.
            // e = -k for large arguments, -k/2 for tiny ones, so that the
            // larger entries are near 2^0 and the smaller ones keep their
            // ratio: b^2 / h^3 survives |b| << |a| (hypot(2^600, 3) has
            // 9 2^-1800, which a1 a2 = 2^1200 brings back). The powers of two
            // go into the products, not into a^2 or b^2 alone.
            constexpr int band = detail::range_exponent<T> / 3 - 5;
            int k = 0;
            if (detail::larger_exponent(a, b, k) && (k < -band || k > band)) {
                const double hs = hypot(detail::scale_by_power_of_2(static_cast<double>(a), -k),
                                        detail::scale_by_power_of_2(static_cast<double>(b), -k));
                const double h3 = hs * hs * hs;
                const int e = k > 0 ? -k : -k / 2;
                const auto g = [=](double p) { return static_cast<T>(detail::scale_by_power_of_2(p, -k - e) / hs); };
                const auto H = [=](double p, double q) {
                    return static_cast<T>(detail::scaled_product(p, q, -3 * k - 2 * e) / h3);
                };
                const double ad = static_cast<double>(a), bd = static_cast<double>(b);
                return {h, g(ad), g(bd), H(bd, bd), -H(ad, bd), H(ad, ad), e};
            }
        }
        const T h3 = h * h * h;
        return {h, a / h, b / h, b * b / h3, -a * b / h3, a * a / h3, 0};
    }
};

} // namespace fluxion

#endif
