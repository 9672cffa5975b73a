// fluxion/analysis/classify.hpp — classify(f, point) and classify(g, x): what
// kind of stationary point is this?
//
// Second-derivative test (worked examples, sections 3 and 4). At a point where
// the gradient is zero, the Hessian H (symmetric) decides through the signs
// of its eigenvalues lambda_k:
//   all lambda_k > 0                    minimum  (f curves up in every direction)
//   all lambda_k < 0                    maximum
//   some > 0 and some < 0               saddle   (even if another one is 0:
//                                       f rises along one direction, falls along another)
//   otherwise (a zero lambda_k, the     inconclusive: the second-order test
//   rest of one sign)                   cannot decide; higher terms must. A zero
//                                       eigenvalue does NOT mean a saddle.
// 1-D (section 3): g'' > 0 concave up (minimum), g'' < 0 concave down
// (maximum), g'' = 0 inconclusive.
// Derivatives are exact (duals for the gradient, hyper-duals for H), and the
// eigenvalues come from eigenvalues() (cyclic Jacobi, linalg/eigenvalues.hpp).
// Tolerances (classify_options), because a solver's end point is only
// approximately stationary and rounding blurs "zero":
//   stationary:  ||grad f|| <= gradient_tol (absolute; default 1e-8);
//   lambda = 0:  |lambda| <= eigenvalue_tol * max(curvature_scale, max_k |lambda_k|)
//                (default 1e-12 and 1): relative to the largest curvature when
//                that exceeds curvature_scale, absolute below it. The relative
//                part covers rounding: the exact Hessian's entries are correct
//                to a few ulps, Jacobi's eigenvalues to ~epsilon ||H||, so
//                1e-12 (about 4500 epsilon) is generous for the small n this
//                library targets and still tells 2 from 2e10. The absolute
//                floor matters: near the degenerate point (0, 0) of worked
//                example 7 the Hessian is ~1e-32 and indefinite, and a purely
//                relative test would call it a saddle (the report's erratum).
//                Lower curvature_scale for functions whose natural curvature
//                is tiny.
// Result: .kind (stationary_kind), .eigenvalues (ascending; 1-D: g''),
// .gradient_norm, .zero_tolerance (the threshold used), .status (converged;
// non_finite when f or its derivatives are not finite, at run time; the
// eigenvalue solver's status otherwise). A point that is not stationary is
// kind not_stationary (its eigenvalues still describe the local curvature).
//
//     constexpr auto f = [](auto x, auto y) { return 2 * x * x - 2 * y * y; };
//     static_assert(fluxion::classify(f, std::array{0.0, 0.0}).kind == fluxion::stationary_kind::saddle);
#ifndef FLUXION_ANALYSIS_CLASSIFY_HPP
#define FLUXION_ANALYSIS_CLASSIFY_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/ad/hyper_dual.hpp>
#include <fluxion/ad/multi_hyper_dual.hpp>
#include <fluxion/arithmetic.hpp>
#include <fluxion/derivative.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/detail/value_and_gradient.hpp>
#include <fluxion/gradient.hpp>
#include <fluxion/hessian.hpp>
#include <fluxion/linalg/eigenvalues.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/math/abs.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/status.hpp>

#include <cstddef>
#include <string_view>

