// fluxion/ad/scaled_chain.hpp — the chain rule for jets scaled by powers of two.
//
// A rule's own derivative can leave the floating-point range while the chain
// rule's product does not: for u = exp(exp(6.3)) ~ 2^786, log's f'' = -1/u^2
// is -2^-1572, which is 0 in double, yet its term in the hyper-dual chain rule,
// f'' u1 u2 = -(u1 / u)(u2 / u), is about -3e5 (u1 = u2 = u e^6.3). So such a
// rule returns a scaled_jet (fluxion/ad/jet.hpp): f' = df 2^e and
// f'' = d2f 2^(2e) with df and d2f of moderate size, and the chain rule here
// multiplies significands and adds exponents as integers, so that only the
// final result is rounded into the range, as the exact product would be:
//     f' x_i          = (df x_i) 2^e
//     f' x12 + f'' x1 x2 = (df x12) 2^e + (d2f x1 x2) 2^(2e)
// With e = 0 (every point where the rule's f' and f'' are normal numbers) it
// is the ordinary chain rule of dual.hpp and hyper_dual.hpp, bit for bit.
//
//     constexpr fluxion::hyper_dual<double> u{0x1p800, 0x1p800, 0x1p800, 0x1p801};
//     static_assert(fluxion::log(u).d12 == 1.0); // u12/u - u1 u2/u^2 = 2 - 1 (plain: 2)
#ifndef FLUXION_AD_SCALED_CHAIN_HPP
#define FLUXION_AD_SCALED_CHAIN_HPP

#include <fluxion/ad/dual.hpp>
#include <fluxion/ad/hyper_dual.hpp>
#include <fluxion/ad/multi_hyper_dual.hpp>
#include <fluxion/ad/jet.hpp>
#include <fluxion/detail/ieee.hpp>

#include <concepts>
#include <cstddef>

