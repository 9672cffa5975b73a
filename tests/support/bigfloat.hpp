// tests/support/bigfloat.hpp — a 256-bit MPFR number with ordinary operators,
// for writing reference formulas (analytic derivatives, 40-digit constants)
// the way they read on paper: `cos(x) * exp(sin(x))`.
#ifndef FLUXION_TEST_BIGFLOAT_HPP
#define FLUXION_TEST_BIGFLOAT_HPP

#include <mpfr.h>

#include <utility>

namespace fluxion_test {

class bigfloat {
public:
    static constexpr mpfr_prec_t precision = 256;

    bigfloat() { mpfr_init2(v_, precision); mpfr_set_zero(v_, 1); }
    bigfloat(double x) { mpfr_init2(v_, precision); mpfr_set_d(v_, x, MPFR_RNDN); } // exact
    bigfloat(const bigfloat& o) { mpfr_init2(v_, precision); mpfr_set(v_, o.v_, MPFR_RNDN); }
    bigfloat& operator=(const bigfloat& o) { mpfr_set(v_, o.v_, MPFR_RNDN); return *this; }
    ~bigfloat() { mpfr_clear(v_); }

    double to_double() const { return mpfr_get_d(v_, MPFR_RNDN); }
    mpfr_ptr get() { return v_; }
    mpfr_srcptr get() const { return v_; }

    template <class Op> static bigfloat unary(Op op, const bigfloat& a) { bigfloat r; op(r.v_, a.v_, MPFR_RNDN); return r; }
    template <class Op> static bigfloat binary(Op op, const bigfloat& a, const bigfloat& b) {
        bigfloat r; op(r.v_, a.v_, b.v_, MPFR_RNDN); return r;
    }

    friend bigfloat operator+(const bigfloat& a, const bigfloat& b) { return binary(mpfr_add, a, b); }
    friend bigfloat operator-(const bigfloat& a, const bigfloat& b) { return binary(mpfr_sub, a, b); }
    friend bigfloat operator*(const bigfloat& a, const bigfloat& b) { return binary(mpfr_mul, a, b); }
    friend bigfloat operator/(const bigfloat& a, const bigfloat& b) { return binary(mpfr_div, a, b); }
    friend bigfloat operator-(const bigfloat& a) { return unary(mpfr_neg, a); }

private:
    mpfr_t v_;
};

inline bigfloat exp(const bigfloat& a) { return bigfloat::unary(mpfr_exp, a); }
inline bigfloat expm1(const bigfloat& a) { return bigfloat::unary(mpfr_expm1, a); }
inline bigfloat log(const bigfloat& a) { return bigfloat::unary(mpfr_log, a); }
inline bigfloat log1p(const bigfloat& a) { return bigfloat::unary(mpfr_log1p, a); }
inline bigfloat sqrt(const bigfloat& a) { return bigfloat::unary(mpfr_sqrt, a); }
inline bigfloat cbrt(const bigfloat& a) { return bigfloat::unary(mpfr_cbrt, a); }
inline bigfloat sin(const bigfloat& a) { return bigfloat::unary(mpfr_sin, a); }
inline bigfloat cos(const bigfloat& a) { return bigfloat::unary(mpfr_cos, a); }
inline bigfloat tan(const bigfloat& a) { return bigfloat::unary(mpfr_tan, a); }
inline bigfloat asin(const bigfloat& a) { return bigfloat::unary(mpfr_asin, a); }
inline bigfloat acos(const bigfloat& a) { return bigfloat::unary(mpfr_acos, a); }
inline bigfloat atan(const bigfloat& a) { return bigfloat::unary(mpfr_atan, a); }
inline bigfloat sinh(const bigfloat& a) { return bigfloat::unary(mpfr_sinh, a); }
inline bigfloat cosh(const bigfloat& a) { return bigfloat::unary(mpfr_cosh, a); }
inline bigfloat tanh(const bigfloat& a) { return bigfloat::unary(mpfr_tanh, a); }
inline bigfloat pow(const bigfloat& a, const bigfloat& b) { return bigfloat::binary(mpfr_pow, a, b); }
inline bigfloat ln2() { bigfloat r; mpfr_const_log2(r.get(), MPFR_RNDN); return r; }

} // namespace fluxion_test

#endif
