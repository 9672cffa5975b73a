// tests/support/mpfr_oracle.hpp — the accuracy oracle for fluxion's math.
//
// MPFR's functions are correctly rounded at any precision. Set to the target
// format's precision (53 bits for double, 24 for float) and exponent range,
// with mpfr_subnormalize for the subnormals, MPFR returns exactly the
// correctly rounded result an ideal libm would return. A fluxion result is
// then compared with it in ulps: the distance between the two as ordered
// bit patterns (adjacent floating-point numbers differ by 1).
#ifndef FLUXION_TEST_MPFR_ORACLE_HPP
#define FLUXION_TEST_MPFR_ORACLE_HPP

#include <mpfr.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

namespace fluxion_test {

using mpfr_fn1 = int (*)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t);
using mpfr_fn2 = int (*)(mpfr_ptr, mpfr_srcptr, mpfr_srcptr, mpfr_rnd_t);

// Precision and exponent range of T in MPFR's convention (significand in [1/2, 1)).
template <class T>
struct format {
    static constexpr int precision = std::numeric_limits<T>::digits;
    static constexpr int emax = std::numeric_limits<T>::max_exponent;
    static constexpr int emin = std::numeric_limits<T>::min_exponent - std::numeric_limits<T>::digits + 1;
};

class mpfr_value {
public:
    explicit mpfr_value(int precision) { mpfr_init2(v_, precision); }
    ~mpfr_value() { mpfr_clear(v_); }
    mpfr_value(const mpfr_value&) = delete;
    mpfr_value& operator=(const mpfr_value&) = delete;
    mpfr_ptr get() { return v_; }

private:
    mpfr_t v_;
};

// Sets MPFR's exponent range to T's for the lifetime of the object.
template <class T>
class exponent_range_of {
public:
    exponent_range_of() : emin_(mpfr_get_emin()), emax_(mpfr_get_emax()) {
        mpfr_set_emin(format<T>::emin);
        mpfr_set_emax(format<T>::emax);
    }
    ~exponent_range_of() {
        mpfr_set_emin(emin_);
        mpfr_set_emax(emax_);
    }
    exponent_range_of(const exponent_range_of&) = delete;
    exponent_range_of& operator=(const exponent_range_of&) = delete;

private:
    mpfr_exp_t emin_, emax_;
};

template <class T>
T mpfr_to(mpfr_ptr v) {
    if constexpr (std::is_same_v<T, float>) return mpfr_get_flt(v, MPFR_RNDN);
    else return mpfr_get_d(v, MPFR_RNDN);
}

// Correctly rounded f(x) in the format T.
template <class T>
T correctly_rounded(mpfr_fn1 f, T x) {
    const exponent_range_of<T> range;
    mpfr_value in(format<T>::precision), out(format<T>::precision);
    mpfr_set_d(in.get(), static_cast<double>(x), MPFR_RNDN); // exact: x is a T
    const int ternary = f(out.get(), in.get(), MPFR_RNDN);
    mpfr_subnormalize(out.get(), ternary, MPFR_RNDN);
    return mpfr_to<T>(out.get());
}

template <class T>
T correctly_rounded(mpfr_fn2 f, T x, T y) {
    const exponent_range_of<T> range;
    mpfr_value a(format<T>::precision), b(format<T>::precision), out(format<T>::precision);
    mpfr_set_d(a.get(), static_cast<double>(x), MPFR_RNDN);
    mpfr_set_d(b.get(), static_cast<double>(y), MPFR_RNDN);
    const int ternary = f(out.get(), a.get(), b.get(), MPFR_RNDN);
    mpfr_subnormalize(out.get(), ternary, MPFR_RNDN);
    return mpfr_to<T>(out.get());
}

// Distance in ulps between two values of T: 0 when equal (or both NaN), the
// number of representable values between them otherwise. A NaN against a
// number is "infinitely" far.
template <class T>
std::uint64_t ulp_distance(T a, T b) {
    using bits_t = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
    using signed_t = std::make_signed_t<bits_t>;
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b) ? 0 : UINT64_MAX;
    // Map the sign-magnitude bit patterns onto a line where adjacent values are
    // adjacent integers (-0.0 and +0.0 both map to 0).
    const auto ordered = [](T v) -> std::int64_t {
        const auto b = std::bit_cast<bits_t>(v);
        const auto mag = static_cast<std::int64_t>(b & (std::numeric_limits<bits_t>::max() >> 1));
        return static_cast<signed_t>(b) < 0 ? -mag : mag;
    };
    const std::int64_t d = ordered(a) - ordered(b);
    return static_cast<std::uint64_t>(d < 0 ? -d : d);
}

// Summary of one accuracy sweep, printed for docs/math.md.
template <class T>
struct accuracy_report {
    std::string what;
    std::size_t cases = 0;
    std::size_t correctly_rounded = 0;
    std::uint64_t max_ulp = 0;
    T worst_x{};
    T worst_y{};

