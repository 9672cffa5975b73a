// fluxion/detail/value_and_gradient.hpp — f(p) and grad f(p) from the same
// single evaluation of f on dual<T, N> numbers that gradient() makes.
//
// gradient() returns only the derivative parts. A solver also needs the
// value: where f is undefined (log of a negative number) the value is NaN at
// run time while the derivative parts may well be finite (d log x = 1/x),
// and a solver must report non_finite there instead of stepping on.
#ifndef FLUXION_DETAIL_VALUE_AND_GRADIENT_HPP
#define FLUXION_DETAIL_VALUE_AND_GRADIENT_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/detail/attributes.hpp>
#include <fluxion/detail/point.hpp>
#include <fluxion/linalg/vector.hpp>
#include <fluxion/math/classify.hpp>

#include <cstddef>

namespace fluxion::detail {

template <class T, std::size_t N>
struct value_and_gradient_result {
    T value{};
    vector<T, N> gradient{};
    /// value and every partial derivative are finite (comparisons only)
    constexpr bool finite() const noexcept {
        if (!isfinite(value)) return false;
        for (const T& g : gradient)
            if (!isfinite(g)) return false;
        return true;
    }
};

// p with dual<T, N> coordinates, coordinate i seeded along direction i:
// evaluating f there carries all N partial derivatives (forward mode).
template <class P>
FLUXION_ALWAYS_INLINE constexpr point_of<P, dual<point_value_t<P>, point_size<P>>> seeded_point(const P& p) {
    using S = dual<point_value_t<P>, point_size<P>>;
    point_of<P, S> x{};
    for (std::size_t i = 0; i < point_size<P>; ++i) {
        x[i] = S(static_cast<point_value_t<P>>(p[i]));
        x[i].d[i] = 1; // seed: d x_i / d x_i = 1
    }
    return x;
}

template <class F, class P>
FLUXION_ALWAYS_INLINE constexpr value_and_gradient_result<point_value_t<P>, point_size<P>> value_and_gradient(const F& f, const P& p) {
    using T = point_value_t<P>;
    constexpr std::size_t N = point_size<P>;
    using S = dual<T, N>;
    const S y = evaluate_at(f, seeded_point(p));
    value_and_gradient_result<T, N> r;
    r.value = y.value;
    for (std::size_t i = 0; i < N; ++i) r.gradient[i] = y.d[i];
    return r;
}

} // namespace fluxion::detail

#endif