namespace fluxion {

enum class stationary_kind { minimum, maximum, saddle, inconclusive, not_stationary };

constexpr std::string_view to_string(stationary_kind k) noexcept {
    switch (k) {
    case stationary_kind::minimum: return "minimum";
    case stationary_kind::maximum: return "maximum";
    case stationary_kind::saddle: return "saddle";
    case stationary_kind::inconclusive: return "inconclusive";
    case stationary_kind::not_stationary: return "not_stationary";
    }
    return "unknown stationary_kind";
}

/// The shape of a 1-D function at a point, from the sign of g''.
enum class concavity { up, down, inconclusive };

constexpr std::string_view to_string(concavity c) noexcept {
    switch (c) {
    case concavity::up: return "concave up";
    case concavity::down: return "concave down";
    case concavity::inconclusive: return "inconclusive";
    }
    return "unknown concavity";
}

struct classify_options {
    double gradient_tol = 1e-8;   ///< stationary when ||grad f|| <= gradient_tol
    double eigenvalue_tol = 1e-12; ///< |lambda| <= eigenvalue_tol * max(curvature_scale, max |lambda|) is 0
    double curvature_scale = 1;   ///< below this, eigenvalue_tol is absolute
};

template <class T, std::size_t N>
struct classification {
    stationary_kind kind = stationary_kind::inconclusive;
    vector<T, N> eigenvalues{}; ///< of the Hessian, ascending
    T gradient_norm{};
    T zero_tolerance{}; ///< |lambda| at or below this counted as 0
    fluxion::status status = fluxion::status::non_finite;
};

template <class T>
struct classification_1d {
    stationary_kind kind = stationary_kind::inconclusive;
    fluxion::concavity concavity = fluxion::concavity::inconclusive;
    T derivative{};        ///< g'(x)
    T second_derivative{}; ///< g''(x)
    T zero_tolerance{};    ///< |g''| at or below this counted as 0
    fluxion::status status = fluxion::status::non_finite;
};

namespace detail {
// The second-derivative test on eigenvalues known to be finite.
template <class T, std::size_t N>
constexpr void second_derivative_test(classification<T, N>& c, const classify_options& o) noexcept {
    T largest = static_cast<T>(o.curvature_scale);
    for (const T& v : c.eigenvalues)
        if (abs(v) > largest) largest = abs(v);
    c.zero_tolerance = static_cast<T>(o.eigenvalue_tol) * largest;
    bool positive = false, negative = false, zero = false;
    for (const T& v : c.eigenvalues) {
        if (abs(v) <= c.zero_tolerance) zero = true;
        else if (v > 0) positive = true;
        else negative = true;
    }
    if (c.gradient_norm > static_cast<T>(o.gradient_tol)) c.kind = stationary_kind::not_stationary;
    else if (positive && negative) c.kind = stationary_kind::saddle;
    else if (zero) c.kind = stationary_kind::inconclusive;
    else c.kind = positive ? stationary_kind::minimum : stationary_kind::maximum;
}
} // namespace detail

/// n-D: gradient norm, Hessian eigenvalues, kind.
template <class F, point P>
    requires differentiable_at<F, P, dual<point_value_t<P>, point_size<P>>> &&
             differentiable_at<F, P, multi_hyper_dual<point_value_t<P>, point_size<P>>> // hessian()
constexpr classification<point_value_t<P>, point_size<P>> classify(const F& f, const P& p,
                                                                   const classify_options& options = {}) {
    using T = point_value_t<P>;
    classification<T, point_size<P>> c;
    for (std::size_t i = 0; i < point_size<P>; ++i)
        if (!isfinite(static_cast<T>(p[i]))) return c; // non_finite
    const auto first = detail::value_and_gradient(f, p); // f is NaN where it is undefined
    if (!first.finite()) return c;
    c.gradient_norm = norm(first.gradient);
    const auto e = eigenvalues(hessian(f, p)); // a non-finite Hessian: status non_finite
    c.status = e.status;
    if (e.status != status::converged && e.status != status::max_iterations) return c;
    c.eigenvalues = e.values;
    detail::second_derivative_test(c, options);
    return c;
}

/// 1-D: g'(x), g''(x) from one hyper-dual evaluation; concavity and kind.
template <class F, arithmetic T>
    requires differentiable<F, hyper_dual<floating_t<T>>>
constexpr classification_1d<floating_t<T>> classify(const F& g, T x, const classify_options& options = {}) {
    using R = floating_t<T>;
    classification_1d<R> c;
    if (!isfinite(static_cast<R>(x))) return c;
    const hyper_dual<R> y = hyper_dual<R>(g(hyper_dual<R>{static_cast<R>(x), 1, 1, 0})); // g, g', g', g''
    if (!isfinite(y.value) || !isfinite(y.d1) || !isfinite(y.d12)) return c;
    classification<R, 1> one;
    one.gradient_norm = abs(y.d1);
    one.eigenvalues[0] = y.d12;
    detail::second_derivative_test(one, options);
    c.kind = one.kind;
    c.concavity = one.zero_tolerance >= abs(y.d12) ? concavity::inconclusive
                  : y.d12 > 0                       ? concavity::up
                                                    : concavity::down;
    c.derivative = y.d1;
    c.second_derivative = y.d12;
    c.zero_tolerance = one.zero_tolerance;
    c.status = status::converged;
    return c;
}

} // namespace fluxion

#endif