    void add(std::uint64_t ulps, T x, T y = T{}) {
        ++cases;
        if (ulps == 0) ++correctly_rounded;
        if (ulps > max_ulp || cases == 1) {
            max_ulp = ulps;
            worst_x = x;
            worst_y = y;
        }
    }
    double percent_correctly_rounded() const { return cases ? 100.0 * correctly_rounded / cases : 100.0; }
    void print() const {
        std::printf("accuracy %-28s cases %8zu  max ulp %llu  correctly rounded %7.3f%%  worst at (%.17g, %.17g)\n",
                    what.c_str(), cases, static_cast<unsigned long long>(max_ulp), percent_correctly_rounded(),
                    static_cast<double>(worst_x), static_cast<double>(worst_y));
    }
};

// Compares ours(x) with MPFR's correctly rounded f(x) over all xs.
template <class T, class Ours>
accuracy_report<T> sweep(std::string what, Ours ours, mpfr_fn1 f, const std::vector<T>& xs) {
    accuracy_report<T> r{std::move(what)};
    for (T x : xs) r.add(ulp_distance<T>(ours(x), correctly_rounded<T>(f, x)), x);
    return r;
}

template <class T, class Ours>
accuracy_report<T> sweep(std::string what, Ours ours, mpfr_fn2 f, const std::vector<T>& xs, const std::vector<T>& ys) {
    accuracy_report<T> r{std::move(what)};
    for (std::size_t i = 0; i < xs.size() && i < ys.size(); ++i)
        r.add(ulp_distance<T>(ours(xs[i], ys[i]), correctly_rounded<T>(f, xs[i], ys[i])), xs[i], ys[i]);
    return r;
}

// ---- Argument samplers: fixed seeds, so every run checks the same numbers. ----

// The sample-count knob. FLUXION_TEST_SAMPLE_SCALE (a number in (0, 1],
// default 1) multiplies the size of every random sweep below, and of the loops
// that call scaled(n), and divides the dense float walks' stride (dense_stride). The sanitizer stage of .ci/run sets it to 0.1: ASan and
// UBSan make MPFR-heavy sweeps ~5x slower, and a tenth of the samples (still
// tens of thousands of arguments per function) is enough for the sanitizers to
// see every code path, while the ordinary builds keep the full counts that the
// accuracy figures in docs/math.md come from. The special values and the hard
// cases (lists, not samples) are never scaled.
inline double sample_scale() {
    static const double scale = [] {
        const char* text = std::getenv("FLUXION_TEST_SAMPLE_SCALE");
        const double s = text ? std::strtod(text, nullptr) : 1.0;
        return s > 0 && s <= 1 ? s : 1.0;
    }();
    return scale;
}
// n scaled by the knob, at least 1 (and n itself when the knob is 1).
inline std::size_t scaled(std::size_t n) {
    const auto m = static_cast<std::size_t>(static_cast<double>(n) * sample_scale());
    return m > 0 ? m : 1;
}
// The stride of a dense walk over bit patterns, stretched by the knob: the
// stride itself when the knob is 1; otherwise stride / scale made odd, so
// that the walk still meets both parities of the last significand bit.
inline std::uint64_t dense_stride(std::uint64_t stride) {
    if (sample_scale() == 1.0) return stride;
    return static_cast<std::uint64_t>(static_cast<double>(stride) / sample_scale()) | 1u;
}

// n values whose binary exponent is uniform in [emin, emax] and whose
// significand is uniform: this covers the full exponent range evenly, which a
// uniform sample of the reals would not. Negative values too if signed_values.
template <class T>
std::vector<T> log_uniform(std::size_t n, int emin, int emax, bool signed_values, std::uint64_t seed) {
    std::mt19937_64 gen(seed);
    std::uniform_int_distribution<int> exponent(emin, emax);
    std::uniform_real_distribution<double> significand(1.0, 2.0);
    std::bernoulli_distribution negative(0.5);
    n = scaled(n);
    std::vector<T> xs;
    xs.reserve(n);
    while (xs.size() < n) {
        // Two statements: the order of the draws must not depend on the compiler
        // (function arguments are evaluated in an unspecified order).
        const double m = significand(gen);
        const int e = exponent(gen);
        T x = static_cast<T>(std::ldexp(m, e));
        if (signed_values && negative(gen)) x = -x;
        if (std::isfinite(x)) xs.push_back(x);
    }
    return xs;
}

// n values uniform in [lo, hi].
template <class T>
std::vector<T> uniform(std::size_t n, double lo, double hi, std::uint64_t seed) {
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> d(lo, hi);
    n = scaled(n);
    std::vector<T> xs;
    xs.reserve(n);
    for (std::size_t i = 0; i < n; ++i) xs.push_back(static_cast<T>(d(gen)));
    return xs;
}

// Every value of xs together with its neighbours at +-1..k ulps.
template <class T>
std::vector<T> with_neighbours(const std::vector<T>& xs, int k) {
    std::vector<T> out;
    for (T x : xs) {
        T lo = x, hi = x;
        out.push_back(x);
        for (int i = 0; i < k; ++i) {
            lo = std::nextafter(lo, -std::numeric_limits<T>::infinity());
            hi = std::nextafter(hi, std::numeric_limits<T>::infinity());
            out.push_back(lo);
            out.push_back(hi);
        }
    }
    return out;
}

template <class T>
std::vector<T> concat(std::vector<T> a, const std::vector<T>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace fluxion_test

#endif
