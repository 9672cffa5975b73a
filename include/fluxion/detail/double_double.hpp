// fluxion/detail/double_double.hpp — error-free transformations and the
// double-double number hi + lo (about 106 bits of significand).
//
// Law: for two_sum and two_prod, hi + lo == a + b (resp. a * b) exactly, with
// hi the correctly rounded result. This is what lets a function finish its
// last addition with almost no error, which is the whole difference between
// "within a few ulp" and "within 1 ulp".
//
// Sources: Knuth, TAOCP vol. 2, 4.2.2 (two_sum); Dekker, "A floating-point
// technique for extending the available precision", Numer. Math. 18 (1971)
// (fast_two_sum, Veltkamp's split, two_prod). No FMA is used: std::fma is not
// constexpr, and the split gives the same exact product with plain operations.
#ifndef FLUXION_DETAIL_DOUBLE_DOUBLE_HPP
#define FLUXION_DETAIL_DOUBLE_DOUBLE_HPP

namespace fluxion::detail {

struct double_double {
    double hi;
    double lo;
};

// a + b exactly; any a, b (no ordering needed).
constexpr double_double two_sum(double a, double b) noexcept {
    const double s = a + b;
    const double v = s - a;
    return {s, (a - (s - v)) + (b - v)};
}

// a + b exactly, when |a| >= |b| (or a == 0).
constexpr double_double fast_two_sum(double a, double b) noexcept {
    const double s = a + b;
    return {s, b - (s - a)};
}

// Veltkamp's split: a == hi + lo with both halves holding at most 26 bits, so
// their products are exact. Needs |a| < 2^995 (134217729 * a must not overflow).
constexpr double_double split(double a) noexcept {
    const double c = 134217729.0 * a; // 2^27 + 1
    const double hi = c - (c - a);
    return {hi, a - hi};
}

// a * b exactly (Dekker), when the product neither overflows nor underflows.
constexpr double_double two_prod(double a, double b) noexcept {
    const double p = a * b;
    const auto [ah, al] = split(a);
    const auto [bh, bl] = split(b);
    return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

// Double-double arithmetic with a relative error of a few 2^-104: enough for
// the reconstruction steps of the math functions.
constexpr double_double operator+(double_double x, double_double y) noexcept {
    const auto [s, e] = two_sum(x.hi, y.hi);
    return fast_two_sum(s, e + x.lo + y.lo);
}
constexpr double_double operator+(double_double x, double y) noexcept {
    const auto [s, e] = two_sum(x.hi, y);
    return fast_two_sum(s, e + x.lo);
}
constexpr double_double operator*(double_double x, double_double y) noexcept {
    const auto [p, e] = two_prod(x.hi, y.hi);
    return fast_two_sum(p, e + (x.hi * y.lo + x.lo * y.hi));
}
constexpr double_double operator*(double_double x, double y) noexcept {
    const auto [p, e] = two_prod(x.hi, y);
    return fast_two_sum(p, e + x.lo * y);
}

} // namespace fluxion::detail

#endif