namespace fluxion {

namespace detail {

// The number types whose rules scale (exponent arithmetic on their bits);
// long double's range is wide enough, and nested duals keep e = 0.
template <class T>
concept scalable_number = std::same_as<T, double> || std::same_as<T, float>;

// a b 2^k (or a b c 2^k) without overflow or underflow on the way: the
// significands multiply (in [1, 8), exactly or rounded once or twice, as
// ordinary products are) and the exponents add as integers, so only the
// final scaling can leave the range, exactly where the true result does.
// Zeros, infinities and NaNs take IEEE's rules (0 * inf = NaN).
constexpr double scaled_product(double a, double b, int k) noexcept {
    if (a == 0 || b == 0 || !is_finite(a) || !is_finite(b)) return a * b;
    const auto [ma, ea] = decompose(a);
    const auto [mb, eb] = decompose(b);
    return scale_by_power_of_2(ma * mb, ea + eb + k);
}
constexpr double scaled_product(double a, double b, double c, int k) noexcept {
    if (a == 0 || b == 0 || c == 0 || !is_finite(a) || !is_finite(b) || !is_finite(c)) return a * b * c;
    const auto [ma, ea] = decompose(a);
    const auto [mb, eb] = decompose(b);
    const auto [mc, ec] = decompose(c);
    return scale_by_power_of_2(ma * mb * mc, ea + eb + ec + k);
}
// float goes through double: the product of two floats is exact there, and
// the one rounding is the conversion back.
template <scalable_number T>
constexpr T scaled(const T& a, const T& b, int k) noexcept {
    return static_cast<T>(scaled_product(a, b, k));
}
template <scalable_number T>
constexpr T scaled(const T& a, const T& b, const T& c, int k) noexcept {
    return static_cast<T>(scaled_product(a, b, c, k));
}

} // namespace detail

template <class T, std::size_t N>
constexpr dual<T, N> chain(const dual<T, N>& x, const scaled_jet<T>& j) {
    if constexpr (detail::scalable_number<T>) {
        if (j.e != 0) {
            dual<T, N> r{j.f};
            for (std::size_t i = 0; i < N; ++i) r.d[i] = detail::scaled(j.df, x.d[i], j.e);
            return r;
        }
    }
    return chain(x, jet<T>{j.f, j.df, j.d2f});
}

template <class T>
constexpr hyper_dual<T> chain(const hyper_dual<T>& x, const scaled_jet<T>& j) {
    if constexpr (detail::scalable_number<T>) {
        if (j.e != 0)
            return {j.f, detail::scaled(j.df, x.d1, j.e), detail::scaled(j.df, x.d2, j.e),
                    detail::scaled(j.df, x.d12, j.e) + detail::scaled(j.d2f, x.d1, x.d2, 2 * j.e)};
    }
    return chain(x, jet<T>{j.f, j.df, j.d2f});
}

// The same for every pair i <= m of a one-pass Hessian: entry h[k] is the
// d12 part a hyper-dual seeded along i and m would carry, bit for bit.
template <class T, std::size_t N>
constexpr multi_hyper_dual<T, N> chain(const multi_hyper_dual<T, N>& x, const scaled_jet<T>& j) {
    if constexpr (detail::scalable_number<T>) {
        if (j.e != 0) {
            multi_hyper_dual<T, N> r{j.f};
            for (std::size_t i = 0; i < N; ++i) r.d[i] = detail::scaled(j.df, x.d[i], j.e);
            std::size_t k = 0;
            for (std::size_t i = 0; i < N; ++i)
                for (std::size_t m = i; m < N; ++m, ++k)
                    r.h[k] = detail::scaled(j.df, x.h[k], j.e) + detail::scaled(j.d2f, x.d[i], x.d[m], 2 * j.e);
            return r;
        }
    }
    return chain(x, jet<T>{j.f, j.df, j.d2f});
}

// Two arguments: each product of the chain rule of dual.hpp and
// hyper_dual.hpp, scaled; f_xy (x1 y2 + y1 x2) as two products, so that the
// sum in parentheses cannot overflow either.
template <class T, std::size_t N>
constexpr dual<T, N> chain(const dual<T, N>& x, const dual<T, N>& y, const scaled_jet2<T>& j) {
    if constexpr (detail::scalable_number<T>) {
        if (j.e != 0) {
            dual<T, N> r{j.f};
            for (std::size_t i = 0; i < N; ++i)
                r.d[i] = detail::scaled(j.fx, x.d[i], j.e) + detail::scaled(j.fy, y.d[i], j.e);
            return r;
        }
    }
    return chain(x, y, jet2<T>{j.f, j.fx, j.fy, j.fxx, j.fxy, j.fyy});
}

template <class T>
constexpr hyper_dual<T> chain(const hyper_dual<T>& x, const hyper_dual<T>& y, const scaled_jet2<T>& j) {
    if constexpr (detail::scalable_number<T>) {
        if (j.e != 0) {
            const int e = j.e, e2 = 2 * j.e;
            using detail::scaled;
            return {j.f, scaled(j.fx, x.d1, e) + scaled(j.fy, y.d1, e), scaled(j.fx, x.d2, e) + scaled(j.fy, y.d2, e),
                    scaled(j.fx, x.d12, e) + scaled(j.fy, y.d12, e) + scaled(j.fxx, x.d1, x.d2, e2) +
                        (scaled(j.fxy, x.d1, y.d2, e2) + scaled(j.fxy, y.d1, x.d2, e2)) + scaled(j.fyy, y.d1, y.d2, e2)};
        }
    }
    return chain(x, y, jet2<T>{j.f, j.fx, j.fy, j.fxx, j.fxy, j.fyy});
}

template <class T, std::size_t N>
constexpr multi_hyper_dual<T, N> chain(const multi_hyper_dual<T, N>& x, const multi_hyper_dual<T, N>& y,
                                       const scaled_jet2<T>& j) {
    if constexpr (detail::scalable_number<T>) {
        if (j.e != 0) {
            const int e = j.e, e2 = 2 * j.e;
            using detail::scaled;
            multi_hyper_dual<T, N> r{j.f};
            for (std::size_t i = 0; i < N; ++i) r.d[i] = scaled(j.fx, x.d[i], e) + scaled(j.fy, y.d[i], e);
            std::size_t k = 0;
            for (std::size_t i = 0; i < N; ++i)
                for (std::size_t m = i; m < N; ++m, ++k)
                    r.h[k] = scaled(j.fx, x.h[k], e) + scaled(j.fy, y.h[k], e) + scaled(j.fxx, x.d[i], x.d[m], e2) +
                             (scaled(j.fxy, x.d[i], y.d[m], e2) + scaled(j.fxy, y.d[i], x.d[m], e2)) +
                             scaled(j.fyy, y.d[i], y.d[m], e2);
            return r;
        }
    }
    return chain(x, y, jet2<T>{j.f, j.fx, j.fy, j.fxx, j.fxy, j.fyy});
}

} // namespace fluxion

#endif
